package dev.phaseshift.lock;

import dev.phaseshift.lint.parse.AlterAction;
import dev.phaseshift.lint.parse.AssumedSchema;
import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.lint.parse.PartitionChange;
import dev.phaseshift.lint.parse.SessionSetting;
import dev.phaseshift.lint.parse.StatementFlag;
import dev.phaseshift.plan.op.AddCheck;
import dev.phaseshift.plan.op.AddColumn;
import dev.phaseshift.plan.op.AddForeignKey;
import dev.phaseshift.plan.op.CreateIndex;
import dev.phaseshift.plan.op.DropIndex;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Table;
import dev.phaseshift.schema.TypeNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a MySQL/MariaDB {@code ALTER TABLE} costs beyond its lock: whether the server copies the table, which
 * actions only rebuild it, and which indexes it builds with writes blocked. The one place this is known: lint's
 * PS108 (mysql-algorithm-copy), PS119 (mysql-table-rebuild) and PS148 (mysql-write-blocking-index) report it, and
 * the lock model ({@link MysqlLockRules}) predicts its algorithm and lock from it. It judges the statement's actions
 * as the parser read them.
 */
public final class MysqlChangeCosts {
    private static final Pattern VARCHAR = Pattern.compile("^varchar\\((\\d+)\\)$");
    private static final Pattern MEMBERS = Pattern.compile("^(enum|set)\\s*\\((.*)\\)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern MEMBER = Pattern.compile("'((?:[^']|'')*)'");

    private static final Set<String> REBUILDS = Set.of("FORCE", "ENGINE", "ORDER", "ROW_FORMAT", "KEY_BLOCK_SIZE",
            "OPTIMIZE");
    /** Table options that change only metadata, in place: comment, next auto-increment value, statistics settings. */
    private static final Set<String> OPTIONS = Set.of("COMMENT", "AUTO_INCREMENT", "STATS_PERSISTENT",
            "STATS_AUTO_RECALC", "STATS_SAMPLE_PAGES");
    private static final String MOVES_ROWS = "moving rows between partitions";
    /** InnoDB's hidden document id column, which a FULLTEXT index needs and the first one adds by rebuilding. */
    private static final String FTS_DOC_ID = "FTS_DOC_ID";

    private MysqlChangeCosts() {
    }

    /**
     * Why the server ({@code dialect}) copies {@code table} (as the plan found it, with its rows) to run
     * {@code statement} after the statements of {@code session} (whose settings hold for it), or null
     * when it changes the table in place: {@code ALGORITHM=COPY} asked for, repartitioning, moving rows between
     * partitions (see {@link #copyAlgorithm}), a foreign key added with
     * {@code foreign_key_checks} on, a check constraint, dropping the primary key without adding one, converting the
     * character set, or a column type change other than growing a {@code varchar} within its length-byte class or
     * appending {@code ENUM}/{@code SET} members within their storage size.
     */
    public static String copyReason(Dialect dialect, ParsedStatement statement, Table table,
                                    List<ParsedStatement> session) {
        if ("COPY".equals(statement.algorithm())) {
            return "ALGORITHM=COPY";
        }
        List<AlterAction> actions = statement.actions();
        if (foreignKeyChecks(session) && any(actions, a -> addsForeignKey(dialect, a))) {
            return "adding a foreign key with foreign_key_checks on";
        }
        if (any(actions, a -> !a.operations(AddCheck.class).isEmpty())) {
            return "adding a check constraint";
        }
        if (any(actions, a -> a.has(StatementFlag.DROP_PRIMARY_KEY))
                && !any(actions, a -> a.has(StatementFlag.PRIMARY_KEY))) {
            return "dropping the primary key without adding one in the same statement";
        }
        if (any(actions, a -> a.keyword().equals("CONVERT"))) {
            return "converting the table's character set";
        }
        if (any(actions, a -> partitions(a, PartitionChange.Kind.REPARTITION))) {
            return "changing how the table is partitioned";
        }
        if (any(actions, a -> partitions(a, PartitionChange.Kind.REDISTRIBUTE))) {
            return MOVES_ROWS;
        }
        for (AlterAction action : actions) {
            RestatedColumn restated = RestatedColumn.of(action).orElse(null);
            var old = restated == null ? null : table.column(restated.oldName()).orElse(null);
            if (old == null) {
                continue;
            }
            String column = restated.oldName();
            String enumChange = membersChange(column, old.type(), restated.type());
            if (enumChange != null) {
                return enumChange;
            }
            String from = TypeNames.normalize(Engine.MYSQL, old.type());
            String to = TypeNames.normalize(Engine.MYSQL, restated.type());
            if (from != null && !from.equals(to) && !varcharGrowsInPlace(from, to)) {
                return "changing column \"" + column + "\" from " + AssumedSchema.describedType(old.type()) + " to "
                        + restated.type();
            }
        }
        return null;
    }

    /**
     * Whether {@code foreign_key_checks} is on after the settings of {@code session} (the server's default is on):
     * with it off, a foreign key is added in place, without checking the rows already there.
     */
    public static boolean foreignKeyChecks(List<ParsedStatement> session) {
        return SessionSetting.last(session, "foreign_key_checks").filter(s -> !s.reset())
                .map(SessionSetting::plainValue)
                .map(v -> !(v.equals("0") || v.equalsIgnoreCase("OFF") || v.equalsIgnoreCase("FALSE"))).orElse(true);
    }

    /**
     * The algorithm the copy {@link #copyReason} gave {@code reason} for runs with: {@code COPY}, except that MySQL
     * 8.0 moves rows between partitions {@code INPLACE} (its manual), copying them with writes blocked all the same;
     * MariaDB copies them.
     */
    public static MysqlAlgorithm copyAlgorithm(Dialect dialect, String reason) {
        return MOVES_ROWS.equals(reason) ? partitionMoveAlgorithm(dialect) : MysqlAlgorithm.COPY;
    }

    /** How the server moves rows between partitions: MySQL 8.0 in place, MariaDB by copying; writes wait on both. */
    public static MysqlAlgorithm partitionMoveAlgorithm(Dialect dialect) {
        return dialect.mariadb() ? MysqlAlgorithm.COPY : MysqlAlgorithm.INPLACE;
    }

    /**
     * Whether the action adds a foreign key: a FOREIGN KEY clause, or on MariaDB also a REFERENCES clause written on
     * a column it adds, which MySQL parses and ignores (MariaDB 10.11 creates the key).
     */
    static boolean addsForeignKey(Dialect dialect, AlterAction action) {
        return !action.operations(AddForeignKey.class).isEmpty()
                && (action.operations(AddColumn.class).isEmpty() || dialect.mariadb());
    }

    /**
     * Whether the action only rebuilds the table, in place: {@code FORCE}, {@code ENGINE=} (even the same engine),
     * {@code ORDER BY}, {@code ROW_FORMAT=}, {@code KEY_BLOCK_SIZE=}, and {@code OPTIMIZE TABLE}, which InnoDB runs
     * as {@code ALTER TABLE ... FORCE}.
     */
    public static boolean rebuildsOnly(AlterAction action) {
        return REBUILDS.contains(action.keyword());
    }

    /** Whether the action sets a table option that is only metadata ({@code COMMENT=}, {@code STATS_PERSISTENT=}). */
    public static boolean setsOptionOnly(AlterAction action) {
        return OPTIONS.contains(action.keyword());
    }

    /**
     * The kind of index the action adds that InnoDB builds with writes blocked ({@code LOCK=SHARED} at best) for
     * the whole build: {@code FULLTEXT} or {@code SPATIAL}; null for any other action.
     */
    public static String writeBlockingIndex(AlterAction action) {
        if (!action.keyword().equals("ADD")) {
            return null;
        }
        return action.operations(CreateIndex.class).stream().map(CreateIndex::using)
                .filter(m -> "fulltext".equals(m) || "spatial".equals(m)).map(m -> m.toUpperCase(Locale.ROOT))
                .findFirst().orElse(null);
    }

    /**
     * Whether a FULLTEXT index added to {@code table} also rebuilds it: the first one on a table without an
     * {@code FTS_DOC_ID} column adds that hidden column.
     */
    public static boolean fulltextRebuilds(Table table) {
        return table.columns().stream().noneMatch(c -> c.name().equalsIgnoreCase(FTS_DOC_ID))
                && table.indexes().stream().noneMatch(i -> "fulltext".equalsIgnoreCase(i.method()));
    }

    /**
     * The actions of an {@code ALTER TABLE} (or {@code OPTIMIZE TABLE}) as the parser read them; {@code CREATE
     * INDEX} and {@code DROP INDEX}, which the server runs as {@code ALTER TABLE ... ADD INDEX} and
     * {@code ... DROP INDEX}, as that one action.
     */
    public static List<AlterAction> actionsOf(ParsedStatement parsed) {
        if (!parsed.keyword().equals("CREATE") && !parsed.keyword().equals("DROP")) {
            return parsed.actions();
        }
        String keyword = parsed.keyword().equals("CREATE") ? "ADD" : "DROP";
        return parsed.operations().stream().map(op -> new AlterAction(tableOf(parsed), parsed.text(), keyword,
                List.of(op), List.of(), parsed.flags())).toList();
    }

    /** The table the statement works on: an {@code ALTER TABLE}'s or {@code CREATE INDEX}'s, a {@code DROP INDEX}'s. */
    public static String tableOf(ParsedStatement parsed) {
        if (parsed.target() != null) {
            return parsed.target();
        }
        return parsed.operations(DropIndex.class).stream().map(DropIndex::table).filter(t -> t != null).findFirst()
                .orElseThrow();
    }

    private static boolean partitions(AlterAction action, PartitionChange.Kind kind) {
        return action.commands(PartitionChange.class).stream().anyMatch(p -> p.kind() == kind);
    }

    private static boolean any(List<AlterAction> actions, Predicate<AlterAction> test) {
        return actions.stream().anyMatch(test);
    }

    /**
     * Why changing an {@code ENUM}/{@code SET} column's members copies the table, or null when it does not: only
     * appending members at the end is in place, and only while the stored size stays (an {@code ENUM} of up to 255
     * members is one byte; a {@code SET} takes a byte per 8 members).
     */
    private static String membersChange(String column, String fromType, String toType) {
        Matcher f = MEMBERS.matcher(fromType.trim());
        Matcher t = MEMBERS.matcher(toType.trim());
        if (!f.matches() || !t.matches() || !f.group(1).equalsIgnoreCase(t.group(1))) {
            return null;
        }
        List<String> from = members(f.group(2));
        List<String> to = members(t.group(2));
        if (from.equals(to)) {
            return null;
        }
        String kind = f.group(1).toUpperCase(Locale.ROOT);
        if (to.size() < from.size() || !to.subList(0, from.size()).equals(from)) {
            return "changing the " + kind + " members of column \"" + column + "\" other than by appending at the end";
        }
        boolean sameSize = kind.equals("ENUM") ? (from.size() <= 255) == (to.size() <= 255)
                : (from.size() + 7) / 8 == (to.size() + 7) / 8;
        return sameSize ? null : "growing the " + kind + " of column \"" + column + "\" past its storage size";
    }

    /** The quoted members of an {@code ENUM}/{@code SET} type or member list, unquoted. */
    static List<String> members(String list) {
        List<String> out = new ArrayList<>();
        Matcher m = MEMBER.matcher(list);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** Growing a varchar is in place while its length prefix keeps its size (up to 255 bytes, or from 256 on). */
    static boolean varcharGrowsInPlace(String from, String to) {
        Matcher f = VARCHAR.matcher(from == null ? "" : from);
        Matcher t = VARCHAR.matcher(to == null ? "" : to);
        if (!f.matches() || !t.matches()) {
            return false;
        }
        // utf8mb4: 4 bytes per character decides the length prefix
        int a = Integer.parseInt(f.group(1)) * 4;
        int b = Integer.parseInt(t.group(1)) * 4;
        return b >= a && (a > 255 || b <= 255);
    }
}
