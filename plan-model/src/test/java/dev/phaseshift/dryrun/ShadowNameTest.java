package dev.phaseshift.dryrun;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ShadowNameTest {
    @Test
    void aFreshNameIsRecognisableAndCarriesItsCreationTime() {
        Instant now = Instant.parse("2026-11-21T02:55:00.123Z");
        ShadowName name = ShadowName.fresh("orders", now);
        assertThat(name.databaseName()).matches("phaseshift_shadow_orders_[0-9a-z]{13}");
        assertThat(ShadowName.parse(name.databaseName())).contains(name);
        assertThat(name.createdAt()).isEqualTo(now.truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void twoShadowsOfOneServiceGetDifferentNames() {
        Instant now = Instant.now();
        assertThat(ShadowName.fresh("orders", now)).isNotEqualTo(ShadowName.fresh("orders", now.plusMillis(1)));
    }

    @Test
    void oddServiceNamesAreFoldedAndCutSoTheNameFitsPostgres() {
        ShadowName name = ShadowName.fresh("Billing-Ledger Service With A Very Long Name Indeed", Instant.now());
        assertThat(name.service()).isEqualTo("billing_ledger_service_with_a_");
        assertThat(name.databaseName().length()).isLessThanOrEqualTo(63);
        assertThat(ShadowName.parse(name.databaseName())).contains(name);
    }

    @Test
    void otherDatabasesAreNeverTakenForShadows() {
        assertThat(ShadowName.parse("shop_orders")).isEmpty();
        assertThat(ShadowName.parse("phaseshift_shadow_orders")).isEmpty();
        assertThat(ShadowName.parse("phaseshift_shadow_orders_abc")).isEmpty();
        assertThat(ShadowName.parse("phaseshift_shadow_Orders_000000000abcd")).isEmpty();
    }
}
