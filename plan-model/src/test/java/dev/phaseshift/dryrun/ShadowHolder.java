package dev.phaseshift.dryrun;

import dev.phaseshift.connect.JdbcUrl;

import java.time.Clock;

/** A process that creates a shadow, says its name and waits to be killed: for the signal clean-up test. */
public final class ShadowHolder {
    private ShadowHolder() {
    }

    public static void main(String[] args) throws Exception {
        ShadowServer server = new ShadowServer(JdbcUrl.parse(args[0]), args[1], args[2].isEmpty() ? null : args[2],
                Clock.systemUTC());
        ShadowDatabase shadow = server.create("holder");
        System.out.println(shadow.name().databaseName());
        System.out.flush();
        Thread.sleep(120_000);
    }
}
