package dev.phaseshift.plan.compat;

import dev.phaseshift.estate.ConsumerContract;
import dev.phaseshift.estate.QualifiedName;
import dev.phaseshift.estate.SourceLocation;
import dev.phaseshift.estate.TableAccess;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.op.AddColumn;
import dev.phaseshift.plan.op.Backfill;
import dev.phaseshift.plan.op.CreateTable;
import dev.phaseshift.plan.op.Operation;
import dev.phaseshift.plan.op.Removal;
import dev.phaseshift.plan.op.SchemaEdit;
import dev.phaseshift.plan.sim.AppliedStep;
import dev.phaseshift.plan.sim.PhaseState;
import dev.phaseshift.plan.sim.SimulationResult;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;
import dev.phaseshift.schema.View;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Builds the {@link CompatibilityMatrix} of a simulated plan: for each consumer version and each state, whether
 * the version runs there ({@link ConsumerLiveness}) and whether it still finds every table, view and column it
 * reads or writes, and can still insert into the tables it writes.
 *
 * <p>A break names what removed the object by looking at the steps the simulation applied: the last step up to
 * that state after which the object was gone, so a rename reads "renamed to ..." and a drop "dropped". An object
 * the schema lacks because a later phase creates it is a deployment placed too early.
 */
public final class CompatibilityCheck {
    private final SimulationResult result;
    private final Map<String, Integer> phaseStates = new HashMap<>();

    private CompatibilityCheck(SimulationResult result) {
        this.result = result;
        for (int i = 0; i < result.phases().size(); i++) {
            phaseStates.putIfAbsent(result.phases().get(i).phaseId(), i + 1);
        }
    }

    /**
     * The matrix of every contract against every state of {@code result}, the simulation of {@code plan}:
     * {@code contracts} as given, so pass {@link AssumedContracts#with} to judge the releases the plan deploys that
     * the estate does not declare.
     */
    public static CompatibilityMatrix of(Plan plan, SimulationResult result, List<ConsumerContract> contracts) {
        CompatibilityCheck check = new CompatibilityCheck(result);
        ConsumerLiveness liveness = new ConsumerLiveness(plan, contracts);
        List<String> states = new ArrayList<>();
        states.add(CompatibilityMatrix.BEFORE);
        result.phases().stream().map(PhaseState::phaseId).forEach(states::add);
        List<MatrixCell> cells = new ArrayList<>();
        for (ConsumerContract contract : contracts) {
            for (int k = 0; k < states.size(); k++) {
                cells.add(new MatrixCell(contract.service(), contract.version(), states.get(k),
                        liveness.live(contract, k), check.breaks(contract, k)));
            }
        }
        Map<String, String> assumed = new LinkedHashMap<>();
        contracts.stream().filter(ConsumerContract::assumed).forEach(c -> assumed.put(c.label(), c.assumedFrom()));
        return new CompatibilityMatrix(states, contracts.stream().map(ConsumerContract::label).toList(), cells,
                assumed);
    }

    private List<ConsumerBreak> breaks(ConsumerContract contract, int state) {
        List<ConsumerBreak> out = new ArrayList<>();
        for (TableAccess access : contract.reads()) {
            missing(contract, access, "reads", state, out);
        }
        for (TableAccess access : contract.writes()) {
            if (missing(contract, access, "writes", state, out)) {
                required(contract, access, state, out);
            }
        }
        return out;
    }

    /** Adds what {@code access} misses at {@code state}; whether the relation exists there. */
    private boolean missing(ConsumerContract contract, TableAccess access, String verb, int state,
                            List<ConsumerBreak> out) {
        QualifiedName name = access.relation();
        Snapshot snapshot = result.after(state).get(name.service());
        if (snapshot == null) {
            // a service without a snapshot cannot be judged; the estate check reports it
            return false;
        }
        if (!relationExists(snapshot, name)) {
            Cause cause = cause(name.service(), state, s -> relationExists(s, name), "created");
            out.add(new ConsumerBreak(contract.service(), contract.version(), BreakKind.MISSING_RELATION, name,
                    access.via(), cause.phaseId(), cause.stepId(), cause.pending(),
                    contract.label() + " " + verb + " " + name + ", " + cause.words(), access.location()));
            return false;
        }
        List<Column> columns = columns(snapshot, name);
        if (columns.isEmpty()) {
            // a view the plan created has no known columns; judging them would only guess
            return true;
        }
        for (int i = 0; i < access.columns().size(); i++) {
            String column = access.columns().get(i);
            if (verb.equals("reads") && columns.stream().anyMatch(c -> c.name().equals(column))) {
                notYetBackfilled(contract, access, name, column, state, access.columnLocations().get(i))
                        .ifPresent(out::add);
            }
            if (columns.stream().noneMatch(c -> c.name().equals(column))) {
                Cause cause = cause(name.service(), state, s -> columnOf(s, name, column).isPresent(), "added");
                QualifiedName object = name.withMember(column);
                out.add(new ConsumerBreak(contract.service(), contract.version(), BreakKind.MISSING_COLUMN, object,
                        access.via(), cause.phaseId(), cause.stepId(), cause.pending(),
                        contract.label() + " " + verb + " " + object + ", " + cause.words(),
                        access.columnLocations().get(i)));
            }
        }
        return true;
    }

    /**
     * A column the plan added that a backfill in a later phase fills: a reader at {@code state} sees NULL in every
     * row written before the plan (new rows may already carry it, through a sync trigger or the writers).
     */
    private Optional<ConsumerBreak> notYetBackfilled(ConsumerContract contract, TableAccess access, QualifiedName name,
                                                     String column, int state, SourceLocation location) {
        Snapshot initial = result.initial().get(name.service());
        if (initial == null || columnOf(initial, name, column).isPresent()) {
            return Optional.empty();
        }
        Pattern assigned = Pattern.compile("(?i)(^|[\\s,\"`])" + Pattern.quote(column) + "[\"`]?\\s*=");
        for (AppliedStep a : result.applied()) {
            if (a.step().service().equals(name.service()) && phaseStates.get(a.phaseId()) > state
                    && a.step().operation() instanceof Backfill backfill
                    && SchemaEdit.schemaOf(a.before(), backfill.table()).equals(name.schema())
                    && SchemaEdit.bare(backfill.table()).equals(name.relation())
                    && assigned.matcher(backfill.set()).find()) {
                QualifiedName object = name.withMember(column);
                return Optional.of(new ConsumerBreak(contract.service(), contract.version(),
                        BreakKind.NOT_YET_BACKFILLED, object, access.via(), a.phaseId(), a.step().id(), true,
                        contract.label() + " reads " + object + ", which existing rows get only from the backfill "
                                + "in phase " + a.phaseId() + " (NULL until then)", location));
            }
        }
        return Optional.empty();
    }

    /**
     * Adds the columns an insert by {@code access} would leave out although the plan made them required; columns
     * required before the plan are the consumer's business, and a writer of the whole relation writes them all.
     */
    private void required(ConsumerContract contract, TableAccess access, int state, List<ConsumerBreak> out) {
        if (access.wholeRelation()) {
            return;
        }
        QualifiedName name = access.relation();
        Optional<Table> table = result.after(state).get(name.service()).table(name.schema(), name.relation());
        if (table.isEmpty()) {
            return;
        }
        Snapshot initial = result.initial().get(name.service());
        for (Column column : table.get().columns()) {
            if (!required(column) || access.columns().contains(column.name())) {
                continue;
            }
            Optional<Column> was = initial == null ? Optional.empty() : columnOf(initial, name, column.name());
            if (was.isPresent() && required(was.get())) {
                continue;
            }
            Cause cause = cause(name.service(), state,
                    s -> columnOf(s, name, column.name()).filter(CompatibilityCheck::required).isEmpty(), "required");
            String phase = cause.phaseId();
            String reason = contract.label() + " inserts into " + name + " without ";
            if (was.isEmpty()) {
                reason += "the new NOT NULL column " + column.name() + (phase == null ? ""
                        : cause.added() ? ", added in phase " + phase : ", NOT NULL since phase " + phase);
            } else {
                reason += "column " + column.name() + ", NOT NULL without a default"
                        + (phase == null ? "" : " since phase " + phase);
            }
            out.add(new ConsumerBreak(contract.service(), contract.version(), BreakKind.REQUIRED_COLUMN_NOT_WRITTEN,
                    name.withMember(column.name()), access.via(), cause.phaseId(), cause.stepId(), false, reason,
                    access.location()));
        }
    }

    /**
     * Why {@code present} does not hold at {@code state}: the last step up to it after which it stopped holding,
     * else the first later step after which it starts to hold.
     */
    private Cause cause(String service, int state, Predicate<Snapshot> present, String createdWord) {
        List<AppliedStep> applied = result.applied();
        for (int i = applied.size() - 1; i >= 0; i--) {
            AppliedStep a = applied.get(i);
            if (a.step().service().equals(service) && phaseStates.get(a.phaseId()) <= state
                    && present.test(a.before()) && !present.test(a.after())) {
                return new Cause(a.phaseId(), a.step().id(), false, a.step().operation() instanceof AddColumn
                        || a.step().operation() instanceof CreateTable,
                        removal(a.step().operation()) + " in phase " + a.phaseId());
            }
        }
        for (AppliedStep a : applied) {
            if (a.step().service().equals(service) && phaseStates.get(a.phaseId()) > state
                    && !present.test(a.before()) && present.test(a.after())) {
                return new Cause(a.phaseId(), a.step().id(), true, false,
                        createdWord + " only in phase " + a.phaseId());
            }
        }
        return new Cause(null, null, false, false, "which does not exist");
    }

    private static String removal(Operation operation) {
        return operation.removes().stream().findFirst().map(Removal::outcome)
                .orElse(operation.operationName().startsWith("drop") ? "dropped"
                        : "removed by " + operation.operationName());
    }

    static boolean relationExists(Snapshot snapshot, QualifiedName name) {
        return snapshot.table(name.schema(), name.relation()).isPresent()
                || snapshot.view(name.schema(), name.relation()).isPresent();
    }

    static List<Column> columns(Snapshot snapshot, QualifiedName name) {
        return snapshot.table(name.schema(), name.relation()).map(Table::columns)
                .or(() -> snapshot.view(name.schema(), name.relation()).map(View::columns)).orElse(List.of());
    }

    static Optional<Column> columnOf(Snapshot snapshot, QualifiedName name, String column) {
        return columns(snapshot, name).stream().filter(c -> c.name().equals(column)).findFirst();
    }

    /** An insert that leaves the column out fails. */
    public static boolean required(Column column) {
        return !column.nullable() && column.defaultExpression() == null && column.identity() == null
                && column.generated() == null;
    }

    /**
     * @param added whether the step after which the predicate stopped holding added the (required) column
     * @param words {@code dropped in phase contract}, {@code created only in phase expand}
     */
    private record Cause(String phaseId, String stepId, boolean pending, boolean added, String words) {
    }
}
