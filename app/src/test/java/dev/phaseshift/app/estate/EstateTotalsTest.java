package dev.phaseshift.app.estate;

import dev.phaseshift.app.fixtures.ShopEstate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EstateTotalsTest {

    @Test
    void countsOnlyInspectedServicesAndSaysHowManyAreNot() {
        EstateTotals totals = EstateTotals.of(ShopEstate.create());

        assertThat(totals.services()).isEqualTo(3);
        assertThat(totals.inspected()).isEqualTo(2);
        assertThat(totals.tables()).isEqualTo(4);
        assertThat(totals.columns()).isEqualTo(15);
        assertThat(totals.foreignKeys()).isEqualTo(2);
        assertThat(totals.indexes()).isEqualTo(4);
        assertThat(totals.views()).isEqualTo(1);
        assertThat(totals.summary()).isEqualTo("3 services · 4 tables · 1 not inspected");
    }
}
