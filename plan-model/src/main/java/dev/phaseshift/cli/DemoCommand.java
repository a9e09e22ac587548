package dev.phaseshift.cli;

import dev.phaseshift.connect.ConnectionFailedException;
import dev.phaseshift.connect.JdbcUrl;
import dev.phaseshift.demo.DemoMaterializer;
import dev.phaseshift.demo.DemoScriptException;
import dev.phaseshift.schema.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code phaseshift demo}: creates the bundled demo estate's databases on real servers. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Materialise the bundled demo estate (an online shop of seven services): one database per "
                + "service, created if missing, then its tables, views, indexes and sample rows. Safe to run again: "
                + "nothing fails or is duplicated."},
        footer = {"%nExample:%n  phaseshift demo --pg 'jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres' "
                + "--mysql 'jdbc:mysql://127.0.0.1:3306/?user=root'"})
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--pg", paramLabel = "JDBC",
            description = "PostgreSQL server for customers, catalog, orders and billing (any database on it).")
    String pg;

    @Option(names = "--mysql", paramLabel = "JDBC",
            description = "MySQL or MariaDB server for inventory, shipping and notifications.")
    String mysql;

    @Option(names = "--user", description = "User, when the URLs carry none.")
    String user;

    @Option(names = "--password-env", paramLabel = "VAR",
            description = "Environment variable that holds the password, when the URLs carry none.")
    String passwordEnv;

    @Option(names = "--database-prefix", paramLabel = "PREFIX", defaultValue = "",
            description = "Put PREFIX before every database name (default: none, so shop_orders etc.).")
    String databasePrefix;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!databasePrefix.matches("[a-z0-9_]*")) {
            throw new CliFailure(ExitCode.BAD_INPUT, "demo: --database-prefix may hold only a-z, 0-9 and _");
        }
        if (pg == null && mysql == null) {
            throw new CliFailure(ExitCode.BAD_INPUT, "demo: give --pg JDBC, --mysql JDBC or both");
        }
        JdbcUrl pgUrl = pg == null ? null : parse("--pg", pg, Engine.POSTGRESQL);
        JdbcUrl mysqlUrl = mysql == null ? null : parse("--mysql", mysql, Engine.MYSQL);
        String password = null;
        if (passwordEnv != null) {
            password = System.getenv(passwordEnv);
            if (password == null) {
                throw new CliFailure(ExitCode.BAD_INPUT, "demo: environment variable " + passwordEnv + " is not set");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        DemoMaterializer materializer = new DemoMaterializer(user, password, databasePrefix);
        try {
            int services = 0;
            for (JdbcUrl url : new JdbcUrl[] {pgUrl, mysqlUrl}) {
                if (url != null) {
                    services += materializer.materialize(url.engine(), url, line -> {
                        out.println(line);
                        out.flush();
                    }).size();
                }
            }
            out.println("demo estate ready: " + services + " services");
            if (pgUrl == null || mysqlUrl == null) {
                out.println("note: " + (pgUrl == null ? "PostgreSQL" : "MySQL") + " services skipped (no "
                        + (pgUrl == null ? "--pg" : "--mysql") + " given)");
            }
            return ExitCode.OK;
        } catch (ConnectionFailedException e) {
            throw new CliFailure(ExitCode.CANNOT_CONNECT, "demo: " + e.getMessage(), e);
        } catch (DemoScriptException e) {
            throw new CliFailure(ExitCode.FINDINGS, "demo: " + e.getMessage(), e);
        }
    }

    private static JdbcUrl parse(String option, String text, Engine expected) {
        JdbcUrl url;
        try {
            url = JdbcUrl.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitCode.CANNOT_CONNECT, "demo: " + option + ": " + e.getMessage(), e);
        }
        if (url.engine() != expected) {
            throw new CliFailure(ExitCode.BAD_INPUT, "demo: " + option + " expects a " + expected.displayName()
                    + " URL (jdbc:" + (expected == Engine.POSTGRESQL ? "postgresql" : "mysql") + "://...), got " + url);
        }
        return url;
    }
}
