package dev.phaseshift.lint.parse;

import java.util.List;
import java.util.Objects;

/**
 * An explicit table lock: postgresql {@code LOCK [TABLE] t [IN mode MODE]}, held until the transaction ends, or
 * MySQL/MariaDB {@code LOCK TABLES t READ|WRITE}, held until {@code UNLOCK TABLES} or the session ends.
 *
 * @param mode as the server names it, upper case: {@code ACCESS EXCLUSIVE} (postgresql's default),
 *             {@code SHARE ROW EXCLUSIVE}, ... or {@code READ}/{@code WRITE} on MySQL
 */
public record LockTables(List<String> tables, String mode) implements WrittenCommand {
    public LockTables {
        tables = List.copyOf(tables);
        Objects.requireNonNull(mode, "mode");
    }

    /** Whether this is MySQL/MariaDB's {@code LOCK TABLES} (modes READ and WRITE). */
    public boolean mysql() {
        return mode.equals("READ") || mode.equals("WRITE");
    }
}
