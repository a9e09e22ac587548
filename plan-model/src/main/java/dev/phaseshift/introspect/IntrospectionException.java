package dev.phaseshift.introspect;

import java.util.Objects;

/**
 * Introspection of one service failed. The message names the service and, where known, the object and the
 * catalog query; it never contains a password.
 */
public class IntrospectionException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Which side is at fault, which decides the command-line exit code. */
    public enum Kind {
        /** The server cannot be reached or refuses the login (wrong password, unknown database): exit 3. */
        CONNECTION(3),
        /** The request is wrong (unknown schema, malformed URL, unsupported server version): exit 2. */
        INPUT(2),
        /** Connected, but the catalog could not be read (timeout, object dropped while being read): exit 3. */
        READ(3);

        private final int exitCode;

        Kind(int exitCode) {
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    private final Kind kind;
    private final String service;

    public IntrospectionException(Kind kind, String service, String message) {
        this(kind, service, message, null);
    }

    public IntrospectionException(Kind kind, String service, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.service = service;
    }

    public Kind kind() {
        return kind;
    }

    /** The service being read. */
    public String service() {
        return service;
    }

    /** 3 for connection and read problems, 2 for bad input. */
    public int exitCode() {
        return kind.exitCode();
    }
}
