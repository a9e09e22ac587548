package dev.phaseshift.dryrun;

import dev.phaseshift.dryrun.report.CompatibilityCell;
import dev.phaseshift.dryrun.report.DataLoad;
import dev.phaseshift.dryrun.report.Prediction;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.sim.AppliedStep;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What to rehearse and where.
 *
 * @param planFile         the plan file as the user gave it, for the report; null for a plan built in memory
 * @param scratch          the scratch server of each service the plan changes
 * @param data             rows to put into each shadow before the plan runs
 * @param statementTimeout how long one statement may run on a shadow before it is cancelled and the step fails
 * @param predictor        the lock model's prediction for a step, shown beside the observation (may return null)
 * @param findings         lint findings to carry into the report
 * @param compatibility    the consumer compatibility matrix to carry into the report
 */
public record DryRunRequest(Plan plan, String planFile, Estate estate, Map<String, ShadowServer> scratch,
                            DataLoad data, Duration statementTimeout, Function<AppliedStep, Prediction> predictor,
                            List<Finding> findings, List<CompatibilityCell> compatibility) {
    public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofMinutes(5);

    public DryRunRequest {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(estate, "estate");
        scratch = Collections.unmodifiableMap(new LinkedHashMap<>(scratch));
        data = data == null ? DataLoad.NONE : data;
        statementTimeout = statementTimeout == null ? DEFAULT_STATEMENT_TIMEOUT : statementTimeout;
        predictor = predictor == null ? step -> null : predictor;
        findings = findings == null ? List.of() : List.copyOf(findings);
        compatibility = compatibility == null ? List.of() : List.copyOf(compatibility);
    }

    /** A request with defaults: no rows, the default statement timeout, no predictions, findings or matrix. */
    public static DryRunRequest of(Plan plan, String planFile, Estate estate, Map<String, ShadowServer> scratch) {
        return new DryRunRequest(plan, planFile, estate, scratch, DataLoad.NONE, null, null, null, null);
    }

    public DryRunRequest withData(DataLoad value) {
        return new DryRunRequest(plan, planFile, estate, scratch, value, statementTimeout, predictor, findings,
                compatibility);
    }

    public DryRunRequest withStatementTimeout(Duration value) {
        return new DryRunRequest(plan, planFile, estate, scratch, data, value, predictor, findings, compatibility);
    }

    public DryRunRequest withAnalysis(Function<AppliedStep, Prediction> value, List<Finding> lint,
                                      List<CompatibilityCell> matrix) {
        return new DryRunRequest(plan, planFile, estate, scratch, data, statementTimeout, value, lint, matrix);
    }
}
