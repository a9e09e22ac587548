package dev.phaseshift.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A database client program ({@code pg_dump}, {@code psql}, {@code mariadb-dump}, {@code mariadb}, ...) found on
 * the {@code PATH}, run against a {@link TestDatabase}. A missing program is an error naming the programs looked
 * for: tests that need one fail, they do not skip.
 */
public record ClientProgram(Path executable) {

    private static final long TIMEOUT_SECONDS = 120;

    public ClientProgram {
        Objects.requireNonNull(executable, "executable");
    }

    /** The first of {@code names} on the {@code PATH}. */
    public static ClientProgram find(String... names) {
        String path = Objects.requireNonNullElse(System.getenv("PATH"), "");
        for (String name : names) {
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isEmpty()) {
                    continue;
                }
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return new ClientProgram(candidate);
                }
            }
        }
        throw new IllegalStateException("none of " + String.join(", ", names) + " is on the PATH (" + path
                + "); install the database client programs to run this test");
    }

    /** {@code pg_dump}, or {@code mariadb-dump}/{@code mysqldump}. */
    public static ClientProgram dump(ServerKind engine) {
        return engine == ServerKind.POSTGRESQL ? find("pg_dump") : find("mariadb-dump", "mysqldump");
    }

    /** {@code psql}, or {@code mariadb}/{@code mysql}. */
    public static ClientProgram shell(ServerKind engine) {
        return engine == ServerKind.POSTGRESQL ? find("psql") : find("mariadb", "mysql");
    }

    /**
     * Runs the program with connection options for {@code db} in front of {@code arguments}, feeding
     * {@code stdin} (may be empty); returns standard output. The password travels in the environment
     * ({@code PGPASSWORD}/{@code MYSQL_PWD}), never on the command line. A non-zero exit is an error that
     * shows the command and standard error.
     */
    public String run(TestDatabase db, List<String> arguments, String stdin) {
        ServerKind engine = db.server().engine();
        HostPort target = HostPort.of(db.server().adminUrl(), engine);
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        if (engine == ServerKind.POSTGRESQL) {
            command.addAll(List.of("-h", target.host(), "-p", Integer.toString(target.port()),
                    "-U", db.server().user(), "-d", db.name()));
        } else {
            command.addAll(List.of("-h", target.host(), "-P", Integer.toString(target.port()),
                    "-u", db.server().user(), "--protocol=TCP"));
        }
        command.addAll(arguments);
        if (engine == ServerKind.MYSQL) {
            command.add(db.name());
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        String password = db.server().password();
        if (!password.isEmpty()) {
            env.put(engine == ServerKind.POSTGRESQL ? "PGPASSWORD" : "MYSQL_PWD", password);
        }
        env.put("LC_ALL", "C.UTF-8");
        try {
            Process process = builder.start();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            try (var in = process.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in "
                        + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed with exit code "
                        + process.exitValue() + ":\n" + err.join());
            }
            return out.join();
        } catch (IOException e) {
            throw new UncheckedIOException("running " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + String.join(" ", command), e);
        }
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Host and port of a JDBC URL such as {@code jdbc:postgresql://127.0.0.1:5432/postgres}. */
    record HostPort(String host, int port) {
        static HostPort of(String jdbcUrl, ServerKind engine) {
            String rest = jdbcUrl.substring(jdbcUrl.indexOf("//") + 2);
            int end = rest.length();
            for (char stop : new char[] {'/', '?', ','}) {
                int i = rest.indexOf(stop);
                if (i >= 0) {
                    end = Math.min(end, i);
                }
            }
            String authority = rest.substring(0, end);
            int defaultPort = engine == ServerKind.POSTGRESQL ? 5432 : 3306;
            int colon = authority.lastIndexOf(':');
            if (colon < 0 || authority.endsWith("]")) {
                return new HostPort(authority, defaultPort);
            }
            return new HostPort(authority.substring(0, colon), Integer.parseInt(authority.substring(colon + 1)));
        }
    }
}
