package dev.phaseshift.export;

import dev.phaseshift.demo.DemoCopy;
import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.demo.DemoSnapshots;
import dev.phaseshift.dryrun.SchemaComparison;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.ServiceDefinition;
import dev.phaseshift.introspect.IntrospectionRequest;
import dev.phaseshift.introspect.Introspector;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.file.PlanFile;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Snapshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo plans as export input, and what the database tests need to compare a migrated copy with the model. */
final class DemoExports {
    static final List<String> PLANS = List.of("rename-phone", "orders-priority");
    /**
     * The bookkeeping tables the tools create, left out of every comparison because they are not part of the plan's
     * schema and each copy has only its own tool's: Flyway's history, Liquibase's changelog and lock, and the
     * runner's journal on MySQL / MariaDB, a table in the service's database (docs/runner.md).
     */
    private static final Set<String> TOOL_TABLES = Set.of("flyway_schema_history", "databasechangelog",
            "databasechangeloglock", "phaseshift_journal");
    /** The runner's schema on PostgreSQL, holding its journal; left out for the same reason. */
    private static final String RUNNER_SCHEMA = "phaseshift";

    private DemoExports() {
    }

    static Path planFile(String name) {
        return Path.of("src/main/resources/demo/plans/" + name + ".plan.yaml");
    }

    static ExportInput input(String name) throws Exception {
        Path file = planFile(name);
        Plan plan = PlanFile.read(file);
        Estate estate = DemoEstate.load();
        ExportInput input = ExportInput.of(plan, "plans/" + name + ".plan.yaml", Files.readAllBytes(file), estate,
                "phaseshift.yaml", "test-version", null);
        assertThat(input.simulation().hasErrors()).as("demo plan %s simulates", name).isFalse();
        return input;
    }

    static List<ExportedFile> write(List<ExportedFile> files, Path dir) throws Exception {
        ExportWriter.write(files, dir);
        return files;
    }

    /** The schema of one service of a demo copy as the shipped snapshot names it, without the tools' own tables. */
    static Snapshot introspect(DemoCopy copy, ServiceDefinition service) throws Exception {
        List<String> schemas = service.engine() == Engine.MYSQL ? List.of(copy.databaseOf(service)) : service.schemas();
        Snapshot live;
        try (Connection c = copy.connect(service)) {
            live = Introspector.forEngine(service.engine())
                    .introspect(c, IntrospectionRequest.of(service.name()).withSchemas(schemas, List.of()));
        }
        Snapshot shipped = DemoSnapshots.shippedForm(live, service, copy.prefix());
        return shipped.withSchemas(shipped.schemas().stream()
                .filter(schema -> !schema.name().equalsIgnoreCase(RUNNER_SCHEMA))
                .map(DemoExports::withoutToolTables).toList());
    }

    private static Schema withoutToolTables(Schema schema) {
        return schema.withTables(schema.tables().stream()
                .filter(t -> !TOOL_TABLES.contains(t.name().toLowerCase(Locale.ROOT))).toList());
    }

    static List<String> differences(String service, Snapshot expected, Snapshot actual) {
        return SchemaComparison.differences(service, expected, actual);
    }
}
