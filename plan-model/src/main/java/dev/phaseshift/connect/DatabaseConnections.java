package dev.phaseshift.connect;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Opens JDBC connections with connect and socket timeouts, turning failures into one-line reasons. */
public final class DatabaseConnections {
    private static final int CONNECT_TIMEOUT_SECONDS = 10;

    private DatabaseConnections() {
    }

    /**
     * Opens a connection. User and password may also come from the URL's parameters; a null password is not sent.
     */
    public static Connection open(JdbcUrl url, String user, String password) throws ConnectionFailedException {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        switch (url.engine()) {
            case POSTGRESQL -> {
                props.putIfAbsent("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
                props.putIfAbsent("ApplicationName", "phaseshift");
            }
            case MYSQL -> {
                props.putIfAbsent("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS * 1000));
                props.putIfAbsent("allowPublicKeyRetrieval", "true");
            }
        }
        try {
            return DriverManager.getConnection(url.toJdbc(), props);
        } catch (SQLException e) {
            throw new ConnectionFailedException("cannot connect to " + url + ": " + reason(e), e);
        }
    }

    /** The first line of a driver's message, plus the network cause when the driver's words are vague. */
    public static String reason(SQLException e) {
        String message = firstLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof java.net.UnknownHostException) {
            return message + " (unknown host " + root.getMessage() + ")";
        }
        if (root != e && root instanceof java.io.IOException && root.getMessage() != null
                && !message.contains(firstLine(root.getMessage()))) {
            return message + " (" + firstLine(root.getMessage()) + ")";
        }
        return message;
    }

    private static String firstLine(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(text);
    }
}
