package dev.phaseshift.export;

import dev.phaseshift.estate.ServiceDefinition;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gh-ost command that performs a table-copying MySQL/MariaDB {@code ALTER TABLE} online: gh-ost copies the
 * rows to a ghost table in the background, follows the binary log and swaps the tables, so writers are not
 * blocked for the length of the copy.
 */
final class GhOstCommand {
    private static final Pattern ALTER = Pattern.compile(
            "(?is)^\\s*ALTER\\s+TABLE\\s+((?:`[^`]+`|\\w+)(?:\\.(?:`[^`]+`|\\w+))?)\\s+(.*)$");
    private static final Pattern ALGORITHM_OR_LOCK = Pattern.compile("(?i),?\\s*(ALGORITHM|LOCK)\\s*=\\s*\\w+");
    private static final Pattern HOST = Pattern.compile("^jdbc:(?:mysql|mariadb)://([^:/?]+)(?::(\\d+))?");

    private GhOstCommand() {
    }

    /** The command for {@code alterStatement} on {@code service}'s database, or empty when it is no ALTER TABLE. */
    static Optional<String> of(ServiceDefinition service, String alterStatement) {
        Matcher m = ALTER.matcher(alterStatement);
        if (!m.matches()) {
            return Optional.empty();
        }
        String table = m.group(1).replace("`", "");
        int dot = table.indexOf('.');
        String database = dot < 0 ? service.database() : table.substring(0, dot);
        table = dot < 0 ? table : table.substring(dot + 1);
        String alter = ALGORITHM_OR_LOCK.matcher(m.group(2)).replaceAll("").strip();
        if (alter.startsWith(",")) {
            alter = alter.substring(1).strip();
        }
        String host = "HOST";
        String port = "3306";
        Matcher h = service.url() == null ? null : HOST.matcher(service.url().toLowerCase(Locale.ROOT));
        if (h != null && h.find()) {
            host = h.group(1);
            port = h.group(2) == null ? port : h.group(2);
        }
        String user = service.user() == null ? "USER" : service.user();
        String password = SecretReference.environmentVariable(service.password()).map(v -> "\"$" + v + "\"")
                .orElse("\"$DB_PASSWORD\"");
        return Optional.of("gh-ost --host=" + host + " --port=" + port + " --user=" + user + " --password=" + password
                + " --database=" + database + " --table=" + table + " --alter=\"" + alter.replace("\"", "\\\"")
                + "\" --allow-on-master --chunk-size=1000 --max-load=Threads_running=25 --execute");
    }
}
