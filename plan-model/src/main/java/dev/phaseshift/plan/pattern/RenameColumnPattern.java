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
import dev.phaseshift.plan.op.AddColumn;
import dev.phaseshift.plan.op.Backfill;
import dev.phaseshift.plan.op.ColumnSpec;
import dev.phaseshift.plan.op.CreateTrigger;
import dev.phaseshift.plan.op.DropColumn;
import dev.phaseshift.plan.op.DropTrigger;
import dev.phaseshift.plan.op.Issues;
import dev.phaseshift.plan.op.Located;
import dev.phaseshift.plan.op.SchemaEdit;
import dev.phaseshift.plan.op.SetNotNull;
import dev.phaseshift.plan.op.Verify;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Snapshot;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Renames a column by expand/contract, in one or several services at once (the same concept renamed across the
 * estate), so that old and new application versions both work at every point:
 * <ol>
 *   <li><b>expand</b>: add the new column (nullable, same type and default) and a dual-write trigger that keeps
 *       both columns equal whichever one a writer sets;</li>
 *   <li><b>migrate</b>: backfill the new column in batches, verify no row differs, and make it NOT NULL when the
 *       old one is;</li>
 *   <li><b>switch</b>: the consumers deploy their versions that use the new name (manual approval first);</li>
 *   <li><b>contract</b>: once those versions run everywhere, drop the triggers and the old column.</li>
 * </ol>
 * Refused for a column that a key, index or foreign key uses: moving those is not done by this pattern yet.
 */
public record RenameColumnPattern(List<ColumnTarget> targets, String newName, List<ConsumerDeployment> deployments,
                                  String planName) {
    public RenameColumnPattern {
        targets = List.copyOf(targets);
        deployments = deployments == null ? List.of() : List.copyOf(deployments);
    }

    public PatternResult plan(Map<String, Snapshot> snapshots) {
        List<Problem> problems = new ArrayList<>();
        List<Step> expand = new ArrayList<>();
        List<Step> migrate = new ArrayList<>();
        List<Step> contract = new ArrayList<>();
        for (ColumnTarget target : targets) {
            Snapshot snapshot = snapshots.get(target.service());
            if (snapshot == null) {
                problems.add(Issues.error("unknown-service", "service " + Issues.q(target.service())
                        + " has no snapshot", null));
                continue;
            }
            var found = SchemaEdit.table(snapshot, target.table());
            if (found.isEmpty()) {
                problems.addAll(Issues.unknownTable(target.table()));
                continue;
            }
            var column = found.get().table().column(target.column());
            if (column.isEmpty()) {
                problems.add(Issues.unknownColumn(target.column(), target.table()));
                continue;
            }
            var use = SchemaEdit.columnUse(snapshot, found.get(), target.column());
            if (use.isPresent()) {
                problems.add(Issues.error("column-in-use", "column " + Issues.q(target.column()) + " of table "
                                + Issues.q(target.table()) + " is used by " + use.get(),
                        "this pattern does not move keys and indexes yet; write the plan by hand"));
                continue;
            }
            steps(target, snapshot.engine(), found.get(), column.get(), expand, migrate, contract);
        }
        if (!problems.isEmpty()) {
            return PatternResult.failed(problems);
        }
        List<Gate> waits = deployments.stream().map(d -> (Gate) new DeploymentWait(d.service(), d.to())).toList();
        List<Phase> phases = List.of(
                new Phase("expand", PhaseKind.EXPAND, "add the new column and keep both in sync", List.of(),
                        List.of(), expand, List.of(), null),
                new Phase("migrate", PhaseKind.MIGRATE, "copy existing rows into the new column", List.of("expand"),
                        List.of(), migrate, List.of(), null),
                new Phase("switch", PhaseKind.SWITCH, "consumers move to the new name", List.of("migrate"),
                        List.of(new ManualApproval("the new versions use " + Issues.q(newName)
                                + " and were tested against the expanded schema")), List.of(), deployments, null),
                new Phase("contract", PhaseKind.CONTRACT, "remove the old column", List.of("switch"),
                        waits, contract, List.of(), null));
        LinkedHashSet<String> services = new LinkedHashSet<>();
        targets.forEach(t -> services.add(t.service()));
        deployments.forEach(d -> services.add(d.service()));
        String name = planName != null ? planName : "rename " + targets.get(0).column() + " to " + newName;
        String description = "Rename " + String.join(", ", targets.stream().map(ColumnTarget::toString).toList())
                + " to " + newName + " by expand/contract (RenameColumnPattern).";
        return new PatternResult(new Plan(name, description, List.copyOf(services), phases, null), List.of());
    }

    private void steps(ColumnTarget t, Engine engine, Located located, Column old, List<Step> expand,
                       List<Step> migrate, List<Step> contract) {
        String o = t.column();
        String n = newName;
        String prefix = t.service() + "-" + located.table().name();
        expand.add(Step.of(prefix + "-add-" + n, t.service(), new AddColumn(t.table(),
                new ColumnSpec(n, old.type(), null, old.defaultExpression()))));
        List<String> triggers = new ArrayList<>();
        if (engine == Engine.POSTGRESQL) {
            String name = located.table().name() + "_" + o + "_sync";
            triggers.add(name);
            expand.add(Step.of(prefix + "-sync-" + n, t.service(), new CreateTrigger(name, t.table(), "before",
                    List.of("insert", "update"),
                    "IF TG_OP = 'INSERT' THEN NEW." + n + " := coalesce(NEW." + n + ", NEW." + o + "); NEW." + o
                            + " := coalesce(NEW." + o + ", NEW." + n + "); ELSIF NEW." + o + " IS DISTINCT FROM OLD."
                            + o + " THEN NEW." + n + " := NEW." + o + "; ELSIF NEW." + n + " IS DISTINCT FROM OLD." + n
                            + " THEN NEW." + o + " := NEW." + n + "; END IF;"))
                    .withNotes("writers of either name see the same value until the old column is dropped"));
        } else {
            String insert = located.table().name() + "_" + o + "_sync_ins";
            String update = located.table().name() + "_" + o + "_sync_upd";
            triggers.add(insert);
            triggers.add(update);
            expand.add(Step.of(prefix + "-sync-insert-" + n, t.service(), new CreateTrigger(insert, t.table(), "before",
                    List.of("insert"), "SET NEW." + n + " = coalesce(NEW." + n + ", NEW." + o + "); SET NEW." + o
                    + " = coalesce(NEW." + o + ", NEW." + n + ");")));
            expand.add(Step.of(prefix + "-sync-update-" + n, t.service(), new CreateTrigger(update, t.table(), "before",
                    List.of("update"), "IF NOT (NEW." + o + " <=> OLD." + o + ") THEN SET NEW." + n + " = NEW." + o
                    + "; ELSEIF NOT (NEW." + n + " <=> OLD." + n + ") THEN SET NEW." + o + " = NEW." + n
                    + "; END IF;")));
        }
        migrate.add(Step.of(prefix + "-backfill-" + n, t.service(), new Backfill(t.table(), n + " = " + o,
                n + " IS NULL AND " + o + " IS NOT NULL", 5000, 50)));
        migrate.add(Step.of(prefix + "-verify-" + n, t.service(), new Verify("SELECT count(*) = 0 FROM "
                + located.table().name() + " WHERE " + (engine == Engine.POSTGRESQL ? n + " IS DISTINCT FROM " + o
                : "NOT (" + n + " <=> " + o + ")"))));
        if (!old.nullable()) {
            migrate.add(Step.of(prefix + "-not-null-" + n, t.service(), new SetNotNull(t.table(), n)));
        }
        for (String trigger : triggers) {
            contract.add(Step.of(prefix + "-drop-" + trigger, t.service(), new DropTrigger(trigger, t.table())));
        }
        contract.add(Step.of(prefix + "-drop-" + o, t.service(), new DropColumn(t.table(), o))
                .withNotes("the data lives on in " + Issues.q(n) + "; rolling back re-adds an empty column"));
    }
}
