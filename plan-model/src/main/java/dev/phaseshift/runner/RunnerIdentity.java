package dev.phaseshift.runner;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Who runs: the host, process id and operating-system user, and the phaseshift version, as journalled. */
public record RunnerIdentity(String host, long pid, String osUser, String toolVersion) {
    public static RunnerIdentity current(String toolVersion) {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                host = "unknown host";
            }
        }
        return new RunnerIdentity(host, ProcessHandle.current().pid(), System.getProperty("user.name"), toolVersion);
    }

    /** {@code HOST (pid N)}, as messages name a runner. */
    public String label() {
        return host + " (pid " + pid + ")";
    }
}
