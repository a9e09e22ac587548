package dev.phaseshift.plan.pattern;

import dev.phaseshift.estate.ConsumerContract;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.estate.TableAccess;
import dev.phaseshift.plan.ConsumerDeployment;
import dev.phaseshift.plan.DeploymentWait;
import dev.phaseshift.plan.Gate;
import dev.phaseshift.plan.ManualApproval;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.PhaseKind;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.op.AddUnique;
import dev.phaseshift.plan.op.ColumnSpec;
import dev.phaseshift.plan.op.CreateIndex;
import dev.phaseshift.plan.op.CreateTable;
import dev.phaseshift.plan.op.DropTable;
import dev.phaseshift.plan.op.Issues;
import dev.phaseshift.plan.op.Located;
import dev.phaseshift.plan.op.SchemaEdit;
import dev.phaseshift.plan.op.Verify;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Constraint;
import dev.phaseshift.schema.ConstraintKind;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Index;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;
import dev.phaseshift.schema.View;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Moves a table from one service's database to another's, possibly on another engine:
 * <ol>
 *   <li><b>expand</b>: create the table in the target service, types mapped between engines, with its primary
 *       key, unique constraints and plain indexes;</li>
 *   <li><b>migrate</b>: an external tool (CDC, or a dump and load followed by CDC) copies the rows and keeps them in
 *       sync; Phaseshift cannot copy between servers, so the phase waits for a person to confirm the copy has
 *       caught up, and verifies the target is not empty when the source had rows;</li>
 *   <li><b>switch</b>: the owner and every consumer whose contract reads or writes the table deploy versions that use
 *       the target service;</li>
 *   <li><b>contract</b>: once they run everywhere and the copy is stopped, drop the table in the source.</li>
 * </ol>
 * Refused when a type cannot be mapped, when another table's foreign key or a view depends on the table, or when a
 * consumer that uses the table has no deployment in the plan.
 */
public record MoveTablePattern(String service, String table, String targetService, String targetTable,
                               List<ConsumerDeployment> deployments, String planName) {
    private static final Pattern LITERAL = Pattern.compile("^(-?[0-9]+(\\.[0-9]+)?|'[^']*'|true|false)$",
            Pattern.CASE_INSENSITIVE);

    public MoveTablePattern {
        deployments = deployments == null ? List.of() : List.copyOf(deployments);
    }

    public PatternResult plan(Estate estate) {
        Snapshot source = estate.snapshots().get(service);
        Snapshot target = estate.snapshots().get(targetService);
        List<Problem> problems = new ArrayList<>();
        for (String s : List.of(service, targetService)) {
            if (estate.snapshots().get(s) == null) {
                problems.add(Issues.error("unknown-service", "service " + Issues.q(s) + " has no snapshot", null));
            }
        }
        if (!problems.isEmpty()) {
            return PatternResult.failed(problems);
        }
        var found = SchemaEdit.table(source, table);
        if (found.isEmpty()) {
            return PatternResult.failed(Issues.unknownTable(table));
        }
        Table t = found.get().table();
        String newName = targetTable != null ? targetTable : t.name();
        if (SchemaEdit.relationExists(target, newName)) {
            problems.add(Issues.error("duplicate-table", "table " + Issues.q(newName) + " already exists in service "
                    + Issues.q(targetService), "give another target table name"));
        }
        problems.addAll(dependents(source, found.get()));
        List<Problem> warnings = new ArrayList<>();
        List<ColumnSpec> columns = new ArrayList<>();
        for (Column c : t.columns()) {
            Optional<String> type = CrossEngineType.map(source.engine(), target.engine(), c.type());
            if (type.isEmpty()) {
                problems.add(Issues.error("unmappable-type", "column " + Issues.q(c.name()) + " of table "
                        + Issues.q(table) + " has type " + Issues.q(c.type()) + ", which " + engine(target)
                        + " has no type for that keeps every value", "change the column's type first"));
                continue;
            }
            String defaultValue = c.defaultExpression();
            boolean sameEngine = source.engine() == target.engine();
            if (defaultValue != null && !sameEngine && !LITERAL.matcher(defaultValue.strip()).matches()) {
                warnings.add(Issues.warning("default-not-moved", "the default " + Issues.q(defaultValue)
                        + " of column " + Issues.q(c.name()) + " is not moved to " + engine(target),
                        "add an equivalent default with a set_default step"));
                defaultValue = null;
            }
            if (c.identity() != null || c.generated() != null) {
                warnings.add(Issues.warning("generation-not-moved", "column " + Issues.q(c.name())
                        + " is generated in the source; create_table gives the target a plain column",
                        "the copy brings the values; make the target generate new ones before the switch"));
            }
            columns.add(new ColumnSpec(c.name(), type.get(), c.nullable() ? null : false, defaultValue));
        }
        problems.addAll(undeployedConsumers(estate));
        if (!problems.isEmpty()) {
            return PatternResult.failed(problems);
        }
        return new PatternResult(build(source, t, newName, columns), warnings);
    }

    private static String engine(Snapshot snapshot) {
        return snapshot.engine() == Engine.POSTGRESQL ? "postgresql" : "mysql";
    }

    /** Foreign keys of other tables and views that would break when the table leaves its database. */
    private List<Problem> dependents(Snapshot source, Located located) {
        List<Problem> problems = new ArrayList<>();
        for (Schema s : source.schemas()) {
            for (Table other : s.tables()) {
                if (other == located.table()) {
                    continue;
                }
                other.foreignKeys().stream().filter(f -> f.referencedTable().equals(located.table().name())
                                && located.schema().equals(f.referencedSchema()))
                        .forEach(f -> problems.add(Issues.error("table-in-use", "table " + Issues.q(table)
                                + " is referenced by foreign key " + Issues.q(f.name()) + " of table "
                                + Issues.q(other.name()), "a key cannot cross services: drop it first, or move "
                                + Issues.q(other.name()) + " as well")));
            }
            for (View v : s.views()) {
                if (v.sources().stream().anyMatch(src -> src.name().equals(located.table().name())
                        && (src.schema() == null || src.schema().equals(located.schema())))) {
                    problems.add(Issues.error("table-in-use", "table " + Issues.q(table) + " is read by view "
                            + Issues.q(v.name()), "replace or drop the view first"));
                }
            }
        }
        return problems;
    }

    /** Every consumer whose declared contract uses the table must be deployed to a version that does not. */
    private List<Problem> undeployedConsumers(Estate estate) {
        List<Problem> problems = new ArrayList<>();
        Set<String> reported = new LinkedHashSet<>();
        for (ConsumerContract contract : estate.consumers()) {
            if (!uses(contract) || !reported.add(contract.service())) {
                continue;
            }
            Optional<ConsumerDeployment> deployment = deployments.stream()
                    .filter(d -> d.service().equals(contract.service())).findFirst();
            if (deployment.isEmpty()) {
                problems.add(Issues.error("consumer-not-deployed", contract.label() + " uses " + Issues.q(service
                        + "." + table) + " but the plan does not deploy " + Issues.q(contract.service()),
                        "add a deployment to a version that reads the table in " + Issues.q(targetService)));
                continue;
            }
            estate.consumers().stream().filter(c -> c.service().equals(contract.service())
                            && c.version().equals(deployment.get().to()) && uses(c))
                    .forEach(c -> problems.add(Issues.error("consumer-still-reads", c.label()
                            + " still uses " + Issues.q(service + "." + table), "deploy a version that uses "
                            + Issues.q(targetService) + " instead")));
        }
        return problems;
    }

    private boolean uses(ConsumerContract contract) {
        List<TableAccess> all = new ArrayList<>(contract.reads());
        all.addAll(contract.writes());
        return all.stream().anyMatch(a -> a.relation().service().equals(service)
                && a.relation().relation().equals(SchemaEdit.bare(table)));
    }

    private Plan build(Snapshot source, Table t, String newName, List<ColumnSpec> columns) {
        String from = service + "." + t.name();
        String to = targetService + "." + newName;
        String prefix = targetService + "-" + newName;
        Optional<Constraint> pk = t.primaryKey();
        List<Step> expand = new ArrayList<>();
        expand.add(Step.of(prefix + "-create", targetService, new CreateTable(newName, columns,
                pk.map(Constraint::columns).orElse(List.of()), null)));
        for (Constraint c : t.constraints()) {
            if (c.kind() == ConstraintKind.UNIQUE) {
                expand.add(Step.of(prefix + "-" + c.name(), targetService, new AddUnique(c.name(), newName,
                        c.columns())));
            }
        }
        for (Index i : t.indexes()) {
            boolean plain = i.keyParts().stream().allMatch(k -> k.column() != null);
            if (i.constraint() == null && !i.primary() && plain && t.foreignKey(i.name()).isEmpty()) {
                expand.add(Step.of(prefix + "-" + i.name(), targetService, new CreateIndex(i.name(), newName,
                        i.columns(), i.unique() ? true : null, null)));
            }
        }
        List<Step> migrate = new ArrayList<>();
        if (t.rowEstimate() != null && t.rowEstimate() > 0) {
            migrate.add(Step.of(prefix + "-not-empty", targetService, new Verify("SELECT count(*) > 0 FROM "
                    + newName)).withNotes("a sanity check only: compare row counts and key ranges on both sides "
                    + "with the copy tool"));
        }
        List<Gate> waits = new ArrayList<>(deployments.stream().map(d -> (Gate) new DeploymentWait(d.service(), d.to()))
                .toList());
        waits.add(new ManualApproval("the copy from " + from + " to " + to + " is stopped: nothing writes "
                + from + " any more"));
        List<Phase> phases = List.of(
                new Phase("expand", PhaseKind.EXPAND, "create the table in " + targetService, List.of(), List.of(),
                        expand, List.of(), null),
                new Phase("migrate", PhaseKind.MIGRATE, "copy the rows with an external tool and keep them in sync",
                        List.of("expand"), List.of(new ManualApproval("an external tool (CDC, or dump and load "
                        + "followed by CDC) copies " + from + " into " + to + " and has caught up: row counts "
                        + "and key ranges match")), migrate, List.of(), null),
                new Phase("switch", PhaseKind.SWITCH, "the owner and the consumers move to " + targetService,
                        List.of("migrate"), List.of(new ManualApproval("the new versions read and write " + to
                        + " and were tested against it")), List.of(), deployments, null),
                new Phase("contract", PhaseKind.CONTRACT, "drop the table in " + service, List.of("switch"), waits,
                        List.of(Step.of(service + "-" + t.name() + "-drop", service, new DropTable(table))
                                .withNotes("the rows live on in " + to + "; rolling back re-creates an empty "
                                        + "table")), List.of(), null));
        LinkedHashSet<String> services = new LinkedHashSet<>(List.of(service, targetService));
        deployments.forEach(d -> services.add(d.service()));
        String name = planName != null ? planName : "move " + from + " to " + targetService;
        return new Plan(name, "Move " + from + " (" + engine(source) + ") to " + to + " (MoveTablePattern).",
                List.copyOf(services), phases, null);
    }
}
