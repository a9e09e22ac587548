package dev.phaseshift.dryrun;

import dev.phaseshift.connect.ConnectionFailedException;
import dev.phaseshift.connect.DatabaseConnections;
import dev.phaseshift.ddl.DdlRenderer;
import dev.phaseshift.ddl.ExtensionAvailability;
import dev.phaseshift.ddl.SchemaMapping;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.introspect.IntrospectionException;
import dev.phaseshift.introspect.IntrospectionRequest;
import dev.phaseshift.introspect.Introspector;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.ForeignKey;
import dev.phaseshift.schema.ServerProduct;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One service's shadow during a dry-run: the shadow database, the connection the plan's statements run on (as
 * the runner's would), and reading the shadow's schema back under the source's schema names, so that what the
 * report says names the production objects.
 */
final class ServiceRehearsal implements AutoCloseable {
    /** Catalog queries on a small shadow are quick; a short plan timeout must not starve them. */
    private static final Duration CATALOG_TIMEOUT = Duration.ofSeconds(30);

    private final String service;
    private final ShadowServer server;
    private final Snapshot source;
    private final Dialect dialect;
    private final Duration timeout;
    private ShadowDatabase shadow;
    private Connection steps;
    private Connection observer;
    private Boolean performanceSchema;
    private ServerProduct scratchProduct;
    private String scratchVersion;
    private int tablesLoaded;
    private String failure;

    ServiceRehearsal(String service, ShadowServer server, Snapshot source, Duration timeout) {
        this.service = service;
        this.server = server;
        this.source = source;
        this.dialect = Dialect.of(source);
        this.timeout = timeout;
    }

    String service() {
        return service;
    }

    ShadowServer server() {
        return server;
    }

    Snapshot source() {
        return source;
    }

    Engine engine() {
        return source.engine();
    }

    /** The production server's dialect: the shadow runs the same SQL as production would. */
    Dialect dialect() {
        return dialect;
    }

    ShadowDatabase shadow() {
        return shadow;
    }

    Connection connection() {
        return steps;
    }

    /** A second session on the shadow, for watching the step session's locks. */
    Connection observer() throws SQLException {
        if (observer == null) {
            try {
                observer = shadow.connect();
            } catch (ConnectionFailedException e) {
                throw new SQLException(e.getMessage(), e);
            }
        }
        return observer;
    }

    /** MySQL/MariaDB: whether performance_schema is on, so metadata locks can be read. */
    boolean performanceSchema() throws SQLException {
        if (performanceSchema == null) {
            try (Statement st = steps.createStatement();
                 ResultSet rs = st.executeQuery("SELECT @@performance_schema")) {
                performanceSchema = rs.next() && rs.getInt(1) == 1;
            }
        }
        return performanceSchema;
    }

    ServerProduct scratchProduct() {
        return scratchProduct;
    }

    String scratchVersion() {
        return scratchVersion;
    }

    int tablesLoaded() {
        return tablesLoaded;
    }

    /** Why this service stopped (a failed step or gate), or null while it runs. */
    String failure() {
        return failure;
    }

    void fail(String reason) {
        if (failure == null) {
            failure = reason;
        }
    }

    /** Creates the shadow; after this the caller must close, whatever happens next. */
    void create() throws ConnectionFailedException, ShadowException {
        shadow = server.create(service);
    }

    /** Connects to the shadow and creates the snapshot's objects in it. */
    void load() throws ConnectionFailedException, SQLException {
        steps = shadow.connect();
        try (Statement st = steps.createStatement()) {
            scratchVersion = versionOf(st);
            scratchProduct = ServerProduct.fromVersion(engine(), scratchVersion);
            if (engine() == Engine.POSTGRESQL) {
                st.execute("SET statement_timeout = " + Math.max(1, timeout.toMillis()));
            } else if (scratchProduct == ServerProduct.MARIADB) {
                st.execute("SET SESSION max_statement_time = " + Math.max(0.001, timeout.toMillis() / 1000.0));
            }
        }
        SchemaMapping mapping = engine() == Engine.MYSQL && !source.schemas().isEmpty()
                ? SchemaMapping.of(source.schemas().get(0).name(), shadow.name().databaseName())
                : SchemaMapping.IDENTITY;
        if (engine() == Engine.POSTGRESQL && !source.extensions().isEmpty()) {
            refuseMissingExtensions();
        }
        // grants are left out: their roles need not exist on the scratch server, and they change no lock or timing
        List<String> ddl = DdlRenderer.forProduct(source.engine(), source.product(), false)
                .statements(source, mapping);
        try (Statement st = steps.createStatement()) {
            for (String statement : ddl) {
                try {
                    st.execute(statement);
                } catch (SQLException e) {
                    throw new SQLException("loading the snapshot's DDL failed: " + DatabaseConnections.reason(e)
                            + "\n  in: " + statement, e.getSQLState(), e);
                }
            }
        }
        tablesLoaded = source.tableCount();
    }

    /** Names every extension the scratch server lacks at once, rather than failing on the first CREATE EXTENSION. */
    private void refuseMissingExtensions() throws SQLException {
        List<String> available = new ArrayList<>();
        try (Statement st = steps.createStatement();
             ResultSet rs = st.executeQuery(ExtensionAvailability.AVAILABLE_EXTENSIONS)) {
            while (rs.next()) {
                available.add(rs.getString(1));
            }
        }
        List<Problem> missing = ExtensionAvailability.missing(source, available);
        if (!missing.isEmpty()) {
            throw new SQLException("the scratch server cannot load the snapshot: " + missing.stream()
                    .map(p -> p.message() + " (" + p.help() + ")").collect(Collectors.joining("; ")));
        }
    }

    /** The shadow's schema as the server has it now, with the source's schema names. */
    Snapshot introspect() throws ConnectionFailedException, IntrospectionException, SQLException {
        try (Connection c = shadow.connect()) {
            Duration limit = timeout.compareTo(CATALOG_TIMEOUT) > 0 ? timeout : CATALOG_TIMEOUT;
            Snapshot read = Introspector.forEngine(engine()).introspect(c,
                    IntrospectionRequest.of(service).withStatementTimeout(limit));
            return underSourceNames(read);
        }
    }

    /** MySQL: the shadow's schema is the shadow database; name it as in the source. */
    private Snapshot underSourceNames(Snapshot read) {
        if (engine() != Engine.MYSQL || source.schemas().isEmpty()) {
            return read;
        }
        String from = shadow.name().databaseName();
        String to = source.schemas().get(0).name();
        return read.withSchemas(read.schemas().stream().map(s -> !s.name().equals(from) ? s
                : s.withName(to)
                .withTables(s.tables().stream().map(t -> renamedReferences(t, from, to)).toList())).toList());
    }

    private static Table renamedReferences(Table t, String from, String to) {
        return t.withForeignKeys(t.foreignKeys().stream().map(fk -> !from.equals(fk.referencedSchema()) ? fk
                : new ForeignKey(fk.name(), fk.columns(), to, fk.referencedTable(), fk.referencedColumns(),
                fk.onDelete(), fk.onUpdate(), fk.match(), fk.deferrable(), fk.initiallyDeferred(), fk.validated(),
                fk.comment())).toList());
    }

    /** The version as {@code Dialect.parse} reads it: PostgreSQL's {@code version()} starts with its name. */
    private String versionOf(Statement st) throws SQLException {
        String query = engine() == Engine.POSTGRESQL ? "SHOW server_version" : "SELECT version()";
        try (ResultSet rs = st.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Closes the connection and drops the shadow; a failure to drop is thrown for the report. */
    @Override
    public void close() throws ShadowException {
        for (Connection c : new Connection[]{observer, steps}) {
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // dropping the database ends the session anyway
                }
            }
        }
        if (shadow != null) {
            shadow.close();
        }
    }
}
