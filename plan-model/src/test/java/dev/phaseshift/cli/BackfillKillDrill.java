package dev.phaseshift.cli;

import dev.phaseshift.testing.TestDatabase;
import dev.phaseshift.testing.TestServers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The full kill drill, too slow for {@code verify}: twenty SIGKILLs at random moments of a 200,000-row
 * {@code hits = hits + 1} backfill on PostgreSQL and on MariaDB, each followed by {@code apply --resume}; fails
 * (exit 1) unless every row was changed exactly once. Arguments: the engines to drill ({@code postgresql},
 * {@code mariadb}), both when none. See README, "Benchmarks".
 */
public final class BackfillKillDrill {
    private static final int KILLS = 20;

    private BackfillKillDrill() {
    }

    public static void main(String[] args) throws Exception {
        List<String> engines = args.length == 0 ? List.of("postgresql", "mariadb") : List.of(args);
        for (boolean pg : new boolean[] {true, false}) {
            if (!engines.contains(pg ? "postgresql" : "mariadb")) {
                continue;
            }
            Path dir = Files.createTempDirectory("phaseshift-kill-drill");
            long start = System.nanoTime();
            try (TestDatabase db = (pg ? TestServers.postgres() : TestServers.mysql()).createDatabase("kill_drill")) {
                ApplyCommandKillTest.killAndResume(dir, db, pg ? "postgres" : "root",
                        pg ? "phaseshift.journal" : "phaseshift_journal", KILLS);
            } catch (AssertionError e) {
                System.out.println((pg ? "postgresql" : "mariadb") + ": FAILED: " + e.getMessage());
                System.exit(1);
            }
            System.out.printf("%s: %d kills, every one of %d rows changed exactly once, %d s%n",
                    pg ? "postgresql" : "mariadb", KILLS, ApplyCommandKillTest.ROWS,
                    (System.nanoTime() - start) / 1_000_000_000L);
        }
        System.exit(0);
    }
}
