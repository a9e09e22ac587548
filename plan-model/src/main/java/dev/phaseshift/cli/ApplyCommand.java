package dev.phaseshift.cli;

import dev.phaseshift.runner.LockRetry;
import dev.phaseshift.runner.PlanRunner;
import dev.phaseshift.runner.RunOutcome;
import dev.phaseshift.runner.RunRequest;
import dev.phaseshift.runner.RunnerException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code phaseshift apply}: runs one phase of a plan against the estate's real databases. */
@Command(name = "apply", mixinStandardHelpOptions = true,
        customSynopsis = {"phaseshift apply PLAN --estate FILE --phase ID [--service NAME]... [--resume] [--yes]",
                "    [--lock-timeout D] [--statement-timeout D] [--max-retries N] [--parallel N]",
                "    [--max-rows-per-second N] [--deployed SERVICE=VERSION]... [--format text|json]"},
        description = {"Run one phase of a plan against the databases the estate file names. Each target gets a "
                + "journal (PostgreSQL: table phaseshift.journal; MySQL/MariaDB: phaseshift_journal in the service's "
                + "database) with one row per step attempt and its checksum. One runner at a time: a second apply of "
                + "the same plan on the same target stops with exit 1 and says who holds it.",
                "%nEvery statement runs under a short lock timeout; one that gives up waiting for a lock is retried "
                        + "with exponential backoff (1 s doubling to 1 min, with jitter), each retry printed. A "
                        + "backfill walks the primary key in batches, each batch one short transaction that also "
                        + "records its high-water mark in the journal, so a killed run resumes with --resume without "
                        + "losing or repeating a row.",
                "%nWith --service, only that service's steps of the phase run and only its journal records the "
                        + "phase as done, so CI can run a job per phase per service. The phases before must still be "
                        + "done on every service they touch; every gate of the phase is checked by each service's "
                        + "run.",
                "%nA phase runs only when the phases before it are done. Gates: manual_approval asks on the "
                        + "terminal (--yes approves); verify runs its query; wait_for_deployment needs --deployed "
                        + "SERVICE=VERSION or the consumer contract's deployed_check (docs/runner.md).",
                "%nA failed step stops the phase, is journalled as failed, and the command that rolls the phase "
                        + "back is printed. Progress goes to standard error, the result to standard output.%n"},
        footer = {"%nExit codes:", "  0  the phase is done (now or before)",
                "  1  a step failed, a gate held the phase, another runner holds the plan, or a done step changed",
                "  2  bad arguments or input: unknown phase, a --service the estate does not declare or the phase",
                "     does not touch, phases before it not done, a journal of a newer format",
                "  3  a database cannot be reached",
                "%nExamples:",
                "  phaseshift apply plans/rename-phone.plan.yaml --estate phaseshift.yaml --phase expand",
                "  phaseshift apply plans/rename-phone.plan.yaml --estate phaseshift.yaml --phase migrate --resume",
                "  phaseshift apply plans/rename-phone.plan.yaml --estate phaseshift.yaml --phase expand --service shipping",
                "  phaseshift apply plans/rename-phone.plan.yaml --estate phaseshift.yaml --phase contract \\",
                "      --deployed customers=v2 --deployed shipping=v4 --yes"})
public final class ApplyCommand implements Callable<Integer> {
    @Mixin
    RunInputs inputs;

    @Option(names = "--phase", required = true, paramLabel = "ID", description = "The phase to run.")
    String phase;

    @Option(names = "--service", paramLabel = "NAME", description = "Run only this service's steps of the phase. "
            + "Repeatable; default: every service the phase touches.")
    List<String> services = new ArrayList<>();

    @Option(names = "--resume", description = "Continue a phase started before, after its last done step (a "
            + "backfill after its last committed batch).")
    boolean resume;

    @Option(names = "--yes", description = "Approve the phase's manual_approval gates without asking.")
    boolean yes;

    @Option(names = "--lock-timeout", paramLabel = "D", description = "How long a statement waits for a lock "
            + "before giving up and retrying (PostgreSQL lock_timeout; MySQL/MariaDB lock_wait_timeout in whole "
            + "seconds). Default: 500ms.")
    String lockTimeout;

    @Option(names = "--statement-timeout", paramLabel = "D", description = "How long one statement may run before "
            + "it is cancelled and its step fails. Default: 1h.")
    String statementTimeout;

    @Option(names = "--max-retries", paramLabel = "N", description = "How many times in all a statement that timed "
            + "out waiting for a lock is tried. Default: 10.")
    Integer maxRetries;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "1", description = "How many services' steps run "
            + "at once (one service's steps always run in order). Default: 1.")
    int parallel;

    @Option(names = "--max-rows-per-second", paramLabel = "N", description = "Cap each backfill's rate.")
    Integer maxRowsPerSecond;

    @Option(names = "--deployed", paramLabel = "SERVICE=VERSION", description = "A consumer version the pipeline "
            + "has deployed, for wait_for_deployment gates. Repeatable.")
    List<String> deployed = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "What standard output gets: text or json. Default: text.")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new CliFailure(ExitCode.BAD_INPUT, "apply: --format must be text or json, not \"" + format + "\"");
        }
        if (maxRetries != null && maxRetries < 1) {
            throw new CliFailure(ExitCode.BAD_INPUT, "apply: --max-retries must be at least 1");
        }
        if (maxRowsPerSecond != null && maxRowsPerSecond < 1) {
            throw new CliFailure(ExitCode.BAD_INPUT, "apply: --max-rows-per-second must be at least 1");
        }
        Map<String, String> versions = new LinkedHashMap<>();
        for (String d : deployed) {
            int eq = d.indexOf('=');
            if (eq <= 0 || eq == d.length() - 1) {
                throw new CliFailure(ExitCode.BAD_INPUT, "apply: --deployed: expected SERVICE=VERSION, not \"" + d
                        + "\"");
            }
            versions.put(d.substring(0, eq).strip(), d.substring(eq + 1).strip());
        }
        RunRequest request = inputs.request("apply").withPhase(phase, resume, yes)
                .withLimits(duration("--lock-timeout", lockTimeout), duration("--statement-timeout", statementTimeout),
                        maxRetries == null ? 0 : maxRetries, backoff(), parallel, maxRowsPerSecond)
                .withDeployed(versions).withServices(services);
        PrintWriter err = spec.commandLine().getErr();
        RunOutcome outcome;
        try {
            outcome = PlanRunner.apply(request, RunProgress.forCommand(err, format));
        } catch (RunnerException e) {
            throw RunInputs.failure("apply", e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format.equals("json") ? RunOutput.json(outcome) : RunOutput.text(outcome));
        out.flush();
        return outcome.ok() ? ExitCode.OK : ExitCode.FINDINGS;
    }

    /**
     * The pauses between lock retries; PHASESHIFT_RETRY_FIRST shortens them for tests and drills (it is not an
     * option: production runs should keep the default).
     */
    private static LockRetry.Backoff backoff() {
        String first = System.getenv("PHASESHIFT_RETRY_FIRST");
        Duration d = first == null ? null : CliDurations.parse(first);
        return d == null ? LockRetry.Backoff.DEFAULT : new LockRetry.Backoff(d, LockRetry.Backoff.DEFAULT.longest());
    }

    private static Duration duration(String option, String text) {
        if (text == null) {
            return null;
        }
        Duration d = CliDurations.parse(text);
        if (d == null) {
            throw new CliFailure(ExitCode.BAD_INPUT, "apply: " + option + ": \"" + text + "\" is not a positive "
                    + "duration; write it like 500ms, 30s, 5m or 1h");
        }
        return d;
    }
}
