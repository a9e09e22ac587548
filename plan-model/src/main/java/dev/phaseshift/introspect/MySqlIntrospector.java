package dev.phaseshift.introspect;

import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Constraint;
import dev.phaseshift.schema.ConstraintKind;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.ForeignKey;
import dev.phaseshift.schema.Generation;
import dev.phaseshift.schema.IdentityKind;
import dev.phaseshift.schema.Index;
import dev.phaseshift.schema.IndexKey;
import dev.phaseshift.schema.ObjectName;
import dev.phaseshift.schema.Routine;
import dev.phaseshift.schema.RoutineKind;
import dev.phaseshift.schema.Privilege;
import dev.phaseshift.schema.PrivilegeTarget;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Sequence;
import dev.phaseshift.schema.ServerProduct;
import dev.phaseshift.schema.SkippedObject;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;
import dev.phaseshift.schema.TableKind;
import dev.phaseshift.schema.Trigger;
import dev.phaseshift.schema.TriggerEvent;
import dev.phaseshift.schema.TriggerTiming;
import dev.phaseshift.schema.TypeNames;
import dev.phaseshift.schema.View;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads MySQL (8.0.16 or later) and MariaDB (10.3 or later) databases from {@code information_schema}: twelve
 * bulk queries for any number of tables and routines (one more when some table is partitioned, one more when
 * there are routines, one per MariaDB sequence, one per MariaDB LIST-partitioned table whose
 * {@code DEFAULT} partition cannot be told from {@code VALUES IN (0)}, and one {@code SHOW CREATE} per trigger
 * and per routine, for the statement as written, which only that command returns),
 * in a read-only transaction under {@code max_execution_time} (MySQL) or {@code max_statement_time}
 * (MariaDB), restored afterwards.
 *
 * <p><b>MySQL and MariaDB differences</b>, normalised so the same DDL gives the same model where possible:
 * literal defaults (MySQL reports {@code abc}, MariaDB {@code 'abc'}) become SQL literals, {@code DEFAULT NULL}
 * becomes no default, {@code current_timestamp()} becomes {@code CURRENT_TIMESTAMP}; check clauses and generation
 * expressions lose MySQL's outer parentheses, escaped quotes and {@code _utf8mb4} introducers. Left as reported:
 * display widths in {@link Column#type()} ({@code int(11)} on MariaDB, {@code int} on MySQL 8.0.19+; the
 * normalised type is the same), function spelling in expressions ({@code ucase} vs {@code upper}), MariaDB's
 * {@code JSON} (a {@code longtext} with a {@code json_valid} check, normalised type {@code json}).
 *
 * <p><b>Privileges.</b> {@code information_schema} hides what the user may not touch, so hidden tables cannot
 * be listed. What can be seen is reported in {@link Snapshot#skipped()}: views whose definition is hidden
 * (no {@code SHOW VIEW}), and tables that a visible foreign key references but the user cannot see.
 * Triggers of tables without the {@code TRIGGER} privilege are hidden without trace. Routine bodies the user may
 * not read are listed as skipped; so are events, which snapshots do not model, and partitioning methods other
 * than RANGE, LIST, HASH and KEY (with their COLUMNS and LINEAR forms).
 *
 * <p><b>Definers</b> of views, routines and triggers are recorded as the server reports them
 * ({@code user@host}).
 */
public final class MySqlIntrospector implements Introspector {
    private static final Set<String> SYSTEM_SCHEMAS = Set.of("mysql", "information_schema", "performance_schema",
            "sys");

    private static final String SERVER = """
            SELECT VERSION() AS server_version, DATABASE() AS database_name, CURRENT_USER() AS user_name,
                   @@SESSION.%s AS previous_timeout""";

    private static final String SET_TIMEOUT = "SET SESSION %s = %s";
    private static final String SET_STATS_EXPIRY = "SET SESSION information_schema_stats_expiry = 0";
    private static final String START_TRANSACTION = "START TRANSACTION READ ONLY";
    private static final String ROLLBACK = "ROLLBACK";

    private static final String SCHEMAS = """
            SELECT SCHEMA_NAME AS schema_name, DEFAULT_COLLATION_NAME AS collation_name
            FROM information_schema.SCHEMATA
            ORDER BY SCHEMA_NAME""";

    private static final String TABLES = """
            SELECT TABLE_SCHEMA AS schema_name, TABLE_NAME AS table_name, TABLE_TYPE AS table_type,
                   ENGINE AS storage_engine, TABLE_ROWS AS row_estimate, DATA_LENGTH + INDEX_LENGTH AS size_bytes,
                   TABLE_COLLATION AS collation_name, CREATE_OPTIONS AS create_options, TABLE_COMMENT AS comment
            FROM information_schema.TABLES
            WHERE TABLE_SCHEMA IN (%s)
            ORDER BY TABLE_SCHEMA, TABLE_NAME""";

    private static final String COLUMNS = """
            SELECT TABLE_SCHEMA AS schema_name, TABLE_NAME AS table_name, COLUMN_NAME AS column_name,
                   ORDINAL_POSITION AS ordinal, COLUMN_DEFAULT AS default_value, IS_NULLABLE AS is_nullable,
                   DATA_TYPE AS data_type, COLUMN_TYPE AS column_type, COLLATION_NAME AS collation_name,
                   EXTRA AS extra, COLUMN_COMMENT AS comment, GENERATION_EXPRESSION AS generation_expression
            FROM information_schema.COLUMNS
            WHERE TABLE_SCHEMA IN (%s)
            ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION""";

    /** MariaDB reports the table and whether a check was written on a column; MySQL has no TABLE_NAME here. */
    private static final String CHECKS_MARIADB = """
            SELECT CONSTRAINT_SCHEMA AS schema_name, TABLE_NAME AS table_name, CONSTRAINT_NAME AS name,
                   CHECK_CLAUSE AS expression, LEVEL AS level, 'YES' AS enforced
            FROM information_schema.CHECK_CONSTRAINTS
            WHERE CONSTRAINT_SCHEMA IN (%s)""";

    private static final String CHECKS_MYSQL = """
            SELECT tc.TABLE_SCHEMA AS schema_name, tc.TABLE_NAME AS table_name, cc.CONSTRAINT_NAME AS name,
                   cc.CHECK_CLAUSE AS expression, 'Table' AS level, tc.ENFORCED AS enforced
            FROM information_schema.CHECK_CONSTRAINTS cc
            JOIN information_schema.TABLE_CONSTRAINTS tc
              ON tc.CONSTRAINT_SCHEMA = cc.CONSTRAINT_SCHEMA AND tc.CONSTRAINT_NAME = cc.CONSTRAINT_NAME
             AND tc.CONSTRAINT_TYPE = 'CHECK'
            WHERE cc.CONSTRAINT_SCHEMA IN (%s)""";

    /** REFERENTIAL_CONSTRAINTS hides keys whose parent the user cannot see; their actions are then unknown. */
    private static final String FOREIGN_KEYS = """
            SELECT k.TABLE_SCHEMA AS schema_name, k.TABLE_NAME AS table_name, k.CONSTRAINT_NAME AS name,
                   k.COLUMN_NAME AS column_name, k.ORDINAL_POSITION AS position,
                   k.REFERENCED_TABLE_SCHEMA AS ref_schema, k.REFERENCED_TABLE_NAME AS ref_table,
                   k.REFERENCED_COLUMN_NAME AS ref_column, r.UPDATE_RULE AS on_update, r.DELETE_RULE AS on_delete,
                   r.MATCH_OPTION AS match_option
            FROM information_schema.KEY_COLUMN_USAGE k
            LEFT JOIN information_schema.REFERENTIAL_CONSTRAINTS r
              ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME
             AND r.TABLE_NAME = k.TABLE_NAME
            WHERE k.TABLE_SCHEMA IN (%s) AND k.REFERENCED_TABLE_NAME IS NOT NULL
            ORDER BY k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION""";

    /**
     * Primary keys and unique constraints are read from here too: in MySQL they are their indexes. Not sorted:
     * the view lists a table's keys in the server's key order (primary, unique, then the others, each in creation
     * order), the order of {@code SHOW CREATE TABLE}, and no column carries that order.
     */
    private static final String INDEXES = """
            SELECT TABLE_SCHEMA AS schema_name, TABLE_NAME AS table_name, INDEX_NAME AS index_name,
                   NON_UNIQUE AS non_unique, SEQ_IN_INDEX AS seq, COLUMN_NAME AS column_name,
                   %s AS expression, SUB_PART AS sub_part, COLLATION AS collation, INDEX_TYPE AS index_type,
                   INDEX_COMMENT AS comment, %s AS visible
            FROM information_schema.STATISTICS
            WHERE TABLE_SCHEMA IN (%s)""";

    /** MySQL 8 does not report ALGORITHM here; the first placeholder is the column or NULL. */
    private static final String VIEWS = """
            SELECT TABLE_SCHEMA AS schema_name, TABLE_NAME AS view_name, VIEW_DEFINITION AS definition,
                   CHECK_OPTION AS check_option, SECURITY_TYPE AS security, DEFINER AS definer, %s AS algorithm
            FROM information_schema.VIEWS
            WHERE TABLE_SCHEMA IN (%s)""";

    private static final String TRIGGERS = """
            SELECT EVENT_OBJECT_SCHEMA AS schema_name, EVENT_OBJECT_TABLE AS table_name, TRIGGER_NAME AS name,
                   EVENT_MANIPULATION AS event, ACTION_TIMING AS timing, ACTION_ORIENTATION AS orientation,
                   ACTION_ORDER AS action_order, ACTION_STATEMENT AS body, SQL_MODE AS sql_mode,
                   DEFINER AS definer
            FROM information_schema.TRIGGERS
            WHERE EVENT_OBJECT_SCHEMA IN (%s)
            ORDER BY EVENT_OBJECT_SCHEMA, EVENT_OBJECT_TABLE, TRIGGER_NAME""";

    /**
     * Only run when a table says it is partitioned: this view opens every table on MariaDB. One row per
     * subpartition, or per partition when there are none.
     */
    /**
     * Database-, table- and column-level grants on the databases read. They live in the server's {@code mysql}
     * schema, not in the database, and {@code information_schema} shows a user only the grants it may see (all of
     * them for an administrator). A database-level grant given to a pattern ({@code shop\_%}) is not matched;
     * grants the server kept for a dropped table or column are dropped when the schema is built.
     */
    private static final String PRIVILEGES = """
            SELECT TABLE_SCHEMA AS schema_name, 'SCHEMA' AS target, NULL AS object_name, NULL AS column_name,
                   GRANTEE AS grantee, PRIVILEGE_TYPE AS privilege_type, IS_GRANTABLE AS is_grantable
            FROM information_schema.SCHEMA_PRIVILEGES
            WHERE TABLE_SCHEMA IN (%1$s)
            UNION ALL
            SELECT TABLE_SCHEMA, 'TABLE', TABLE_NAME, NULL, GRANTEE, PRIVILEGE_TYPE, IS_GRANTABLE
            FROM information_schema.TABLE_PRIVILEGES
            WHERE TABLE_SCHEMA IN (%1$s)
            UNION ALL
            SELECT TABLE_SCHEMA, 'TABLE', TABLE_NAME, COLUMN_NAME, GRANTEE, PRIVILEGE_TYPE, IS_GRANTABLE
            FROM information_schema.COLUMN_PRIVILEGES
            WHERE TABLE_SCHEMA IN (%1$s)""";

    private static final String PARTITIONS = """
            SELECT TABLE_SCHEMA AS schema_name, TABLE_NAME AS table_name, PARTITION_NAME AS partition_name,
                   SUBPARTITION_NAME AS subpartition_name, PARTITION_METHOD AS method,
                   PARTITION_EXPRESSION AS expression, SUBPARTITION_METHOD AS sub_method,
                   SUBPARTITION_EXPRESSION AS sub_expression, PARTITION_DESCRIPTION AS description,
                   PARTITION_COMMENT AS comment
            FROM information_schema.PARTITIONS
            WHERE TABLE_SCHEMA IN (%s) AND PARTITION_NAME IS NOT NULL
            ORDER BY TABLE_SCHEMA, TABLE_NAME, PARTITION_ORDINAL_POSITION, SUBPARTITION_ORDINAL_POSITION""";

    /**
     * MariaDB reports a LIST {@code DEFAULT} partition with the description {@code 0}, like {@code VALUES IN (0)};
     * only the table's own DDL tells them apart, so this runs for such tables only.
     */
    private static final String SHOW_CREATE_TABLE = "SHOW CREATE TABLE %s";

    /**
     * A trigger's statement as it was written; {@code information_schema} keeps only the body. The third column
     * ({@code SQL Original Statement}) is read by position.
     */
    private static final String SHOW_CREATE_TRIGGER = "SHOW CREATE TRIGGER %s";

    /**
     * A routine's statement with its parameter list as written ({@code information_schema.PARAMETERS} has the
     * server's spelling); the third column is null when the user may not read the routine.
     */
    private static final String SHOW_CREATE_ROUTINE = "SHOW CREATE %s %s";

    /** Stored functions and procedures; their parameters come from {@link #PARAMETERS}. */
    private static final String ROUTINES = """
            SELECT ROUTINE_SCHEMA AS schema_name, ROUTINE_NAME AS name, ROUTINE_TYPE AS kind,
                   ROUTINE_BODY AS language, ROUTINE_DEFINITION AS body, IS_DETERMINISTIC AS is_deterministic,
                   SQL_DATA_ACCESS AS data_access, SECURITY_TYPE AS security, SQL_MODE AS sql_mode,
                   DEFINER AS definer, ROUTINE_COMMENT AS comment
            FROM information_schema.ROUTINES
            WHERE ROUTINE_SCHEMA IN (%s)
            ORDER BY ROUTINE_SCHEMA, ROUTINE_NAME, ROUTINE_TYPE""";

    /** Position 0 is a function's result type. */
    private static final String PARAMETERS = """
            SELECT SPECIFIC_SCHEMA AS schema_name, SPECIFIC_NAME AS name, ROUTINE_TYPE AS kind,
                   ORDINAL_POSITION AS position, PARAMETER_MODE AS parameter_mode, PARAMETER_NAME AS parameter_name,
                   DTD_IDENTIFIER AS type, CHARACTER_SET_NAME AS charset
            FROM information_schema.PARAMETERS
            WHERE SPECIFIC_SCHEMA IN (%s)
            ORDER BY SPECIFIC_SCHEMA, SPECIFIC_NAME, ROUTINE_TYPE, ORDINAL_POSITION""";

    /** Events are not modelled; they are listed as skipped so that the snapshot says it is partial. */
    private static final String EVENTS = """
            SELECT EVENT_SCHEMA AS schema_name, EVENT_NAME AS name, DEFINER AS definer, STATUS AS status
            FROM information_schema.EVENTS
            WHERE EVENT_SCHEMA IN (%s)
            ORDER BY EVENT_SCHEMA, EVENT_NAME""";

    /** MariaDB keeps a sequence's parameters in the sequence itself; one query per sequence. */
    private static final String MARIADB_SEQUENCE = """
            SELECT start_value, minimum_value, maximum_value, increment, cache_size, cycle_option
            FROM %s""";

    private static final Pattern LIST_DEFAULT = Pattern.compile("PARTITION `((?:[^`]|``)+)` DEFAULT");
    private static final Pattern VERSION = Pattern.compile("^(\\d+)\\.(\\d+)\\.(\\d+)");
    private static final Pattern CHARSET_INTRODUCER = Pattern.compile("_(utf8mb4|utf8mb3|utf8|latin1|binary)'");
    private static final Pattern CURRENT_TIMESTAMP = Pattern.compile(
            "(?i)^(current_timestamp|now|localtimestamp|localtime)(\\(\\s*(\\d*)\\s*\\))?$");
    private static final Set<String> NUMERIC_TYPES = Set.of("tinyint", "smallint", "mediumint", "int", "integer",
            "bigint", "decimal", "numeric", "float", "double", "real", "bit", "year", "bool", "boolean");

    @Override
    public Engine engine() {
        return Engine.MYSQL;
    }

    @Override
    public Snapshot introspect(Connection connection, IntrospectionRequest request) throws IntrospectionException {
        ServerProduct product;
        try {
            product = ServerProduct.fromVersion(Engine.MYSQL, connection.getMetaData().getDatabaseProductVersion());
        } catch (SQLException e) {
            throw new IntrospectionException(IntrospectionException.Kind.CONNECTION, request.service(),
                    "mysql: service \"" + request.service() + "\": cannot read the server version: "
                            + e.getMessage());
        }
        String prefix = (product == ServerProduct.MARIADB ? "mariadb: " : "mysql: ")
                + "service \"" + request.service() + "\": ";
        CatalogSession session = new CatalogSession(connection, prefix, request.service(), request.listener());
        return new Reading(session, request, product).read(DatabaseConnector.sourceOf(connection));
    }

    /** One introspection run: drafts keyed by schema and name, one method per concern. */
    private static final class Reading {
        private final CatalogSession session;
        private final IntrospectionRequest request;
        private final ServerProduct product;
        private final String timeoutVariable;
        private String serverVersion;
        private String database;
        private String user;
        private String previousTimeout;
        private int[] version;
        private final Map<String, String> allSchemas = new LinkedHashMap<>();
        private final Map<String, SchemaDraft> schemas = new LinkedHashMap<>();
        private final Map<ObjectName, RelationDraft> relations = new LinkedHashMap<>();
        private final List<SkippedObject> skipped = new ArrayList<>();
        private final Set<String> vanished = new LinkedHashSet<>();
        private boolean anyPartitioned;

        Reading(CatalogSession session, IntrospectionRequest request, ServerProduct product) {
            this.session = session;
            this.request = request;
            this.product = product;
            this.timeoutVariable = product == ServerProduct.MARIADB ? "max_statement_time" : "max_execution_time";
        }

        Snapshot read(String source) throws IntrospectionException {
            readServer();
            boolean transactionOpen = false;
            try {
                long millis = Math.max(1, request.statementTimeout().toMillis());
                session.execute("setting the statement timeout", SET_TIMEOUT.formatted(timeoutVariable,
                        product == ServerProduct.MARIADB ? Double.toString(millis / 1000.0) : Long.toString(millis)));
                if (product == ServerProduct.MYSQL) {
                    session.execute("asking for fresh table statistics", SET_STATS_EXPIRY);
                }
                session.execute("starting a read-only transaction", START_TRANSACTION);
                transactionOpen = true;
                readSchemas();
                if (!schemas.isEmpty()) {
                    readTables();
                    readColumns();
                    readChecks();
                    readForeignKeys();
                    readIndexes();
                    readViews();
                    readTriggers();
                    if (anyPartitioned) {
                        readPartitions();
                    }
                    readRoutines();
                    readEvents();
                    readSequences();
                    readPrivileges();
                }
            } finally {
                restore(transactionOpen);
            }
            for (RelationDraft r : relations.values()) {
                if (r.columns.isEmpty() && !(r.view && r.definition == null)) {
                    vanished.add(r.describe());
                }
            }
            if (!vanished.isEmpty()) {
                throw session.error(IntrospectionException.Kind.READ, String.join(", ", vanished)
                        + (vanished.size() == 1 ? " was" : " were")
                        + " dropped or changed while being read; run the inspection again");
            }
            reportInvisibleParents();
            List<Schema> result = new ArrayList<>();
            for (SchemaDraft draft : schemas.values()) {
                List<RelationDraft> own = relations.values().stream().filter(r -> r.schema.equals(draft.name)).toList();
                result.add(draft.build(own));
            }
            return new Snapshot(request.service(), Engine.MYSQL, product, serverVersion, database, source, skipped,
                    result).canonical();
        }

        private void restore(boolean transactionOpen) {
            try {
                if (transactionOpen) {
                    session.execute("ending the read-only transaction", ROLLBACK);
                }
                if (previousTimeout != null) {
                    session.execute("restoring the statement timeout",
                            SET_TIMEOUT.formatted(timeoutVariable, previousTimeout));
                }
            } catch (IntrospectionException ignored) {
                // the transaction only read; a broken connection has reported its own error already
            }
        }

        private void readServer() throws IntrospectionException {
            session.query("server", "the server version", SERVER.formatted(timeoutVariable), s -> { }, row -> {
                serverVersion = row.getString("server_version");
                database = row.getString("database_name");
                user = row.getString("user_name");
                previousTimeout = row.getString("previous_timeout");
            });
            Matcher m = VERSION.matcher(serverVersion);
            version = m.find() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))} : new int[] {0, 0, 0};
            boolean supported = product == ServerProduct.MARIADB ? atLeast(10, 3, 0) : atLeast(8, 0, 16);
            if (!supported) {
                throw session.error(IntrospectionException.Kind.INPUT, product.name().toLowerCase(Locale.ROOT) + " "
                        + serverVersion + " is not supported: introspection needs MySQL 8.0.16 or MariaDB 10.3 "
                        + "or later");
            }
        }

        private boolean atLeast(int major, int minor, int patch) {
            int cmp = Integer.compare(version[0], major);
            cmp = cmp != 0 ? cmp : Integer.compare(version[1], minor);
            cmp = cmp != 0 ? cmp : Integer.compare(version[2], patch);
            return cmp >= 0;
        }

        private void readSchemas() throws IntrospectionException {
            session.query("schemas", "databases", SCHEMAS, s -> { },
                    row -> allSchemas.put(row.getString("schema_name"), row.getString("collation_name")));
            List<String> include = request.includeSchemas();
            if (include.isEmpty() && database != null) {
                include = List.of(database);
            }
            SchemaFilter.Selection selection = new SchemaFilter(include, request.excludeSchemas(),
                    SYSTEM_SCHEMAS::contains).select(allSchemas.keySet());
            if (!selection.systemNamed().isEmpty()) {
                throw session.error(IntrospectionException.Kind.INPUT, "database "
                        + PostgresIntrospector.quoted(selection.systemNamed()) + " is a system database and is "
                        + "never read");
            }
            if (!selection.unknown().isEmpty()) {
                List<String> visible = allSchemas.keySet().stream().filter(s -> !SYSTEM_SCHEMAS.contains(s)).toList();
                throw session.error(IntrospectionException.Kind.INPUT, "unknown schema "
                        + PostgresIntrospector.quoted(selection.unknown()) + ", or user \"" + user
                        + "\" has no privilege on it (visible: "
                        + (visible.isEmpty() ? "none" : PostgresIntrospector.quoted(visible)) + ")");
            }
            for (String name : selection.schemas()) {
                schemas.put(name, new SchemaDraft(name, allSchemas.get(name)));
            }
        }

        private String what(String concern) {
            return concern + " of schema" + (schemas.size() == 1 ? " " : "s ")
                    + PostgresIntrospector.quoted(List.copyOf(schemas.keySet()));
        }

        private String inList(String sql) {
            return sql.formatted(String.join(", ", Collections.nCopies(schemas.size(), "?")));
        }

        private void bindSchemas(PreparedStatement statement) throws SQLException {
            int i = 1;
            for (String schema : schemas.keySet()) {
                statement.setString(i++, schema);
            }
        }

        private RelationDraft relation(String schema, String name) {
            return relations.get(new ObjectName(schema, name));
        }

        private void readTables() throws IntrospectionException {
            session.query("tables", what("tables and views"), inList(TABLES), this::bindSchemas, row -> {
                String schema = row.getString("schema_name");
                String name = row.getString("table_name");
                String type = row.getString("table_type");
                switch (type) {
                    case "SEQUENCE" -> schemas.get(schema).sequenceNames.add(name);
                    case "VIEW" -> {
                        RelationDraft r = new RelationDraft(schema, name, true, false);
                        relations.put(r.objectName(), r);
                    }
                    case "BASE TABLE", "SYSTEM VERSIONED" -> {
                        RelationDraft r = new RelationDraft(schema, name, false, false);
                        if (type.equals("SYSTEM VERSIONED")) {
                            skipped.add(new SkippedObject(schema, name, "table", "system versioning",
                                    "MariaDB system versioning is not modelled: the table is recreated without "
                                            + "WITH SYSTEM VERSIONING and without its history"));
                        }
                        r.storageEngine = row.getString("storage_engine");
                        r.rowEstimate = row.getObject("row_estimate", Long.class);
                        r.sizeBytes = row.getObject("size_bytes", Long.class);
                        r.collation = row.getString("collation_name");
                        r.comment = emptyToNull(row.getString("comment"));
                        String options = row.getString("create_options");
                        if (options != null && options.toLowerCase(Locale.ROOT).contains("partitioned")) {
                            r.tableKind = TableKind.PARTITIONED;
                            anyPartitioned = true;
                        }
                        relations.put(r.objectName(), r);
                    }
                    default -> {
                        // temporary and system views are not part of a service's schema
                    }
                }
            });
        }

        private void readColumns() throws IntrospectionException {
            session.query("columns", what("columns"), inList(COLUMNS), this::bindSchemas, row -> {
                RelationDraft r = relation(row.getString("schema_name"), row.getString("table_name"));
                if (r == null) {
                    return;
                }
                String name = row.getString("column_name");
                String type = row.getString("column_type");
                String dataType = row.getString("data_type").toLowerCase(Locale.ROOT);
                String extra = row.getString("extra") == null ? "" : row.getString("extra");
                String extraLower = extra.toLowerCase(Locale.ROOT);
                Column.Builder column = Column.builder(name, type).ordinal(row.getInt("ordinal"))
                        .normalizedType(TypeNames.normalize(Engine.MYSQL, type))
                        .nullable("YES".equals(row.getString("is_nullable")))
                        .comment(emptyToNull(row.getString("comment")));
                String collation = row.getString("collation_name");
                if (collation != null && !collation.equals(r.collation) && !r.view) {
                    column.collation(collation);
                }
                if (extraLower.contains("auto_increment")) {
                    column.identity(IdentityKind.AUTO_INCREMENT);
                }
                if (extraLower.contains("invisible")) {
                    skipped.add(new SkippedObject(r.schema, r.name + "." + name, "column", "invisible",
                            "INVISIBLE columns are not modelled: the column is recreated visible, so SELECT * "
                                    + "returns it"));
                }
                String generation = row.getString("generation_expression");
                if (extraLower.contains("virtual generated") || extraLower.contains("stored generated")
                        || extraLower.contains("persistent generated")) {
                    String expression = normalizeExpression(generation == null ? "" : generation);
                    column.generated(extraLower.contains("virtual") ? Generation.virtual(expression)
                            : Generation.stored(expression));
                } else {
                    column.defaultExpression(defaultExpression(row.getString("default_value"), dataType,
                            extraLower.contains("default_generated")));
                }
                int onUpdate = extraLower.indexOf("on update ");
                if (onUpdate >= 0) {
                    column.onUpdate(normalizeTimestamp(extra.substring(onUpdate + "on update ".length()).trim()));
                }
                r.columns.add(column.build());
            });
        }

        /**
         * The default as an SQL expression: MariaDB already quotes literals and spells {@code DEFAULT NULL} as
         * {@code NULL}; MySQL gives literals raw and marks expressions with {@code DEFAULT_GENERATED}.
         */
        private String defaultExpression(String value, String dataType, boolean generatedDefault) {
            if (value == null) {
                return null;
            }
            if (product == ServerProduct.MARIADB) {
                return value.equals("NULL") ? null : normalizeTimestamp(value);
            }
            if (generatedDefault) {
                return normalizeTimestamp(value);
            }
            if (NUMERIC_TYPES.contains(dataType) || value.startsWith("b'")) {
                return value;
            }
            return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
        }

        private void readChecks() throws IntrospectionException {
            String sql = inList(product == ServerProduct.MARIADB ? CHECKS_MARIADB : CHECKS_MYSQL);
            session.query("checks", what("check constraints"), sql, this::bindSchemas, row -> {
                RelationDraft r = relation(row.getString("schema_name"), row.getString("table_name"));
                if (r == null) {
                    return;
                }
                String name = row.getString("name");
                String expression = normalizeExpression(row.getString("expression"));
                boolean enforced = !"NO".equalsIgnoreCase(row.getString("enforced"));
                // the view lists a table's checks in creation order, which SHOW CREATE TABLE follows
                int position = (int) r.constraints.stream().filter(c -> c.kind() == ConstraintKind.CHECK).count();
                r.constraints.add(new Constraint(name, ConstraintKind.CHECK, List.of(), expression, true, enforced,
                        false, false, null, position));
                if ("Column".equalsIgnoreCase(row.getString("level"))
                        && expression.equals("json_valid(`" + name.replace("`", "``") + "`)")) {
                    markJson(r, name);
                }
            });
        }

        /** MariaDB's JSON type is a longtext with an automatic json_valid check named after the column. */
        private static void markJson(RelationDraft r, String columnName) {
            for (int i = 0; i < r.columns.size(); i++) {
                Column c = r.columns.get(i);
                if (c.name().equals(columnName) && "text".equals(c.normalizedType())) {
                    r.columns.set(i, c.withType(c.type(), "json"));
                }
            }
        }

        private void readForeignKeys() throws IntrospectionException {
            Map<RelationDraft, Map<String, KeyRows>> found = new LinkedHashMap<>();
            session.query("foreign keys", what("foreign keys"), inList(FOREIGN_KEYS), this::bindSchemas, row -> {
                RelationDraft r = relation(row.getString("schema_name"), row.getString("table_name"));
                if (r == null) {
                    return;
                }
                String name = row.getString("name");
                Map<String, KeyRows> byName = found.computeIfAbsent(r, x -> new LinkedHashMap<>());
                KeyRows key = byName.get(name);
                if (key == null) {
                    if (row.getString("on_delete") == null) {
                        skipped.add(new SkippedObject(r.schema, name, "foreign key", "actions", "the server hides "
                                + "ON DELETE and ON UPDATE of this key of \"" + r.schema + "\".\"" + r.name
                                + "\" from user \"" + user + "\" (REFERENTIAL_CONSTRAINTS lists only keys the user "
                                + "holds enough privileges for); NO ACTION is assumed"));
                    }
                    key = new KeyRows(ForeignKey.builder(name).onDelete(row.getString("on_delete"))
                            .onUpdate(row.getString("on_update")).match(match(row.getString("match_option"))),
                            row.getString("ref_schema"), row.getString("ref_table"));
                    byName.put(name, key);
                }
                key.columns.add(row.getString("column_name"));
                key.referencedColumns.add(row.getString("ref_column"));
            });
            found.forEach((r, byName) -> byName.values().forEach(key -> r.foreignKeys.add(key.build())));
        }

        private void readIndexes() throws IntrospectionException {
            boolean mysql = product == ServerProduct.MYSQL;
            String visible = mysql ? "IS_VISIBLE = 'YES'"
                    : atLeast(10, 6, 0) ? "CASE WHEN IGNORED = 'YES' THEN 0 ELSE 1 END" : "1";
            String sql = INDEXES.formatted(mysql ? "EXPRESSION" : "NULL", visible,
                    String.join(", ", Collections.nCopies(schemas.size(), "?")));
            Map<RelationDraft, Map<String, IndexRows>> found = new LinkedHashMap<>();
            session.query("indexes", what("indexes"), sql, this::bindSchemas, row -> {
                RelationDraft r = relation(row.getString("schema_name"), row.getString("table_name"));
                if (r == null) {
                    return;
                }
                String name = row.getString("index_name");
                Map<String, IndexRows> byName = found.computeIfAbsent(r, x -> new LinkedHashMap<>());
                IndexRows index = byName.get(name);
                if (index == null) {
                    index = new IndexRows(name, row.getInt("non_unique") == 0, row.getString("index_type"),
                            emptyToNull(row.getString("comment")), row.getBoolean("visible"), byName.size());
                    byName.put(name, index);
                }
                String column = row.getString("column_name");
                IndexKey key = column != null ? IndexKey.column(column)
                        : IndexKey.expression(normalizeExpression(row.getString("expression")));
                // MariaDB reports a SPATIAL key's internal length (32) as a prefix, which CREATE rejects
                Integer length = "SPATIAL".equalsIgnoreCase(row.getString("index_type")) ? null
                        : row.getObject("sub_part", Integer.class);
                index.keys.put(row.getInt("seq"), key.withDescending("D".equals(row.getString("collation")))
                        .withLength(length));
            });
            found.forEach((r, byName) -> byName.values().forEach(index -> index.addTo(r)));
        }

        private void readViews() throws IntrospectionException {
            String sql = VIEWS.formatted(product == ServerProduct.MARIADB ? "ALGORITHM" : "NULL",
                    String.join(", ", Collections.nCopies(schemas.size(), "?")));
            session.query("views", what("views"), sql, this::bindSchemas, row -> {
                RelationDraft r = relation(row.getString("schema_name"), row.getString("view_name"));
                if (r == null) {
                    return;
                }
                String definition = emptyToNull(row.getString("definition"));
                String checkOption = row.getString("check_option");
                r.checkOption = checkOption == null || checkOption.equals("NONE") ? null : checkOption;
                r.security = row.getString("security");
                r.definer = row.getString("definer");
                String algorithm = row.getString("algorithm");
                r.algorithm = algorithm == null || algorithm.equals("UNDEFINED") ? null : algorithm;
                if (definition == null) {
                    skipped.add(new SkippedObject(r.schema, r.name, "view", "definition", "user \"" + user
                            + "\" lacks the SHOW VIEW privilege, so the server hides the definition and what it reads"));
                    return;
                }
                r.definition = definition;
                MySqlViewReads.read(definition, allSchemas.keySet()).forEach((relation, cols) -> {
                    if (cols.isEmpty()) {
                        r.addSource(relation, null);
                    }
                    cols.forEach(c -> r.addSource(relation, c));
                });
            });
        }

        private void readTriggers() throws IntrospectionException {
            Map<RelationDraft, Map<String, Trigger.Builder>> found = new LinkedHashMap<>();
            Map<Trigger.Builder, List<TriggerEvent>> events = new LinkedHashMap<>();
            session.query("triggers", what("triggers"), inList(TRIGGERS), this::bindSchemas, row -> {
                RelationDraft r = relation(row.getString("schema_name"), row.getString("table_name"));
                if (r == null) {
                    return;
                }
                String name = row.getString("name");
                Map<String, Trigger.Builder> byName = found.computeIfAbsent(r, x -> new LinkedHashMap<>());
                List<TriggerEvent> eventList = new ArrayList<>();
                eventList.add(TriggerEvent.valueOf(row.getString("event").toUpperCase(Locale.ROOT)));
                Trigger.Builder existing = byName.get(name);
                if (existing != null) {
                    events.get(existing).addAll(eventList);
                    return;
                }
                TriggerTiming timing = TriggerTiming.valueOf(row.getString("timing").toUpperCase(Locale.ROOT));
                Trigger.Builder trigger = Trigger.builder(name, timing, eventList)
                        .forEachRow("ROW".equalsIgnoreCase(row.getString("orientation")))
                        .body(row.getString("body")).actionOrder(row.getObject("action_order", Integer.class))
                        .sqlMode(row.getString("sql_mode")).definer(row.getString("definer"));
                byName.put(name, trigger);
                events.put(trigger, eventList);
            });
            for (Map.Entry<RelationDraft, Map<String, Trigger.Builder>> e : found.entrySet()) {
                for (Map.Entry<String, Trigger.Builder> t : e.getValue().entrySet()) {
                    t.getValue().statement(createStatement("triggers", "trigger", e.getKey().schema, t.getKey(),
                            SHOW_CREATE_TRIGGER.formatted(quote(e.getKey().schema) + "." + quote(t.getKey()))));
                    e.getKey().triggers.add(t.getValue().build());
                }
            }
        }

        /**
         * The statement {@code SHOW CREATE} returns in its third column, or null when the server withholds it
         * (then the structured fields render the object).
         */
        private String createStatement(String step, String kind, String schema, String name, String sql)
                throws IntrospectionException {
            String[] found = new String[1];
            String what = "the statement of " + kind + " \"" + schema + "\".\"" + name + "\"";
            session.query(step, what, sql, s -> { }, row -> found[0] = row.getString(3));
            return found[0];
        }

        private void readPartitions() throws IntrospectionException {
            Map<RelationDraft, MySqlPartitionRows> found = new LinkedHashMap<>();
            session.query("partitions", what("partitioning"), inList(PARTITIONS), this::bindSchemas, row -> {
                RelationDraft r = relation(row.getString("schema_name"), row.getString("table_name"));
                if (r == null) {
                    return;
                }
                MySqlPartitionRows rows = found.get(r);
                if (rows == null) {
                    String method = row.getString("method");
                    String key = partitionClause(method, row.getString("expression"));
                    String sub = row.getString("sub_method");
                    if (sub != null) {
                        key += " SUBPARTITION BY " + partitionClause(sub, row.getString("sub_expression"));
                    }
                    rows = new MySqlPartitionRows(method, key);
                    found.put(r, rows);
                }
                rows.add(row.getString("partition_name"), row.getString("subpartition_name"),
                        row.getString("description"), emptyToNull(row.getString("comment")));
            });
            for (Map.Entry<RelationDraft, MySqlPartitionRows> e : found.entrySet()) {
                RelationDraft r = e.getKey();
                MySqlPartitionRows rows = e.getValue();
                r.partitionKey = rows.key;
                if (!MySqlPartitionRows.METHODS.contains(rows.method)) {
                    skipped.add(new SkippedObject(r.schema, r.name, "table", "partitions", "partitioning by "
                            + rows.method + " is not modelled; the table is recreated without partitions"));
                    r.tableKind = TableKind.TABLE;
                    r.partitionKey = null;
                    continue;
                }
                if (product == ServerProduct.MARIADB && rows.maybeListDefault()) {
                    rows.resolveListDefault(listDefaultPartition(r));
                }
                r.partitions.addAll(rows.build());
            }
        }

        /** The name of the table's LIST {@code DEFAULT} partition according to its own DDL, or null. */
        private String listDefaultPartition(RelationDraft r) throws IntrospectionException {
            String table = "`" + r.schema.replace("`", "``") + "`.`" + r.name.replace("`", "``") + "`";
            String[] found = new String[1];
            session.query("partitions", "the partitions of " + r.describe(), SHOW_CREATE_TABLE.formatted(table),
                    s -> { }, row -> {
                        Matcher m = LIST_DEFAULT.matcher(row.getString(2));
                        if (m.find()) {
                            found[0] = m.group(1).replace("``", "`");
                        }
                    });
            return found[0];
        }

        private static String partitionClause(String method, String expression) {
            String e = expression == null ? "" : expression;
            return method + (method.contains("COLUMNS") ? "(" + e + ")" : " (" + e + ")");
        }

        /**
         * Stored functions and procedures with their parameters, in two bulk queries, then the statement of each
         * readable one as written ({@code SHOW CREATE}). A routine whose body the server hides (the user is not its
         * definer and lacks {@code SHOW CREATE ROUTINE}) is kept without a body and listed as skipped.
         */
        private void readRoutines() throws IntrospectionException {
            Map<List<String>, MySqlRoutineRows> found = new LinkedHashMap<>();
            session.query("routines", what("stored routines"), inList(ROUTINES), this::bindSchemas, row -> {
                String schema = row.getString("schema_name");
                String name = row.getString("name");
                String kind = row.getString("kind");
                if (!kind.equals("FUNCTION") && !kind.equals("PROCEDURE")) {
                    skipped.add(new SkippedObject(schema, name, kind.toLowerCase(Locale.ROOT), "object",
                            "MariaDB packages (sql_mode=ORACLE) are not modelled and are not recreated"));
                    return;
                }
                MySqlRoutineRows routine = new MySqlRoutineRows(schema, name, RoutineKind.valueOf(kind));
                routine.language = row.getString("language");
                routine.body = row.getString("body");
                routine.deterministic = "YES".equals(row.getString("is_deterministic"));
                routine.dataAccess = row.getString("data_access");
                routine.security = row.getString("security");
                routine.sqlMode = row.getString("sql_mode");
                routine.definer = row.getString("definer");
                routine.comment = emptyToNull(row.getString("comment"));
                found.put(List.of(schema, name, kind), routine);
            });
            if (found.isEmpty()) {
                return;
            }
            session.query("routines", what("routine parameters"), inList(PARAMETERS), this::bindSchemas, row -> {
                MySqlRoutineRows routine = found.get(List.of(row.getString("schema_name"), row.getString("name"),
                        row.getString("kind")));
                if (routine == null) {
                    return;
                }
                String type = parameterType(routine.schema, row.getString("type"), row.getString("charset"));
                if (row.getInt("position") == 0) {
                    routine.returnType = type;
                    return;
                }
                String mode = routine.kind == RoutineKind.PROCEDURE ? row.getString("parameter_mode") + " " : "";
                routine.parameters.add(mode + quote(row.getString("parameter_name")) + " " + type);
            });
            for (MySqlRoutineRows routine : found.values()) {
                if (routine.body != null) {
                    routine.statement = createStatement("routines", routine.kind.name().toLowerCase(Locale.ROOT),
                            routine.schema, routine.name, SHOW_CREATE_ROUTINE.formatted(routine.kind.name(),
                                    quote(routine.schema) + "." + quote(routine.name)));
                } else {
                    skipped.add(new SkippedObject(routine.schema, routine.name, routine.kind.name()
                            .toLowerCase(Locale.ROOT), "definition", "user \"" + user + "\" is not its definer "
                            + "and lacks the SHOW CREATE ROUTINE privilege, so the server hides the body"));
                }
                schemas.get(routine.schema).routines.add(routine.build());
            }
        }

        /**
         * A parameter's type as it is declared: the character set is added when it is not the database's
         * default, because {@code DTD_IDENTIFIER} leaves it out.
         */
        private String parameterType(String schema, String type, String charset) {
            String collation = allSchemas.get(schema);
            String defaultCharset = collation == null ? null : collation.substring(0, Math.max(0,
                    collation.indexOf('_')));
            String lower = type.toLowerCase(Locale.ROOT);
            if (charset == null || charset.equals(defaultCharset) || lower.contains(" charset ")
                    || lower.contains(" character set ")) {
                return type;
            }
            return type + " CHARSET " + charset;
        }

        private void readEvents() throws IntrospectionException {
            session.query("events", what("events"), inList(EVENTS), this::bindSchemas, row -> skipped.add(
                    new SkippedObject(row.getString("schema_name"), row.getString("name"), "event", "object",
                            "events are not modelled: dry-run shadows and rendered DDL leave out this "
                                    + row.getString("status").toLowerCase(Locale.ROOT) + " event (definer "
                                    + row.getString("definer") + ")")));
        }

        private void readSequences() throws IntrospectionException {
            for (SchemaDraft schema : schemas.values()) {
                for (String name : schema.sequenceNames) {
                    String table = "`" + schema.name.replace("`", "``") + "`.`" + name.replace("`", "``") + "`";
                    session.query("sequences", "sequence \"" + schema.name + "\".\"" + name + "\"",
                            MARIADB_SEQUENCE.formatted(table), s -> { }, row -> schema.sequences.add(
                                    Sequence.builder(name).dataType("bigint")
                                            .start(row.getLong("start_value"))
                                            .increment(row.getLong("increment"))
                                            .minValue(row.getLong("minimum_value"))
                                            .maxValue(row.getLong("maximum_value"))
                                            .cache(row.getLong("cache_size"))
                                            .cycle(row.getInt("cycle_option") != 0).build()));
                }
            }
        }

        private void readPrivileges() throws IntrospectionException {
            session.query("privileges", what("privileges"), inList(PRIVILEGES), s -> {
                int i = 1;
                for (int copy = 0; copy < 3; copy++) {
                    for (String schema : schemas.keySet()) {
                        s.setString(i++, schema);
                    }
                }
            }, row -> schemas.get(row.getString("schema_name")).privileges.add(new Privilege(
                    PrivilegeTarget.valueOf(row.getString("target")), row.getString("object_name"),
                    row.getString("column_name"), row.getString("grantee"), row.getString("privilege_type"),
                    "YES".equals(row.getString("is_grantable")), false)));
        }

        /** A foreign key may reference a table the user cannot see: the snapshot says so instead of dangling. */
        private void reportInvisibleParents() {
            Set<ObjectName> reported = new LinkedHashSet<>();
            for (RelationDraft r : relations.values()) {
                for (ForeignKey fk : r.foreignKeys) {
                    ObjectName parent = new ObjectName(fk.referencedSchema(), fk.referencedTable());
                    if (schemas.containsKey(parent.schema()) && !relations.containsKey(parent)
                            && reported.add(parent)) {
                        skipped.add(new SkippedObject(parent.schema(), parent.name(), "table", "object",
                                "referenced by foreign key \"" + fk.name() + "\" of \"" + r.schema + "\".\"" + r.name
                                        + "\" but not visible to user \"" + user + "\" (no privilege on it)"));
                    }
                }
            }
        }

        /** The rows of one foreign key, in key order. */
        private static final class KeyRows {
            final ForeignKey.Builder builder;
            final String referencedSchema;
            final String referencedTable;
            final List<String> columns = new ArrayList<>();
            final List<String> referencedColumns = new ArrayList<>();

            KeyRows(ForeignKey.Builder builder, String referencedSchema, String referencedTable) {
                this.builder = builder;
                this.referencedSchema = referencedSchema;
                this.referencedTable = referencedTable;
            }

            ForeignKey build() {
                return builder.columns(columns).references(referencedSchema, referencedTable, referencedColumns)
                        .build();
            }
        }

        /** The rows of one index, in key order. */
        private static final class IndexRows {
            final String name;
            final boolean unique;
            final String type;
            final String comment;
            final boolean visible;
            final int position;
            /** By SEQ_IN_INDEX: the rows are not sorted. */
            final Map<Integer, IndexKey> keys = new TreeMap<>();

            IndexRows(String name, boolean unique, String type, String comment, boolean visible, int position) {
                this.name = name;
                this.unique = unique;
                this.type = type;
                this.comment = comment;
                this.visible = visible;
                this.position = position;
            }

            void addTo(RelationDraft r) {
                List<IndexKey> keys = List.copyOf(this.keys.values());
                boolean primary = name.equals("PRIMARY");
                boolean plainColumns = keys.stream().allMatch(k -> k.column() != null);
                String constraint = primary || (unique && plainColumns) ? name : null;
                if (constraint != null) {
                    List<String> columns = keys.stream().map(IndexKey::column).toList();
                    r.constraints.add((primary ? Constraint.primaryKey(name, columns)
                            : Constraint.unique(name, columns)).withPosition(position));
                }
                r.indexes.add(Index.builder(name).keyParts(keys).unique(unique).primary(primary)
                        .method(type == null ? null : type.toLowerCase(Locale.ROOT)).constraint(constraint)
                        .visible(visible).comment(comment).position(position).build());
            }
        }
    }

    /** A database while its objects arrive. */
    private static final class SchemaDraft {
        final String name;
        final String collation;
        final List<String> sequenceNames = new ArrayList<>();
        final List<Sequence> sequences = new ArrayList<>();
        final List<Privilege> privileges = new ArrayList<>();
        final List<Routine> routines = new ArrayList<>();

        SchemaDraft(String name, String collation) {
            this.name = name;
            this.collation = collation;
        }

        Schema build(List<RelationDraft> relations) {
            Schema schema = new Schema(name, null, null, collation,
                    relations.stream().filter(r -> !r.view).map(RelationDraft::toTable).toList(),
                    relations.stream().filter(r -> r.view).map(RelationDraft::toView).toList(),
                    sequences, List.of(), routines);
            // the server keeps the grants of a dropped table or column; they are not part of the schema
            return schema.withPrivileges(privileges.stream().filter(p -> p.object() == null
                    || p.column() == null && hasRelation(schema, p.object())
                    || hasColumn(schema, p.object(), p.column())).toList());
        }

        private static boolean hasRelation(Schema schema, String relation) {
            return schema.table(relation).isPresent() || schema.view(relation).isPresent();
        }

        private static boolean hasColumn(Schema schema, String relation, String column) {
            // column names are case-insensitive in MySQL, and a grant keeps the spelling it was given
            List<Column> columns = schema.table(relation).map(Table::columns)
                    .or(() -> schema.view(relation).map(View::columns)).orElse(List.of());
            return column != null && columns.stream().anyMatch(c -> c.name().equalsIgnoreCase(column));
        }
    }

    private static String match(String option) {
        return option == null || option.equals("NONE") ? ForeignKey.MATCH_SIMPLE : option;
    }

    /**
     * Brings MySQL's spelling of an expression to MariaDB's: no outer parentheses, no escaped quotes, no
     * charset introducers.
     */
    static String normalizeExpression(String expression) {
        if (expression == null) {
            return null;
        }
        String e = expression.strip().replace("\\'", "'");
        e = CHARSET_INTRODUCER.matcher(e).replaceAll("'");
        while (e.startsWith("(") && e.endsWith(")") && enclosesAll(e)) {
            e = e.substring(1, e.length() - 1).strip();
        }
        return e;
    }

    /** Whether the first parenthesis closes at the very end. */
    private static boolean enclosesAll(String e) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < e.length(); i++) {
            char ch = e.charAt(i);
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                }
            } else if (ch == '\'' || ch == '`' || ch == '"') {
                quote = ch;
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')' && --depth == 0 && i < e.length() - 1) {
                return false;
            }
        }
        return depth == 0;
    }

    /** {@code current_timestamp()}, {@code now()} and MySQL's {@code CURRENT_TIMESTAMP} all read CURRENT_TIMESTAMP. */
    static String normalizeTimestamp(String expression) {
        Matcher m = CURRENT_TIMESTAMP.matcher(expression.strip());
        if (!m.matches()) {
            return expression;
        }
        String precision = m.group(3);
        return "CURRENT_TIMESTAMP" + (precision == null || precision.isEmpty() ? "" : "(" + precision + ")");
    }

    /** Back-quoted, with back quotes inside doubled. */
    static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
