package dev.phaseshift.cli;

import dev.phaseshift.ddl.SchemaMapping;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.ServerProduct;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.snapshot.SnapshotFile;
import dev.phaseshift.snapshot.SnapshotFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code phaseshift ddl}: the script that recreates a snapshot in an empty database (what dry-run shadows load). */
@Command(name = "ddl", mixinStandardHelpOptions = true,
        customSynopsis = {"phaseshift ddl SNAPSHOT [--out FILE.sql] [--engine-product mariadb|mysql] "
                + "[--schema-map FROM=TO]... [--no-privileges]"},
        description = {"Write the DDL that recreates a snapshot in an empty database, as a script for psql or the "
                + "mariadb/mysql client (trigger and routine bodies in DELIMITER lines). A header comment names the "
                + "snapshot; objects a partial snapshot could not read are listed there, and a warning on standard "
                + "error says the script is incomplete. Row data and owners are not part of a snapshot and are not "
                + "written; grants are, last, and need their roles (PostgreSQL) or accounts (MySQL) on the target "
                + "server (the header names them)."},
        footer = {"%nExit codes: 0 ok (also for a partial snapshot), 2 bad arguments or an unreadable snapshot file.",
                "%nExamples:%n  phaseshift ddl snapshots/orders.json --out orders.sql && psql -v ON_ERROR_STOP=1 "
                        + "-d scratch -f orders.sql",
                "  phaseshift ddl snapshots/shipping.json --schema-map shop_shipping=scratch | mariadb scratch"})
final class DdlCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SNAPSHOT", description = "The snapshot file (written by inspect).")
    Path snapshotFile;

    @Option(names = "--out", paramLabel = "FILE.sql", description = "Where to write the script; default: standard "
            + "output.")
    Path out;

    @Option(names = "--engine-product", paramLabel = "mariadb|mysql", description = "For a MySQL-family snapshot: "
            + "write for this product instead of the one the snapshot was read from (the two differ in a few "
            + "clauses).")
    String engineProduct;

    @Option(names = "--schema-map", paramLabel = "FROM=TO", description = "Create the objects of schema FROM in "
            + "schema TO, repeatable. On MySQL the schema is the database, so this is how to load a snapshot into "
            + "a database of another name.")
    List<String> schemaMap = new ArrayList<>();

    @Option(names = "--no-privileges", description = "Leave out GRANT and REVOKE statements, e.g. for a server "
            + "that lacks the grantee roles.")
    boolean noPrivileges;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Snapshot snapshot = read(snapshotFile);
        ServerProduct product = product(snapshot);
        SchemaMapping mapping = mapping(snapshot);
        String script;
        try {
            script = DdlScript.of(snapshot, product, mapping, snapshotFile.getFileName().toString(),
                    !noPrivileges);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitCode.BAD_INPUT, "ddl: " + snapshotFile + ": " + e.getMessage(), e);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (snapshot.partial()) {
            stderr.println("phaseshift: ddl: warning: " + snapshotFile + " is a partial snapshot: "
                    + count(snapshot.skipped().size(), "object") + " could not be read, so the script is incomplete "
                    + "(they are listed at its top)");
            stderr.flush();
        }
        if (out == null) {
            stdout.print(script);
        } else {
            write(out, script);
            stdout.println("wrote " + out + ": DDL of service \"" + snapshot.service() + "\" ("
                    + snapshot.engine().id() + ")");
        }
        stdout.flush();
        return ExitCode.OK;
    }

    private static Snapshot read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CliFailure(ExitCode.BAD_INPUT, "ddl: " + file + ": no such file");
        }
        try {
            return SnapshotFile.read(file);
        } catch (SnapshotFormatException e) {
            throw new CliFailure(ExitCode.BAD_INPUT, "ddl: " + e.getMessage(), e);
        }
    }

    private ServerProduct product(Snapshot snapshot) {
        if (engineProduct == null) {
            return snapshot.product();
        }
        ServerProduct product = switch (engineProduct.toLowerCase(Locale.ROOT)) {
            case "mariadb" -> ServerProduct.MARIADB;
            case "mysql" -> ServerProduct.MYSQL;
            default -> throw new CliFailure(ExitCode.BAD_INPUT, "ddl: --engine-product: unknown product \""
                    + engineProduct + "\": expected mariadb or mysql");
        };
        if (snapshot.engine() != Engine.MYSQL) {
            throw new CliFailure(ExitCode.BAD_INPUT, "ddl: --engine-product " + engineProduct + " needs a MySQL-family "
                    + "snapshot; " + snapshotFile + " is " + snapshot.engine().id());
        }
        return product;
    }

    private SchemaMapping mapping(Snapshot snapshot) {
        Map<String, String> targets = new LinkedHashMap<>();
        for (String entry : schemaMap) {
            int eq = entry.indexOf('=');
            if (eq <= 0 || eq == entry.length() - 1) {
                throw new CliFailure(ExitCode.BAD_INPUT, "ddl: --schema-map \"" + entry + "\": expected FROM=TO");
            }
            String from = entry.substring(0, eq);
            String to = entry.substring(eq + 1);
            if (snapshot.schema(from).isEmpty()) {
                throw new CliFailure(ExitCode.BAD_INPUT, "ddl: --schema-map: " + snapshotFile + " has no schema \""
                        + from + "\"; it has " + snapshot.schemas().stream().map(s -> "\"" + s.name() + "\"")
                        .toList());
            }
            if (targets.put(from, to) != null) {
                throw new CliFailure(ExitCode.BAD_INPUT, "ddl: --schema-map: schema \"" + from
                        + "\" is mapped twice");
            }
        }
        return new SchemaMapping(targets);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static void write(Path target, String script) {
        try {
            Files.writeString(target, script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliFailure(ExitCode.BAD_INPUT, "ddl: cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
