package dev.phaseshift.app.sqlpreview;

import dev.phaseshift.estate.Estate;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.sim.AppliedStep;
import dev.phaseshift.plan.sim.Simulation;
import dev.phaseshift.plan.sim.SimulationResult;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Snapshot;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL of a plan, a phase or a step, forward or rollback, rendered for the server version chosen per service
 * on the schema the simulation says the step runs on. Changing the scope, the direction or a version renders
 * again at once (rendering is a pure function of the model).
 */
public final class SqlPreviewViewModel {
    private final Plan plan;
    private final SimulationResult simulation;
    private final List<SqlScope> scopes;
    private final List<ServiceDialect> dialects;
    private final ObjectProperty<SqlScope> scope = new SimpleObjectProperty<>(this, "scope", SqlScope.WHOLE_PLAN);
    private final BooleanProperty rollback = new SimpleBooleanProperty(this, "rollback");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyObjectWrapper<List<SqlToken>> tokens = new ReadOnlyObjectWrapper<>(this, "tokens",
            List.of());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    public SqlPreviewViewModel(Plan plan, Estate estate) {
        this.plan = plan;
        this.simulation = Simulation.run(plan, estate);
        List<SqlScope> all = new ArrayList<>();
        all.add(SqlScope.WHOLE_PLAN);
        for (Phase phase : plan.phases()) {
            all.add(new SqlScope("Phase " + phase.id(), phase.id(), null));
            for (Step step : phase.steps()) {
                all.add(new SqlScope("    Step " + step.id(), phase.id(), step.id()));
            }
        }
        this.scopes = List.copyOf(all);
        List<ServiceDialect> perService = new ArrayList<>();
        for (String service : services(plan)) {
            Snapshot snapshot = simulation.initial().get(service);
            if (snapshot == null) {
                continue;
            }
            Dialect current = Dialect.of(snapshot);
            ServiceDialect dialect = new ServiceDialect(service, ServerVersion.choices(snapshot.engine(), current),
                    new ServerVersion(current));
            dialect.selectedProperty().addListener((obs, old, now) -> render());
            perService.add(dialect);
        }
        this.dialects = List.copyOf(perService);
        scope.addListener((obs, old, now) -> render());
        rollback.addListener((obs, old, now) -> render());
        render();
    }

    /** Shows the given step (or its phase, or the plan, when null), e.g. when opened from a step's menu. */
    public void show(String phaseId, String stepId) {
        scopes.stream().filter(s -> java.util.Objects.equals(s.phaseId(), phaseId)
                && java.util.Objects.equals(s.stepId(), stepId)).findFirst().ifPresent(scope::set);
    }

    private void render() {
        SqlScope chosen = scope.get() == null ? SqlScope.WHOLE_PLAN : scope.get();
        Map<String, Dialect> byService = new LinkedHashMap<>();
        dialects.forEach(d -> byService.put(d.service(), d.selectedProperty().get().dialect()));
        StringBuilder out = new StringBuilder();
        int statements = 0;
        int steps = 0;
        String phase = null;
        List<AppliedStep> applied = new ArrayList<>(simulation.applied());
        if (rollback.get()) {
            java.util.Collections.reverse(applied);
        }
        for (AppliedStep step : applied) {
            if (!chosen.includes(step.phaseId(), step.step().id())) {
                continue;
            }
            Dialect dialect = byService.get(step.step().service());
            if (dialect == null) {
                continue;
            }
            if (!step.phaseId().equals(phase)) {
                phase = step.phaseId();
                out.append(out.length() == 0 ? "" : "\n").append("-- phase ").append(phase)
                        .append(rollback.get() ? " (rollback)" : "").append('\n');
            }
            out.append("\n-- step ").append(step.step().id()).append(" · ").append(step.step().service())
                    .append(" · ").append(new ServerVersion(dialect).label()).append('\n');
            for (RenderedSql sql : statements(step, dialect)) {
                out.append(sql.text()).append(';');
                if (sql.mode() != RenderedSql.Mode.TRANSACTIONAL) {
                    out.append(" -- ").append(sql.mode().name().toLowerCase(java.util.Locale.ROOT)
                            .replace('_', ' '));
                }
                out.append('\n');
                statements++;
            }
            steps++;
        }
        if (steps == 0) {
            out.append("-- ").append(simulation.hasErrors() ? "the plan does not simulate: "
                    + simulation.problems().get(0).message() : "nothing to run here").append('\n');
        }
        text.set(out.toString());
        tokens.set(SqlHighlighter.tokens(out.toString()));
        summary.set(statements + (statements == 1 ? " statement" : " statements") + " in " + steps
                + (steps == 1 ? " step" : " steps") + (rollback.get() ? ", rollback order" : ""));
    }

    /** What the runner would execute for the step: its forward SQL, or what undoes it. */
    private List<RenderedSql> statements(AppliedStep applied, Dialect dialect) {
        Step step = applied.step();
        if (!rollback.get()) {
            return step.operation().forwardSql(dialect, applied.before());
        }
        return step.rollback() != null ? step.rollback().forwardSql(dialect, applied.after())
                : step.operation().rollbackSql(dialect, applied.before());
    }

    private static List<String> services(Plan plan) {
        List<String> out = new ArrayList<>(plan.services());
        plan.steps().map(Step::service).filter(s -> !out.contains(s)).forEach(out::add);
        return out;
    }

    public String planName() {
        return plan.name();
    }

    public List<SqlScope> scopes() {
        return scopes;
    }

    /** One version chooser per service the plan changes. */
    public List<ServiceDialect> dialects() {
        return dialects;
    }

    public ObjectProperty<SqlScope> scopeProperty() {
        return scope;
    }

    /** Whether the rollback SQL is shown (steps in reverse order) instead of the forward SQL. */
    public BooleanProperty rollbackProperty() {
        return rollback;
    }

    /** The SQL shown, as copied. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** The same text as tokens, for highlighting. */
    public ReadOnlyObjectProperty<List<SqlToken>> tokensProperty() {
        return tokens.getReadOnlyProperty();
    }

    /** {@code 12 statements in 7 steps}. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
