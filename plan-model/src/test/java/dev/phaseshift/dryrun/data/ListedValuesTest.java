package dev.phaseshift.dryrun.data;

import dev.phaseshift.schema.Column;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which checks limit a column to a list of values, as PostgreSQL and MySQL print them. */
class ListedValuesTest {
    private static final List<Column> COLUMNS = List.of(Column.of("status", "text"), Column.of("email", "text"),
            Column.of("kind", "text"));

    @Test
    void postgresAnyArrayListsTheLabels() {
        assertThat(ListedValues.ofCheck("((status)::text = ANY ((ARRAY['a'::character varying,"
                + " 'it''s'::character varying])::text[]))", COLUMNS))
                .contains(Map.entry("status", List.of("a", "it's")));
    }

    @Test
    void mysqlInListsTheLabels() {
        assertThat(ListedValues.ofCheck("`kind` in ('x','y')", COLUMNS)).contains(Map.entry("kind", List.of("x", "y")));
    }

    @Test
    void checksThatOnlyMentionAListAreNotLists() {
        assertThat(ListedValues.ofCheck("(POSITION(('@'::text) IN (email)) > 1)", COLUMNS)).isEmpty();
        assertThat(ListedValues.ofCheck("((kind)::text <> 'card'::text) OR (status IN ('a'))", COLUMNS)).isEmpty();
        assertThat(ListedValues.ofCheck("status NOT IN ('a', 'b')", COLUMNS)).isEmpty();
    }
}
