package dev.phaseshift.plan.pattern;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.ConsumerDeployment;
import dev.phaseshift.plan.DeploymentWait;
import dev.phaseshift.plan.Gate;
import dev.phaseshift.plan.ManualApproval;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.PhaseKind;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.op.AddForeignKey;
import dev.phaseshift.plan.op.Backfill;
import dev.phaseshift.plan.op.ColumnSpec;
import dev.phaseshift.plan.op.CreateTable;
import dev.phaseshift.plan.op.CreateTrigger;
import dev.phaseshift.plan.op.DropColumn;
import dev.phaseshift.plan.op.DropNotNull;
import dev.phaseshift.plan.op.DropTrigger;
import dev.phaseshift.plan.op.Issues;
import dev.phaseshift.plan.op.SchemaEdit;
import dev.phaseshift.plan.op.Verify;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Constraint;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Moves a column out of its table into a new table keyed by the parent's primary key, PostgreSQL only:
 * <ol>
 *   <li><b>expand</b>: create the new table with a cascading foreign key to the parent, and two triggers that keep
 *       the parent's column and the new table equal whichever one a writer changes;</li>
 *   <li><b>migrate</b>: touch the parent's rows that have no row in the new table yet, in batches, so the trigger
 *       copies them; verify every parent row has its value in the new table;</li>
 *   <li><b>switch</b>: the consumers deploy versions that use the new table (manual approval first);</li>
 *   <li><b>contract</b>: drop both triggers and the parent's column.</li>
 * </ol>
 * Refused on MySQL/MariaDB: a trigger there may not write to a table that the statement which fired it is using
 * (error 1442), so the new table could not write back to the parent, and old versions would stop seeing new writes.
 */
public record SplitColumnPattern(String service, String table, String column, String newTable,
                                 List<ConsumerDeployment> deployments, String planName) {
    public SplitColumnPattern {
        deployments = deployments == null ? List.of() : List.copyOf(deployments);
    }

    public PatternResult plan(Map<String, Snapshot> snapshots) {
        Snapshot snapshot = snapshots.get(service);
        if (snapshot == null) {
            return PatternResult.failed(List.of(Issues.error("unknown-service", "service " + Issues.q(service)
                    + " has no snapshot", null)));
        }
        if (snapshot.engine() != Engine.POSTGRESQL) {
            return PatternResult.failed(List.of(Issues.error("unsupported-engine", "splitting a column needs "
                    + "triggers that write back to the parent table, which mysql does not allow (error 1442)",
                    "move the writes in the application: write both places, backfill, then switch readers")));
        }
        var found = SchemaEdit.table(snapshot, table);
        if (found.isEmpty()) {
            return PatternResult.failed(Issues.unknownTable(table));
        }
        Table t = found.get().table();
        var col = t.column(column);
        if (col.isEmpty()) {
            return PatternResult.failed(List.of(Issues.unknownColumn(column, table)));
        }
        List<Problem> problems = new ArrayList<>();
        List<String> pk = t.primaryKey().map(Constraint::columns).orElse(List.of());
        if (pk.size() != 1) {
            problems.add(Issues.error("no-keyset", "table " + Issues.q(table) + " has no single-column primary key "
                    + "to key the new table by and to walk in batches", null));
        }
        var use = SchemaEdit.columnUse(snapshot, found.get(), column);
        if (use.isPresent()) {
            problems.add(Issues.error("column-in-use", "column " + Issues.q(column) + " of table " + Issues.q(table)
                    + " is used by " + use.get(), "this pattern does not move keys and indexes; write the plan by "
                    + "hand"));
        }
        List<String> views = SchemaEdit.viewsReading(snapshot, found.get(), column);
        if (!views.isEmpty()) {
            problems.add(Issues.error("column-in-use", "column " + Issues.q(column) + " of table " + Issues.q(table)
                    + " is read by view " + String.join(", ", views), "replace the view to read the new table first"));
        }
        if (newTable == null || newTable.isBlank()) {
            problems.add(Issues.error("missing-field", "the name of the new table is required", null));
        } else if (SchemaEdit.relationExists(snapshot, newTable)) {
            problems.add(Issues.error("duplicate-table", "table " + Issues.q(newTable) + " already exists", null));
        }
        if (!problems.isEmpty()) {
            return PatternResult.failed(problems);
        }
        return new PatternResult(build(t, t.column(pk.get(0)).orElseThrow(), col.get()), List.of());
    }

    private Plan build(Table parent, Column key, Column moved) {
        String p = parent.name();
        String k = key.name();
        String c = moved.name();
        String prefix = service + "-" + newTable;
        String forward = p + "_" + c + "_to_" + newTable;
        String back = newTable + "_" + c + "_to_" + p;
        List<Step> expand = new ArrayList<>(List.of(
                Step.of(prefix + "-create", service, new CreateTable(newTable, List.of(
                        new ColumnSpec(k, key.type(), false, null),
                        new ColumnSpec(c, moved.type(), null, moved.defaultExpression())),
                        List.of(k), null))
                        .withNotes("nullable: a new version's parent row gets its value here a statement later"),
                Step.of(prefix + "-parent-fk", service, new AddForeignKey(newTable + "_" + k + "_fk", newTable,
                        List.of(k), table, List.of(k), "cascade"))
                        .withNotes("a parent row deleted by any version takes its row here with it"),
                Step.of(prefix + "-sync", service, new CreateTrigger(forward, table, "after", List.of("insert",
                        "update"), "INSERT INTO " + newTable + " (" + k + ", " + c + ") VALUES (NEW." + k + ", NEW." + c
                        + ") ON CONFLICT (" + k + ") DO UPDATE SET " + c + " = EXCLUDED." + c + " WHERE " + newTable
                        + "." + c + " IS DISTINCT FROM EXCLUDED." + c + ";"))
                        .withNotes("fires on every update, so the backfill can copy a row by touching it"),
                Step.of(prefix + "-sync-back", service, new CreateTrigger(back, newTable, "after", List.of("insert",
                        "update"), "UPDATE " + p + " SET " + c + " = NEW." + c + " WHERE " + k + " = NEW." + k
                        + " AND " + c + " IS DISTINCT FROM NEW." + c + ";"))
                        .withNotes("new versions write here; old versions keep reading the parent's column")));
        if (!moved.nullable()) {
            expand.add(Step.of(prefix + "-parent-nullable", service, new DropNotNull(table, c))
                    .withNotes("new versions insert parent rows without it and set it in " + Issues.q(newTable)));
        }
        List<Step> migrate = List.of(
                Step.of(prefix + "-backfill", service, new Backfill(table, c + " = " + c, "NOT EXISTS (SELECT 1 FROM "
                        + newTable + " n WHERE n." + k + " = " + p + "." + k + ")", 5000, 50))
                        .withNotes("rewrites each parent row once (the trigger copies it); expect table bloat"),
                Step.of(prefix + "-verify", service, new Verify("SELECT count(*) = 0 FROM " + p + " p LEFT JOIN "
                        + newTable + " n ON n." + k + " = p." + k + " WHERE n." + k + " IS NULL OR n." + c
                        + " IS DISTINCT FROM p." + c)));
        List<Step> contract = List.of(
                Step.of(prefix + "-drop-" + back, service, new DropTrigger(back, newTable)),
                Step.of(prefix + "-drop-" + forward, service, new DropTrigger(forward, table)),
                Step.of(prefix + "-drop-" + c, service, new DropColumn(table, c))
                        .withNotes("the data lives on in " + Issues.q(newTable) + "; rolling back re-adds an empty "
                                + "column"));
        List<Gate> waits = deployments.stream().map(d -> (Gate) new DeploymentWait(d.service(), d.to())).toList();
        List<Phase> phases = List.of(
                new Phase("expand", PhaseKind.EXPAND, "create the new table and keep it in sync", List.of(),
                        List.of(), expand, List.of(), null),
                new Phase("migrate", PhaseKind.MIGRATE, "copy existing values into the new table", List.of("expand"),
                        List.of(), migrate, List.of(), null),
                new Phase("switch", PhaseKind.SWITCH, "consumers move to the new table", List.of("migrate"),
                        List.of(new ManualApproval("the new versions read and write " + Issues.q(c) + " in "
                                + Issues.q(newTable) + " and were tested against the expanded schema")), List.of(),
                        deployments, null),
                new Phase("contract", PhaseKind.CONTRACT, "remove the column from " + p, List.of("switch"), waits,
                        contract, List.of(), null));
        LinkedHashSet<String> services = new LinkedHashSet<>(List.of(service));
        deployments.forEach(d -> services.add(d.service()));
        String name = planName != null ? planName : "split " + c + " of " + p + " into " + newTable;
        return new Plan(name, "Move " + service + "." + p + "." + c + " into the new table " + newTable + " keyed by "
                + k + " (SplitColumnPattern).", List.copyOf(services), phases, null);
    }
}
