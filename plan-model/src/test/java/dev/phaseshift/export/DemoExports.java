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
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Snapshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo plans as export input, and what the database tests need to compare a migrated copy with the model. */
final class DemoExports {
    static final List<String> PLANS = List.of("rename-phone", "orders-priority");
    /** The bookkeeping tables the migration tools create; they are not part of the plan's schema. */
    private static final Set<String> TOOL_TABLES = Set.of("flyway_schema_history", "databasechangelog",
            "databasechangeloglock");

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

    /** The schema of one service of a demo copy as the shipped snapshot names it, without the tools' tables. */
    static Snapshot introspect(DemoCopy copy, ServiceDefinition service) throws Exception {
        List<String> schemas = service.engine() == Engine.MYSQL ? List.of(copy.databaseOf(service)) : service.schemas();
        Snapshot live;
        try (Connection c = copy.connect(service)) {
            live = Introspector.forEngine(service.engine())
                    .introspect(c, IntrospectionRequest.of(service.name()).withSchemas(schemas, List.of()));
        }
        Snapshot shipped = DemoSnapshots.shippedForm(live, service, copy.prefix());
        return shipped.withSchemas(shipped.schemas().stream().map(DemoExports::withoutToolTables).toList());
    }

    private static Schema withoutToolTables(Schema schema) {
        return schema.withTables(schema.tables().stream()
                .filter(t -> !TOOL_TABLES.contains(t.name().toLowerCase(Locale.ROOT))).toList());
    }

    static List<String> differences(String service, Snapshot expected, Snapshot actual) {
        return SchemaComparison.differences(service, expected, actual);
    }

    /** Runs one step's statements as the plan renders them, each on its own, checking verifications. */
    static void runOwnSql(DemoCopy copy, StepStatements step) throws Exception {
        ServiceDefinition service = DemoEstate.load().definition().service(step.service()).orElseThrow();
        try (Connection c = copy.connect(service); Statement st = c.createStatement()) {
            c.setAutoCommit(true);
            for (RenderedSql sql : step.forward()) {
                if (sql.mode() == RenderedSql.Mode.MUST_RETURN_TRUE) {
                    try (ResultSet rs = st.executeQuery(sql.text())) {
                        assertThat(rs.next() && rs.getBoolean(1)).as("verification %s", sql.text()).isTrue();
                    }
                } else {
                    st.execute(sql.text());
                }
            }
        }
    }
}
