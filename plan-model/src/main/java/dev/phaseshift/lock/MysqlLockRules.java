package dev.phaseshift.lock;

import dev.phaseshift.lint.SqlShape;
import dev.phaseshift.lint.parse.DropSchema;
import dev.phaseshift.lint.parse.LockTables;
import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.lint.parse.StatementKind;
import dev.phaseshift.lint.parse.TruncateTables;
import dev.phaseshift.lint.parse.WrittenCommand;
import dev.phaseshift.plan.op.Backfill;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Table;
import dev.phaseshift.schema.TypeNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MySQL/MariaDB (InnoDB) {@code ALTER TABLE} algorithm and {@code LOCK} level per form and version, from the
 * "Online DDL Operations" pages of both manuals. An {@code ALGORITHM}/{@code LOCK} clause in the statement wins
 * (the server fails the statement rather than do worse); otherwise the server picks the cheapest algorithm the
 * form allows, and the lock it implies: COPY lets reads pass and blocks writes, INPLACE and INSTANT let both pass.
 * Every DDL statement also takes the table's exclusive metadata lock for a moment at its start and end.
 */
final class MysqlLockRules {
    private static final String NAME = SqlShape.NAME;
    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
    private static final Pattern NO_TABLE_WORK = Pattern.compile("^(SET|BEGIN|COMMIT|ROLLBACK|START\\s+TRANSACTION"
            + "|CREATE\\s+(DEFINER\\s*=\\s*\\S+\\s+)?(FUNCTION|PROCEDURE)|DROP\\s+(FUNCTION|PROCEDURE)|DO\\s)\\b", I);
    private static final Pattern ALTER_TABLE = Pattern.compile("^ALTER\\s+(?:ONLINE\\s+)?(?:IGNORE\\s+)?TABLE\\s+"
            + NAME + "\\s+(.*)$", I);
    private static final Pattern CREATE_INDEX = Pattern.compile("^CREATE\\s+(?:OR\\s+REPLACE\\s+)?"
            + "((?:UNIQUE|FULLTEXT|SPATIAL)\\s+)?INDEX\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?" + NAME + "\\s+ON\\s+" + NAME
            + "(.*)$", I);
    private static final Pattern DROP_INDEX = Pattern.compile("^DROP\\s+INDEX\\s+(?:IF\\s+EXISTS\\s+)?" + NAME
            + "\\s+ON\\s+" + NAME + "(.*)$", I);
    private static final Pattern TRIGGER_ON = Pattern.compile("^CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:DEFINER\\s*=\\s*\\S+\\s+)?"
            + "TRIGGER\\s+.*?\\bON\\s+" + NAME, I);
    private static final Pattern DROP_TRIGGER = Pattern.compile("^DROP\\s+TRIGGER\\s+(?:IF\\s+EXISTS\\s+)?" + NAME, I);
    private static final Pattern DDL_OBJECT = Pattern.compile("^(?:CREATE|DROP)\\s+(?:OR\\s+REPLACE\\s+)?"
            + "(?:ALGORITHM\\s*=\\s*\\w+\\s+)?(?:DEFINER\\s*=\\s*\\S+\\s+)?(?:SQL\\s+SECURITY\\s+\\w+\\s+)?"
            + "(?:TEMPORARY\\s+)?(?:TABLE|VIEW)\\s+(?:IF\\s+(?:NOT\\s+)?EXISTS\\s+)?" + NAME, I);
    private static final Pattern RENAME_TABLE = Pattern.compile("^RENAME\\s+TABLE\\s+" + NAME, I);
    private static final Pattern INSERT = Pattern.compile("^(?:INSERT|REPLACE)\\s+(?:IGNORE\\s+)?(?:INTO\\s+)?" + NAME, I);
    private static final Pattern READ_TABLE = Pattern.compile("\\bFROM\\s+" + NAME, I);
    private static final Pattern ALGORITHM = Pattern.compile("^ALGORITHM\\s*=?\\s*(\\w+)$", I);
    private static final Pattern LOCK = Pattern.compile("^LOCK\\s*=?\\s*(\\w+)$", I);
    private static final Pattern ADD_KIND = Pattern.compile("^ADD\\s+(?:CONSTRAINT\\s+(?:" + NAME + "\\s+)?)?"
            + "(PRIMARY\\s+KEY|UNIQUE|INDEX|KEY|FULLTEXT|SPATIAL|FOREIGN\\s+KEY|CHECK)\\b", I);
    private static final Pattern ADD_COLUMN = Pattern.compile("^ADD\\s+(?:COLUMN\\s+)?(?:IF\\s+NOT\\s+EXISTS\\s+)?", I);
    private static final Pattern DROP_KIND = Pattern.compile("^DROP\\s+(PRIMARY\\s+KEY|INDEX|KEY|FOREIGN\\s+KEY"
            + "|CONSTRAINT|CHECK)\\b", I);
    private static final Pattern MODIFY = Pattern.compile("^MODIFY\\s+(?:COLUMN\\s+)?(?:IF\\s+EXISTS\\s+)?" + NAME
            + "\\s+(.*)$", I);
    private static final Pattern CHANGE = Pattern.compile("^CHANGE\\s+(?:COLUMN\\s+)?(?:IF\\s+EXISTS\\s+)?" + NAME + "\\s+"
            + NAME + "\\s+(.*)$", I);
    private static final Pattern TYPE = Pattern.compile("^((?:enum|set)\\s*\\((?:'(?:[^']|'')*'\\s*,?\\s*)*\\)"
            + "|[A-Za-z]+(?:\\s*\\([^)]*\\))?(?:\\s+unsigned)?)", I);

    private MysqlLockRules() {
    }

    /** One sub-command's outcome: the cheapest algorithm it allows, and what it does to rows. */
    private record Change(MysqlAlgorithm algorithm, MysqlLock lock, Effect effect, String why) {
    }

    static StatementLocks classify(StatementScope scope, RenderedSql statement) {
        String sql = SqlShape.clean(statement.text()).replaceAll(";$", "");
        Matcher m;
        if (sql.isEmpty() || NO_TABLE_WORK.matcher(sql).find()) {
            return StatementLocks.none(statement);
        }
        if ((m = ALTER_TABLE.matcher(sql)).find()) {
            return alter(scope, statement, m.group(1), PostgresLockRules.subcommands(m.group(2)));
        }
        if ((m = CREATE_INDEX.matcher(sql)).find()) {
            String kind = m.group(1) == null ? "INDEX" : m.group(1).trim();
            List<String> commands = new ArrayList<>();
            commands.add("ADD " + kind + " " + m.group(2));
            commands.addAll(PostgresLockRules.subcommands(m.group(4).replaceAll("^\\s*\\([^)]*\\)\\s*", "")));
            return alter(scope, statement, m.group(3), clauses(commands));
        }
        if ((m = DROP_INDEX.matcher(sql)).find()) {
            List<String> commands = new ArrayList<>();
            commands.add("DROP INDEX " + m.group(1));
            commands.addAll(clauses(PostgresLockRules.subcommands(m.group(3))));
            return alter(scope, statement, m.group(2), commands);
        }
        ParsedStatement parsed = scope.parsed(statement.text());
        if (parsed.kind() == StatementKind.COMMAND) {
            return commands(scope, statement, parsed.commands());
        }
        if ((m = TRIGGER_ON.matcher(sql)).find()) {
            return metadataLock(scope, statement, m.group(1));
        }
        if ((m = DROP_TRIGGER.matcher(sql)).find()) {
            return metadataLock(scope, statement, tableOfTrigger(scope, SqlShape.unquote(m.group(1))).orElse(null));
        }
        if ((m = DDL_OBJECT.matcher(sql)).find() || (m = RENAME_TABLE.matcher(sql)).find()) {
            return metadataLock(scope, statement, m.group(1));
        }
        if (parsed.writesRows()) {
            return scope.result(statement, List.of(TableLock.mysqlMetadata(scope.qualified(parsed.target()))),
                    Effect.ROW_UPDATES, parsed.target(), null, "row locks only");
        }
        if ((m = INSERT.matcher(sql)).find()) {
            return new StatementLocks(statement, List.of(TableLock.mysqlMetadata(scope.qualified(m.group(1)))),
                    Effect.ROW_UPDATES, scope.qualified(m.group(1)), 0L, 0, null, "inserts rows");
        }
        if (sql.toUpperCase(Locale.ROOT).startsWith("CALL ")) {
            if (scope.step().operation() instanceof Backfill backfill) {
                return scope.result(statement, List.of(TableLock.mysqlMetadata(scope.qualified(backfill.table()))),
                        Effect.BATCHED_UPDATES, backfill.table(), null, "row locks only, a commit per batch");
            }
            return StatementLocks.unknown(statement, "a procedure call this model cannot see into");
        }
        if (sql.toUpperCase(Locale.ROOT).startsWith("SELECT ")) {
            Matcher read = READ_TABLE.matcher(sql);
            if (!read.find()) {
                return StatementLocks.none(statement);
            }
            return scope.result(statement, List.of(TableLock.mysqlMetadata(scope.qualified(read.group(1)))),
                    Effect.SCAN, read.group(1), null, "a consistent read");
        }
        return StatementLocks.unknown(statement, "no lock rule for this statement");
    }

    private static List<String> clauses(List<String> parts) {
        return parts.stream().flatMap(p -> List.of(p.split("\\s+(?=(?:ALGORITHM|LOCK)\\b)")).stream())
                .map(String::trim).filter(p -> !p.isEmpty()).toList();
    }

    private static StatementLocks alter(StatementScope scope, RenderedSql statement, String table,
                                        List<String> commands) {
        Dialect dialect = scope.dialect();
        MysqlAlgorithm algorithm = MysqlAlgorithm.INSTANT;
        MysqlLock lock = MysqlLock.NONE;
        Effect effect = Effect.METADATA;
        MysqlAlgorithm asked = null;
        MysqlLock askedLock = null;
        List<String> why = new ArrayList<>();
        for (String command : commands) {
            Matcher m;
            if ((m = ALGORITHM.matcher(command)).find()) {
                String value = m.group(1).toUpperCase(Locale.ROOT);
                asked = value.equals("DEFAULT") ? null : MysqlAlgorithm.valueOf(value);
                continue;
            }
            if ((m = LOCK.matcher(command)).find()) {
                String value = m.group(1).toUpperCase(Locale.ROOT);
                askedLock = value.equals("DEFAULT") ? null : MysqlLock.valueOf(value);
                continue;
            }
            Change change = change(scope, dialect, table, command);
            if (change == null) {
                return StatementLocks.unknown(statement, "ALTER TABLE form not known: " + command);
            }
            if (change.algorithm().compareTo(algorithm) > 0) {
                algorithm = change.algorithm();
            }
            if (change.lock().compareTo(lock) > 0) {
                lock = change.lock();
            }
            if (change.effect().compareTo(effect) > 0) {
                effect = change.effect();
            }
            if (change.why() != null) {
                why.add(change.why());
            }
        }
        String copies = asked == null && algorithm != MysqlAlgorithm.COPY
                ? scope.tableWithRows(table).map(t -> MysqlChangeCosts.copyReason(scope.parsed(statement.text()), t)).orElse(null)
                : null;
        if (copies != null) {
            // copies this model's forms do not spell out (e.g. enums outgrowing a byte), as lint's PS108 reports them
            algorithm = MysqlAlgorithm.COPY;
            lock = lock.compareTo(MysqlAlgorithm.COPY.defaultLock()) > 0 ? lock : MysqlAlgorithm.COPY.defaultLock();
            effect = Effect.REWRITE;
            why.add(copies + " copies the table");
        }
        if (asked != null) {
            // the server runs the statement with the algorithm asked for, or refuses it
            if (asked == MysqlAlgorithm.COPY && algorithm != MysqlAlgorithm.COPY) {
                effect = Effect.REWRITE;
                lock = lock.compareTo(asked.defaultLock()) > 0 ? lock : asked.defaultLock();
            }
            algorithm = asked;
        }
        if (askedLock != null) {
            lock = askedLock;
        }
        return scope.result(statement, List.of(TableLock.mysql(scope.qualified(table), algorithm, lock)), effect,
                table, algorithm, why.isEmpty() ? null : String.join("; ", why));
    }

    private static Change change(StatementScope scope, Dialect dialect, String table, String command) {
        String upper = command.toUpperCase(Locale.ROOT);
        Matcher m;
        if ((m = ADD_KIND.matcher(command)).find()) {
            String kind = m.group(2).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
            return switch (kind) {
                case "PRIMARY KEY" -> new Change(MysqlAlgorithm.INPLACE, MysqlLock.NONE, Effect.REWRITE,
                        "adding a primary key rebuilds the table");
                case "FULLTEXT", "SPATIAL" -> new Change(MysqlAlgorithm.INPLACE, MysqlLock.SHARED, Effect.INDEX_BUILD,
                        "a " + kind.toLowerCase(Locale.ROOT) + " index blocks writes while it builds");
                case "FOREIGN KEY" -> new Change(MysqlAlgorithm.COPY, MysqlLock.SHARED, Effect.REWRITE,
                        "a foreign key is added by copying the table while foreign_key_checks is on");
                case "CHECK" -> new Change(MysqlAlgorithm.COPY, MysqlLock.SHARED, Effect.REWRITE,
                        "a check constraint is added by copying the table");
                default -> new Change(MysqlAlgorithm.INPLACE, MysqlLock.NONE, Effect.INDEX_BUILD, null);
            };
        }
        if (upper.startsWith("ADD ") && (m = ADD_COLUMN.matcher(command)).find()) {
            boolean atEnd = !SqlShape.has(command, "FIRST") && !SqlShape.has(command, "AFTER");
            if (SqlShape.has(command, "AUTO_INCREMENT")) {
                return new Change(MysqlAlgorithm.INPLACE, MysqlLock.SHARED, Effect.REWRITE,
                        "an auto-increment column rebuilds the table and blocks writes");
            }
            return dialect.instantAddColumn(atEnd) ? new Change(MysqlAlgorithm.INSTANT, MysqlLock.NONE, Effect.METADATA,
                    null) : new Change(MysqlAlgorithm.INPLACE, MysqlLock.NONE, Effect.REWRITE,
                    "adding a column " + (atEnd ? "" : "in the middle ") + "rebuilds the table on " + dialect);
        }
        if ((m = DROP_KIND.matcher(command)).find()) {
            String kind = m.group(1).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (kind.equals("PRIMARY KEY")) {
                return new Change(MysqlAlgorithm.COPY, MysqlLock.SHARED, Effect.REWRITE,
                        "dropping the primary key without adding one copies the table");
            }
            boolean index = kind.equals("INDEX") || kind.equals("KEY");
            // MariaDB drops an index without copying (NOCOPY, 10.3.7+), constraints instantly
            MysqlAlgorithm algorithm = !dialect.mariadb() ? MysqlAlgorithm.INPLACE
                    : index ? (dialect.atLeast(10, 3, 7) ? MysqlAlgorithm.NOCOPY : MysqlAlgorithm.INPLACE)
                    : MysqlAlgorithm.INSTANT;
            return new Change(algorithm, MysqlLock.NONE, Effect.METADATA, null);
        }
        if (upper.startsWith("DROP ")) {
            return dialect.instantDropColumn() ? new Change(MysqlAlgorithm.INSTANT, MysqlLock.NONE, Effect.METADATA,
                    null) : new Change(MysqlAlgorithm.INPLACE, MysqlLock.NONE, Effect.REWRITE,
                    "dropping a column rebuilds the table on " + dialect);
        }
        if (upper.matches("^ALTER\\s+(COLUMN\\s+)?\\S+\\s+(SET|DROP)\\s+DEFAULT\\b.*")) {
            return new Change(MysqlAlgorithm.INSTANT, MysqlLock.NONE, Effect.METADATA, null);
        }
        if (upper.matches("^RENAME\\s+COLUMN\\b.*")) {
            return rename(dialect);
        }
        if (upper.matches("^RENAME\\s+(INDEX|KEY)\\b.*")) {
            return new Change(MysqlAlgorithm.INPLACE, MysqlLock.NONE, Effect.METADATA, null);
        }
        if (upper.matches("^RENAME\\s+(TO\\s+|AS\\s+)?\\S+$")) {
            return new Change(MysqlAlgorithm.INSTANT, MysqlLock.NONE, Effect.METADATA, null);
        }
        if ((m = MODIFY.matcher(command)).find()) {
            return redefine(scope, dialect, table, SqlShape.unquote(m.group(1)), SqlShape.unquote(m.group(1)),
                    m.group(2));
        }
        if ((m = CHANGE.matcher(command)).find()) {
            return redefine(scope, dialect, table, SqlShape.unquote(m.group(1)), SqlShape.unquote(m.group(2)),
                    m.group(3));
        }
        if (upper.matches("^CONVERT\\s+TO\\s+(CHARACTER\\s+SET|CHARSET)\\b.*")) {
            return new Change(MysqlAlgorithm.COPY, MysqlLock.SHARED, Effect.REWRITE,
                    "converting the character set copies the table");
        }
        if (upper.matches("^(FORCE|ENGINE\\s*=?\\s*\\w+|ORDER\\s+BY\\b.*)$")) {
            return new Change(MysqlAlgorithm.INPLACE, MysqlLock.NONE, Effect.REWRITE, "the table is rebuilt");
        }
        return null;
    }

    private static Change rename(Dialect dialect) {
        boolean instant = dialect.mariadb() ? dialect.atLeast(10, 3, 0) : dialect.atLeast(8, 0, 28);
        return new Change(instant ? MysqlAlgorithm.INSTANT : MysqlAlgorithm.INPLACE, MysqlLock.NONE, Effect.METADATA,
                null);
    }

    /** {@code MODIFY}/{@code CHANGE}: what differs between the old column and the restated one decides. */
    private static Change redefine(StatementScope scope, Dialect dialect, String table, String oldName,
                                   String newName, String definition) {
        Optional<Column> old = scope.table(table).flatMap(l -> l.table().column(oldName));
        Matcher t = TYPE.matcher(definition.trim());
        if (old.isEmpty() || !t.find()) {
            return new Change(MysqlAlgorithm.COPY, MysqlLock.SHARED, Effect.REWRITE,
                    "column \"" + oldName + "\" is not in the snapshot, so the change is assumed to copy the table");
        }
        String from = TypeNames.normalize(Engine.MYSQL, old.get().type());
        String to = TypeNames.normalize(Engine.MYSQL, t.group(1).trim());
        String rawFrom = old.get().type().trim().toLowerCase(Locale.ROOT);
        String rawTo = t.group(1).trim().toLowerCase(Locale.ROOT);
        if (rawFrom.matches("^(enum|set)\\s*\\(.*")) {
            // enum values are compared one by one: appending keeps stored numbers, anything else renumbers
            if (appendsValues(rawFrom, rawTo)) {
                return new Change(MysqlAlgorithm.INSTANT, MysqlLock.NONE, Effect.METADATA, null);
            }
            boolean sameValues = rawTo.startsWith(rawFrom.substring(0, 3))
                    && MysqlChangeCosts.members(rawFrom).equals(MysqlChangeCosts.members(rawTo));
            from = sameValues ? rawFrom : "enum " + MysqlChangeCosts.members(rawFrom);
            to = sameValues ? rawFrom : "enum " + MysqlChangeCosts.members(rawTo);
        }
        boolean nowNullable = !SqlShape.has(definition, "NOT NULL");
        if (from != null && from.equals(to)) {
            if (nowNullable != old.get().nullable()) {
                return new Change(MysqlAlgorithm.INPLACE, MysqlLock.NONE, Effect.REWRITE,
                        "changing whether column \"" + oldName + "\" allows NULL rebuilds the table");
            }
            return oldName.equals(newName) ? new Change(MysqlAlgorithm.INSTANT, MysqlLock.NONE, Effect.METADATA, null)
                    : rename(dialect);
        }
        if (MysqlChangeCosts.varcharGrowsInPlace(from, to)) {
            return new Change(dialect.mariadb() && dialect.atLeast(10, 4, 3) ? MysqlAlgorithm.INSTANT
                    : MysqlAlgorithm.INPLACE, MysqlLock.NONE, Effect.METADATA, null);
        }
        return new Change(MysqlAlgorithm.COPY, MysqlLock.SHARED, Effect.REWRITE, "changing column \"" + oldName
                + "\" from " + old.get().type() + " to " + t.group(1).trim() + " copies the table");
    }

    /** ENUM/SET values added at the end of the list change only metadata; any other edit copies. */
    private static boolean appendsValues(String from, String to) {
        if (!to.startsWith(from.substring(0, 3))) {
            return false;
        }
        List<String> a = MysqlChangeCosts.members(from);
        List<String> b = MysqlChangeCosts.members(to);
        return b.size() > a.size() && b.subList(0, a.size()).equals(a);
    }

    /**
     * {@code TRUNCATE} drops and recreates the table under its exclusive metadata lock; {@code DROP DATABASE} takes
     * that of every table in it; {@code LOCK TABLES} holds a table lock until {@code UNLOCK TABLES}: READ lets
     * reads pass and blocks writes, WRITE blocks both.
     */
    private static StatementLocks commands(StatementScope scope, RenderedSql statement, List<WrittenCommand> commands) {
        List<TableLock> locks = new ArrayList<>();
        String first = null;
        String note = null;
        Effect effect = Effect.METADATA;
        for (WrittenCommand command : commands) {
            if (command instanceof TruncateTables truncate) {
                truncate.tables().forEach(t -> locks.add(TableLock.mysqlMetadata(scope.qualified(t))));
                first = first != null ? first : truncate.tables().get(0);
                note = "empties the table";
            } else if (command instanceof DropSchema drop) {
                for (Schema schema : scope.before().schemas()) {
                    if (schema.name().equals(SqlShape.unquote(drop.name()))) {
                        schema.tables().forEach(t -> locks.add(
                                TableLock.mysqlMetadata(schema.name() + "." + t.name())));
                    }
                }
            } else if (command instanceof LockTables lock) {
                lock.tables().forEach(t -> locks.add(TableLock.mysqlLockTables(scope.qualified(t),
                        lock.mode().equals("WRITE"))));
                first = first != null ? first : lock.tables().get(0);
                effect = Effect.NONE;
                note = "held until UNLOCK TABLES";
            } else {
                return StatementLocks.unknown(statement, "no lock rule for this command");
            }
        }
        return scope.result(statement, locks, effect, first, null, note);
    }

    private static StatementLocks metadataLock(StatementScope scope, RenderedSql statement, String table) {
        if (table == null) {
            return StatementLocks.unknown(statement, "the table is not in the snapshot");
        }
        return scope.result(statement, List.of(TableLock.mysqlMetadata(scope.qualified(table))), Effect.METADATA,
                table, null, null);
    }

    private static Optional<String> tableOfTrigger(StatementScope scope, String trigger) {
        for (Schema schema : scope.before().schemas()) {
            for (Table t : schema.tables()) {
                if (t.trigger(trigger).isPresent()) {
                    return Optional.of(schema.name() + "." + t.name());
                }
            }
        }
        return Optional.empty();
    }
}
