package dev.phaseshift.cli;

import dev.phaseshift.connect.JdbcUrl;
import dev.phaseshift.ddl.SchemaMapping;
import dev.phaseshift.connect.SecretReference;
import dev.phaseshift.connect.SecretUnavailableException;
import dev.phaseshift.estate.EstateDefinition;
import dev.phaseshift.estate.EstateFile;
import dev.phaseshift.estate.EstateFormatException;
import dev.phaseshift.estate.ServiceDefinition;
import dev.phaseshift.introspect.Credentials;
import dev.phaseshift.introspect.EstateIntrospection;
import dev.phaseshift.introspect.IntrospectionOutcome;
import dev.phaseshift.introspect.IntrospectionRequest;
import dev.phaseshift.introspect.ServiceTarget;
import dev.phaseshift.schema.SkippedObject;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.snapshot.SnapshotFile;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** {@code phaseshift inspect}: reads live schemas into snapshot files, one database or a whole estate. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        customSynopsis = {"phaseshift inspect --url JDBC [--user U] [--password-env VAR] [--schema S]... "
                + "[--service NAME] [--ddl] --out FILE",
                "phaseshift inspect --estate FILE [--service NAME] [--ddl] --out DIR"},
        description = {"Read live schemas into snapshot files. Only reads: a read-only transaction with a statement "
                + "timeout. With --url, one database into one file; with --estate, every service of the estate "
                + "(or one, with --service) in parallel into DIR/<snapshot file name>. Prints one summary line per "
                + "service. Objects the user may not read are listed and the snapshot is marked partial. With --ddl, "
                + "also the DDL script of each snapshot (as phaseshift ddl writes it)."},
        footer = {"%nExit codes: 0 ok (also for partial snapshots), 2 bad arguments, estate file or schema name, "
                + "3 a database cannot be reached or read.",
                "%nExamples:%n  PGPASSWORD=... phaseshift inspect --url jdbc:postgresql://db:5432/orders --user app "
                        + "--password-env PGPASSWORD --schema public --out orders.json",
                "  phaseshift inspect --estate phaseshift.yaml --out snapshots"})
final class InspectCommand implements Callable<Integer> {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    /** Exactly one of the two ways to say what to read. */
    static final class Source {
        @Option(names = "--url", paramLabel = "JDBC", description = "The database to read (jdbc:postgresql://... or "
                + "jdbc:mysql://...).")
        String url;

        @Option(names = "--estate", paramLabel = "FILE", description = "The estate file (phaseshift.yaml).")
        Path estate;
    }

    @Option(names = "--user", description = "With --url: the user, when the URL carries none.")
    String user;

    @Option(names = "--password-env", paramLabel = "VAR",
            description = "With --url: the environment variable that holds the password.")
    String passwordEnv;

    @Option(names = "--schema", paramLabel = "S", description = "With --url: a schema (PostgreSQL) or database "
            + "(MySQL) to read, repeatable; globs * and ? allowed. Default: every non-system schema (PostgreSQL), "
            + "the URL's database (MySQL).")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--service", paramLabel = "NAME", description = "With --estate: read only this service. With "
            + "--url: the service name the snapshot carries (default: the URL's database).")
    String service;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "With --url: the snapshot file. With --estate: the directory for the snapshot files.")
    Path out;

    @Option(names = "--ddl", description = "Also write the DDL that recreates each snapshot next to it, as "
            + "<snapshot file name>.sql (see phaseshift ddl).")
    boolean ddl;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Limit for each catalog query, in seconds (default: 30).")
    int timeoutSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (timeoutSeconds < 1) {
            throw new CliFailure(ExitCode.BAD_INPUT, "inspect: --timeout must be at least 1 second");
        }
        return source.url != null ? inspectUrl() : inspectEstate();
    }

    private Integer inspectUrl() {
        JdbcUrl url;
        try {
            url = JdbcUrl.parse(source.url);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitCode.BAD_INPUT, "inspect: --url: " + e.getMessage(), e);
        }
        String userName = user != null ? user : url.parameter("user");
        if (userName == null || userName.isBlank()) {
            throw new CliFailure(ExitCode.BAD_INPUT, "inspect: give --user, or user=... in the --url");
        }
        String name = service != null ? service : url.database().isEmpty() ? "database" : url.database();
        char[] password = passwordEnv == null ? null : fromEnvironment(passwordEnv, "--password-env");
        ServiceTarget target = new ServiceTarget(url.engine(), source.url, credentials(userName, password),
                request(name, schemas));
        Map<String, IntrospectionOutcome> outcomes = run(List.of(target));
        return report(outcomes, s -> out);
    }

    private Integer inspectEstate() {
        EstateDefinition estate = readEstate(source.estate);
        if (!schemas.isEmpty() || user != null || passwordEnv != null) {
            throw new CliFailure(ExitCode.BAD_INPUT, "inspect: --schema, --user and --password-env go with --url; "
                    + "with --estate they come from the estate file");
        }
        List<ServiceDefinition> services = estate.services();
        if (service != null) {
            services = services.stream().filter(s -> s.name().equals(service)).toList();
            if (services.isEmpty()) {
                throw new CliFailure(ExitCode.BAD_INPUT, "inspect: " + source.estate + " has no service \"" + service
                        + "\"; it has " + estate.services().stream().map(s -> "\"" + s.name() + "\"").toList());
            }
        }
        List<ServiceTarget> targets = new ArrayList<>();
        for (ServiceDefinition s : services) {
            targets.add(target(s));
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new CliFailure(ExitCode.BAD_INPUT, "inspect: cannot create directory " + out + ": " + e.getMessage(),
                    e);
        }
        Map<String, ServiceDefinition> byName = new HashMap<>();
        services.forEach(s -> byName.put(s.name(), s));
        return report(run(targets), name -> out.resolve(snapshotFileName(byName.get(name))));
    }

    private ServiceTarget target(ServiceDefinition s) {
        String where = "inspect: service \"" + s.name() + "\"";
        if (s.url() == null || s.url().isBlank()) {
            throw new CliFailure(ExitCode.BAD_INPUT, where + " has no url in " + source.estate);
        }
        String userName = s.user();
        if (userName == null) {
            try {
                userName = JdbcUrl.parse(s.url()).parameter("user");
            } catch (IllegalArgumentException e) {
                throw new CliFailure(ExitCode.BAD_INPUT, where + ": " + e.getMessage(), e);
            }
        }
        if (userName == null) {
            throw new CliFailure(ExitCode.BAD_INPUT, where + " has no user in " + source.estate);
        }
        char[] password;
        try {
            password = SecretReference.resolve(s.password(), s.name(), userName, SecretReference.CONSOLE);
        } catch (SecretUnavailableException e) {
            throw new CliFailure(ExitCode.BAD_INPUT, "inspect: " + e.getMessage(), e);
        }
        return new ServiceTarget(s.engine(), s.url(), credentials(userName, password), request(s.name(), s.schemas()));
    }

    private static String snapshotFileName(ServiceDefinition s) {
        if (s != null && s.snapshot() != null) {
            return Path.of(s.snapshot()).getFileName().toString();
        }
        return (s == null ? "service" : s.name()) + ".json";
    }

    private IntrospectionRequest request(String name, List<String> include) {
        return IntrospectionRequest.of(name).withSchemas(include, List.of())
                .withStatementTimeout(Duration.ofSeconds(timeoutSeconds));
    }

    private static Credentials credentials(String userName, char[] password) {
        Credentials credentials = Credentials.of(userName, password);
        if (password != null) {
            Arrays.fill(password, '\0');
        }
        return credentials;
    }

    private static char[] fromEnvironment(String variable, String what) {
        String value = System.getenv(variable);
        if (value == null) {
            throw new CliFailure(ExitCode.BAD_INPUT, "inspect: " + what + ": environment variable " + variable
                    + " is not set");
        }
        return value.toCharArray();
    }

    private static EstateDefinition readEstate(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return EstateFile.read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new CliFailure(ExitCode.BAD_INPUT, "inspect: " + file + ": no such file", e);
        } catch (IOException e) {
            throw new CliFailure(ExitCode.BAD_INPUT, "inspect: " + file + ": cannot read: " + e.getMessage(), e);
        } catch (EstateFormatException e) {
            throw new CliFailure(ExitCode.BAD_INPUT, "inspect: " + e.getMessage(), e);
        }
    }

    private static Map<String, IntrospectionOutcome> run(List<ServiceTarget> targets) {
        try {
            return new EstateIntrospection().introspect(targets);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliFailure(ExitCode.FINDINGS, "inspect: interrupted", e);
        }
    }

    /** Writes each snapshot, prints one line per service; the worst failure decides the exit code. */
    private Integer report(Map<String, IntrospectionOutcome> outcomes, Function<String, Path> file) {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        int code = ExitCode.OK;
        for (IntrospectionOutcome outcome : outcomes.values()) {
            if (outcome instanceof IntrospectionOutcome.Success success) {
                Snapshot snapshot = success.snapshot();
                Path target = file.apply(success.service());
                write(snapshot, target);
                stdout.println(summary(success) + " -> " + target);
                if (ddl) {
                    stdout.println("  ddl -> " + writeDdl(snapshot, target));
                }
                for (SkippedObject skipped : snapshot.skipped()) {
                    stdout.println("  skipped " + skipped.objectType() + " "
                            + (skipped.schema() == null ? "" : "\"" + skipped.schema() + "\".") + "\""
                            + skipped.name() + "\" (" + skipped.part() + "): " + skipped.reason());
                }
            } else if (outcome instanceof IntrospectionOutcome.Failure failure) {
                stderr.println("phaseshift: inspect: " + failure.error().getMessage());
                code = Math.max(code, failure.error().exitCode());
            }
        }
        stdout.flush();
        stderr.flush();
        return code;
    }

    static String summary(IntrospectionOutcome.Success success) {
        Snapshot s = success.snapshot();
        return String.format(Locale.ROOT, "%s: %d tables, %d columns, %d FKs, %d indexes, %d views in %.2f s%s",
                success.service(), s.tableCount(), s.columnCount(), s.foreignKeyCount(), s.indexCount(),
                s.viewCount(), success.elapsed().toNanos() / 1e9,
                s.partial() ? " (partial: " + s.skipped().size() + " objects skipped)" : "");
    }

    /** {@code orders.json} → {@code orders.sql} beside it (any other name: {@code .sql} appended). */
    private static Path writeDdl(Snapshot snapshot, Path snapshotFile) {
        String name = snapshotFile.getFileName().toString();
        Path target = snapshotFile.resolveSibling((name.endsWith(".json")
                ? name.substring(0, name.length() - ".json".length()) : name) + ".sql");
        try {
            Files.writeString(target, DdlScript.of(snapshot, snapshot.product(), SchemaMapping.IDENTITY, name));
        } catch (IOException e) {
            throw new CliFailure(ExitCode.BAD_INPUT, "inspect: service \"" + snapshot.service() + "\": cannot write "
                    + target + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitCode.BAD_INPUT, "inspect: service \"" + snapshot.service() + "\": no DDL: "
                    + e.getMessage(), e);
        }
        return target;
    }

    private static void write(Snapshot snapshot, Path target) {
        try {
            SnapshotFile.write(snapshot, target);
        } catch (UncheckedIOException e) {
            throw new CliFailure(ExitCode.BAD_INPUT, "inspect: service \"" + snapshot.service()
                    + "\": cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
