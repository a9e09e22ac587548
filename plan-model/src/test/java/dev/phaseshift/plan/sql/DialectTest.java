package dev.phaseshift.plan.sql;

import dev.phaseshift.schema.ServerProduct;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Versions as servers report them, and what each version can do online. */
class DialectTest {
    @Test
    void readsVersionsAsServersPrintThem() {
        assertThat(Dialect.parse(ServerProduct.POSTGRESQL, "15.10 (Debian 15.10-1)")).isEqualTo(Dialect.postgres(15)
                .withMinor(10));
        assertThat(Dialect.parse(ServerProduct.MARIADB, "10.11.19-MariaDB-0+deb12u1"))
                .isEqualTo(Dialect.mariadb(10, 11, 19));
        assertThat(Dialect.parse(ServerProduct.MYSQL, "8.0.36")).isEqualTo(Dialect.mysql(8, 0, 36));
        assertThat(Dialect.parse(ServerProduct.MYSQL, null)).isEqualTo(Dialect.mysql(8, 0, 0));
    }

    @Test
    void instantAddColumnDependsOnProductVersionAndPosition() {
        assertThat(Dialect.mysql(8, 0, 11).instantAddColumn(true)).isFalse();
        assertThat(Dialect.mysql(8, 0, 12).instantAddColumn(true)).isTrue();
        assertThat(Dialect.mysql(8, 0, 28).instantAddColumn(false)).isFalse();
        assertThat(Dialect.mysql(8, 0, 29).instantAddColumn(false)).isTrue();
        assertThat(Dialect.mariadb(10, 3, 0).instantAddColumn(true)).isTrue();
        assertThat(Dialect.mariadb(10, 3, 0).instantAddColumn(false)).isFalse();
        assertThat(Dialect.mariadb(10, 4, 0).instantAddColumn(false)).isTrue();
        assertThat(Dialect.mariadb(10, 4, 0).instantDropColumn()).isTrue();
        assertThat(Dialect.mysql(8, 0, 28).instantDropColumn()).isFalse();
        assertThat(Dialect.postgres(17).instantAddColumn(true)).isFalse();
    }

    @Test
    void postgresVersionRules() {
        assertThat(Dialect.postgres(10).constantDefaultIsMetadataOnly()).isFalse();
        assertThat(Dialect.postgres(11).constantDefaultIsMetadataOnly()).isTrue();
        assertThat(Dialect.postgres(11).notNullViaCheck()).isFalse();
        assertThat(Dialect.postgres(12).notNullViaCheck()).isTrue();
    }

    @Test
    void quotesPerEngine() {
        assertThat(Dialect.postgres(15).qualified("ledger.\"odd\"")).isEqualTo("\"ledger\".\"\"\"odd\"\"\"");
        assertThat(Dialect.mariadb(10, 11, 0).qualified("shop.t`x")).isEqualTo("`shop`.`t``x`");
    }
}
