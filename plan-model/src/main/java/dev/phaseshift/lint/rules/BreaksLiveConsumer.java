package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.ConsumerContract;
import dev.phaseshift.estate.QualifiedName;
import dev.phaseshift.estate.Severity;
import dev.phaseshift.estate.TableAccess;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.compat.CompatibilityCheck;
import dev.phaseshift.plan.compat.ConsumerLiveness;
import dev.phaseshift.plan.op.Operation;
import dev.phaseshift.plan.op.SchemaEdit;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A step that drops or renames a table, view or column which a consumer version still live after the step's
 * phase reads or writes: that version fails as soon as the phase is done. Liveness is the compatibility
 * matrix's ({@link ConsumerLiveness}). A consumer of the whole relation is not reported for a column, as the
 * matrix does not count that as a break either.
 */
public final class BreaksLiveConsumer implements LintRule {
    @Override public String id() { return "breaks-live-consumer"; }
    @Override public String code() { return "PS117"; }
    @Override public String summary() {
        return "drop or rename of a table, view or column a live consumer uses, or a column made required that it "
                + "does not write";
    }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public Set<Engine> engines() { return Set.of(Engine.POSTGRESQL, Engine.MYSQL); }

    @Override
    public List<Finding> check(LintContext context) {
        Plan plan = context.plan();
        if (plan == null || context.phaseId() == null || context.consumers().isEmpty()) {
            return List.of();
        }
        Optional<Target> target = target(context.step().service(), context.operation(), context.before());
        int state = stateOf(plan, context.phaseId());
        if (state < 0) {
            return List.of();
        }
        ConsumerLiveness liveness = new ConsumerLiveness(plan, context.consumers());
        if (target.isEmpty()) {
            return newlyRequired(context, liveness, state);
        }
        List<Finding> findings = new ArrayList<>();
        for (ConsumerContract contract : context.consumers()) {
            if (!liveness.live(contract, state)) {
                continue;
            }
            for (TableAccess access : contract.reads()) {
                uses(context, liveness, contract, access, "reads", target.get()).ifPresent(findings::add);
            }
            for (TableAccess access : contract.writes()) {
                uses(context, liveness, contract, access, "writes", target.get()).ifPresent(findings::add);
            }
        }
        return findings;
    }

    private Optional<Finding> uses(LintContext context, ConsumerLiveness liveness, ConsumerContract contract,
                                   TableAccess access, String verb, Target target) {
        if (!access.relation().equals(target.relation())) {
            return Optional.empty();
        }
        if (target.column() != null && !access.columns().contains(target.column())) {
            return Optional.empty();
        }
        QualifiedName object = target.column() == null ? target.relation()
                : target.relation().withMember(target.column());
        Plan plan = context.plan();
        int last = liveness.lastLiveState(contract).orElse(plan.phases().size());
        Optional<ConsumerLiveness.Placed> replacement = liveness.replacement(contract);
        String until = replacement.isPresent() && last > 0 && last <= plan.phases().size()
                ? "is live until phase \"" + plan.phases().get(last - 1).id() + "\"" : "the plan never replaces it";
        String message = contract.label() + " " + verb + " " + object + " via " + access.via().id() + " and " + until
                + ", but this step " + target.action();
        String help = replacement.map(r -> "move the step to a phase after \"" + r.phaseId() + "\", where "
                        + contract.service() + " " + r.deployment().to() + " replaces " + contract.label()
                        + ", or deploy " + contract.service() + " " + r.deployment().to() + " before phase \""
                        + context.phaseId() + "\"")
                .orElse("deploy a version of " + contract.service() + " that no longer uses it in a phase before \""
                        + context.phaseId() + "\" (declare it under the phase's deployments)");
        return Optional.of(finding(context, object.toString(), message, help));
    }

    /**
     * Columns the step makes required (NOT NULL without a default, added or changed), on tables a live consumer
     * version inserts into without naming them: its inserts fail from this phase on. A writer of the whole
     * relation writes every column, and a column required before the plan is the consumer's own business.
     */
    private List<Finding> newlyRequired(LintContext context, ConsumerLiveness liveness, int state) {
        List<Finding> findings = new ArrayList<>();
        String service = context.step().service();
        for (Schema schema : context.after().schemas()) {
            for (Table table : schema.tables()) {
                Optional<Table> was = context.before().table(schema.name(), table.name());
                for (Column column : table.columns()) {
                    Optional<Column> old = was.flatMap(t -> t.column(column.name()));
                    if (!CompatibilityCheck.required(column) || old.filter(CompatibilityCheck::required).isPresent()
                            || old.filter(c -> c.equals(column)).isPresent()) {
                        continue;
                    }
                    QualifiedName relation = QualifiedName.relation(service, schema.name(), table.name());
                    for (ConsumerContract contract : context.consumers()) {
                        if (!liveness.live(contract, state)) {
                            continue;
                        }
                        for (TableAccess access : contract.writes()) {
                            if (access.relation().equals(relation) && !access.wholeRelation()
                                    && !access.columns().contains(column.name())) {
                                findings.add(finding(context, relation.withMember(column.name()).toString(),
                                        contract.label() + " inserts into " + relation + " via " + access.via().id()
                                                + " without column \"" + column.name() + "\", which this step makes "
                                                + "NOT NULL without a default: its inserts fail from phase \""
                                                + context.phaseId() + "\" on",
                                        "give the column a default, or deploy a version of " + contract.service()
                                                + " that writes \"" + column.name() + "\" before phase \""
                                                + context.phaseId() + "\""));
                            }
                        }
                    }
                }
            }
        }
        return findings;
    }

    /** What the operation takes away (the operation says), as the consumers name it. */
    private static Optional<Target> target(String service, Operation operation, Snapshot before) {
        return operation.removes().stream().findFirst()
                .map(r -> new Target(relation(service, before, r.relation()), r.column(), r.action()));
    }

    private static QualifiedName relation(String service, Snapshot before, String name) {
        return QualifiedName.relation(service, SchemaEdit.schemaOf(before, name), SchemaEdit.bare(name));
    }

    /** The state after the phase: its 1-based index, or -1 when the plan does not have it. */
    private static int stateOf(Plan plan, String phaseId) {
        for (int i = 0; i < plan.phases().size(); i++) {
            if (plan.phases().get(i).id().equals(phaseId)) {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * @param column the column the step removes, or null when it removes the whole relation
     * @param action what the step does to it, for the message ({@code drops it})
     */
    private record Target(QualifiedName relation, String column, String action) {
    }
}
