package dev.phaseshift.lock;

import dev.phaseshift.lint.SqlShape;
import dev.phaseshift.lint.parse.AlterAction;
import dev.phaseshift.lint.parse.AssumedSchema;
import dev.phaseshift.lint.parse.ColumnClause;
import dev.phaseshift.lint.parse.DropSchema;
import dev.phaseshift.lint.parse.DropTrigger;
import dev.phaseshift.lint.parse.ExchangePartition;
import dev.phaseshift.lint.parse.LockTables;
import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.lint.parse.PartitionChange;
import dev.phaseshift.lint.parse.StatementFlag;
import dev.phaseshift.lint.parse.StatementKind;
import dev.phaseshift.lint.parse.TablesRead;
import dev.phaseshift.lint.parse.TablespaceFile;
import dev.phaseshift.lint.parse.TruncateTables;
import dev.phaseshift.lint.parse.WrittenColumn;
import dev.phaseshift.lint.parse.WrittenCommand;
import dev.phaseshift.plan.op.AddCheck;
import dev.phaseshift.plan.op.AddColumn;
import dev.phaseshift.plan.op.AddUnique;
import dev.phaseshift.plan.op.Backfill;
import dev.phaseshift.plan.op.CreateIndex;
import dev.phaseshift.plan.op.CreateTable;
import dev.phaseshift.plan.op.CreateView;
import dev.phaseshift.plan.op.DropColumn;
import dev.phaseshift.plan.op.DropConstraint;
import dev.phaseshift.plan.op.DropDefault;
import dev.phaseshift.plan.op.DropIndex;
import dev.phaseshift.plan.op.DropTable;
import dev.phaseshift.plan.op.DropView;
import dev.phaseshift.plan.op.RenameColumn;
import dev.phaseshift.plan.op.RenameTable;
import dev.phaseshift.plan.op.ReplaceView;
import dev.phaseshift.plan.op.SchemaEdit;
import dev.phaseshift.plan.op.SetDefault;
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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * MySQL/MariaDB (InnoDB) {@code ALTER TABLE} algorithm and {@code LOCK} level per form and version, from the
 * "Online DDL Operations" pages of both manuals. An {@code ALGORITHM}/{@code LOCK} clause in the statement wins
 * (the server fails the statement rather than do worse); otherwise the server picks the cheapest algorithm the
 * form allows, and the lock it implies: COPY lets reads pass and blocks writes, INPLACE and INSTANT let both pass.
 * Every DDL statement also takes the table's exclusive metadata lock for a moment at its start and end. Each
 * action is judged as the parser read it (its keyword, typed operations and flags), never by splitting the text.
 */
final class MysqlLockRules {
    /** Statements that lock no table: settings, transaction control (XA's too), mysql's DO. */
    private static final Set<String> NO_TABLE_WORK = Set.of("SET", "BEGIN", "COMMIT", "ROLLBACK", "START", "DO", "XA");

    private MysqlLockRules() {
    }

    /** The table or view a CREATE, DROP or RENAME of one names, as the parser read it. */
    private static Optional<String> relationOf(ParsedStatement parsed) {
        return parsed.operations().stream().map(op -> op instanceof CreateTable t ? t.table()
                        : op instanceof DropTable t ? t.table() : op instanceof RenameTable t ? t.table()
                        : op instanceof CreateView v ? v.name() : op instanceof ReplaceView v ? v.name()
                        : op instanceof DropView v ? v.name() : null)
                .filter(Objects::nonNull).findFirst();
    }

    /** One action's outcome: the cheapest algorithm it allows, and what it does to rows. */
    private record Change(MysqlAlgorithm algorithm, MysqlLock lock, Effect effect, String why) {
    }

    static StatementLocks classify(StatementScope scope, RenderedSql statement) {
        String sql = SqlShape.clean(statement.text()).replaceAll(";$", "");
        String text = statement.text().strip();
        ParsedStatement parsed = scope.parsed(text.endsWith(";") ? text.substring(0, text.length() - 1) : text);
        String keyword = parsed.keyword();
        String object = parsed.object();
        if (sql.isEmpty() || NO_TABLE_WORK.contains(keyword) || parsed.has(StatementFlag.CATALOG_ONLY)) {
            return StatementLocks.none(statement);
        }
        if (parsed.keyword().equals("ALTER") && (parsed.object().equals("TABLE") || parsed.target() != null)
                || parsed.keyword().equals("OPTIMIZE") && parsed.understood()) {
            return parsed.understood() ? alter(scope, statement, parsed)
                    : StatementLocks.unknown(statement, parsed.reason());
        }
        // CONCURRENTLY and partial indexes are PostgreSQL's: MySQL refuses them
        if (parsed.understood() && parsed.target() != null && parsed.keyword().equals("CREATE")
                && !parsed.operations(CreateIndex.class).isEmpty() && !parsed.has(StatementFlag.CONCURRENTLY)
                && parsed.operations(CreateIndex.class).stream().allMatch(i -> i.where() == null)) {
            return alter(scope, statement, parsed);
        }
        if (parsed.understood() && parsed.keyword().equals("DROP")
                && parsed.operations(DropIndex.class).stream().anyMatch(d -> d.table() != null)) {
            return alter(scope, statement, parsed);
        }
        if (parsed.kind() == StatementKind.COMMAND) {
            return commands(scope, statement, parsed.commands());
        }
        if (object.equals("TRIGGER") && keyword.equals("CREATE") && parsed.target() != null) {
            return metadataLock(scope, statement, parsed.target());
        }
        for (DropTrigger drop : parsed.commands(DropTrigger.class)) {
            // mysql's DROP TRIGGER names no table: the snapshot says whose trigger it is
            return metadataLock(scope, statement, tableOfTrigger(scope, SchemaEdit.bare(drop.name())).orElse(null));
        }
        Optional<String> relation = relationOf(parsed);
        if (relation.isPresent()) {
            return metadataLock(scope, statement, relation.get());
        }
        if ((keyword.equals("ANALYZE") || keyword.equals("CHECK") || keyword.equals("CHECKSUM"))
                && parsed.understood() && parsed.target() != null) {
            // index statistics sampled from a few pages; CHECK and CHECKSUM read the rows with writes passing
            // (observed on MariaDB 10.11): the metadata lock for a moment
            return metadataLock(scope, statement, parsed.target());
        }
        if (keyword.equals("REPAIR") && parsed.understood() && parsed.target() != null) {
            // observed on MariaDB 10.11: a plain InnoDB table is not repaired at all (the server says its engine
            // does not support it), but a partitioned one has every row checked while reads and writes wait
            return scope.result(statement, List.of(TableLock.mysqlMetadataHeld(scope.qualified(parsed.target()),
                    true)), Effect.SCAN, parsed.target(), null, "InnoDB repairs nothing; a partitioned table's rows "
                    + "are read with reads and writes waiting");
        }
        if (parsed.writesRows()) {
            return scope.result(statement, List.of(TableLock.mysqlMetadata(scope.qualified(parsed.target()))),
                    Effect.ROW_UPDATES, parsed.target(), null, "row locks only");
        }
        if ((keyword.equals("INSERT") || keyword.equals("REPLACE")) && parsed.target() != null) {
            return new StatementLocks(statement, List.of(TableLock.mysqlMetadata(scope.qualified(parsed.target()))),
                    Effect.ROW_UPDATES, scope.qualified(parsed.target()), 0L, 0, null, "inserts rows");
        }
        if (keyword.equals("CALL")) {
            if (scope.step().operation() instanceof Backfill backfill) {
                return scope.result(statement, List.of(TableLock.mysqlMetadata(scope.qualified(backfill.table()))),
                        Effect.BATCHED_UPDATES, backfill.table(), null, "row locks only, a commit per batch");
            }
            return StatementLocks.unknown(statement, "a procedure call this model cannot see into");
        }
        if (keyword.equals("SELECT")) {
            List<String> read = TablesRead.of(text, Engine.MYSQL);
            if (read.isEmpty()) {
                return StatementLocks.none(statement);
            }
            return scope.result(statement, List.of(TableLock.mysqlMetadata(scope.qualified(read.get(0)))),
                    Effect.SCAN, read.get(0), null, "a consistent read");
        }
        return StatementLocks.unknown(statement, "no lock rule for this statement");
    }

    private static StatementLocks alter(StatementScope scope, RenderedSql statement, ParsedStatement parsed) {
        String table = MysqlChangeCosts.tableOf(parsed);
        StatementLocks files = tableFiles(scope, statement, parsed);
        if (files != null) {
            return files;
        }
        if (scope.dialect().mariadb() && parsed.actions().stream().allMatch(MysqlLockRules::partitionWithoutAlgorithm)
                && !parsed.actions().isEmpty()) {
            // MariaDB 10.11 refuses ALGORITHM and LOCK for these (error 1846: "partition specific operations do not
            // yet support LOCK/ALGORITHM"); it drops, empties or adds the partition's files under the table's
            // exclusive metadata lock, held for a moment since no row is copied
            boolean reads = parsed.actions().stream().anyMatch(a -> !a.commands(PartitionChange.class).isEmpty()
                    && (a.keyword().equals("CHECK") || a.keyword().equals("REPAIR")));
            return scope.result(statement, List.of(TableLock.mysqlMetadata(scope.qualified(table))),
                    reads ? Effect.SCAN : Effect.METADATA, table, null, reads
                    ? "the partitions' rows are read with writes passing (observed on MariaDB 10.11)"
                    : "partition files dropped, emptied or added, or statistics sampled, under the metadata lock");
        }
        MysqlAlgorithm algorithm = MysqlAlgorithm.INSTANT;
        MysqlLock lock = MysqlLock.NONE;
        Effect effect = Effect.METADATA;
        Optional<MysqlAlgorithm> asked = asked(MysqlAlgorithm.class, parsed.algorithm());
        Optional<MysqlLock> askedLock = asked(MysqlLock.class, parsed.lock());
        if (asked == null || askedLock == null) {
            return StatementLocks.unknown(statement, "ALGORITHM=" + parsed.algorithm() + ", LOCK=" + parsed.lock()
                    + " not known");
        }
        List<String> why = new ArrayList<>();
        for (AlterAction action : MysqlChangeCosts.actionsOf(parsed)) {
            Change change = change(scope, scope.dialect(), parsed, action);
            if (change == null) {
                return StatementLocks.unknown(statement, "ALTER TABLE form not known: " + action.text());
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
        String copies = algorithm != MysqlAlgorithm.COPY
                ? scope.tableWithRows(table).map(t -> MysqlChangeCosts.copyReason(scope.dialect(), parsed, t,
                scope.earlierParsed())).orElse(null)
                : null;
        if (copies != null) {
            // copies this model's forms do not spell out (e.g. enums outgrowing a byte), as lint's PS108 reports them
            algorithm = MysqlChangeCosts.copyAlgorithm(scope.dialect(), copies);
            lock = lock.compareTo(MysqlAlgorithm.COPY.defaultLock()) > 0 ? lock : MysqlAlgorithm.COPY.defaultLock();
            effect = Effect.REWRITE;
            why.add(copies + " copies the table");
        }
        if (asked.isPresent()) {
            // the server runs the statement with the algorithm asked for, or refuses it
            if (asked.get() == MysqlAlgorithm.COPY && algorithm != MysqlAlgorithm.COPY) {
                effect = Effect.REWRITE;
                lock = lock.compareTo(asked.get().defaultLock()) > 0 ? lock : asked.get().defaultLock();
            }
            if (asked.get().compareTo(algorithm) < 0) {
                return StatementLocks.refused(statement, scope.dialect() + " refuses ALGORITHM=" + asked.get()
                        + " here: the change needs ALGORITHM=" + algorithm + because(why));
            }
            algorithm = asked.get();
        }
        if (askedLock.isPresent()) {
            if (askedLock.get().compareTo(lock) < 0) {
                return StatementLocks.refused(statement, scope.dialect() + " refuses LOCK=" + askedLock.get()
                        + " here: the change needs LOCK=" + lock + " with ALGORITHM=" + algorithm + because(why));
            }
            lock = askedLock.get();
        }
        // OPTIMIZE TABLE a, b rebuilds each table it names, one after the other, each under the same lock
        List<TableLock> locks = new ArrayList<>();
        for (String rebuilt : parsed.actions().stream().map(AlterAction::table).distinct().toList()) {
            locks.add(TableLock.mysql(scope.qualified(rebuilt), algorithm, lock));
        }
        if (locks.size() > 1 && parsed.keyword().equals("OPTIMIZE")) {
            why.add("each table named is rebuilt in turn; the rows counted are the first table's");
        } else {
            locks = List.of(TableLock.mysql(scope.qualified(table), algorithm, lock));
        }
        return scope.result(statement, locks, effect, table, algorithm, why.isEmpty() ? null : String.join("; ", why));
    }

    /**
     * {@code EXCHANGE PARTITION} and {@code DISCARD | IMPORT TABLESPACE}, which move or replace the table's data
     * files and take no ALGORITHM (MariaDB 10.11 refuses the clause; MySQL 8.0's manual permits only DEFAULT for
     * DISCARD and IMPORT); null for any other statement. Exchanging first reads every row of the other table to
     * check it belongs in the partition, with writes to both tables waiting (observed on MariaDB 10.11, which
     * always validates), then swaps the files under both tables' exclusive metadata locks for a moment;
     * {@code WITHOUT VALIDATION} (MySQL 8.0; MariaDB 11.4) is that moment alone. DISCARD deletes the data file
     * under a moment's exclusive metadata lock; IMPORT reads and adjusts every page of the copied file while
     * reads and writes wait (both from MySQL 8.0's manual, unit-tested only: a real import needs the file).
     */
    private static StatementLocks tableFiles(StatementScope scope, RenderedSql statement, ParsedStatement parsed) {
        for (ExchangePartition exchange : parsed.commands(ExchangePartition.class)) {
            String partitioned = scope.qualified(exchange.table());
            String other = scope.qualified(exchange.withTable());
            if (!exchange.validated()) {
                return scope.result(statement, List.of(TableLock.mysqlMetadata(partitioned),
                        TableLock.mysqlMetadata(other)), Effect.METADATA, exchange.withTable(), null,
                        "partition " + exchange.partition() + " and the table swap data files under both tables' "
                                + "metadata locks, for a moment");
            }
            return scope.result(statement, List.of(TableLock.mysqlMetadataHeld(partitioned, false),
                    TableLock.mysqlMetadataHeld(other, false)), Effect.SCAN, exchange.withTable(), null,
                    "every row of " + exchange.withTable() + " is checked against partition " + exchange.partition()
                            + " while writes to both tables wait, then the two swap data files");
        }
        for (TablespaceFile file : parsed.commands(TablespaceFile.class)) {
            String table = scope.qualified(file.table());
            if (file.kind() == TablespaceFile.Kind.DISCARD) {
                return scope.result(statement, List.of(TableLock.mysqlMetadata(table)), Effect.METADATA,
                        file.table(), null, "deletes the data file: the rows are gone until a tablespace is imported");
            }
            return scope.result(statement, List.of(TableLock.mysqlMetadataHeld(table, true)), Effect.SCAN,
                    file.table(), null, "every page of the imported file is read and adjusted while reads and writes "
                            + "wait");
        }
        return null;
    }

    /** {@code ALGORITHM=}/{@code LOCK=} as written: empty when not written or DEFAULT, null when not known. */
    private static String because(List<String> why) {
        return why.isEmpty() ? "" : " (" + String.join("; ", why) + ")";
    }

    private static <E extends Enum<E>> Optional<E> asked(Class<E> type, String written) {
        if (written == null || written.equals("DEFAULT")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, written));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** One action's outcome, from what the parser read in it; null for a form this model does not know. */
    private static Change change(StatementScope scope, Dialect dialect, ParsedStatement parsed, AlterAction action) {
        for (PartitionChange partition : action.commands(PartitionChange.class)) {
            return partitioned(dialect, action, partition);
        }
        if (MysqlChangeCosts.rebuildsOnly(action)) {
            return new Change(MysqlAlgorithm.INPLACE, MysqlLock.NONE, Effect.REWRITE, "the table is rebuilt");
        }
        if (MysqlChangeCosts.setsOptionOnly(action)) {
            return new Change(MysqlAlgorithm.INPLACE, MysqlLock.NONE, Effect.METADATA, null);
        }
        return switch (action.keyword()) {
            case "ADD" -> added(scope, dialect, parsed, action);
            case "DROP" -> dropped(dialect, parsed, action);
            case "ALTER" -> action.operations(SetDefault.class).isEmpty() && action.operations(DropDefault.class)
                    .isEmpty() ? null : new Change(MysqlAlgorithm.INSTANT, MysqlLock.NONE, Effect.METADATA, null);
            case "RENAME" -> !action.operations(RenameColumn.class).isEmpty() ? rename(dialect)
                    : !action.operations(RenameTable.class).isEmpty()
                    ? new Change(MysqlAlgorithm.INSTANT, MysqlLock.NONE, Effect.METADATA, null)
                    // MySQL renames no constraint: an action renaming no column or table renames an index
                    : new Change(MysqlAlgorithm.INPLACE, MysqlLock.NONE, Effect.METADATA, null);
            case "MODIFY", "CHANGE" -> RestatedColumn.of(action)
                    .map(c -> redefine(scope, dialect, parsed.target(), c)).orElse(null);
            case "CONVERT" -> new Change(MysqlAlgorithm.COPY, MysqlLock.SHARED, Effect.REWRITE,
                    "converting the character set copies the table");
            default -> null;
        };
    }

    /**
     * Adding a foreign key: a copy with writes blocked while {@code foreign_key_checks} is on; in place, leaving
     * writes alone, when an earlier statement of the step turned it off (the rows already there are then not checked).
     */
    private static Change foreignKey(StatementScope scope) {
        return MysqlChangeCosts.foreignKeyChecks(scope.earlierParsed())
                ? new Change(MysqlAlgorithm.COPY, MysqlLock.SHARED, Effect.REWRITE,
                "a foreign key is added by copying the table while foreign_key_checks is on")
                : new Change(MysqlAlgorithm.INPLACE, MysqlLock.NONE, Effect.METADATA,
                "foreign_key_checks is off: the key is added in place, without checking the rows already there");
    }

    private static Change added(StatementScope scope, Dialect dialect, ParsedStatement parsed, AlterAction action) {
        if (action.has(StatementFlag.PRIMARY_KEY)) {
            return new Change(MysqlAlgorithm.INPLACE, MysqlLock.NONE, Effect.REWRITE,
                    "adding a primary key rebuilds the table");
        }
        List<AddColumn> adds = action.operations(AddColumn.class);
        if (!adds.isEmpty()) {
            if (MysqlChangeCosts.addsForeignKey(dialect, action)) {
                // MariaDB makes a key of a REFERENCES clause written on the column; MySQL ignores it
                return foreignKey(scope);
            }
            List<WrittenColumn> written = parsed.columns().stream()
                    .filter(c -> adds.stream().anyMatch(add -> add.column().equals(c.spec()))).toList();
            if (written.stream().anyMatch(c -> c.has(ColumnClause.AUTO_INCREMENT))) {
                return new Change(MysqlAlgorithm.INPLACE, MysqlLock.SHARED, Effect.REWRITE,
                        "an auto-increment column rebuilds the table and blocks writes");
            }
            boolean atEnd = written.stream().noneMatch(c -> c.has(ColumnClause.POSITIONED));
            return dialect.instantAddColumn(atEnd) ? new Change(MysqlAlgorithm.INSTANT, MysqlLock.NONE,
                    Effect.METADATA, null) : new Change(MysqlAlgorithm.INPLACE, MysqlLock.NONE, Effect.REWRITE,
                    "adding a column " + (atEnd ? "" : "in the middle ") + "rebuilds the table on " + dialect);
        }
        String blocking = MysqlChangeCosts.writeBlockingIndex(action);
        if (blocking != null) {
            boolean rebuilds = blocking.equals("FULLTEXT") && scope.table(action.table())
                    .map(l -> MysqlChangeCosts.fulltextRebuilds(l.table())).orElse(true);
            return new Change(MysqlAlgorithm.INPLACE, MysqlLock.SHARED, rebuilds ? Effect.REWRITE : Effect.INDEX_BUILD,
                    "a " + blocking + " index blocks writes while it builds" + (rebuilds
                    ? ", and the first one adds FTS_DOC_ID by rebuilding the table" : ""));
        }
        if (!action.operations(CreateIndex.class).isEmpty()) {
            return new Change(MysqlAlgorithm.INPLACE, MysqlLock.NONE, Effect.INDEX_BUILD, null);
        }
        if (!action.operations(AddUnique.class).isEmpty()) {
            return new Change(MysqlAlgorithm.INPLACE, MysqlLock.NONE, Effect.INDEX_BUILD, null);
        }
        if (MysqlChangeCosts.addsForeignKey(dialect, action)) {
            return foreignKey(scope);
        }
        if (!action.operations(AddCheck.class).isEmpty()) {
            return new Change(MysqlAlgorithm.COPY, MysqlLock.SHARED, Effect.REWRITE,
                    "a check constraint is added by copying the table");
        }
        return null;
    }

    /**
     * MySQL 8.0's partition actions, from its manual: adding a RANGE/LIST partition, dropping or emptying one is
     * in place and lets writes pass; moving rows between partitions (REORGANIZE, COALESCE, HASH/KEY ADD) is in
     * place with writes waiting; repartitioning copies the table. MariaDB copies whenever rows move (its ADD, DROP
     * and TRUNCATE take no algorithm at all, see {@link #alter}); which algorithm moves rows is
     * {@link MysqlChangeCosts#partitionMoveAlgorithm}'s. REBUILD PARTITION copies the partitions' rows with writes
     * waiting, as moving them does (MariaDB 10.11 observed: an insert waited for all of it while reads passed).
     * OPTIMIZE PARTITION rebuilds the whole table on InnoDB: MariaDB 10.11 in place with writes passing (observed, as
     * OPTIMIZE TABLE); MySQL 8.0's manual says it ignores ALGORITHM and LOCK and permits no concurrent writes, so
     * this model gives it a copy with writes waiting (unit-tested only). ANALYZE, CHECK and REPAIR PARTITION are in
     * place with writes passing (MySQL 8.0's manual; observed on MariaDB 10.11, which takes no algorithm for them).
     */
    private static Change partitioned(Dialect dialect, AlterAction action, PartitionChange partition) {
        String named = partition.partitions().isEmpty() ? "every partition"
                : "partition " + String.join(", ", partition.partitions());
        return switch (partition.kind()) {
            case ADD -> new Change(MysqlAlgorithm.INPLACE, MysqlLock.NONE, Effect.METADATA, null);
            case DROP -> new Change(MysqlAlgorithm.INPLACE, MysqlLock.NONE, Effect.METADATA,
                    "drops " + named + " with its rows");
            case TRUNCATE -> new Change(MysqlAlgorithm.INPLACE, MysqlLock.NONE, Effect.METADATA,
                    "empties " + named);
            // under INPLACE, MysqlChangeCosts.copyReason adds why (as PS108 reports it) for a table with rows
            case REDISTRIBUTE -> new Change(MysqlChangeCosts.partitionMoveAlgorithm(dialect), MysqlLock.SHARED,
                    Effect.REWRITE, dialect.mariadb() ? "moving rows between partitions copies the table" : null);
            case REPARTITION -> new Change(MysqlAlgorithm.COPY, MysqlLock.SHARED, Effect.REWRITE,
                    "repartitioning copies the table");
            case REBUILD -> new Change(MysqlChangeCosts.partitionMoveAlgorithm(dialect), MysqlLock.SHARED,
                    Effect.REWRITE, "rebuilds " + named + " with writes waiting");
            case OPTIMIZE -> dialect.mariadb()
                    ? new Change(MysqlAlgorithm.INPLACE, MysqlLock.NONE, Effect.REWRITE,
                    "InnoDB rebuilds and analyses the whole table, whatever partitions are named")
                    : new Change(MysqlAlgorithm.COPY, MysqlLock.SHARED, Effect.REWRITE,
                    "InnoDB rebuilds the whole table, whatever partitions are named, with writes waiting");
            case INSPECT -> action.keyword().equals("ANALYZE")
                    ? new Change(MysqlAlgorithm.INPLACE, MysqlLock.NONE, Effect.METADATA, null)
                    : new Change(MysqlAlgorithm.INPLACE, MysqlLock.NONE, Effect.SCAN, "reads the rows of " + named);
        };
    }

    /** MariaDB's partition actions that copy or rebuild no rows, which it runs with no ALGORITHM. */
    private static boolean partitionWithoutAlgorithm(AlterAction action) {
        return !action.commands(PartitionChange.class).isEmpty() && action.commands(PartitionChange.class).stream()
                .allMatch(p -> p.kind() == PartitionChange.Kind.ADD || p.kind() == PartitionChange.Kind.DROP
                        || p.kind() == PartitionChange.Kind.TRUNCATE || p.kind() == PartitionChange.Kind.INSPECT);
    }

    private static Change dropped(Dialect dialect, ParsedStatement parsed, AlterAction action) {
        if (action.has(StatementFlag.DROP_PRIMARY_KEY)) {
            // replacing the primary key in one statement rebuilds in place; dropping it alone copies
            return parsed.has(StatementFlag.PRIMARY_KEY)
                    ? new Change(MysqlAlgorithm.INPLACE, MysqlLock.NONE, Effect.REWRITE,
                    "replacing the primary key rebuilds the table")
                    : new Change(MysqlAlgorithm.COPY, MysqlLock.SHARED, Effect.REWRITE,
                    "dropping the primary key without adding one copies the table");
        }
        boolean index = !action.operations(DropIndex.class).isEmpty();
        if (index || !action.operations(DropConstraint.class).isEmpty()) {
            // MariaDB drops an index without copying (NOCOPY, 10.3.7+), constraints instantly
            MysqlAlgorithm algorithm = !dialect.mariadb() ? MysqlAlgorithm.INPLACE
                    : index ? (dialect.atLeast(10, 3, 7) ? MysqlAlgorithm.NOCOPY : MysqlAlgorithm.INPLACE)
                    : MysqlAlgorithm.INSTANT;
            return new Change(algorithm, MysqlLock.NONE, Effect.METADATA, null);
        }
        if (!action.operations(DropColumn.class).isEmpty()) {
            return dialect.instantDropColumn() ? new Change(MysqlAlgorithm.INSTANT, MysqlLock.NONE, Effect.METADATA,
                    null) : new Change(MysqlAlgorithm.INPLACE, MysqlLock.NONE, Effect.REWRITE,
                    "dropping a column rebuilds the table on " + dialect);
        }
        return null;
    }

    private static Change rename(Dialect dialect) {
        boolean instant = dialect.mariadb() ? dialect.atLeast(10, 3, 0) : dialect.atLeast(8, 0, 28);
        return new Change(instant ? MysqlAlgorithm.INSTANT : MysqlAlgorithm.INPLACE, MysqlLock.NONE, Effect.METADATA,
                null);
    }

    /** {@code MODIFY}/{@code CHANGE}: what differs between the old column and the restated one decides. */
    private static Change redefine(StatementScope scope, Dialect dialect, String table, RestatedColumn column) {
        String oldName = column.oldName();
        Optional<Column> old = scope.table(table).flatMap(l -> l.table().column(oldName));
        if (old.isEmpty()) {
            return new Change(MysqlAlgorithm.COPY, MysqlLock.SHARED, Effect.REWRITE,
                    "column \"" + oldName + "\" is not in the snapshot, so the change is assumed to copy the table");
        }
        String from = TypeNames.normalize(Engine.MYSQL, old.get().type());
        String to = TypeNames.normalize(Engine.MYSQL, column.type());
        String rawFrom = old.get().type().trim().toLowerCase(Locale.ROOT);
        String rawTo = column.type().toLowerCase(Locale.ROOT);
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
        boolean nowNullable = column.nullable();
        if (from != null && from.equals(to)) {
            if (nowNullable != old.get().nullable()) {
                return new Change(MysqlAlgorithm.INPLACE, MysqlLock.NONE, Effect.REWRITE,
                        "changing whether column \"" + oldName + "\" allows NULL rebuilds the table");
            }
            return oldName.equals(column.newName()) ? new Change(MysqlAlgorithm.INSTANT, MysqlLock.NONE, Effect.METADATA, null)
                    : rename(dialect);
        }
        if (MysqlChangeCosts.varcharGrowsInPlace(from, to)) {
            return new Change(dialect.mariadb() && dialect.atLeast(10, 4, 3) ? MysqlAlgorithm.INSTANT
                    : MysqlAlgorithm.INPLACE, MysqlLock.NONE, Effect.METADATA, null);
        }
        return new Change(MysqlAlgorithm.COPY, MysqlLock.SHARED, Effect.REWRITE, "changing column \"" + oldName
                + "\" from " + AssumedSchema.describedType(old.get().type()) + " to " + column.type()
                + " copies the table");
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
