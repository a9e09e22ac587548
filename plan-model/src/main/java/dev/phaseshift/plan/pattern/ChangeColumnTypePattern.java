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
import dev.phaseshift.plan.op.SchemaEdit;
import dev.phaseshift.plan.op.SetDefault;
import dev.phaseshift.plan.op.SetNotNull;
import dev.phaseshift.plan.op.TypeChange;
import dev.phaseshift.plan.op.Verify;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.TypeNames;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Changes a column's type without rewriting or locking the table, by moving the data into a new column:
 * <ol>
 *   <li><b>expand</b>: add {@code newColumn} with the new type (nullable, no default) and a sync trigger that
 *       converts whichever column a writer set into the other;</li>
 *   <li><b>migrate</b>: convert existing rows in batches, verify no row differs from its conversion, and make the
 *       new column NOT NULL when the old one is;</li>
 *   <li><b>switch</b>: the consumers deploy their versions that use the new column (manual approval first);</li>
 *   <li><b>contract</b>: once those run everywhere, drop the triggers, give the new column the old default and
 *       drop the old column.</li>
 * </ol>
 * The new column keeps its new name: renaming it back in the contract phase would break, in one instant, the
 * versions that the switch just deployed (that is the problem {@link RenameColumnPattern} exists for). A change
 * {@link TypeChange} calls lossy is refused unless {@code using} says how to convert; {@code using} is an
 * expression over the old column's name ({@code round(total)}). Refused for a column a key, index, foreign key or
 * view uses.
 */
public record ChangeColumnTypePattern(ColumnTarget target, String type, String newColumn, String using,
                                      List<ConsumerDeployment> deployments, String planName) {
    public ChangeColumnTypePattern {
        deployments = deployments == null ? List.of() : List.copyOf(deployments);
    }

    public PatternResult plan(Map<String, Snapshot> snapshots) {
        Snapshot snapshot = snapshots.get(target.service());
        if (snapshot == null) {
            return PatternResult.failed(List.of(Issues.error("unknown-service", "service "
                    + Issues.q(target.service()) + " has no snapshot", null)));
        }
        var found = SchemaEdit.table(snapshot, target.table());
        if (found.isEmpty()) {
            return PatternResult.failed(Issues.unknownTable(target.table()));
        }
        var column = found.get().table().column(target.column());
        if (column.isEmpty()) {
            return PatternResult.failed(List.of(Issues.unknownColumn(target.column(), target.table())));
        }
        List<Problem> problems = new ArrayList<>();
        if (type == null || type.isBlank()) {
            problems.add(Issues.error("missing-field", "the new type is required", null));
        }
        if (newColumn == null || newColumn.isBlank()) {
            problems.add(Issues.error("missing-field", "the name of the new column is required", null));
        } else if (found.get().table().column(newColumn).isPresent()) {
            problems.add(Issues.error("duplicate-column", "column " + Issues.q(newColumn) + " already exists on table "
                    + Issues.q(target.table()), null));
        }
        var use = SchemaEdit.columnUse(snapshot, found.get(), target.column());
        if (use.isPresent()) {
            problems.add(Issues.error("column-in-use", "column " + Issues.q(target.column()) + " of table "
                            + Issues.q(target.table()) + " is used by " + use.get(),
                    "this pattern does not move keys and indexes yet; write the plan by hand"));
        }
        List<String> views = SchemaEdit.viewsReading(snapshot, found.get(), target.column());
        if (!views.isEmpty()) {
            problems.add(Issues.error("column-in-use", "column " + Issues.q(target.column()) + " of table "
                    + Issues.q(target.table()) + " is read by view " + String.join(", ", views),
                    "replace the view to read the new column first"));
        }
        if (!problems.isEmpty()) {
            return PatternResult.failed(problems);
        }
        Column old = column.get();
        String message = "changing column " + Issues.q(old.name()) + " of table " + Issues.q(target.table())
                + " from " + Issues.q(old.type()) + " to " + Issues.q(type) + " ";
        TypeChange.Verdict verdict = TypeChange.judge(TypeNames.normalize(snapshot.engine(), old.type()),
                TypeNames.normalize(snapshot.engine(), type));
        if (verdict == TypeChange.Verdict.SAFE && TypeNames.normalize(snapshot.engine(), old.type())
                .equals(TypeNames.normalize(snapshot.engine(), type))) {
            return PatternResult.failed(List.of(Issues.error("same-type", "column " + Issues.q(old.name())
                    + " of table " + Issues.q(target.table()) + " already has type " + Issues.q(old.type()), null)));
        }
        List<Problem> warnings = new ArrayList<>();
        if (verdict == TypeChange.Verdict.LOSSY && (using == null || using.isBlank())) {
            return PatternResult.failed(List.of(Issues.error("lossy-type-change", message + "can lose data",
                    "give a using expression that says how to convert each value")));
        }
        if (verdict == TypeChange.Verdict.UNCHECKED && (using == null || using.isBlank())) {
            warnings.add(Issues.warning("unchecked-type-change", message + "is not known to keep every value",
                    "the migrate phase verifies every row before anything is switched"));
        }
        return new PatternResult(build(snapshot.engine(), found.get().table().name(), old), warnings);
    }

    private Plan build(Engine engine, String tableName, Column old) {
        String service = target.service();
        String table = target.table();
        String o = old.name();
        String n = newColumn;
        boolean pg = engine == Engine.POSTGRESQL;
        String prefix = service + "-" + tableName + "-" + n;
        List<Step> expand = new ArrayList<>();
        expand.add(Step.of(prefix + "-add", service, new AddColumn(table, ColumnSpec.of(n, type)))
                .withNotes("no default yet: a NULL tells the trigger that the writer did not set it"));
        List<String> triggers = new ArrayList<>();
        if (pg) {
            String name = tableName + "_" + o + "_to_" + n;
            triggers.add(name);
            expand.add(Step.of(prefix + "-sync", service, new CreateTrigger(name, table, "before",
                    List.of("insert", "update"),
                    "IF TG_OP = 'INSERT' THEN IF NEW." + n + " IS NULL THEN NEW." + n + " := " + forward("NEW." + o, pg)
                            + "; ELSE NEW." + o + " := " + back("NEW." + n, old, pg) + "; END IF; ELSIF NEW." + o
                            + " IS DISTINCT FROM OLD." + o + " THEN NEW." + n + " := " + forward("NEW." + o, pg)
                            + "; ELSIF NEW." + n + " IS DISTINCT FROM OLD." + n + " THEN NEW." + o + " := "
                            + back("NEW." + n, old, pg) + "; END IF;"))
                    .withNotes("writers of either column see the same value until the old column is dropped"));
        } else {
            String insert = tableName + "_" + o + "_to_" + n + "_ins";
            String update = tableName + "_" + o + "_to_" + n + "_upd";
            triggers.add(insert);
            triggers.add(update);
            expand.add(Step.of(prefix + "-sync-insert", service, new CreateTrigger(insert, table, "before",
                    List.of("insert"), "IF NEW." + n + " IS NULL THEN SET NEW." + n + " = " + forward("NEW." + o, pg)
                    + "; ELSE SET NEW." + o + " = " + back("NEW." + n, old, pg) + "; END IF;")));
            expand.add(Step.of(prefix + "-sync-update", service, new CreateTrigger(update, table, "before",
                    List.of("update"), "IF NOT (NEW." + o + " <=> OLD." + o + ") THEN SET NEW." + n + " = "
                    + forward("NEW." + o, pg) + "; ELSEIF NOT (NEW." + n + " <=> OLD." + n + ") THEN SET NEW." + o
                    + " = " + back("NEW." + n, old, pg) + "; END IF;")));
        }
        List<Step> migrate = new ArrayList<>();
        migrate.add(Step.of(prefix + "-backfill", service, new Backfill(table, n + " = " + forward(o, pg),
                n + " IS NULL AND " + o + " IS NOT NULL", 5000, 50)));
        String differs = pg ? n + " IS DISTINCT FROM " + forward(o, pg) : "NOT (" + n + " <=> " + forward(o, pg) + ")";
        migrate.add(Step.of(prefix + "-verify", service, new Verify("SELECT count(*) = 0 FROM " + tableName
                + " WHERE " + differs))
                .withNotes("stops the plan if any value did not convert as expected"));
        if (!old.nullable()) {
            migrate.add(Step.of(prefix + "-not-null", service, new SetNotNull(table, n)));
        }
        List<Step> contract = new ArrayList<>();
        for (String trigger : triggers) {
            contract.add(Step.of(prefix + "-drop-" + trigger, service, new DropTrigger(trigger, table)));
        }
        if (old.defaultExpression() != null) {
            // only now: while the trigger runs, a default would hide that an old writer did not set the new column
            contract.add(Step.of(prefix + "-default", service, new SetDefault(table, n, old.defaultExpression())));
        }
        contract.add(Step.of(prefix + "-drop-" + o, service, new DropColumn(table, o))
                .withNotes("the data lives on in " + Issues.q(n) + "; rolling back re-adds an empty column"));

        List<Gate> waits = deployments.stream().map(d -> (Gate) new DeploymentWait(d.service(), d.to())).toList();
        List<Phase> phases = List.of(
                new Phase("expand", PhaseKind.EXPAND, "add the new column and keep both in sync", List.of(),
                        List.of(), expand, List.of(), null),
                new Phase("migrate", PhaseKind.MIGRATE, "convert existing rows into the new column",
                        List.of("expand"), List.of(), migrate, List.of(), null),
                new Phase("switch", PhaseKind.SWITCH, "consumers move to the new column", List.of("migrate"),
                        List.of(new ManualApproval("the new versions use " + Issues.q(n) + " as " + type
                                + " and were tested against the expanded schema")), List.of(), deployments, null),
                new Phase("contract", PhaseKind.CONTRACT, "remove the old column", List.of("switch"),
                        waits, contract, List.of(), null));
        LinkedHashSet<String> services = new LinkedHashSet<>();
        services.add(service);
        deployments.forEach(d -> services.add(d.service()));
        String name = planName != null ? planName : "change " + o + " of " + tableName + " to " + type;
        String description = "Change " + target + " from " + old.type() + " to " + type + " through the new column "
                + n + " (ChangeColumnTypePattern).";
        return new Plan(name, description, List.copyOf(services), phases, null);
    }

    /** The old value converted: {@code using} with the column replaced by {@code value}, or a plain cast. */
    private String forward(String value, boolean pg) {
        if (using != null && !using.isBlank()) {
            return "(" + Pattern.compile("(?<![\\w\"`.])" + Pattern.quote(target.column()) + "(?![\\w\"`])")
                    .matcher(using).replaceAll(Matcher.quoteReplacement(value)) + ")";
        }
        // MySQL's CAST knows only a few target types; assignment converts like the engine's own ALTER would
        return pg ? "CAST(" + value + " AS " + type + ")" : value;
    }

    private String back(String value, Column old, boolean pg) {
        return pg ? "CAST(" + value + " AS " + old.type() + ")" : value;
    }
}
