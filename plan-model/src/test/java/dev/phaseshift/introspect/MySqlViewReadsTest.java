package dev.phaseshift.introspect;

import dev.phaseshift.schema.ObjectName;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Definitions as MariaDB 10.11 and MySQL 8 store them. */
class MySqlViewReadsTest {
    private static final Set<String> SCHEMAS = Set.of("shop", "other");

    private static Map<ObjectName, TreeSet<String>> read(String definition) {
        return MySqlViewReads.read(definition, SCHEMAS);
    }

    @Test
    void resolvesAliasesToTheirTables() {
        assertThat(read("select `o`.`id` AS `id`,`c`.`email` AS `E-Mail` from (`shop`.`orders` `o` join "
                + "`shop`.`customers` `c` on(`c`.`id` = `o`.`customer_id`)) where `o`.`status` <> 'x.y'"))
                .containsExactly(
                        Map.entry(new ObjectName("shop", "orders"), new TreeSet<>(Set.of("customer_id", "id", "status"))),
                        Map.entry(new ObjectName("shop", "customers"), new TreeSet<>(Set.of("email", "id"))));
    }

    @Test
    void readsFullyQualifiedColumnsAndUnaliasedTables() {
        assertThat(read("select `shop`.`orders`.`id` AS `id` from `shop`.`orders` where `shop`.`orders`.`status`"
                + " = 'paid'")).containsExactly(
                Map.entry(new ObjectName("shop", "orders"), new TreeSet<>(Set.of("id", "status"))));
        assertThat(read("select `v1`.`id` AS `id`,ucase(`v1`.`Name`) AS `upper(``Name``)` from `other`.`v1`"))
                .containsExactly(Map.entry(new ObjectName("other", "v1"), new TreeSet<>(Set.of("Name", "id"))));
    }

    @Test
    void keepsRelationsReadWithoutColumnsAndIgnoresDerivedTables() {
        assertThat(read("select count(0) AS `n` from `shop`.`orders`")).containsExactly(
                Map.entry(new ObjectName("shop", "orders"), new TreeSet<>()));
        assertThat(read("select `d`.`n` AS `n` from (select count(0) AS `n` from `shop`.`orders` `x`) `d`"))
                .containsExactly(Map.entry(new ObjectName("shop", "orders"), new TreeSet<>()));
    }

    @Test
    void handlesIdentifiersWithBackticksDotsAndNonAscii() {
        assertThat(read("select `k`.`customer``Id` AS `a.b` from `shop`.`Kunden Übersicht` `k`"))
                .containsExactly(Map.entry(new ObjectName("shop", "Kunden Übersicht"),
                        new TreeSet<>(Set.of("customer`Id"))));
    }
}
