package dev.phaseshift.lock;

import dev.phaseshift.lint.SqlShape;
import dev.phaseshift.lint.parse.AddDomainCheck;
import dev.phaseshift.lint.parse.AddEnumValue;
import dev.phaseshift.lint.parse.AlterAction;
import dev.phaseshift.lint.parse.AttachPartition;
import dev.phaseshift.lint.parse.ClusterTable;
import dev.phaseshift.lint.parse.ColumnClause;
import dev.phaseshift.lint.parse.CreateDomain;
import dev.phaseshift.lint.parse.CreateTableFrom;
import dev.phaseshift.lint.parse.DetachPartition;
import dev.phaseshift.lint.parse.DropOwned;
import dev.phaseshift.lint.parse.DropSchema;
import dev.phaseshift.lint.parse.Inherit;
import dev.phaseshift.lint.parse.LockTables;
import dev.phaseshift.lint.parse.MoveIndex;
import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.lint.parse.PublishTables;
import dev.phaseshift.lint.parse.RefreshMaterializedView;
import dev.phaseshift.lint.parse.Reindex;
import dev.phaseshift.lint.parse.RenameEnumValue;
import dev.phaseshift.lint.parse.RenameObject;
import dev.phaseshift.lint.parse.SetAccessMethod;
import dev.phaseshift.lint.parse.SetLogged;
import dev.phaseshift.lint.parse.SetTablespace;
import dev.phaseshift.lint.parse.StatementFlag;
import dev.phaseshift.lint.parse.StatementKind;
import dev.phaseshift.lint.parse.TablesRead;
import dev.phaseshift.lint.parse.TruncateTables;
import dev.phaseshift.lint.parse.VacuumFull;
import dev.phaseshift.lint.parse.ValidateConstraint;
import dev.phaseshift.lint.parse.ValidateDomainConstraint;
import dev.phaseshift.lint.parse.WrittenColumn;
import dev.phaseshift.lint.parse.WrittenCommand;
import dev.phaseshift.plan.op.AddCheck;
import dev.phaseshift.plan.op.AddColumn;
import dev.phaseshift.plan.op.AddForeignKey;
import dev.phaseshift.plan.op.AddUnique;
import dev.phaseshift.plan.op.AlterColumnType;
import dev.phaseshift.plan.op.Backfill;
import dev.phaseshift.plan.op.CreateIndex;
import dev.phaseshift.plan.op.CreateTable;
import dev.phaseshift.plan.op.CreateView;
import dev.phaseshift.plan.op.DropConstraint;
import dev.phaseshift.plan.op.DropIndex;
import dev.phaseshift.plan.op.DropTable;
import dev.phaseshift.plan.op.DropView;
import dev.phaseshift.plan.op.Located;
import dev.phaseshift.plan.op.ReplaceView;
import dev.phaseshift.plan.op.SchemaEdit;
import dev.phaseshift.plan.op.SetNotNull;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.ForeignKey;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Table;
import dev.phaseshift.schema.View;
import dev.phaseshift.schema.ViewSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.phaseshift.lock.LockLevel.ACCESS_EXCLUSIVE;
import static dev.phaseshift.lock.LockLevel.ACCESS_SHARE;
import static dev.phaseshift.lock.LockLevel.ROW_EXCLUSIVE;
import static dev.phaseshift.lock.LockLevel.ROW_SHARE;
import static dev.phaseshift.lock.LockLevel.SHARE;
import static dev.phaseshift.lock.LockLevel.SHARE_ROW_EXCLUSIVE;
import static dev.phaseshift.lock.LockLevel.SHARE_UPDATE_EXCLUSIVE;

/**
 * PostgreSQL lock levels per statement form, as the manual's ALTER TABLE, CREATE INDEX, CREATE TRIGGER and
 * "Table-level Locks" pages give them for 10 and later: most ALTER TABLE forms take ACCESS EXCLUSIVE; adding a
 * foreign key and CREATE TRIGGER take SHARE ROW EXCLUSIVE (a foreign key on both tables); VALIDATE CONSTRAINT
 * takes SHARE UPDATE EXCLUSIVE (and ROW SHARE on a foreign key's referenced table); CREATE INDEX takes SHARE,
 * CONCURRENTLY SHARE UPDATE EXCLUSIVE. What changes with the version is whether a form rewrites or scans, which
 * {@link PostgresChangeCosts} decides for the lint rules and this model alike, on the actions as the parser reads
 * them.
 */
final class PostgresLockRules {
    /** Statements that lock no table: settings, transaction control, statistics. */
    private static final Set<String> NO_TABLE_WORK = Set.of("SET", "RESET", "BEGIN", "COMMIT", "ROLLBACK", "START",
            "END", "ABORT", "ANALYZE");

    private PostgresLockRules() {
    }

    static StatementLocks classify(StatementScope scope, RenderedSql statement) {
        String sql = SqlShape.clean(statement.text());
        ParsedStatement parsed = scope.parsed(statement.text());
        String keyword = parsed.keyword();
        String object = parsed.object();
        // a new function or procedure is catalog-only; dropping one locks no table either (the parser cannot call
        // that catalog-only, since CASCADE may take triggers with it)
        if (sql.isEmpty() || NO_TABLE_WORK.contains(keyword) || parsed.has(StatementFlag.CATALOG_ONLY)
                || keyword.equals("DROP") && (object.equals("FUNCTION") || object.equals("PROCEDURE"))) {
            return StatementLocks.none(statement);
        }
        if (!parsed.understood() && !keyword.equals("DO") && !keyword.equals("CALL")) {
            // a DO block or a procedure call is code the parser does not read; the backfills render them
            return StatementLocks.unknown(statement, parsed.reason());
        }
        if (keyword.equals("ALTER") && object.equals("TABLE")) {
            return alterTable(scope, statement, parsed);
        }
        if (parsed.kind() == StatementKind.COMMAND && parsed.commands().size() == 1) {
            return command(scope, statement, parsed.commands().get(0));
        }
        if (keyword.equals("CREATE") && parsed.target() != null
                && !parsed.operations(CreateIndex.class).isEmpty()) {
            LockLevel level = parsed.has(StatementFlag.CONCURRENTLY) ? SHARE_UPDATE_EXCLUSIVE : SHARE;
            return scope.result(statement, List.of(lock(scope, parsed.target(), level)), Effect.INDEX_BUILD,
                    parsed.target(), null, null);
        }
        if (keyword.equals("DROP") && object.equals("INDEX")) {
            // postgresql names no table: the snapshot says whose index it is (the first one dropped)
            String index = parsed.operations(DropIndex.class).get(0).name();
            Optional<String> table = tableOfIndex(scope, index);
            LockLevel level = parsed.has(StatementFlag.CONCURRENTLY) ? SHARE_UPDATE_EXCLUSIVE : ACCESS_EXCLUSIVE;
            if (table.isEmpty()) {
                // the lock is known even when the snapshot does not say whose index it is (a plain SQL file)
                return new StatementLocks(statement, List.of(TableLock.postgres(tableOf(index), level)),
                        Effect.METADATA, null, null, 0, null, "the index is not in the snapshot: its table is locked");
            }
            return metadata(scope, statement, Map.of(table.get(), level));
        }
        if ((object.equals("POLICY") || object.equals("RULE")) && parsed.target() != null) {
            return metadata(scope, statement, Map.of(parsed.target(), ACCESS_EXCLUSIVE));
        }
        if (object.equals("STATISTICS") && parsed.target() != null) {
            return metadata(scope, statement, Map.of(parsed.target(), SHARE_UPDATE_EXCLUSIVE));
        }
        if (object.equals("TRIGGER") && parsed.target() != null) {
            // creating a trigger blocks writes for a moment; dropping one takes the table
            return metadata(scope, statement, Map.of(parsed.target(),
                    keyword.equals("CREATE") ? SHARE_ROW_EXCLUSIVE : ACCESS_EXCLUSIVE));
        }
        List<CreateView> created = parsed.operations(CreateView.class);
        List<ReplaceView> replaced = parsed.operations(ReplaceView.class);
        if (!created.isEmpty() || !replaced.isEmpty()) {
            Map<String, LockLevel> locks = new LinkedHashMap<>();
            replaced.forEach(r -> locks.put(r.name(), ACCESS_EXCLUSIVE));
            for (String query : created.isEmpty() ? List.of(replaced.get(0).sql()) : List.of(created.get(0).sql())) {
                TablesRead.of(query, Engine.POSTGRESQL).forEach(t -> locks.putIfAbsent(t, ACCESS_SHARE));
            }
            return metadata(scope, statement, locks);
        }
        List<DropView> droppedViews = parsed.operations(DropView.class);
        if (!droppedViews.isEmpty() || keyword.equals("DROP") && object.equals("MATERIALIZED")
                && parsed.target() != null) {
            Map<String, LockLevel> locks = new LinkedHashMap<>();
            droppedViews.forEach(v -> locks.put(v.name(), ACCESS_EXCLUSIVE));
            if (droppedViews.isEmpty()) {
                locks.put(parsed.target(), ACCESS_EXCLUSIVE);
            }
            return metadata(scope, statement, locks);
        }
        List<CreateTable> tables = parsed.operations(CreateTable.class);
        if (!tables.isEmpty()) {
            Map<String, LockLevel> locks = new LinkedHashMap<>();
            tables.forEach(t -> locks.put(t.table(), ACCESS_EXCLUSIVE));
            parsed.operations(AddForeignKey.class).forEach(fk -> locks.putIfAbsent(fk.referencesTable(),
                    SHARE_ROW_EXCLUSIVE));
            // a new partition takes its parent whole; a query or LIKE only reads its sources
            parsed.commands(CreateTableFrom.class).forEach(from -> from.sources().forEach(t -> locks.putIfAbsent(t,
                    from.form() == CreateTableFrom.Form.PARTITION_OF ? ACCESS_EXCLUSIVE : ACCESS_SHARE)));
            return metadata(scope, statement, locks);
        }
        List<DropTable> drops = parsed.operations(DropTable.class);
        if (!drops.isEmpty()) {
            // dropping a table removes the foreign-key triggers on the tables at the other end of its keys
            Map<String, LockLevel> locks = new LinkedHashMap<>();
            drops.forEach(d -> locks.put(d.table(), ACCESS_EXCLUSIVE));
            drops.forEach(d -> linkedTables(scope, d.table()).forEach(t -> locks.putIfAbsent(t, ACCESS_EXCLUSIVE)));
            return metadata(scope, statement, locks);
        }
        if (parsed.writesRows()) {
            return scope.result(statement, List.of(lock(scope, parsed.target(), ROW_EXCLUSIVE)), Effect.ROW_UPDATES,
                    parsed.target(), null, null);
        }
        if ((keyword.equals("INSERT") || keyword.equals("COPY")) && parsed.target() != null) {
            return new StatementLocks(statement, List.of(lock(scope, parsed.target(), ROW_EXCLUSIVE)),
                    Effect.ROW_UPDATES, scope.qualified(parsed.target()), 0L, 0, null, "inserts rows");
        }
        if (keyword.equals("DO")) {
            String updated = TablesRead.updatedInBlock(statement.text());
            if (updated == null) {
                return StatementLocks.unknown(statement, "a DO block that updates no table");
            }
            Effect effect = SqlShape.has(sql, "COMMIT") ? Effect.BATCHED_UPDATES : Effect.ROW_UPDATES;
            return scope.result(statement, List.of(lock(scope, updated, ROW_EXCLUSIVE)), effect, updated, null,
                    null);
        }
        if (keyword.equals("CALL") && scope.step().operation() instanceof Backfill backfill) {
            return scope.result(statement, List.of(lock(scope, backfill.table(), ROW_EXCLUSIVE)),
                    Effect.BATCHED_UPDATES, backfill.table(), null, null);
        }
        if (keyword.equals("SELECT") || keyword.equals("WITH")) {
            Map<String, LockLevel> locks = new LinkedHashMap<>();
            TablesRead.of(statement.text(), Engine.POSTGRESQL).forEach(t -> locks.putIfAbsent(t, ACCESS_SHARE));
            String first = locks.keySet().stream().findFirst().orElse(null);
            return scope.result(statement, locks(scope, locks), first == null ? Effect.NONE : Effect.SCAN, first,
                    null, null);
        }
        return StatementLocks.unknown(statement, "no lock rule for this statement");
    }

    /**
     * An {@code ALTER TABLE}, judged action by action as the parser read it: the altered table takes the strongest
     * level its actions need, a foreign key's other table its own, and the statement does the most expensive
     * thing any action does (rewrite, index build, scan, metadata).
     */
    private static StatementLocks alterTable(StatementScope scope, RenderedSql statement, ParsedStatement parsed) {
        if (!parsed.understood()) {
            return StatementLocks.unknown(statement, parsed.reason());
        }
        String table = parsed.target();
        Map<String, LockLevel> locks = new LinkedHashMap<>();
        // the altered table first; every action raises its level
        locks.put(table, ACCESS_SHARE);
        Effect effect = Effect.METADATA;
        for (AlterAction action : parsed.actions()) {
            Action judged = action(scope, parsed, table, action, locks);
            if (judged.unknown() != null) {
                return StatementLocks.unknown(statement, judged.unknown());
            }
            merge(locks, table, judged.level());
            if (judged.effect().compareTo(effect) > 0) {
                effect = judged.effect();
            }
        }
        // ATTACH PARTITION scans the partition, not the parent
        String scanned = parsed.commands(AttachPartition.class).stream().map(AttachPartition::partition).findFirst()
                .orElse(table);
        return scope.result(statement, locks(scope, locks), effect, scanned, null, null);
    }

    /** What one action needs on the altered table and does; {@code unknown} says why it cannot be judged. */
    private record Action(LockLevel level, Effect effect, String unknown) {
        static Action of(LockLevel level, Effect effect) {
            return new Action(level, effect, null);
        }
    }

    /** One action; locks it takes on other tables go into {@code locks}. */
    private static Action action(StatementScope scope, ParsedStatement parsed, String table, AlterAction action,
                                 Map<String, LockLevel> locks) {
        boolean notValid = action.has(StatementFlag.NOT_VALID);
        List<AddForeignKey> keys = action.operations(AddForeignKey.class);
        keys.forEach(fk -> merge(locks, fk.referencesTable(), SHARE_ROW_EXCLUSIVE));
        List<AddColumn> added = action.operations(AddColumn.class);
        if (!added.isEmpty()) {
            return Action.of(ACCESS_EXCLUSIVE, added.stream().map(add -> addedColumn(scope, parsed, table, add))
                    .max(Enum::compareTo).orElse(Effect.METADATA));
        }
        if (!keys.isEmpty()) {
            return Action.of(SHARE_ROW_EXCLUSIVE, notValid ? Effect.METADATA : Effect.SCAN);
        }
        if (!action.operations(AddCheck.class).isEmpty()) {
            return Action.of(ACCESS_EXCLUSIVE, notValid ? Effect.METADATA : Effect.SCAN);
        }
        if (action.has(StatementFlag.USING_INDEX)) {
            return Action.of(ACCESS_EXCLUSIVE, Effect.METADATA);
        }
        if (!action.operations(AddUnique.class).isEmpty() || action.has(StatementFlag.PRIMARY_KEY)
                || action.has(StatementFlag.EXCLUSION)) {
            return Action.of(ACCESS_EXCLUSIVE, Effect.INDEX_BUILD);
        }
        for (ValidateConstraint validate : action.commands(ValidateConstraint.class)) {
            foreignKey(scope, table, validate.name())
                    .ifPresent(fk -> merge(locks, referenced(scope, table, fk), ROW_SHARE));
            return Action.of(SHARE_UPDATE_EXCLUSIVE, Effect.SCAN);
        }
        for (DropConstraint drop : action.operations(DropConstraint.class)) {
            foreignKey(scope, table, drop.name())
                    .ifPresent(fk -> merge(locks, referenced(scope, table, fk), ACCESS_EXCLUSIVE));
        }
        if (!action.commands(SetLogged.class).isEmpty() || !action.commands(SetTablespace.class).isEmpty()
                || !action.commands(SetAccessMethod.class).isEmpty()) {
            // the table is copied to a new file (and, to become logged, into the write-ahead log)
            return Action.of(ACCESS_EXCLUSIVE, Effect.REWRITE);
        }
        for (DetachPartition detach : action.commands(DetachPartition.class)) {
            // CONCURRENTLY (14+) and FINALIZE hold SHARE UPDATE EXCLUSIVE on the parent, ACCESS EXCLUSIVE on the
            // partition at the end; the plain form ACCESS EXCLUSIVE on both
            boolean concurrent = detach.concurrently() || detach.finishing();
            if (concurrent && !scope.dialect().atLeast(14, 0, 0)) {
                return new Action(null, null, "DETACH PARTITION " + (detach.concurrently() ? "CONCURRENTLY"
                        : "FINALIZE") + " needs postgresql 14; " + scope.dialect() + " rejects it");
            }
            merge(locks, detach.partition(), ACCESS_EXCLUSIVE);
            return Action.of(concurrent ? SHARE_UPDATE_EXCLUSIVE : ACCESS_EXCLUSIVE, Effect.METADATA);
        }
        for (AttachPartition attach : action.commands(AttachPartition.class)) {
            // the partition's rows are checked against its bounds (unless a valid CHECK proves them) under ACCESS
            // EXCLUSIVE on it; the parent takes SHARE UPDATE EXCLUSIVE from 12, ACCESS EXCLUSIVE before
            merge(locks, attach.partition(), ACCESS_EXCLUSIVE);
            return Action.of(scope.dialect().atLeast(12, 0, 0) ? SHARE_UPDATE_EXCLUSIVE : ACCESS_EXCLUSIVE,
                    Effect.SCAN);
        }
        for (AlterColumnType change : action.operations(AlterColumnType.class)) {
            return Action.of(ACCESS_EXCLUSIVE, typeChangeRewrites(scope, table, change)
                    ? Effect.REWRITE : Effect.METADATA);
        }
        for (SetNotNull set : action.operations(SetNotNull.class)) {
            return Action.of(ACCESS_EXCLUSIVE, setNotNullScans(scope, table, set) ? Effect.SCAN : Effect.METADATA);
        }
        for (Inherit inherit : action.commands(Inherit.class)) {
            // the catalog only; the parent's queries include the child's rows from the commit on
            merge(locks, inherit.parent(), inherit.added() ? SHARE_UPDATE_EXCLUSIVE : ACCESS_SHARE);
            return Action.of(ACCESS_EXCLUSIVE, Effect.METADATA);
        }
        if (!action.commands(RenameObject.class).isEmpty()) {
            // SET SCHEMA: the catalog only, under ACCESS EXCLUSIVE for a moment
            return Action.of(ACCESS_EXCLUSIVE, Effect.METADATA);
        }
        List<String> words = List.of(action.text().toUpperCase(Locale.ROOT).split("\\s+"));
        String second = words.size() > 1 ? words.get(1) : "";
        return switch (action.keyword()) {
            case "ENABLE", "DISABLE" -> Action.of(words.contains("TRIGGER") ? SHARE_ROW_EXCLUSIVE : ACCESS_EXCLUSIVE,
                    Effect.METADATA);
            // storage parameters, SET WITHOUT CLUSTER, CLUSTER ON (the index a later CLUSTER uses)
            case "SET", "RESET", "CLUSTER" -> Action.of(SHARE_UPDATE_EXCLUSIVE, Effect.METADATA);
            // statistics and storage of a column; identity, defaults, nullability: the catalog only
            case "ALTER" -> Action.of(words.contains("STATISTICS") || words.contains("STORAGE")
                    && !second.equals("CONSTRAINT") ? SHARE_UPDATE_EXCLUSIVE : ACCESS_EXCLUSIVE, Effect.METADATA);
            default -> Action.of(ACCESS_EXCLUSIVE, Effect.METADATA);
        };
    }

    /** What adding the column does to a table with rows: rewrite it, build an index, or the catalog only. */
    private static Effect addedColumn(StatementScope scope, ParsedStatement parsed, String table, AddColumn add) {
        Optional<WrittenColumn> written = parsed.columns().stream()
                .filter(c -> c.name().equals(add.column().name())).findFirst();
        boolean stored = written.map(c -> c.has(ColumnClause.STORED)
                || c.has(ColumnClause.IDENTITY)).orElse(false);
        boolean rewritingDefault = add.column().defaultValue() != null
                && PostgresChangeCosts.defaultRewrites(scope.dialect(), add.column().defaultValue(), Set.of());
        if (scope.tableWithRows(table).isPresent() && (stored || rewritingDefault)) {
            return Effect.REWRITE;
        }
        boolean indexed = written.map(c -> c.has(ColumnClause.UNIQUE) || c.has(ColumnClause.PRIMARY_KEY))
                .orElse(false);
        // an inline check (or foreign key) is verified against every existing row before the ADD commits
        boolean checked = scope.tableWithRows(table).isPresent() && written.map(c -> c.has(ColumnClause.CHECK)
                || c.has(ColumnClause.REFERENCES)).orElse(false);
        return indexed ? Effect.INDEX_BUILD : checked ? Effect.SCAN : Effect.METADATA;
    }

    /** Whether the type change rewrites a table with rows. */
    private static boolean typeChangeRewrites(StatementScope scope, String table, AlterColumnType change) {
        Optional<Table> withRows = scope.tableWithRows(table);
        if (withRows.isEmpty()) {
            return false;
        }
        Optional<Column> old = current(scope, table, withRows.get()).column(change.column());
        return old.isPresent() && PostgresChangeCosts.typeChangeRewrites(scope.dialect(), change.column(),
                old.get().type(), change.type(), change.using(),
                scope.earlierParsed());
    }

    /** Whether SET NOT NULL scans a table with rows: no validated check of an earlier statement proves the column. */
    private static boolean setNotNullScans(StatementScope scope, String table, SetNotNull set) {
        Optional<Table> withRows = scope.tableWithRows(table);
        if (withRows.isEmpty()) {
            return false;
        }
        PostgresChangeCosts.NotNullChecks checks = new PostgresChangeCosts.NotNullChecks();
        scope.earlierParsed().forEach(checks::read);
        return PostgresChangeCosts.setNotNullScans(scope.dialect(), current(scope, table, withRows.get()),
                set.column(), checks.validated(set.column()));
    }

    /** The table as the earlier statements left it, else as the plan found it. */
    private static Table current(StatementScope scope, String table, Table initial) {
        return scope.table(table).map(Located::table).orElse(initial);
    }

    /**
     * A statement the parser reads as a command rather than a plan operation, with the lock the manual gives it:
     * TRUNCATE, CLUSTER, VACUUM FULL and LOCK TABLE's default ACCESS EXCLUSIVE; REINDEX SHARE on the table
     * (ACCESS EXCLUSIVE on the index, which the model does not list), SHARE UPDATE EXCLUSIVE when CONCURRENTLY;
     * DROP SCHEMA ... CASCADE ACCESS EXCLUSIVE on each table in it.
     */
    private static StatementLocks command(StatementScope scope, RenderedSql statement, WrittenCommand command) {
        Map<String, LockLevel> locks = new LinkedHashMap<>();
        Effect effect = Effect.METADATA;
        String note = null;
        if (command instanceof TruncateTables truncate) {
            truncate.tables().forEach(t -> locks.put(t, ACCESS_EXCLUSIVE));
            if (truncate.cascade()) {
                truncate.tables().forEach(t -> referencing(scope, SqlShape.unquote(t))
                        .forEach(r -> locks.putIfAbsent(r, ACCESS_EXCLUSIVE)));
            }
            note = "empties the table" + (truncate.tables().size() > 1 || truncate.cascade() ? "s" : "");
        } else if (command instanceof ClusterTable cluster) {
            if (cluster.table() == null) {
                return StatementLocks.unknown(statement, "CLUSTER without a table reclusters the tables clustered "
                        + "before, which the snapshot does not record");
            }
            locks.put(cluster.table(), ACCESS_EXCLUSIVE);
            effect = Effect.REWRITE;
        } else if (command instanceof VacuumFull vacuum) {
            (vacuum.tables().isEmpty() ? allTables(scope, null) : vacuum.tables())
                    .forEach(t -> locks.put(t, ACCESS_EXCLUSIVE));
            effect = Effect.REWRITE;
        } else if (command instanceof Reindex reindex) {
            if (reindex.concurrently() && !scope.dialect().atLeast(12, 0, 0)) {
                return StatementLocks.unknown(statement, "REINDEX CONCURRENTLY needs postgresql 12; "
                        + scope.dialect() + " rejects it");
            }
            LockLevel level = reindex.concurrently() ? SHARE_UPDATE_EXCLUSIVE : SHARE;
            if (reindex.target() == Reindex.Target.INDEX && tableOfIndex(scope, reindex.name()).isEmpty()) {
                return new StatementLocks(statement, List.of(TableLock.postgres(tableOf(reindex.name()), level)),
                        Effect.INDEX_BUILD, null, null, Double.NaN, null,
                        "the index is not in the snapshot: its table is locked");
            }
            List<String> tables = switch (reindex.target()) {
                case TABLE -> List.of(reindex.name());
                case INDEX -> List.of(tableOfIndex(scope, reindex.name()).orElseThrow());
                case SCHEMA -> allTables(scope, SqlShape.unquote(reindex.name()));
                case DATABASE -> allTables(scope, null);
                case SYSTEM -> List.of();
            };
            tables.forEach(t -> locks.put(t, level));
            effect = Effect.INDEX_BUILD;
        } else if (command instanceof LockTables lock) {
            LockLevel level = LockLevel.valueOf(lock.mode().replace(' ', '_'));
            lock.tables().forEach(t -> locks.put(t, level));
            effect = Effect.NONE;
            note = "held until the transaction ends";
        } else if (command instanceof DropSchema drop) {
            if (drop.database()) {
                return StatementLocks.catalogOnly(statement,
                        "no table lock, but no other session may be connected to the database");
            }
            if (drop.cascade()) {
                allTables(scope, SqlShape.unquote(drop.name())).forEach(t -> locks.put(t, ACCESS_EXCLUSIVE));
            }
        } else if (command instanceof CreateDomain) {
            return StatementLocks.none(statement);
        } else if (command instanceof AddDomainCheck add) {
            if (add.notValid()) {
                return StatementLocks.catalogOnly(statement,
                        "checks only new and updated values of domain " + add.domain());
            }
            return domainScan(scope, statement, add.domain(), SHARE);
        } else if (command instanceof ValidateDomainConstraint validate) {
            return domainScan(scope, statement, validate.domain(),
                    PostgresChangeCosts.domainValidationLock(scope.dialect()));
        } else if (command instanceof RefreshMaterializedView refresh) {
            locks.put(refresh.view(), refresh.concurrently() ? LockLevel.EXCLUSIVE : ACCESS_EXCLUSIVE);
            boolean known = readBy(scope, refresh.view(), locks, new HashSet<>());
            effect = Effect.REWRITE;
            note = (refresh.concurrently() ? "queries of the view go on while it refreshes"
                    : "every query of the view waits until the refresh ends")
                    + (known ? "" : "; its query holds ACCESS SHARE on the tables it reads");
        } else if (command instanceof AddEnumValue add) {
            return StatementLocks.catalogOnly(statement, "adds value '" + add.value() + "' to enum type "
                    + add.type() + " in the catalog; no table is locked");
        } else if (command instanceof RenameEnumValue rename) {
            return StatementLocks.catalogOnly(statement, "renames a value of enum type " + rename.type()
                    + " in the catalog; no table is locked");
        } else if (command instanceof DropOwned drop) {
            ownedBy(scope, drop.roles()).forEach(t -> locks.put(t, ACCESS_EXCLUSIVE));
            note = "drops every object the role" + (drop.roles().size() > 1 ? "s own" : " owns")
                    + (locks.isEmpty() ? "; the snapshot names no table of theirs" : "");
        } else if (command instanceof RenameObject rename) {
            return StatementLocks.catalogOnly(statement, (rename.moved() ? "moves the " + rename.kind()
                    + " to schema " + rename.schema() : "renames the " + rename.kind())
                    + " in the catalog under ACCESS EXCLUSIVE on it, for a moment");
        } else if (command instanceof PublishTables publish) {
            // reads and writes go on; other DDL on the tables waits for a moment
            publish.tables().forEach(t -> locks.put(t, SHARE_UPDATE_EXCLUSIVE));
        } else if (command instanceof MoveIndex move) {
            // the table is not locked, but planning a query of it locks every index of it: all of them wait
            // (an entry per row of the table: the table's rows measure the copy)
            Optional<String> table = tableOfIndex(scope, move.index());
            List<TableLock> onIndex = List.of(TableLock.postgres(move.index(), ACCESS_EXCLUSIVE));
            String what = "copies index " + move.index() + " to tablespace " + move.tablespace() + "; every query of "
                    + table.orElse("its table") + " waits, as planning one locks all the table's indexes";
            return table.isPresent() ? scope.result(statement, onIndex, Effect.REWRITE, table.get(), null, what)
                    : new StatementLocks(statement, onIndex, Effect.REWRITE, null, null, Double.NaN, null, what);
        } else {
            return StatementLocks.unknown(statement, "no lock rule for this command");
        }
        String first = locks.keySet().stream().findFirst().orElse(null);
        return scope.result(statement, locks(scope, locks), effect, first, null, note);
    }

    /**
     * ACCESS SHARE on what the view's query reads, through the plain views it reads; whether the snapshot knows
     * the view.
     */
    private static boolean readBy(StatementScope scope, String view, Map<String, LockLevel> locks, Set<String> seen) {
        String schema = SchemaEdit.schemaOf(scope.before(), SqlShape.unquote(view));
        Optional<View> found = scope.before().view(schema, SchemaEdit.bare(SqlShape.unquote(view)));
        if (found.isEmpty() || !seen.add(schema + "." + found.get().name())) {
            return found.isPresent();
        }
        for (ViewSource source : found.get().sources()) {
            String name = (source.schema() == null ? schema : source.schema()) + "." + source.name();
            locks.putIfAbsent(name, ACCESS_SHARE);
            readBy(scope, name, locks, seen);
        }
        return true;
    }

    /** The tables the snapshot says {@code roles} own, schema-qualified. */
    private static List<String> ownedBy(StatementScope scope, List<String> roles) {
        List<String> out = new ArrayList<>();
        for (Schema s : scope.before().schemas()) {
            s.tables().stream().filter(t -> t.owner() != null && roles.contains(t.owner()))
                    .forEach(t -> out.add(s.name() + "." + t.name()));
        }
        return out;
    }

    /** Every table of {@code schema} (every schema when null) in the snapshot, schema-qualified. */
    private static List<String> allTables(StatementScope scope, String schema) {
        List<String> out = new ArrayList<>();
        for (Schema s : scope.before().schemas()) {
            if (schema == null || s.name().equals(schema)) {
                s.tables().forEach(t -> out.add(s.name() + "." + t.name()));
            }
        }
        return out;
    }

    /** The tables whose foreign keys reference {@code table}. */
    private static List<String> referencing(StatementScope scope, String table) {
        List<String> out = new ArrayList<>();
        Optional<Located> target = scope.table(table);
        if (target.isEmpty()) {
            return out;
        }
        for (Schema schema : scope.before().schemas()) {
            for (Table t : schema.tables()) {
                boolean pointsHere = t.foreignKeys().stream().anyMatch(fk -> fk.referencedTable().equals(
                        target.get().table().name()) && (fk.referencedSchema() == null
                        || fk.referencedSchema().equals(target.get().schema())));
                if (pointsHere && !t.name().equals(target.get().table().name())) {
                    out.add(schema.name() + "." + t.name());
                }
            }
        }
        return out;
    }

    /** What the model calls the table of an index the snapshot does not know. */
    private static String tableOf(String index) {
        return "the table of index " + SqlShape.unquote(index);
    }

    private static void merge(Map<String, LockLevel> locks, String table, LockLevel level) {
        locks.merge(table, level, (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }

    /**
     * A check of every column of {@code domain}: {@code level} on each table with such a column, each scanned; the
     * effect is reported on the one with the most rows.
     */
    private static StatementLocks domainScan(StatementScope scope, RenderedSql statement, String domain,
                                             LockLevel level) {
        List<Located> tables = PostgresChangeCosts.tablesUsingDomain(scope.before(), SqlShape.unquote(domain));
        if (tables.isEmpty()) {
            return StatementLocks.catalogOnly(statement, "no table in the snapshot has a column of domain " + domain);
        }
        Map<String, LockLevel> locks = new LinkedHashMap<>();
        tables.forEach(l -> locks.put(l.qualifiedName(), level));
        String largest = locks.keySet().stream().max((a, b) -> Long.compare(rowsOrZero(scope, a), rowsOrZero(scope, b)))
                .orElseThrow();
        return scope.result(statement, locks(scope, locks), Effect.SCAN, largest, null,
                tables.size() > 1 ? "checks every column of domain " + domain + " in " + tables.size() + " tables"
                        : null);
    }

    private static long rowsOrZero(StatementScope scope, String table) {
        Long rows = scope.rows(table);
        return rows == null ? Long.MAX_VALUE : rows;
    }

    private static StatementLocks metadata(StatementScope scope, RenderedSql statement, Map<String, LockLevel> locks) {
        String first = locks.keySet().stream().findFirst().orElse(null);
        return scope.result(statement, locks(scope, locks), Effect.METADATA, first, null, null);
    }

    private static List<TableLock> locks(StatementScope scope, Map<String, LockLevel> locks) {
        Map<String, LockLevel> byName = new LinkedHashMap<>();
        locks.forEach((t, l) -> byName.merge(scope.qualified(t), l, (a, b) -> a.compareTo(b) >= 0 ? a : b));
        return byName.entrySet().stream().map(e -> TableLock.postgres(e.getKey(), e.getValue())).toList();
    }

    private static TableLock lock(StatementScope scope, String table, LockLevel level) {
        return TableLock.postgres(scope.qualified(table), level);
    }

    private static Optional<String> tableOfIndex(StatementScope scope, String index) {
        return SchemaEdit.tableOfIndex(scope.before(), index).map(Located::qualifiedName);
    }

    private static Optional<ForeignKey> foreignKey(StatementScope scope, String table, String name) {
        return scope.table(table).flatMap(l -> l.table().foreignKey(name));
    }

    private static String referenced(StatementScope scope, String table, ForeignKey fk) {
        String schema = fk.referencedSchema() != null ? fk.referencedSchema()
                : scope.table(table).map(Located::schema).orElse(null);
        return schema == null ? fk.referencedTable() : schema + "." + fk.referencedTable();
    }

    /** The tables a table's foreign keys point to, and those whose keys point to it. */
    private static List<String> linkedTables(StatementScope scope, String table) {
        List<String> out = new ArrayList<>();
        Optional<Located> dropped = scope.table(table);
        if (dropped.isEmpty()) {
            return out;
        }
        dropped.get().table().foreignKeys().forEach(fk -> out.add(referenced(scope, table, fk)));
        for (Schema schema : scope.before().schemas()) {
            for (Table t : schema.tables()) {
                boolean pointsHere = t.foreignKeys().stream().anyMatch(fk -> fk.referencedTable().equals(
                        dropped.get().table().name()) && (fk.referencedSchema() == null
                        || fk.referencedSchema().equals(dropped.get().schema())));
                if (pointsHere && !t.name().equals(dropped.get().table().name())) {
                    out.add(schema.name() + "." + t.name());
                }
            }
        }
        return out;
    }
}
