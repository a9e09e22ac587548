package dev.phaseshift.cli;

import dev.phaseshift.connect.ConnectionFailedException;
import dev.phaseshift.connect.JdbcUrl;
import dev.phaseshift.dryrun.DryRunListener;
import dev.phaseshift.dryrun.DryRunRequest;
import dev.phaseshift.dryrun.ShadowDryRun;
import dev.phaseshift.dryrun.ShadowException;
import dev.phaseshift.dryrun.ShadowServer;
import dev.phaseshift.dryrun.StaleShadow;
import dev.phaseshift.dryrun.report.DataLoad;
import dev.phaseshift.dryrun.report.DryRunHtml;
import dev.phaseshift.dryrun.report.PlanAnalysis;
import dev.phaseshift.dryrun.report.DryRunJson;
import dev.phaseshift.dryrun.report.DryRunReport;
import dev.phaseshift.dryrun.report.DryRunText;
import dev.phaseshift.dryrun.report.SimulatedDryRun;
import dev.phaseshift.dryrun.report.StepRun;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.EstateFormatException;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.estate.EstateLoader;
import dev.phaseshift.estate.ServiceDefinition;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.check.PlanCheck;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.VerificationGate;
import dev.phaseshift.plan.file.PlanFile;
import dev.phaseshift.plan.file.PlanFormatException;
import dev.phaseshift.plan.sim.Simulation;
import dev.phaseshift.plan.sim.SimulationResult;
import dev.phaseshift.schema.Engine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code phaseshift dry-run}: rehearses a plan on shadow databases of scratch servers (or, with {@code --simulated},
 * on the model alone) and reports what happened. Everything that can be checked without a database is checked
 * first, so a typo never costs a shadow.
 */
@Command(name = "dry-run", mixinStandardHelpOptions = true,
        customSynopsis = {"phaseshift dry-run PLAN --estate FILE [--scratch SERVICE=JDBC]...",
                "    [--local-scratch] [--scratch-user U] [--scratch-password-env VAR]",
                "    [--sample N | --synthesize N] [--statement-timeout DURATION] [--clean-stale]",
                "    [--report FILE.html] [--json-report FILE.json] [--format text|json]",
                "phaseshift dry-run PLAN --estate FILE --simulated",
                "    [--report FILE.html] [--json-report FILE.json] [--format text|json]"},
        description = {"Rehearse a plan on shadow databases. For each service the plan changes, a shadow database "
                + "named phaseshift_shadow_<service>_<id> is created on that service's scratch server from the "
                + "service's snapshot (the DDL only, or with rows: --sample, --synthesize). The plan then runs "
                + "phase by phase as apply would, with each step's time, rows and the locks it took; each phase is "
                + "rolled back and the schema compared with the one before it (rollback exact), then applied again "
                + "(idempotence); at the end the whole plan is rolled back and compared with the snapshot's schema. "
                + "Source databases are never written to: only --sample reads them, in a read-only transaction. "
                + "Shadows are always dropped, also after a failure or Ctrl-C.",
                "%nEach service the plan changes needs a scratch server of its engine: --scratch SERVICE=JDBC, or "
                        + "--local-scratch for the local servers listed below. The user and password come from the "
                        + "URL's user= and password= parameters, else from --scratch-user and "
                        + "--scratch-password-env. Passwords are never printed.",
                "%nShadows older than 10 minutes left on a scratch server by a killed run are listed before the "
                        + "run; --clean-stale drops them (one in use by a session is left alone).",
                "%n--simulated runs nothing: the model simulation, lint and the consumer compatibility matrix, "
                        + "for review without a database; its report is labelled SIMULATED.",
                "%nProgress goes to standard error; the report (text or json) to standard output.%n"},
        footer = {"%nLocal scratch servers (--local-scratch):",
                "  postgresql  jdbc:postgresql://127.0.0.1:5432/postgres  user postgres",
                "  mysql       jdbc:mysql://127.0.0.1:3306/               user root",
                "%nExit codes:",
                "  0  the dry-run passed",
                "  1  it did not: a step or a verification failed, a rollback was not exact,",
                "     a phase was not idempotent, or a live consumer broke",
                "  2  bad arguments, estate or plan file, or a plan that does not validate",
                "  3  a scratch server cannot be reached",
                "%nExamples:",
                "  phaseshift dry-run plans/rename-phone.plan.yaml --estate phaseshift.yaml \\",
                "      --scratch customers=jdbc:postgresql://scratch-pg:5432/postgres?user=dba \\",
                "      --scratch shipping=jdbc:mysql://scratch-my:3306/?user=dba \\",
                "      --scratch-password-env SCRATCH_PASSWORD --sample 1000 \\",
                "      --report dry-run.html",
                "  phaseshift dry-run plans/rename-phone.plan.yaml --estate phaseshift.yaml \\",
                "      --local-scratch --format json > dry-run.json",
                "  phaseshift dry-run plans/rename-phone.plan.yaml --estate phaseshift.yaml \\",
                "      --simulated --report review.html"})
public final class DryRunCommand implements Callable<Integer> {
    static final Duration STALE_AFTER = Duration.ofMinutes(10);
    private static final String LOCAL_POSTGRES = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final String LOCAL_MYSQL = "jdbc:mysql://127.0.0.1:3306/";

    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan file (*.plan.yaml or *.plan.json).")
    Path file;

    @Option(names = "--estate", required = true, paramLabel = "FILE",
            description = "The estate file (phaseshift.yaml); its snapshots are what the shadows are built from.")
    Path estate;

    @Option(names = "--scratch", paramLabel = "SERVICE=JDBC",
            description = "The scratch server for a service, repeatable: any database on it that the user can "
                    + "connect to (jdbc:postgresql://HOST:PORT/postgres, jdbc:mysql://HOST:PORT/). The user needs "
                    + "the right to create databases.")
    List<String> scratch = new ArrayList<>();

    @Option(names = "--local-scratch",
            description = "Services without --scratch use the local server of their engine (see above).")
    boolean localScratch;

    @Option(names = "--scratch-user", paramLabel = "U",
            description = "The user for --scratch URLs that carry no user= parameter.")
    String scratchUser;

    @Option(names = "--scratch-password-env", paramLabel = "VAR",
            description = "The environment variable holding the password for scratch URLs that carry no "
                    + "password= parameter (also used for --local-scratch).")
    String scratchPasswordEnv;

    @ArgGroup(exclusive = true)
    Rows rows;

    /** At most one way to put rows into the shadows. */
    static final class Rows {
        @Option(names = "--sample", paramLabel = "N", required = true,
                description = "Copy up to N rows per table from the source database into the shadow.")
        Integer sample;

        @Option(names = "--synthesize", paramLabel = "N", required = true,
                description = "Generate N rows per table that satisfy the snapshot's constraints.")
        Integer synthesize;
    }

    @Option(names = "--statement-timeout", paramLabel = "DURATION",
            description = "How long one statement may run on a shadow before it is cancelled and its step fails: "
                    + "500ms, 30s, 5m, 1h (default: 5m).")
    String statementTimeout;

    @Option(names = "--simulated", description = "Run nothing: simulation, lint and compatibility only, labelled "
            + "SIMULATED. Takes no scratch server.")
    boolean simulated;

    @Option(names = "--clean-stale", description = "Drop shadows older than 10 minutes that killed runs left on the "
            + "scratch servers, listing each.")
    boolean cleanStale;

    @Option(names = "--report", paramLabel = "FILE.html",
            description = "Also write the report as a self-contained HTML page.")
    Path htmlReport;

    @Option(names = "--json-report", paramLabel = "FILE.json",
            description = "Also write the report as JSON (docs/schema/dry-run-report.schema.json).")
    Path jsonReport;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "What standard output gets: text (for people, the verdict on the last line) or json "
                    + "(the report, phaseshift/dry-run-report@1). Default: text.")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw failure(ExitCode.BAD_INPUT, "--format must be text or json, not \"" + format + "\"");
        }
        Duration timeout = statementTimeout == null ? null : duration(statementTimeout);
        DataLoad data = data();
        if (simulated && (!scratch.isEmpty() || localScratch || cleanStale || rows != null
                || statementTimeout != null || scratchUser != null || scratchPasswordEnv != null)) {
            throw failure(ExitCode.BAD_INPUT, "--simulated runs nothing, so --scratch, --local-scratch, "
                    + "--scratch-user, --scratch-password-env, --sample, --synthesize, --statement-timeout and "
                    + "--clean-stale do not go with it");
        }
        Estate loaded;
        try {
            loaded = EstateLoader.load(estate);
        } catch (EstateFormatException e) {
            throw failure(ExitCode.BAD_INPUT, e.getMessage(), e);
        }
        PrintWriter err = spec.commandLine().getErr();
        Plan plan;
        try {
            plan = PlanFile.read(file);
        } catch (PlanFormatException e) {
            return invalid(err, e.problems());
        }
        // consumer breaks are not input errors here: the report's compatibility matrix shows them and fails the run
        SimulationResult simulation = Simulation.run(plan, loaded.snapshots());
        if (simulation.hasErrors()) {
            return invalid(err, simulation.problems());
        }
        DryRunReport report;
        if (simulated) {
            report = SimulatedDryRun.run(plan, file.toString(), loaded);
        } else {
            PlanAnalysis analysis = analysis(plan, simulation, loaded, err);
            Map<String, ShadowServer> servers = scratchServers(plan, loaded);
            checkStale(servers, err);
            DryRunRequest request = DryRunRequest.of(plan, file.toString(), loaded, servers).withData(data)
                    .withStatementTimeout(timeout)
                    .withAnalysis(analysis.predictor(), analysis.findings(), analysis.compatibility());
            report = ShadowDryRun.run(request, new Progress(err));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format.equals("json") ? DryRunJson.write(report) : DryRunText.write(report));
        out.flush();
        write(htmlReport, () -> DryRunHtml.write(report));
        write(jsonReport, () -> DryRunJson.write(report));
        return report.passed() ? ExitCode.OK : ExitCode.FINDINGS;
    }

    private DataLoad data() {
        if (rows == null) {
            return DataLoad.NONE;
        }
        String option = rows.sample != null ? "--sample" : "--synthesize";
        int n = rows.sample != null ? rows.sample : rows.synthesize;
        if (n < 1) {
            throw failure(ExitCode.BAD_INPUT, option + " must be at least 1, not " + n);
        }
        return rows.sample != null ? DataLoad.sample(n) : DataLoad.synthesize(n);
    }

    private Duration duration(String text) {
        Duration value = CliDurations.parse(text);
        if (value == null) {
            throw failure(ExitCode.BAD_INPUT, "--statement-timeout: \"" + text + "\" is not a positive duration; "
                    + "write it like 500ms, 30s, 5m or 1h");
        }
        return value;
    }

    /** A scratch server for every service the plan changes, or a failure naming the first that has none. */
    private Map<String, ShadowServer> scratchServers(Plan plan, Estate loaded) {
        Map<String, JdbcUrl> given = new LinkedHashMap<>();
        for (String entry : scratch) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw failure(ExitCode.BAD_INPUT, "--scratch: expected SERVICE=JDBC, not \"" + JdbcUrl.redact(entry)
                        + "\"");
            }
            String service = entry.substring(0, eq).strip();
            ServiceDefinition definition = loaded.definition().service(service).orElseThrow(() -> failure(
                    ExitCode.BAD_INPUT, "--scratch: " + estate + " has no service \"" + service + "\""));
            JdbcUrl url;
            try {
                url = canonical(JdbcUrl.parse(entry.substring(eq + 1)));
            } catch (IllegalArgumentException e) {
                throw failure(ExitCode.BAD_INPUT, "--scratch " + service + ": " + e.getMessage(), e);
            }
            if (url.engine() != definition.engine()) {
                throw failure(ExitCode.BAD_INPUT, "--scratch " + service + ": service \"" + service + "\" runs on "
                        + definition.engine().id() + " but " + url + " is a " + url.engine().id() + " server");
            }
            if (given.put(service, url) != null) {
                throw failure(ExitCode.BAD_INPUT, "--scratch: service \"" + service + "\" is given twice");
            }
        }
        String password = scratchPasswordEnv == null ? null : password(scratchPasswordEnv);
        Clock clock = Clock.systemUTC();
        Map<String, ShadowServer> servers = new LinkedHashMap<>();
        for (String service : changedServices(plan)) {
            JdbcUrl url = given.get(service);
            String user = scratchUser;
            if (url == null) {
                Engine engine = loaded.definition().service(service).map(ServiceDefinition::engine)
                        .orElseThrow(() -> failure(ExitCode.BAD_INPUT, "the plan changes service \"" + service
                                + "\", which " + estate + " does not declare"));
                if (!localScratch) {
                    throw failure(ExitCode.BAD_INPUT, "no scratch server for service \"" + service + "\" ("
                            + engine.id() + "): give --scratch " + service + "="
                            + (engine == Engine.POSTGRESQL ? "jdbc:postgresql://HOST:5432/postgres"
                            : "jdbc:mysql://HOST:3306/") + ", or --local-scratch for the local server");
                }
                url = JdbcUrl.parse(engine == Engine.POSTGRESQL ? LOCAL_POSTGRES : LOCAL_MYSQL);
                user = engine == Engine.POSTGRESQL ? "postgres" : "root";
            }
            servers.put(service, new ShadowServer(url, url.parameter("user") != null ? null : user,
                    url.parameter("password") != null ? null : password, clock));
        }
        Set<String> unused = new LinkedHashSet<>(given.keySet());
        unused.removeAll(servers.keySet());
        unused.forEach(s -> spec.commandLine().getErr().println("phaseshift: dry-run: --scratch for service \"" + s
                + "\" is not used: the plan does not change it"));
        return servers;
    }

    /** The driver on the class path speaks MariaDB as jdbc:mysql, so jdbc:mariadb URLs are accepted as such. */
    private static JdbcUrl canonical(JdbcUrl url) {
        return url.subprotocol().equals("mariadb")
                ? new JdbcUrl(url.engine(), "mysql", url.hostPart(), url.database(), url.parameters()) : url;
    }

    /** Services with steps, and those a verification gate queries: each needs a shadow. */
    private static List<String> changedServices(Plan plan) {
        Set<String> services = new LinkedHashSet<>();
        for (Phase phase : plan.phases()) {
            phase.gates().stream().filter(VerificationGate.class::isInstance)
                    .map(g -> ((VerificationGate) g).service()).forEach(services::add);
            phase.steps().stream().map(Step::service).forEach(services::add);
        }
        return List.copyOf(services);
    }

    private String password(String variable) {
        String value = System.getenv(variable);
        if (value == null) {
            throw failure(ExitCode.BAD_INPUT, "--scratch-password-env: environment variable " + variable
                    + " is not set");
        }
        return value;
    }

    /**
     * Lists (or drops, with --clean-stale) shadows that killed runs left behind. It is also the first connection
     * to each scratch server, so an unreachable one stops the run here, before any shadow exists.
     */
    private void checkStale(Map<String, ShadowServer> servers, PrintWriter err) {
        Map<String, ShadowServer> distinct = new LinkedHashMap<>();
        servers.values().forEach(s -> distinct.putIfAbsent(s.url().toString(), s));
        int left = 0;
        for (ShadowServer server : distinct.values()) {
            List<StaleShadow> stale;
            try {
                stale = server.findStale(STALE_AFTER, List.of());
            } catch (ConnectionFailedException e) {
                throw failure(ExitCode.CANNOT_CONNECT, e.getMessage(), e);
            } catch (ShadowException e) {
                throw failure(ExitCode.CANNOT_CONNECT, e.getMessage(), e);
            }
            for (StaleShadow s : stale) {
                String line = "stale shadow " + s.name() + " on " + server.url() + " (created " + s.createdAt()
                        + (s.sessions() > 0 ? ", " + s.sessions() + " sessions open" : "") + ")";
                if (!cleanStale) {
                    err.println(line);
                    left++;
                } else if (s.sessions() > 0) {
                    err.println(line + ": in use, left alone");
                } else {
                    try {
                        server.drop(s.name());
                        err.println(line + ": dropped");
                    } catch (ShadowException e) {
                        err.println(line + ": " + e.getMessage());
                    }
                }
            }
        }
        if (left > 0) {
            err.println(left + (left == 1 ? " stale shadow" : " stale shadows")
                    + " found; run with --clean-stale to drop them");
        }
        err.flush();
    }

    private PlanAnalysis analysis(Plan plan, SimulationResult simulation, Estate loaded, PrintWriter err) {
        PlanCheck check = PlanCheck.of(plan, loaded, simulation);
        if (!check.configProblems().isEmpty()) {
            check.configProblems().forEach(err::println);
            err.flush();
            throw failure(ExitCode.BAD_INPUT, estate + ": the lint section has errors");
        }
        return PlanAnalysis.of(check);
    }

    private int invalid(PrintWriter err, List<Problem> problems) {
        problems.stream().filter(Problem::isError).forEach(err::println);
        err.println(file + ": does not validate; dry-run rehearses a valid plan (see phaseshift validate)");
        err.flush();
        return ExitCode.BAD_INPUT;
    }

    /** The report text is produced only when its file was asked for (the HTML writer may not exist yet). */
    private void write(Path target, java.util.function.Supplier<String> content) {
        if (target == null) {
            return;
        }
        try {
            Files.writeString(target, content.get(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw failure(ExitCode.BAD_INPUT, "cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static CliFailure failure(int code, String message) {
        return new CliFailure(code, "dry-run: " + message);
    }

    private static CliFailure failure(int code, String message, Throwable cause) {
        return new CliFailure(code, "dry-run: " + message, cause);
    }

    /** Progress for people on standard error, one line per message and per finished step. */
    private static final class Progress implements DryRunListener {
        private final PrintWriter err;

        Progress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void message(String text) {
            err.println(text);
            err.flush();
        }

        @Override
        public void stepDone(String pass, StepRun step) {
            err.println("  " + pass + ": " + step.status().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " "
                    + step.stepId() + " (" + step.service() + ") " + step.wallMillis() + " ms"
                    + (step.error() == null ? "" : ": " + step.error()));
            err.flush();
        }
    }
}
