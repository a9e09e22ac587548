package dev.phaseshift.connect;

import dev.phaseshift.schema.Engine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdbcUrlTest {
    @Test
    void swapsTheDatabaseAndKeepsParameters() {
        JdbcUrl url = JdbcUrl.parse("jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres&ssl=false");
        assertThat(url.engine()).isEqualTo(Engine.POSTGRESQL);
        assertThat(url.withDatabase("shop_orders").toJdbc())
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/shop_orders?user=postgres&ssl=false");
    }

    @Test
    void mysqlUrlWithoutDatabaseGetsOne() {
        JdbcUrl url = JdbcUrl.parse("jdbc:mysql://127.0.0.1:3306/?user=root");
        assertThat(url.engine()).isEqualTo(Engine.MYSQL);
        assertThat(url.database()).isEmpty();
        assertThat(url.withDatabase("shop_inventory").toJdbc()).isEqualTo("jdbc:mysql://127.0.0.1:3306/shop_inventory?user=root");
        assertThat(JdbcUrl.parse("jdbc:mariadb://h:3307").withDatabase("d").toJdbc()).isEqualTo("jdbc:mariadb://h:3307/d");
    }

    @Test
    void printedFormNeverShowsThePassword() {
        JdbcUrl url = JdbcUrl.parse("jdbc:postgresql://db:5432/app?user=u&password=s3cr3t");
        assertThat(url.toString()).doesNotContain("s3cr3t").contains("password=***");
        assertThat(url.toJdbc()).contains("password=s3cr3t");
        assertThat(JdbcUrl.redact("jdbc:mysql://u:hunter2@db/x")).doesNotContain("hunter2");
    }

    @Test
    void rejectsOtherUrlsWithoutEchoingSecrets() {
        assertThatThrownBy(() -> JdbcUrl.parse("jdbc:oracle:thin:@db?password=topsecret"))
                .hasMessageContaining("expected jdbc:postgresql://")
                .hasMessageNotContaining("topsecret");
    }
}
