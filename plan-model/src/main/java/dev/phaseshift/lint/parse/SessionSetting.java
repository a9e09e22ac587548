package dev.phaseshift.lint.parse;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A setting a statement makes for the rest of the session (or, {@code local}, the rest of the transaction):
 * {@code SET [SESSION | LOCAL] name = value}, MySQL {@code SET [SESSION] name = value, ...} and
 * {@code SET @@session.name = value}, {@code RESET name} and {@code SELECT set_config('name', value, is_local)}.
 * A setting made {@code GLOBAL} or {@code PERSIST} is not one: it leaves the running session as it was.
 *
 * @param name  the setting's name in lower case, without {@code @@} or {@code session.} ({@code lock_timeout},
 *              {@code app.lock_timeout}, {@code timezone} for {@code SET TIME ZONE}); {@code all} for
 *              {@code RESET ALL}
 * @param value the value as written ({@code '5s'}, {@code 0}, {@code DEFAULT}); null for {@code RESET}, which
 *              restores the server's default
 * @param local PostgreSQL {@code SET LOCAL} or {@code set_config(..., true)}: it lasts until the transaction ends,
 *              and outside a transaction block it has no effect
 */
public record SessionSetting(String name, String value, boolean local) {
    public SessionSetting {
        Objects.requireNonNull(name, "name");
    }

    /** The value without the quotes it may be written in ({@code '5s'} gives {@code 5s}); null for {@code RESET}. */
    public String plainValue() {
        return value == null ? null : value.replace("'", "").replace("\"", "").trim();
    }

    /** Whether this is {@code RESET}: back to the server's default. */
    public boolean reset() {
        return value == null;
    }

    /**
     * What the statements leave setting {@code name} at: the last one that sets or resets it ({@code RESET ALL}
     * counts as a reset); empty when none touches it, so the server's default holds.
     */
    public static Optional<SessionSetting> last(List<ParsedStatement> statements, String name) {
        SessionSetting last = null;
        for (ParsedStatement statement : statements) {
            for (SessionSetting setting : statement.settings()) {
                if (setting.name().equals(name) || setting.name().equals("all") && setting.reset()) {
                    last = setting;
                }
            }
        }
        return Optional.ofNullable(last);
    }
}
