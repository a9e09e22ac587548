package dev.phaseshift.testing;

import dev.phaseshift.introspect.IntrospectionException;
import dev.phaseshift.introspect.IntrospectionRequest;
import dev.phaseshift.introspect.Introspector;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a database looks like, to prove that something left it alone: the schema as the introspector reads it
 * (statistics such as row estimates and sizes left out, since the server updates them on its own) and, per table,
 * the row count and an MD5 of every row's text in sorted order.
 *
 * <pre>{@code
 * SourceFingerprint before = SourceFingerprint.of(source, Engine.POSTGRESQL, List.of("public"));
 * ... the dry-run ...
 * assertThat(SourceFingerprint.of(source, Engine.POSTGRESQL, List.of("public")).differences(before)).isEmpty();
 * }</pre>
 *
 * Reading only selects; on MySQL it raises the session's {@code group_concat_max_len} so whole tables fit.
 *
 * @param schema the canonical snapshot without statistics
 * @param tables {@code schema.table} → {@code <rows>:<md5>}
 */
public record SourceFingerprint(Snapshot schema, Map<String, String> tables) {
    private static final String MYSQL_COLUMNS = "SELECT column_name FROM information_schema.columns"
            + " WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position";

    public SourceFingerprint {
        Objects.requireNonNull(schema, "schema");
        tables = Map.copyOf(tables);
    }

    /** Reads {@code schemas} (MySQL: databases) through {@code connection}, which must not be in a transaction. */
    public static SourceFingerprint of(Connection connection, Engine engine, List<String> schemas)
            throws SQLException, IntrospectionException {
        Snapshot snapshot = Introspector.forEngine(engine)
                .introspect(connection, IntrospectionRequest.of("fingerprint").withSchemas(schemas, List.of()));
        Map<String, String> tables = new TreeMap<>();
        for (Schema schema : snapshot.schemas()) {
            for (Table table : schema.tables()) {
                tables.put(schema.name() + "." + table.name(), engine == Engine.POSTGRESQL
                        ? postgresChecksum(connection, schema.name(), table.name())
                        : mysqlChecksum(connection, schema.name(), table.name()));
            }
        }
        return new SourceFingerprint(withoutStatistics(snapshot), tables);
    }

    /** The checksums of one table: {@code <rows>:<md5>}. */
    public String table(String schemaDotTable) {
        return tables.get(schemaDotTable);
    }

    /** What differs from {@code earlier}, one line each; empty when nothing does. */
    public List<String> differences(SourceFingerprint earlier) {
        List<String> out = new ArrayList<>();
        if (!schema.equals(earlier.schema)) {
            out.add("the schema differs from the one read before");
        }
        TreeSet<String> names = new TreeSet<>(tables.keySet());
        names.addAll(earlier.tables.keySet());
        for (String name : names) {
            if (!Objects.equals(tables.get(name), earlier.tables.get(name))) {
                out.add("table \"" + name + "\": rows were " + earlier.tables.get(name) + ", now "
                        + tables.get(name));
            }
        }
        return out;
    }

    private static String postgresChecksum(Connection c, String schema, String table) throws SQLException {
        String name = quote(schema, '"') + "." + quote(table, '"');
        String sql = "SELECT count(*), md5(coalesce(string_agg(x, E'\\n' ORDER BY x), ''))"
                + " FROM (SELECT CAST(t AS text) AS x FROM " + name + " AS t) q";
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1) + ":" + rs.getString(2);
        }
    }

    private static String mysqlChecksum(Connection c, String schema, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(MYSQL_COLUMNS)) {
            ps.setString(1, schema);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add("QUOTE(" + quote(rs.getString(1), '`') + ")");
                }
            }
        }
        String name = quote(schema, '`') + "." + quote(table, '`');
        String sql = "SELECT count(*), md5(coalesce(GROUP_CONCAT(x ORDER BY x SEPARATOR '\\n'), ''))"
                + " FROM (SELECT CONCAT_WS(',', " + String.join(", ", columns) + ") AS x FROM " + name + ") q";
        try (Statement st = c.createStatement()) {
            st.execute("SET SESSION group_concat_max_len = 1073741824");
            try (ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1) + ":" + rs.getString(2);
            }
        }
    }

    private static Snapshot withoutStatistics(Snapshot snapshot) {
        return snapshot.withSchemas(snapshot.schemas().stream()
                .map(s -> s.withTables(s.tables().stream()
                        .map(t -> t.toBuilder().rowEstimate(null).sizeBytes(null).build())
                        .toList()))
                .toList()).canonical();
    }

    private static String quote(String identifier, char quote) {
        String q = String.valueOf(quote);
        return q + identifier.replace(q, q + q) + q;
    }
}
