package dev.phaseshift.connect;

import dev.phaseshift.schema.Engine;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JDBC URL of the form {@code jdbc:postgresql://host:port/database?k=v} or {@code jdbc:mysql://...}, taken
 * apart so a database can be swapped and secrets kept out of messages.
 *
 * @param hostPart   everything between {@code //} and the path, e.g. {@code 127.0.0.1:5432}
 * @param database   the database in the path; empty when the URL names none
 * @param parameters the query parameters in their original order
 */
public record JdbcUrl(Engine engine, String subprotocol, String hostPart, String database,
                      Map<String, String> parameters) {
    private static final Pattern SHAPE = Pattern.compile("jdbc:(postgresql|mysql|mariadb)://([^/?]*)(?:/([^?]*))?(?:\\?(.*))?");
    private static final String[] SECRET_KEYS = {"password", "sslpassword", "sslkeypassword"};

    public JdbcUrl {
        Objects.requireNonNull(engine, "engine");
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** Parses a URL; the message of the exception says what shape was expected, without echoing secrets. */
    public static JdbcUrl parse(String url) {
        Matcher m = SHAPE.matcher(url == null ? "" : url.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL or MySQL JDBC URL: \"" + redact(url)
                    + "\"; expected jdbc:postgresql://HOST:PORT/DATABASE or jdbc:mysql://HOST:PORT/DATABASE");
        }
        String sub = m.group(1).toLowerCase(Locale.ROOT);
        Engine engine = sub.equals("postgresql") ? Engine.POSTGRESQL : Engine.MYSQL;
        Map<String, String> params = new LinkedHashMap<>();
        if (m.group(4) != null && !m.group(4).isEmpty()) {
            for (String pair : m.group(4).split("&")) {
                int eq = pair.indexOf('=');
                params.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
            }
        }
        return new JdbcUrl(engine, sub, m.group(2), m.group(3) == null ? "" : m.group(3), params);
    }

    public JdbcUrl withDatabase(String newDatabase) {
        return new JdbcUrl(engine, subprotocol, hostPart, newDatabase, parameters);
    }

    public String parameter(String key) {
        return parameters.get(key);
    }

    /** The full URL, secrets included: only for handing to the driver. */
    public String toJdbc() {
        return render(false);
    }

    /** The URL with any password parameter replaced by {@code ***}: for messages and logs. */
    @Override
    public String toString() {
        return render(true);
    }

    /** Redacts a URL that may not even parse. */
    public static String redact(String url) {
        if (url == null) {
            return "";
        }
        String out = url;
        for (String key : SECRET_KEYS) {
            out = out.replaceAll("(?i)([?&;]" + key + "=)[^&;]*", "$1***");
        }
        return out.replaceAll("//([^/:@]+):([^/@]+)@", "//$1:***@");
    }

    private String render(boolean redacted) {
        StringBuilder sb = new StringBuilder("jdbc:").append(subprotocol).append("://").append(hostPart).append('/')
                .append(database);
        if (!parameters.isEmpty()) {
            StringJoiner q = new StringJoiner("&", "?", "");
            parameters.forEach((k, v) -> q.add(k + "=" + (redacted && isSecret(k) ? "***" : v)));
            sb.append(q);
        }
        return redacted ? redact(sb.toString()) : sb.toString();
    }

    private static boolean isSecret(String key) {
        for (String s : SECRET_KEYS) {
            if (s.equalsIgnoreCase(key)) {
                return true;
            }
        }
        return false;
    }
}
