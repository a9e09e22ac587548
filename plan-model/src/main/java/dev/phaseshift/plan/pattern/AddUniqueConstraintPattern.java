package dev.phaseshift.plan.pattern;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.PhaseKind;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.op.AddUnique;
import dev.phaseshift.plan.op.Issues;
import dev.phaseshift.plan.op.SchemaEdit;
import dev.phaseshift.plan.op.Verify;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Index;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Makes columns unique without blocking writes: <b>check</b> verifies there are no duplicates yet (rows with a
 * NULL in a key column never clash), then <b>constrain</b> adds the constraint with {@code add_unique}, which on
 * PostgreSQL builds the unique index concurrently and attaches it {@code USING INDEX}, and on MySQL/MariaDB adds
 * it {@code ALGORITHM=INPLACE, LOCK=NONE}. Refused when a unique key on exactly those columns exists.
 */
public record AddUniqueConstraintPattern(String service, String table, List<String> columns, String name,
                                         String planName) {
    public AddUniqueConstraintPattern {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    public PatternResult plan(Map<String, Snapshot> snapshots) {
        Snapshot snapshot = snapshots.get(service);
        if (snapshot == null) {
            return PatternResult.failed(List.of(Issues.error("unknown-service", "service " + Issues.q(service)
                    + " has no snapshot", null)));
        }
        var found = SchemaEdit.table(snapshot, table);
        if (found.isEmpty()) {
            return PatternResult.failed(Issues.unknownTable(table));
        }
        Table t = found.get().table();
        String keyName = name != null ? name : t.name() + "_" + String.join("_", columns) + "_uq";
        AddUnique unique = new AddUnique(keyName, table, columns);
        List<Problem> problems = unique.validate(snapshot);
        if (problems.stream().anyMatch(Problem::isError)) {
            return PatternResult.failed(problems);
        }
        Optional<Index> existing = t.indexes().stream().filter(i -> i.unique() && i.predicate() == null
                && i.columns().equals(columns)).findFirst();
        if (existing.isPresent()) {
            return PatternResult.failed(List.of(Issues.error("already-unique", "columns " + columns + " of table "
                    + Issues.q(table) + " are already unique through " + Issues.q(existing.get().name()), null)));
        }
        String keys = String.join(", ", columns);
        String present = columns.stream().map(c -> c + " IS NOT NULL").collect(Collectors.joining(" AND "));
        String prefix = service + "-" + t.name() + "-" + keyName;
        String how = snapshot.engine() == Engine.POSTGRESQL
                ? "unique index built concurrently, then attached USING INDEX: a brief lock, no scan"
                : "added in place: ALGORITHM=INPLACE, LOCK=NONE";
        List<Phase> phases = List.of(
                new Phase("check", PhaseKind.MIGRATE, "no two rows share the key yet", List.of(), List.of(),
                        List.of(Step.of(prefix + "-duplicates", service, new Verify("SELECT count(*) = 0 FROM "
                                + "(SELECT 1 FROM " + t.name() + " WHERE " + present + " GROUP BY " + keys
                                + " HAVING count(*) > 1) d"))
                                .withNotes("duplicates would fail the index build; merge or delete them first")),
                        List.of(), null),
                new Phase("constrain", PhaseKind.CONTRACT, "add the unique constraint", List.of("check"),
                        List.of(), List.of(Step.of(prefix, service, unique).withNotes(how)), List.of(), null));
        String planTitle = planName != null ? planName : "make " + keys + " of " + t.name() + " unique";
        return new PatternResult(new Plan(planTitle, "Add unique constraint " + keyName + " on " + service + "."
                + t.name() + " " + columns + " without blocking writes (AddUniqueConstraintPattern).",
                List.of(service), phases, null), problems);
    }
}
