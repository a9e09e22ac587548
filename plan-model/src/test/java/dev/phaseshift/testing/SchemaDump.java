package dev.phaseshift.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The schema of a test database as the engine's own dump tool prints it, normalised so that two databases
 * holding the same schema compare equal as text. Independent of Phaseshift's introspection: it catches what
 * a snapshot does not model.
 *
 * <p>PostgreSQL: {@code pg_dump --schema-only}; MySQL/MariaDB: {@code mariadb-dump} (or {@code mysqldump})
 * {@code --no-data --routines --triggers --events}. The programs are looked up on the {@code PATH}; a missing
 * one fails the test with a message naming it. Owners stay in the raw dump (no {@code --no-owner}) so that
 * {@link #raw(TestDatabase)} shows everything, and the normaliser takes out exactly this:
 * <ul>
 *   <li><b>the database name</b>, replaced by {@code <database>} wherever it occurs as a word: MySQL dumps name
 *       the database in their header and section comments, and a copy always lives in another database. Test
 *       database names are long and random, so the replacement cannot hit anything else;</li>
 *   <li><b>{@code &#92;restrict}/{@code &#92;unrestrict} lines</b>: pg_dump 15.14+/17.6+ wrap the script in them with a
 *       random key;</li>
 *   <li><b>header and footer comments with versions, hosts and dates</b>: {@code -- Dumped from database
 *       version}, {@code -- Dumped by pg_dump version}; {@code -- MariaDB dump ...}/{@code -- MySQL dump ...},
 *       {@code -- Host: ...}, {@code -- Server version ...}, {@code -- Dump completed on ...};</li>
 *   <li><b>AUTO_INCREMENT counters</b> ({@code AUTO_INCREMENT=42} table options): the next value depends on the
 *       rows inserted, not on the schema;</li>
 *   <li><b>ownership</b>: PostgreSQL {@code ALTER ... OWNER TO ...;} lines and the {@code ; Owner: x} part of
 *       pg_dump's {@code -- Name:} comments; MySQL {@code DEFINER=`user`@`host`} clauses (replaced by
 *       {@code DEFINER=<owner>}). A copy is made by whichever user the test connects as; which role owns an
 *       object is not part of the schema a shadow database must reproduce.</li>
 * </ul>
 * Deliberately not normalised: {@code SET}/{@code SELECT pg_catalog.set_config} preamble lines (the same dump
 * tool prints the same preamble, and a {@code SET default_tablespace} in the middle of a dump is schema), MySQL
 * {@code sql_mode}/character-set lines around triggers and views (they record the session the object was made
 * in, which changes how its body behaves), sequence positions ({@code SETVAL}), privileges. Names the server
 * generates ({@code _pkey}, {@code _seq}, MariaDB {@code CONSTRAINT_1} checks, foreign-key index names) are not
 * rewritten either: they are deterministic for the same SQL, and a rendered copy writes every name out
 * explicitly, so a difference there is a real one.
 */
public final class SchemaDump {

    static final String DATABASE = "<database>";
    static final String OWNER = "<owner>";

    private static final Pattern PG_OWNER_STATEMENT = Pattern.compile("^ALTER [A-Z ]+ .* OWNER TO .*;$");
    private static final Pattern PG_OWNER_COMMENT = Pattern.compile("^(-- Name: .*); Owner: [^;]*$");
    private static final Pattern AUTO_INCREMENT_COUNTER = Pattern.compile(" AUTO_INCREMENT=\\d+");
    private static final Pattern DEFINER = Pattern.compile("DEFINER=`(?:[^`]|``)*`@`(?:[^`]|``)*`");
    private static final List<String> DROPPED_PREFIXES = List.of(
            "\\restrict ", "\\unrestrict ",
            "-- Dumped from database version", "-- Dumped by pg_dump version",
            "-- MariaDB dump ", "-- MySQL dump ", "-- Host: ", "-- Server version", "-- Dump completed");

    private SchemaDump() {
    }

    /** The normalised dump of {@code db}'s schema. */
    public static String of(TestDatabase db) {
        return normalise(raw(db), db.name());
    }

    /** The dump tool's output as it is. */
    public static String raw(TestDatabase db) {
        ServerKind engine = db.server().engine();
        List<String> arguments = engine == ServerKind.POSTGRESQL
                ? List.of("--schema-only")
                : List.of("--no-data", "--routines", "--triggers", "--events");
        return ClientProgram.dump(engine).run(db, arguments, "");
    }

    /** The normalisations listed in the class comment, for a dump of the database named {@code database}. */
    public static String normalise(String dump, String database) {
        Objects.requireNonNull(dump, "dump");
        Pattern name = Pattern.compile("(?<![A-Za-z0-9_$])" + Pattern.quote(database) + "(?![A-Za-z0-9_$])");
        List<String> kept = new ArrayList<>();
        for (String line : dump.split("\n", -1)) {
            if (DROPPED_PREFIXES.stream().anyMatch(line::startsWith) || PG_OWNER_STATEMENT.matcher(line).matches()) {
                continue;
            }
            String l = PG_OWNER_COMMENT.matcher(line).replaceFirst("$1");
            l = AUTO_INCREMENT_COUNTER.matcher(l).replaceAll("");
            l = DEFINER.matcher(l).replaceAll("DEFINER=" + OWNER);
            kept.add(name.matcher(l).replaceAll(DATABASE));
        }
        return String.join("\n", kept);
    }

    /** Empty when equal, else a unified diff of the first differences between two normalised dumps. */
    public static String difference(TestDatabase expected, TestDatabase actual) {
        return LineDiff.unified("dump of " + expected.name(), of(expected), "dump of " + actual.name(), of(actual));
    }
}
