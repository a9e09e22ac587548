package dev.phaseshift.lint.parse;

import dev.phaseshift.plan.op.Operation;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One action of an {@code ALTER TABLE} as the parser read it, so that the lock model and the cost rules judge each
 * action by what it is rather than by splitting the statement's text again.
 *
 * @param table      the table it alters, as written (a {@code RENAME TO} earlier in the statement renamed it)
 * @param text       the action as written ({@code ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES t (id) NOT VALID})
 * @param keyword    its first word, upper case: {@code ADD}, {@code DROP}, {@code ALTER}, {@code RENAME},
 *                   {@code MODIFY}, {@code CHANGE}, {@code VALIDATE}, {@code SET}, {@code DETACH}, {@code OWNER},
 *                   {@code ENABLE}, {@code DISABLE}, {@code REPLICA}, ... (MySQL's {@code ALGORITHM=} and
 *                   {@code LOCK=} are the statement's, not actions)
 * @param operations the typed operations it performs, in order (none for one the model does not hold)
 * @param commands   the written commands it performs ({@code VALIDATE CONSTRAINT}, {@code SET LOGGED}, ...)
 * @param flags      what the parser noted while reading it ({@link StatementFlag#PRIMARY_KEY}, ...)
 */
public record AlterAction(String table, String text, String keyword, List<Operation> operations,
                          List<WrittenCommand> commands, Set<StatementFlag> flags) {
    public AlterAction {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(text, "text");
        keyword = keyword == null ? "" : keyword;
        operations = List.copyOf(operations);
        commands = List.copyOf(commands);
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    public boolean has(StatementFlag flag) {
        return flags.contains(flag);
    }

    /** The typed operations of {@code type}, in order. */
    public <T extends Operation> List<T> operations(Class<T> type) {
        return operations.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The written commands of {@code type}, in order. */
    public <T extends WrittenCommand> List<T> commands(Class<T> type) {
        return commands.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
