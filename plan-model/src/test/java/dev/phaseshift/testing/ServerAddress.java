package dev.phaseshift.testing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * How to reach a server as an administrator: a JDBC URL that carries no credentials,
 * plus user and password. {@link #toString()} never shows the password.
 */
public record ServerAddress(ServerKind engine, String adminUrl, String user, String password) {

    public ServerAddress {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(adminUrl, "adminUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (!adminUrl.startsWith(engine.urlPrefix() + "//")) {
            throw new IllegalArgumentException(
                    "not a " + engine.id() + " JDBC URL (expected " + engine.urlPrefix() + "//...): " + adminUrl);
        }
    }

    /**
     * Reads a URL such as {@code jdbc:mysql://db:3306/?user=ci&password=s3cret&useSSL=false}:
     * {@code user} and {@code password} query parameters are taken out of the URL (other
     * parameters stay); a missing user means {@link ServerKind#defaultUser()}, a missing
     * password means the empty one.
     */
    public static ServerAddress parse(ServerKind engine, String url) {
        Objects.requireNonNull(url, "url");
        String trimmed = url.trim();
        int q = trimmed.indexOf('?');
        String base = q < 0 ? trimmed : trimmed.substring(0, q);
        String user = engine.defaultUser();
        String password = "";
        List<String> kept = new ArrayList<>();
        if (q >= 0) {
            for (String param : trimmed.substring(q + 1).split("&")) {
                if (param.isEmpty()) {
                    continue;
                }
                int eq = param.indexOf('=');
                String key = eq < 0 ? param : param.substring(0, eq);
                String value = eq < 0 ? "" : URLDecoder.decode(param.substring(eq + 1), StandardCharsets.UTF_8);
                if (key.equals("user")) {
                    user = value;
                } else if (key.equals("password")) {
                    password = value;
                } else {
                    kept.add(param);
                }
            }
        }
        String adminUrl = kept.isEmpty() ? base : base + "?" + String.join("&", kept);
        return new ServerAddress(engine, adminUrl, user, password);
    }

    /**
     * The admin URL pointed at another database: the path after {@code host:port/} is replaced,
     * query parameters are kept.
     */
    public String jdbcUrl(String database) {
        Objects.requireNonNull(database, "database");
        int q = adminUrl.indexOf('?');
        String base = q < 0 ? adminUrl : adminUrl.substring(0, q);
        String query = q < 0 ? "" : adminUrl.substring(q);
        int authorityStart = engine.urlPrefix().length() + 2;
        int slash = base.indexOf('/', authorityStart);
        String hostPart = slash < 0 ? base : base.substring(0, slash);
        return hostPart + "/" + database + query;
    }

    /** Connection properties carrying user and password. */
    Properties credentials() {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        return props;
    }

    @Override
    public String toString() {
        return adminUrl + " (user " + user + (password.isEmpty() ? ", no password)" : ", password ***)");
    }
}
