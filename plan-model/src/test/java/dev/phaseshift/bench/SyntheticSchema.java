package dev.phaseshift.bench;

import dev.phaseshift.schema.Engine;
import dev.phaseshift.testing.TestDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The DDL of one synthetic service database: {@code tables} tables of nine columns and {@code foreignKeys} keys
 * each to earlier tables, a secondary index per table and a unique one every fifth, and a view joining every
 * twentieth table with its parent. Deterministic, so every run reads the same catalog.
 */
final class SyntheticSchema {
    private SyntheticSchema() {
    }

    /** Creates the synthetic schema in {@code db} and analyses it, so row estimates are set. */
    static void load(TestDatabase db, Engine engine, int tables, int foreignKeys) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            List<String> ddl = statements(engine, tables, foreignKeys);
            if (engine == Engine.POSTGRESQL) {
                s.execute(String.join(";\n", ddl)); // one round trip: the simple query protocol takes many
                s.execute("ANALYZE");
            } else {
                for (String sql : ddl) {
                    s.addBatch(sql);
                }
                s.executeBatch();
            }
        }
    }

    static List<String> statements(Engine engine, int tables, int foreignKeys) {
        List<String> out = new ArrayList<>();
        boolean pg = engine == Engine.POSTGRESQL;
        for (int i = 0; i < tables; i++) {
            String t = name(i);
            StringBuilder sql = new StringBuilder("CREATE TABLE ").append(t).append(" (\n");
            sql.append("  id bigint NOT NULL PRIMARY KEY,\n");
            sql.append("  code varchar(40) NOT NULL,\n");
            sql.append("  name varchar(120) NOT NULL,\n");
            sql.append("  amount numeric(12,2) NOT NULL DEFAULT 0,\n");
            sql.append("  status varchar(20) NOT NULL DEFAULT 'new',\n");
            sql.append(pg ? "  created_at timestamptz NOT NULL DEFAULT now(),\n"
                    : "  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,\n");
            sql.append("  note text,\n");
            sql.append("  flags int NOT NULL DEFAULT 0,\n");
            sql.append("  version int NOT NULL DEFAULT 1");
            for (int k = 0; k < foreignKeys && i > k; k++) {
                sql.append(",\n  parent_").append(k).append("_id bigint");
            }
            for (int k = 0; k < foreignKeys && i > k; k++) {
                sql.append(",\n  CONSTRAINT ").append(t).append("_p").append(k).append("_fk FOREIGN KEY (parent_")
                        .append(k).append("_id) REFERENCES ").append(name(parent(i, k))).append(" (id)");
            }
            if (i % 5 == 0) {
                sql.append(",\n  CONSTRAINT ").append(t).append("_code_key UNIQUE (code)");
            }
            sql.append("\n)");
            if (!pg) {
                sql.append(" ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
            }
            out.add(sql.toString());
            out.add("CREATE INDEX " + t + "_status_idx ON " + t + " (status, created_at)");
        }
        for (int i = 20; i < tables; i += 20) {
            String t = name(i);
            out.add("CREATE VIEW v_" + t + " AS SELECT c.id, c.name, p.name AS parent_name FROM " + t
                    + " c JOIN " + name(parent(i, 0)) + " p ON p.id = c.parent_0_id");
        }
        return out;
    }

    /** Key k of table i points back a pseudo-random distance, never to itself. */
    private static int parent(int i, int k) {
        int back = 1 + (int) ((i * 2654435761L + k * 40503L) % Math.min(i, 50));
        return Math.max(0, i - back);
    }

    private static String name(int i) {
        return String.format(Locale.ROOT, "t_%04d", i);
    }
}
