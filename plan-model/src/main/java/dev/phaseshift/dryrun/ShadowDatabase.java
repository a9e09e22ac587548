package dev.phaseshift.dryrun;

import dev.phaseshift.connect.ConnectionFailedException;
import dev.phaseshift.connect.JdbcUrl;

import java.sql.Connection;

/** One shadow database; closing it drops it. Dropped too when the JVM exits, also on Ctrl-C. */
public final class ShadowDatabase implements AutoCloseable {
    private final ShadowServer server;
    private final ShadowName name;
    private boolean dropped;

    ShadowDatabase(ShadowServer server, ShadowName name) {
        this.server = server;
        this.name = name;
    }

    public ShadowName name() {
        return name;
    }

    /** The JDBC URL of the shadow (credentials, if any, stay with the server). */
    public JdbcUrl url() {
        return server.url().withDatabase(name.databaseName());
    }

    public Connection connect() throws ConnectionFailedException {
        return server.connect(name.databaseName());
    }

    public synchronized boolean isDropped() {
        return dropped;
    }

    @Override
    public synchronized void close() throws ShadowException {
        if (!dropped) {
            server.drop(name);
            dropped = true;
            ShadowRegistry.forget(this);
        }
    }
}
