package dev.phaseshift.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServerAddressTest {

    @Test
    void credentialsAreTakenOutOfTheUrl_otherParametersStay() {
        ServerAddress a = ServerAddress.parse(ServerKind.MYSQL,
                "jdbc:mysql://db:3306/?useSSL=false&user=ci&password=p%40ss%26word&serverTimezone=UTC");

        assertThat(a.adminUrl()).isEqualTo("jdbc:mysql://db:3306/?useSSL=false&serverTimezone=UTC");
        assertThat(a.user()).isEqualTo("ci");
        assertThat(a.password()).isEqualTo("p@ss&word");
    }

    @Test
    void missingCredentialsMeanDefaultUserAndEmptyPassword() {
        ServerAddress pg = ServerAddress.parse(ServerKind.POSTGRESQL, "jdbc:postgresql://db/postgres");
        ServerAddress my = ServerAddress.parse(ServerKind.MYSQL, "jdbc:mysql://db/?password=x");

        assertThat(pg.user()).isEqualTo("postgres");
        assertThat(pg.password()).isEmpty();
        assertThat(my.user()).isEqualTo("root");
        assertThat(my.password()).isEqualTo("x");
        assertThat(my.adminUrl()).isEqualTo("jdbc:mysql://db/");
    }

    @Test
    void jdbcUrlReplacesTheDatabaseAndKeepsParameters() {
        assertThat(ServerAddress.parse(ServerKind.POSTGRESQL, "jdbc:postgresql://h:5432/postgres?sslmode=disable&user=u")
                .jdbcUrl("pstest_x")).isEqualTo("jdbc:postgresql://h:5432/pstest_x?sslmode=disable");
        assertThat(ServerAddress.parse(ServerKind.MYSQL, "jdbc:mysql://h:3306/").jdbcUrl("d"))
                .isEqualTo("jdbc:mysql://h:3306/d");
        assertThat(ServerAddress.parse(ServerKind.MYSQL, "jdbc:mysql://h:3306").jdbcUrl("d"))
                .isEqualTo("jdbc:mysql://h:3306/d");
        assertThat(ServerAddress.parse(ServerKind.MYSQL, "jdbc:mysql://h:3306?useSSL=false").jdbcUrl("d"))
                .isEqualTo("jdbc:mysql://h:3306/d?useSSL=false");
    }

    @Test
    void toStringNeverShowsThePassword() {
        ServerAddress a = ServerAddress.parse(ServerKind.POSTGRESQL, "jdbc:postgresql://h/postgres?user=u&password=hunter2");

        assertThat(a.toString()).contains("jdbc:postgresql://h/postgres", "u").doesNotContain("hunter2");
    }

    @Test
    void wrongEngineIsRejected() {
        assertThatThrownBy(() -> ServerAddress.parse(ServerKind.POSTGRESQL, "jdbc:mysql://h:3306/"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
