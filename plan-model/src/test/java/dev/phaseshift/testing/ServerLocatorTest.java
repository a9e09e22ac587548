package dev.phaseshift.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The locator's decision, without any server: env map in, a fake "answers" predicate. */
class ServerLocatorTest {

    private static final Map<ServerKind, String> REMOTE = Map.of(
            ServerKind.POSTGRESQL, "jdbc:postgresql://db.example:5433/postgres",
            ServerKind.MYSQL, "jdbc:mysql://db.example:3307/");

    /** Records every candidate asked and answers only for the URLs given. */
    private static final class FakeProbe implements Predicate<ServerAddress> {
        final List<String> asked = new ArrayList<>();
        private final List<String> alive;

        FakeProbe(String... alive) {
            this.alive = List.of(alive);
        }

        @Override
        public boolean test(ServerAddress address) {
            asked.add(address.adminUrl());
            return alive.contains(address.adminUrl());
        }
    }

    @ParameterizedTest
    @EnumSource(ServerKind.class)
    void envSetAndAnswering_usesEnv(ServerKind engine) {
        String url = REMOTE.get(engine) + "?user=ci&password=s3cret";
        FakeProbe probe = new FakeProbe(REMOTE.get(engine), engine.localUrl());

        ServerLocator.Decision d = ServerLocator.decide(engine, Map.of(engine.envVar(), url), probe);

        assertThat(d.origin()).isEqualTo(ServerOrigin.ENV);
        assertThat(d.address()).hasValueSatisfying(a -> {
            assertThat(a.adminUrl()).isEqualTo(REMOTE.get(engine));
            assertThat(a.user()).isEqualTo("ci");
            assertThat(a.password()).isEqualTo("s3cret");
        });
        assertThat(probe.asked).containsExactly(REMOTE.get(engine));
    }

    @ParameterizedTest
    @EnumSource(ServerKind.class)
    void envSetButDead_goesEmbedded_withoutTryingLocal(ServerKind engine) {
        String dead = engine == ServerKind.POSTGRESQL
                ? "jdbc:postgresql://127.0.0.1:1/postgres" : "jdbc:mysql://127.0.0.1:1/";
        FakeProbe probe = new FakeProbe(engine.localUrl()); // local would answer if asked

        ServerLocator.Decision d = ServerLocator.decide(engine, Map.of(engine.envVar(), dead), probe);

        assertThat(d.origin()).isEqualTo(ServerOrigin.EMBEDDED);
        assertThat(d.address()).isEmpty();
        assertThat(probe.asked).containsExactly(dead);
        assertThat(d.tried()).extracting(ServerAddress::adminUrl).containsExactly(dead);
    }

    @ParameterizedTest
    @EnumSource(ServerKind.class)
    void envUnsetAndLocalAnswering_usesLocal(ServerKind engine) {
        FakeProbe probe = new FakeProbe(engine.localUrl());

        ServerLocator.Decision d = ServerLocator.decide(engine, Map.of(), probe);

        assertThat(d.origin()).isEqualTo(ServerOrigin.LOCAL);
        assertThat(d.address()).hasValueSatisfying(a -> {
            assertThat(a.adminUrl()).isEqualTo(engine.localUrl());
            assertThat(a.user()).isEqualTo(engine.defaultUser());
            assertThat(a.password()).isEmpty();
        });
        assertThat(probe.asked).containsExactly(engine.localUrl());
    }

    @ParameterizedTest
    @EnumSource(ServerKind.class)
    void nothingAnswering_goesEmbedded(ServerKind engine) {
        FakeProbe probe = new FakeProbe();

        ServerLocator.Decision d = ServerLocator.decide(engine, Map.of(), probe);

        assertThat(d.origin()).isEqualTo(ServerOrigin.EMBEDDED);
        assertThat(d.address()).isEmpty();
        assertThat(probe.asked).containsExactly(engine.localUrl());
    }

    @ParameterizedTest
    @EnumSource(ServerKind.class)
    void blankEnvCountsAsUnset(ServerKind engine) {
        FakeProbe probe = new FakeProbe(engine.localUrl());

        ServerLocator.Decision d = ServerLocator.decide(engine, Map.of(engine.envVar(), "  "), probe);

        assertThat(d.origin()).isEqualTo(ServerOrigin.LOCAL);
    }

    @ParameterizedTest
    @EnumSource(ServerKind.class)
    void otherEnginesVariableIsIgnored(ServerKind engine) {
        ServerKind other = engine == ServerKind.POSTGRESQL ? ServerKind.MYSQL : ServerKind.POSTGRESQL;
        FakeProbe probe = new FakeProbe(engine.localUrl());

        ServerLocator.Decision d = ServerLocator.decide(engine, Map.of(other.envVar(), REMOTE.get(other)), probe);

        assertThat(d.origin()).isEqualTo(ServerOrigin.LOCAL);
        assertThat(probe.asked).containsExactly(engine.localUrl());
    }

    @ParameterizedTest
    @EnumSource(ServerKind.class)
    void urlOfTheWrongEngineIsRejectedNotProbed(ServerKind engine) {
        ServerKind other = engine == ServerKind.POSTGRESQL ? ServerKind.MYSQL : ServerKind.POSTGRESQL;
        FakeProbe probe = new FakeProbe(REMOTE.get(other), engine.localUrl());

        assertThatThrownBy(() -> ServerLocator.decide(engine, Map.of(engine.envVar(), REMOTE.get(other)), probe))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(engine.envVar());
        assertThat(probe.asked).isEmpty();
    }
}
