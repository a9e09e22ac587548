package dev.phaseshift.bench;

import dev.phaseshift.introspect.IntrospectionRequest;
import dev.phaseshift.introspect.Introspector;
import dev.phaseshift.plan.op.Backfill;
import dev.phaseshift.runner.Backfiller;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.testing.TestDatabase;
import dev.phaseshift.testing.TestServers;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

/**
 * How apply's batched backfill compares with one unbatched UPDATE on the same 1,000,000-row PostgreSQL table in
 * one run: rows per second of each, and the longest time the rows of one transaction stay locked (the whole run
 * for the single UPDATE). The batch size apply's plans should use is the largest whose batches stay under 200 ms
 * while the batched rate is at least 70% of the single UPDATE's. Run it once; the machine is shared.
 */
public final class BackfillBenchmark {
    private static final int ROWS = 1_000_000;
    private static final int[] BATCHES = {1_000, 5_000, 20_000};

    private BackfillBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (TestDatabase db = TestServers.postgres().createDatabase("bench_backfill");
             Connection c = db.connect()) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE counters (id bigint PRIMARY KEY, hits integer NOT NULL DEFAULT 0, "
                        + "note text NOT NULL DEFAULT 'abcdefghijklmnopqrstuvwxyz')");
                st.execute("INSERT INTO counters (id) SELECT g FROM generate_series(1, " + ROWS + ") g");
                st.execute("VACUUM ANALYZE counters");
            }
            Snapshot snapshot = Introspector.forEngine(Engine.POSTGRESQL).introspect(c,
                    IntrospectionRequest.of("bench").withSchemas(List.of("public"), List.of()));
            c.setReadOnly(false);
            c.setAutoCommit(true);

            long start = System.nanoTime();
            int single;
            try (Statement st = c.createStatement()) {
                single = st.executeUpdate("UPDATE counters SET hits = hits + 1");
            }
            long singleMillis = (System.nanoTime() - start) / 1_000_000;
            double singleRate = single * 1000.0 / Math.max(1, singleMillis);
            System.out.printf("single UPDATE: %,d rows in %,d ms = %,.0f rows/s, rows locked for %,d ms%n", single,
                    singleMillis, singleRate, singleMillis);
            vacuum(c);
            for (int batch : BATCHES) {
                Backfill op = new Backfill("counters", "hits = hits + 1", null, batch, 0);
                start = System.nanoTime();
                Backfiller.Result r = Backfiller.unjournalled(c, Engine.POSTGRESQL, op, snapshot)
                        .run(0, 0, null, null);
                long millis = (System.nanoTime() - start) / 1_000_000;
                if (!r.ok()) {
                    throw new IllegalStateException(r.error());
                }
                double rate = r.rowsDone() * 1000.0 / Math.max(1, millis);
                System.out.printf("batches of %,6d: %,d rows in %,d ms = %,.0f rows/s (%.0f%% of single), "
                                + "%,d batches, longest batch %,d ms%s%n", batch, r.rowsDone(), millis, rate,
                        100 * rate / singleRate, r.batches(), r.longestBatchMillis(),
                        rate >= 0.7 * singleRate && r.longestBatchMillis() < 200 ? "  <- meets the aim" : "");
                vacuum(c);
            }
        }
        System.exit(0);
    }

    private static void vacuum(Connection c) throws Exception {
        try (Statement st = c.createStatement()) {
            st.execute("VACUUM counters");
        }
    }
}
