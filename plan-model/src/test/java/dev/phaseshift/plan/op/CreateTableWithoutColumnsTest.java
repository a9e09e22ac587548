package dev.phaseshift.plan.op;

import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Snapshot;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** A table without columns: legal on PostgreSQL (a warning, since a plan rarely means it), an error on MySQL. */
class CreateTableWithoutColumnsTest {
    private final Snapshot orders = DemoEstate.load().snapshot("orders").orElseThrow();
    private final Snapshot shipping = DemoEstate.load().snapshot("shipping").orElseThrow();

    @Test
    void postgresqlWarnsAndStillAppliesAndRendersIt() {
        CreateTable marker = new CreateTable("feature_marker", List.of(), List.of());

        assertThat(marker.validate(orders)).extracting(Problem::code, Problem::isError)
                .containsExactly(tuple("no-columns", false));
        assertThat(SchemaEdit.table(marker.applyTo(orders), "feature_marker")).isPresent();
        assertThat(marker.forwardSql(Dialect.of(orders), orders)).extracting(RenderedSql::text)
                .anyMatch(s -> s.endsWith("CREATE TABLE \"feature_marker\" ()") || s.endsWith("CREATE TABLE feature_marker ()"));
    }

    @Test
    void mysqlRefusesIt() {
        assertThat(new CreateTable("feature_marker", List.of(), List.of()).validate(shipping))
                .extracting(Problem::code, Problem::isError)
                .containsExactly(tuple("no-columns", true));
    }
}
