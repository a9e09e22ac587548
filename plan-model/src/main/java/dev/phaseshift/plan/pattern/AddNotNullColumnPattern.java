package dev.phaseshift.plan.pattern;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.PhaseKind;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.op.AddColumn;
import dev.phaseshift.plan.op.Backfill;
import dev.phaseshift.plan.op.ColumnSpec;
import dev.phaseshift.plan.op.Issues;
import dev.phaseshift.plan.op.SchemaEdit;
import dev.phaseshift.plan.op.SetNotNull;
import dev.phaseshift.plan.op.Verify;
import dev.phaseshift.schema.Snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Adds a NOT NULL column with a default to a big table without a rewrite or a long lock, on every supported
 * version: <b>expand</b> adds it nullable with the default (metadata only: PostgreSQL 11+ stores a constant
 * default in the catalog, MySQL 8.0.12+/MariaDB 10.3+ add it instantly); <b>migrate</b> fills rows that are
 * still NULL in batches and verifies none is left; <b>contract</b> sets NOT NULL (PostgreSQL 12+ via a
 * validated CHECK, so the scan does not block writes). Old versions that do not know the column keep working
 * throughout because the default fills it.
 */
public record AddNotNullColumnPattern(String service, String table, String column, String type, String defaultValue,
                                      String planName) {
    public PatternResult plan(Map<String, Snapshot> snapshots) {
        List<Problem> problems = new ArrayList<>();
        Snapshot snapshot = snapshots.get(service);
        if (snapshot == null) {
            return PatternResult.failed(List.of(Issues.error("unknown-service", "service " + Issues.q(service)
                    + " has no snapshot", null)));
        }
        var found = SchemaEdit.table(snapshot, table);
        if (found.isEmpty()) {
            return PatternResult.failed(Issues.unknownTable(table));
        }
        if (found.get().table().column(column).isPresent()) {
            problems.add(Issues.error("duplicate-column", "column " + Issues.q(column) + " already exists on table "
                    + Issues.q(table), null));
        }
        if (defaultValue == null || defaultValue.isBlank()) {
            problems.add(Issues.error("missing-field", "a NOT NULL column added to a table with rows needs a default",
                    null));
        }
        if (!problems.isEmpty()) {
            return PatternResult.failed(problems);
        }
        String prefix = service + "-" + found.get().table().name() + "-" + column;
        Long rows = found.get().table().rowEstimate();
        List<Phase> phases = List.of(
                Phase.of("expand", PhaseKind.EXPAND, List.of(Step.of(prefix + "-add", service,
                        new AddColumn(table, new ColumnSpec(column, type, null, defaultValue)))
                        .withNotes("nullable with its default: metadata only, no rewrite"
                                + (rows == null ? "" : " of the ~" + rows + " rows")))),
                Phase.of("migrate", PhaseKind.MIGRATE, List.of(
                        Step.of(prefix + "-backfill", service, new Backfill(table, column + " = " + defaultValue,
                                column + " IS NULL", 10000, 20)),
                        Step.of(prefix + "-verify", service, new Verify("SELECT count(*) = 0 FROM "
                                + found.get().table().name() + " WHERE " + column + " IS NULL"))))
                        .withDependsOn(List.of("expand")),
                Phase.of("contract", PhaseKind.CONTRACT, List.of(Step.of(prefix + "-not-null", service,
                        new SetNotNull(table, column)))).withDependsOn(List.of("migrate")));
        String name = planName != null ? planName : "add " + column + " to " + table;
        return new PatternResult(new Plan(name, "Add " + service + "." + table + "." + column + " " + type
                + " NOT NULL DEFAULT " + defaultValue + " without rewriting the table (AddNotNullColumnPattern).",
                List.of(service), phases, null), List.of());
    }
}
