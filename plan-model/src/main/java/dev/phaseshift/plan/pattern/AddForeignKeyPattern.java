package dev.phaseshift.plan.pattern;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.PhaseKind;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.op.AddForeignKey;
import dev.phaseshift.plan.op.CreateIndex;
import dev.phaseshift.plan.op.Issues;
import dev.phaseshift.plan.op.SchemaEdit;
import dev.phaseshift.plan.op.Verify;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Adds a foreign key inside one service without blocking writes for a scan:
 * <ol>
 *   <li><b>index</b> (only when no index starts with the referencing columns): build one without locks, so the
 *       key's checks and the parent's deletes do not scan the child table;</li>
 *   <li><b>check</b>: verify that no row references a missing parent, so orphans stop the plan with a clear
 *       message before any constraint exists;</li>
 *   <li><b>constrain</b>: {@code add_foreign_key}, which on PostgreSQL renders {@code NOT VALID} followed by
 *       {@code VALIDATE CONSTRAINT} (the scan then holds a lock that lets writes through).</li>
 * </ol>
 * MySQL/MariaDB have no {@code NOT VALID}: with {@code foreign_key_checks} on, adding the key copies the table and
 * checks every row, so writes wait for the copy.
 */
public record AddForeignKeyPattern(String service, String table, List<String> columns, String referencesTable,
                                   List<String> referencesColumns, String onDelete, String name, String planName) {
    public AddForeignKeyPattern {
        columns = columns == null ? List.of() : List.copyOf(columns);
        referencesColumns = referencesColumns == null ? List.of() : List.copyOf(referencesColumns);
    }

    public PatternResult plan(Map<String, Snapshot> snapshots) {
        Snapshot snapshot = snapshots.get(service);
        if (snapshot == null) {
            return PatternResult.failed(List.of(Issues.error("unknown-service", "service " + Issues.q(service)
                    + " has no snapshot", "a foreign key joins tables of one service; references across services "
                    + "are declared in the estate file")));
        }
        var found = SchemaEdit.table(snapshot, table);
        if (found.isEmpty()) {
            return PatternResult.failed(Issues.unknownTable(table));
        }
        String keyName = name != null ? name : found.get().table().name() + "_" + String.join("_", columns) + "_fk";
        AddForeignKey key = new AddForeignKey(keyName, table, columns, referencesTable, referencesColumns, onDelete);
        List<Problem> problems = key.validate(snapshot);
        if (problems.stream().anyMatch(Problem::isError)) {
            return PatternResult.failed(problems);
        }
        Table child = found.get().table();
        String parent = SchemaEdit.table(snapshot, referencesTable).orElseThrow().table().name();
        boolean indexed = child.indexes().stream().anyMatch(i -> i.columns().size() >= columns.size()
                && i.columns().subList(0, columns.size()).equals(columns));
        String prefix = service + "-" + child.name() + "-" + keyName;
        List<Phase> phases = new ArrayList<>();
        if (!indexed) {
            phases.add(new Phase("index", PhaseKind.EXPAND, "index the referencing columns without locking writes",
                    List.of(), List.of(), List.of(Step.of(prefix + "-index", service, new CreateIndex(
                            child.name() + "_" + String.join("_", columns) + "_idx", table, columns, null, null))
                    .withNotes("without it every check of the key and every delete of a parent row scans "
                            + Issues.q(child.name()))), List.of(), null));
        }
        String joined = IntStream.range(0, columns.size())
                .mapToObj(i -> "p." + referencesColumns.get(i) + " = c." + columns.get(i))
                .collect(Collectors.joining(" AND "));
        String present = columns.stream().map(c -> "c." + c + " IS NOT NULL").collect(Collectors.joining(" AND "));
        phases.add(new Phase("check", PhaseKind.MIGRATE, "no row references a missing parent",
                indexed ? List.of() : List.of("index"), List.of(), List.of(Step.of(prefix + "-orphans", service,
                new Verify("SELECT count(*) = 0 FROM " + child.name() + " c WHERE " + present
                        + " AND NOT EXISTS (SELECT 1 FROM " + parent + " p WHERE " + joined + ")"))
                .withNotes("orphans would make the key fail after it was half added; clean them up first")),
                List.of(), null));
        String how = snapshot.engine() == Engine.POSTGRESQL
                ? "NOT VALID, then VALIDATE CONSTRAINT: the scan lets reads and writes through"
                : "mysql has no NOT VALID: the table is copied and every row checked while writes wait";
        phases.add(new Phase("constrain", PhaseKind.CONTRACT, "add the foreign key", List.of("check"), List.of(),
                List.of(Step.of(prefix, service, key).withNotes(how)), List.of(), null));
        String planTitle = planName != null ? planName : "add foreign key " + keyName;
        String description = "Add foreign key " + keyName + " from " + service + "." + child.name() + " " + columns
                + " to " + parent + " " + referencesColumns + " (AddForeignKeyPattern).";
        return new PatternResult(new Plan(planTitle, description, List.of(service), phases, null), problems);
    }
}
