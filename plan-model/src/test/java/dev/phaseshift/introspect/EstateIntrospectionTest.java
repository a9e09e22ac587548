package dev.phaseshift.introspect;

import dev.phaseshift.schema.Engine;
import dev.phaseshift.testing.DatabaseServer;
import dev.phaseshift.testing.TestDatabase;
import dev.phaseshift.testing.TestServers;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class EstateIntrospectionTest {

    @Test
    void readsServicesInParallelAndReportsAFailureAsAValue() throws Exception {
        DatabaseServer pg = TestServers.postgres();
        DatabaseServer my = TestServers.mysql();
        try (TestDatabase orders = pg.createDatabase("estate_orders");
             TestDatabase inventory = my.createDatabase("estate_inventory")) {
            try (Connection c = orders.connect()) {
                Fixtures.load(c, "postgresql/doomed.sql");
            }
            try (Connection c = inventory.connect()) {
                Fixtures.load(c, "mysql/doomed.sql");
            }
            // both real services wait for each other while reading: only a parallel run gets past this
            CountDownLatch bothReading = new CountDownLatch(2);
            Map<String, Boolean> metTheOther = new ConcurrentHashMap<>();
            IntrospectionListener ordersListener = meet("orders", bothReading, metTheOther);
            IntrospectionListener inventoryListener = meet("inventory", bothReading, metTheOther);
            List<ServiceTarget> targets = List.of(
                    new ServiceTarget(Engine.POSTGRESQL, orders.url(), Fixtures.admin(pg),
                            IntrospectionRequest.of("orders").withListener(ordersListener)),
                    new ServiceTarget(Engine.MYSQL, "jdbc:mysql://127.0.0.1:1/gone", Credentials.of("x", "pw-x"),
                            IntrospectionRequest.of("billing")),
                    new ServiceTarget(Engine.MYSQL, inventory.url(), Fixtures.admin(my),
                            IntrospectionRequest.of("inventory").withListener(inventoryListener)));

            Map<String, IntrospectionOutcome> outcomes = new EstateIntrospection(
                    new DatabaseConnector(Duration.ofSeconds(3)), 3).introspect(targets);

            assertThat(outcomes.keySet()).containsExactly("orders", "billing", "inventory");
            assertThat(metTheOther).containsEntry("orders", true).containsEntry("inventory", true);
            assertThat(outcomes.get("orders")).isInstanceOfSatisfying(IntrospectionOutcome.Success.class,
                    s -> assertThat(s.snapshot().table("app", "keeper")).isPresent());
            assertThat(outcomes.get("inventory")).isInstanceOfSatisfying(IntrospectionOutcome.Success.class,
                    s -> assertThat(s.snapshot().table(inventory.name(), "keeper")).isPresent());
            assertThat(outcomes.get("billing")).isInstanceOfSatisfying(IntrospectionOutcome.Failure.class, f -> {
                assertThat(f.error().kind()).isEqualTo(IntrospectionException.Kind.CONNECTION);
                assertThat(f.error().getMessage()).contains("service \"billing\"").contains("127.0.0.1:1");
            });
        }
    }

    @Test
    void aPoolOfOneReadsOneServiceAtATime() throws Exception {
        DatabaseServer pg = TestServers.postgres();
        try (TestDatabase a = pg.createDatabase("estate_a"); TestDatabase b = pg.createDatabase("estate_b")) {
            Map<String, Integer> running = new ConcurrentHashMap<>();
            int[] maxRunning = {0};
            IntrospectionListener count = step -> {
                if (step.equals("server")) {
                    synchronized (maxRunning) {
                        running.merge("n", 1, Integer::sum);
                        maxRunning[0] = Math.max(maxRunning[0], running.get("n"));
                    }
                } else if (step.equals("routines")) {
                    running.merge("n", -1, Integer::sum);
                }
            };
            Map<String, IntrospectionOutcome> outcomes = new EstateIntrospection(new DatabaseConnector(), 1)
                    .introspect(List.of(
                            new ServiceTarget(Engine.POSTGRESQL, a.url(), Fixtures.admin(pg),
                                    IntrospectionRequest.of("a").withListener(count)),
                            new ServiceTarget(Engine.POSTGRESQL, b.url(), Fixtures.admin(pg),
                                    IntrospectionRequest.of("b").withListener(count))));
            assertThat(outcomes.values()).allMatch(o -> o instanceof IntrospectionOutcome.Success);
            assertThat(maxRunning[0]).isEqualTo(1);
        }
    }

    private static IntrospectionListener meet(String service, CountDownLatch latch, Map<String, Boolean> met) {
        return step -> {
            if (step.equals("tables")) {
                latch.countDown();
                try {
                    met.put(service, latch.await(10, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }
}
