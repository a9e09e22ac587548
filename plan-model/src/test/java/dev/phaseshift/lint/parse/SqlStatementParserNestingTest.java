package dev.phaseshift.lint.parse;

import dev.phaseshift.plan.op.AddColumn;
import dev.phaseshift.plan.op.ColumnSpec;
import dev.phaseshift.plan.op.CreateIndex;
import dev.phaseshift.plan.op.CreateTable;
import dev.phaseshift.schema.Engine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Shapes that nest commas inside a column or constraint, zero-column tables and exclusion constraints. */
class SqlStatementParserNestingTest {
    private static final SqlStatementParser PG = SqlStatementParser.forEngine(Engine.POSTGRESQL);

    private static ParsedStatement pg(String sql) {
        return PG.parse(sql, 1);
    }

    @Test
    void aCommaInsideAnArrayDoesNotEndTheAction() {
        ParsedStatement s = pg("ALTER TABLE orders ADD COLUMN tags text[] DEFAULT ARRAY['new', 'paid'], "
                + "ADD COLUMN rank bigint");

        assertThat(s.understood()).isTrue();
        assertThat(s.operations()).containsExactly(
                new AddColumn("orders", new ColumnSpec("tags", "text[]", null, "ARRAY['new', 'paid']"), null),
                new AddColumn("orders", new ColumnSpec("rank", "bigint", null, null), null));
        assertThat(s.flags()).contains(StatementFlag.SEVERAL_ACTIONS);
    }

    @Test
    void aCommaInsideNestedBracketsAndParenthesesDoesNotEndTheColumn() {
        ParsedStatement s = pg("CREATE TABLE grids (id bigint PRIMARY KEY, "
                + "cells int[][] DEFAULT ARRAY[[1, 2], [3, (4 + 5)]] NOT NULL, label text)");

        assertThat(s.operations()).hasSize(1);
        CreateTable table = (CreateTable) s.operations().get(0);
        assertThat(table.columns()).extracting(ColumnSpec::name).containsExactly("id", "cells", "label");
        assertThat(table.columns().get(1).defaultValue()).isEqualTo("ARRAY[[1, 2], [3, (4 + 5)]]");
        assertThat(table.columns().get(1).isNullable()).isFalse();
    }

    @Test
    void aTableWithoutColumnsIsReadOnPostgresql() {
        ParsedStatement s = pg("CREATE TABLE feature_marker ()");

        assertThat(s.understood()).isTrue();
        assertThat(s.operations()).containsExactly(new CreateTable("feature_marker", List.of(), List.of(), null));
    }

    @Test
    void anExclusionConstraintInCreateTableBuildsItsIndex() {
        ParsedStatement s = pg("CREATE TABLE bookings (room bigint NOT NULL, during tstzrange NOT NULL, "
                + "EXCLUDE USING gist (room WITH =, during WITH &&))");

        assertThat(s.understood()).as(s.reason()).isTrue();
        assertThat(s.operations()).hasSize(2);
        assertThat(s.operations().get(1)).isEqualTo(new CreateIndex("bookings_room_during_excl", "bookings",
                List.of("room", "during"), null, null));
    }

    @Test
    void anExclusionConstraintAddedToATableIsNamedAndKeepsExpressionsAndItsPredicate() {
        ParsedStatement s = pg("ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist "
                + "(room gist_int8_ops WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (NOT cancelled)");

        assertThat(s.understood()).as(s.reason()).isTrue();
        assertThat(s.operations()).containsExactly(new CreateIndex("bookings_no_overlap", "bookings",
                List.of("room", "tstzrange(starts_at, ends_at)"), null, "(NOT cancelled)"));
    }
}
