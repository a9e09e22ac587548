package dev.phaseshift.introspect;

import dev.phaseshift.schema.Partition;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How {@code information_schema.PARTITIONS} descriptions become bound clauses, as both products report them;
 * the MySQL 8 spellings are covered here only, since no MySQL 8 server is available to the tests.
 */
class MySqlPartitionRowsTest {

    @Test
    void turnsRangeDescriptionsIntoLessThanClauses() {
        MySqlPartitionRows range = new MySqlPartitionRows("RANGE", "RANGE (year(`d`))");
        range.add("p2024", null, "2025", "Januar");
        range.add("pmax", null, "MAXVALUE", null);
        assertThat(range.build()).containsExactly(Partition.of("p2024", "VALUES LESS THAN (2025)", "Januar"),
                Partition.of("pmax", "VALUES LESS THAN MAXVALUE", null));

        MySqlPartitionRows columns = new MySqlPartitionRows("RANGE COLUMNS", "RANGE COLUMNS(`d`,`r`)");
        columns.add("p1", null, "'2024-01-01',MAXVALUE", null);
        columns.add("pmax", null, "MAXVALUE,MAXVALUE", null);
        assertThat(columns.build()).extracting(Partition::bound).containsExactly(
                "VALUES LESS THAN ('2024-01-01',MAXVALUE)", "VALUES LESS THAN (MAXVALUE,MAXVALUE)");
    }

    @Test
    void turnsListDescriptionsIntoInClausesAndLeavesHashAndKeyWithoutBounds() {
        MySqlPartitionRows list = new MySqlPartitionRows("LIST COLUMNS", "LIST COLUMNS(`c`,`k`)");
        list.add("eu", null, "('DE',1),('FR',2)", null);
        assertThat(list.build()).containsExactly(Partition.of("eu", "VALUES IN (('DE',1),('FR',2))", null));

        MySqlPartitionRows key = new MySqlPartitionRows("LINEAR KEY", "LINEAR KEY (`id`)");
        key.add("p0", null, null, null);
        key.add("p1", null, null, null);
        assertThat(key.build()).containsExactly(Partition.of("p0", null, null), Partition.of("p1", null, null));
    }

    @Test
    void groupsSubpartitionRowsUnderTheirPartitionInOrder() {
        MySqlPartitionRows rows = new MySqlPartitionRows("RANGE", "RANGE (year(`d`)) SUBPARTITION BY HASH (`id`)");
        rows.add("old", "old_a", "2020", "erste");
        rows.add("old", "old_b", "2020", null);
        rows.add("new", "new_a", "MAXVALUE", null);
        assertThat(rows.build()).containsExactly(
                new Partition("old", "VALUES LESS THAN (2020)", null,
                        List.of(Partition.of("old_a", null, "erste"), Partition.of("old_b", null, null))),
                new Partition("new", "VALUES LESS THAN MAXVALUE", null, List.of(Partition.of("new_a", null, null))));
    }

    @Test
    void asksForTheDdlOnlyWhenAListPartitionIsDescribedAsZero() {
        MySqlPartitionRows rows = new MySqlPartitionRows("LIST", "LIST (`s`)");
        rows.add("one", null, "1", null);
        assertThat(rows.maybeListDefault()).isFalse();
        rows.add("rest", null, "0", null);
        assertThat(rows.maybeListDefault()).isTrue();
        rows.resolveListDefault("rest");
        assertThat(rows.build()).extracting(Partition::bound).containsExactly("VALUES IN (1)", "DEFAULT");
    }
}
