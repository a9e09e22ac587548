package dev.phaseshift.lint.parse;

import dev.phaseshift.schema.Engine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The relations a query reads, read from its tokens rather than matched in its text. */
class TablesReadTest {
    private static final Engine PG = Engine.POSTGRESQL;

    @Test
    void fromJoinCommaListsSubqueriesAndCtesButNoFunctionArguments() {
        assertThat(TablesRead.of("SELECT o.id, extract(epoch FROM o.placed_at), substring(c.name FROM 2) "
                + "FROM ONLY orders o, regions r JOIN customers AS c ON c.id = o.customer_id "
                + "WHERE o.a IS DISTINCT FROM o.b AND o.id IN (SELECT order_id FROM order_items)", PG))
                .containsExactly("orders", "regions", "customers", "order_items");
        assertThat(TablesRead.of("WITH recent AS (SELECT * FROM \"Orders\" WHERE x) SELECT * FROM recent "
                + "JOIN LATERAL ledger.entries e ON true", PG)).containsExactly("Orders", "ledger.entries");
        assertThat(TablesRead.of("SELECT 'FROM secrets' AS note -- FROM comments\nFROM audit", PG))
                .containsExactly("audit");
    }

    @Test
    void theTableADoBlockUpdatesIsReadFromItsBody() {
        assertThat(TablesRead.updatedInBlock("DO $$ BEGIN LOOP UPDATE ONLY public.orders SET x = 1 WHERE id IN "
                + "(SELECT id FROM public.orders LIMIT 1000); COMMIT; END LOOP; END $$")).isEqualTo("public.orders");
        assertThat(TablesRead.updatedInBlock("DO $$ BEGIN PERFORM 1; END $$")).isNull();
    }
}
