package dev.phaseshift.app.connect;

import dev.phaseshift.app.fixtures.InMemorySettingsStore;
import dev.phaseshift.app.fixtures.RecordingDialogService;
import dev.phaseshift.app.fixtures.ScriptedConnectDialogs;
import dev.phaseshift.app.fixtures.TestLogins;
import dev.phaseshift.app.fixtures.TestServerFields;
import dev.phaseshift.app.main.MainViewModel;
import dev.phaseshift.app.settings.AppSettings;
import dev.phaseshift.app.task.InlineTaskRunner;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.estate.ServiceDefinition;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.testing.DatabaseServer;
import dev.phaseshift.testing.TestDatabase;
import dev.phaseshift.testing.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Building an estate from the Services tab, against the test servers, with work run inline. */
class ServicesViewModelTest {
    @TempDir
    Path dir;

    private final InlineTaskRunner tasks = new InlineTaskRunner();
    private final ScriptedConnectDialogs dialogs = new ScriptedConnectDialogs();
    private final MainViewModel main = new MainViewModel(tasks, new AppSettings(new InMemorySettingsStore()),
            new RecordingDialogService(), dialogs, Clock.systemUTC());
    private final ServicesViewModel services = main.services();

    @Test
    void aNewEstateTakesDiscoveredDatabasesAsServicesAndUndoPutsTheFileBack() throws Exception {
        DatabaseServer pg = TestServers.postgres();
        try (TestDatabase a = pg.createDatabase("disc_a"); TestDatabase b = pg.createDatabase("disc_b")) {
            Path file = dir.resolve("shop").resolve("phaseshift.yaml");
            dialogs.willCreate(new NewEstate(file, "Shop"));
            services.newEstate();
            assertThat(main.estateProperty().get().name()).isEqualTo("Shop");
            String empty = Files.readString(file);

            dialogs.willDiscover(d -> {
                d.server().hostProperty().set(TestServerFields.of(pg).host());
                d.server().portProperty().set(TestServerFields.of(pg).port());
                d.server().userProperty().set(pg.user());
                d.passwordProperty().set(pg.password() == null ? "" : pg.password());
                d.teamProperty().set("checkout");
                d.listDatabases();
                assertThat(d.databases()).extracting(db -> db.name()).contains(a.name(), b.name())
                        .doesNotContain("template0", "template1");
                d.setTicked(d.databases().filtered(db -> db.name().equals(a.name()) || db.name().equals(b.name())));
                return true;
            });
            services.discoverServices();

            assertThat(main.estateProperty().get().services()).extracting(ServiceDefinition::database)
                    .containsExactly(a.name(), b.name());
            assertThat(main.estateProperty().get().services()).allSatisfy(s -> {
                assertThat(s.team()).isEqualTo("checkout");
                assertThat(s.url()).endsWith("/" + s.database());
                assertThat(s.snapshot()).isEqualTo("snapshots/" + s.name() + ".json");
            });
            assertThat(Files.readString(file)).startsWith(empty.lines().findFirst().orElseThrow());
            assertThat(services.rows()).hasSize(2);

            services.undo();

            assertThat(Files.readString(file)).isEqualTo(empty);
            assertThat(main.estateProperty().get().services()).isEmpty();
            assertThat(services.canUndoBinding().get()).isFalse();
        }
    }

    @Test
    void introspectingWritesSnapshotsAndAFailingServiceShowsItsErrorWhileTheOthersLoad() throws Exception {
        DatabaseServer pg = TestServers.postgres();
        try (TestDatabase orders = pg.createDatabase("read_orders")) {
            try (Connection c = orders.connect(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE orders (id bigint PRIMARY KEY, customer_ref bigint NOT NULL)");
            }
            Path file = estateWith(service("orders", Engine.POSTGRESQL, orders.url(), pg.user()),
                    service("gone", Engine.POSTGRESQL, "jdbc:postgresql://127.0.0.1:1/gone", "app"));
            main.openEstate(file);

            services.introspectAll();

            assertThat(main.estateProperty().get().snapshot("orders")).hasValueSatisfying(s ->
                    assertThat(s.tableCount()).isEqualTo(1));
            assertThat(dir.resolve("snapshots/orders.json")).exists();
            assertThat(main.tree().find("orders/public/orders/customer_ref")).isPresent();
            ServiceRow gone = row("gone");
            assertThat(gone.errorProperty().get()).contains("service \"gone\"").contains("127.0.0.1:1")
                    .contains("refused");
            assertThat(row("orders").errorProperty().get()).isNull();
            assertThat(row("orders").snapshotProperty().get()).startsWith("taken just now, today ");
            assertThat(main.findings().findings()).extracting(Problem::message)
                    .anyMatch(m -> m.contains("service \"gone\""));
            assertThat(services.progressProperty().get()).isEqualTo("1 of 2 services read, 1 failed");
            assertThat(dialogs.notifications()).containsExactly("Introspection finished: 1 of 2 services read, 1 failed");
        }
    }

    @Test
    void anOldSnapshotIsMarkedStaleAndARefreshReadsItAgain() throws Exception {
        DatabaseServer pg = TestServers.postgres();
        try (TestDatabase orders = pg.createDatabase("stale")) {
            Path file = estateWith(service("orders", Engine.POSTGRESQL, orders.url(), pg.user()));
            main.openEstate(file);
            services.introspectAll();
            Path snapshot = dir.resolve("snapshots/orders.json");
            Files.setLastModifiedTime(snapshot, FileTime.from(Instant.now().minus(Duration.ofDays(3))));
            main.reloadEstate();
            assertThat(row("orders").staleProperty().get()).isTrue();
            assertThat(row("orders").snapshotProperty().get()).startsWith("taken 3 days ago, ");

            services.introspect(List.of("orders"));

            assertThat(row("orders").staleProperty().get()).isFalse();
        }
    }

    @Test
    void anAskMePasswordIsAskedOncePerSessionAndAskedAgainAfterTheServerRefusedIt() throws Exception {
        DatabaseServer mysql = TestServers.mysql();
        try (TestDatabase stock = mysql.createDatabase("ask_me"); TestLogins login = TestLogins.reading(mysql, stock)) {
            Path file = estateWith(new ServiceDefinition("stock", null, Engine.MYSQL, stock.name(), stock.url(),
                    login.user(), "${prompt}", List.of(stock.name()), "snapshots/stock.json"));
            main.openEstate(file);

            dialogs.willType("stock", login.password() + "-wrong");
            services.test(List.of("stock"));
            assertThat(row("stock").errorProperty().get()).contains("Access denied");

            dialogs.willType("stock", login.password());
            services.test(List.of("stock"));
            services.test(List.of("stock"));
            services.introspect(List.of("stock"));

            assertThat(row("stock").errorProperty().get()).isNull();
            assertThat(row("stock").serverProperty().get()).matches("(MariaDB|MySQL) .+");
            assertThat(dialogs.askedFor()).containsExactly("stock", "stock");
            assertThat(Files.readString(file)).doesNotContain(login.password());
            assertThat(Files.readString(dir.resolve("snapshots/stock.json"))).doesNotContain(login.password());
        }
    }

    @Test
    void aLoginWithoutPrivilegeOnTheDatabaseShowsTheServersWordsAndKeepsThePassword() throws Exception {
        DatabaseServer mysql = TestServers.mysql();
        try (TestDatabase allowed = mysql.createDatabase("allowed"); TestDatabase other = mysql.createDatabase("other");
             TestLogins login = TestLogins.reading(mysql, allowed)) {
            Path file = estateWith(new ServiceDefinition("other", null, Engine.MYSQL, other.name(), other.url(),
                    login.user(), "${prompt}", List.of(other.name()), "snapshots/other.json"));
            main.openEstate(file);
            dialogs.willType("other", login.password());

            services.test(List.of("other"));
            services.test(List.of("other"));

            assertThat(row("other").errorProperty().get()).contains("Access denied for user")
                    .contains(other.name()).doesNotContain(login.password());
            // the password was right, only the privilege is missing: it is not asked again
            assertThat(dialogs.askedFor()).containsExactly("other");
        }
    }

    private Path estateWith(ServiceDefinition... defined) throws Exception {
        Path file = dir.resolve("phaseshift.yaml");
        String text = dev.phaseshift.estate.ServiceEditor.newEstate("Test");
        for (ServiceDefinition s : defined) {
            text = dev.phaseshift.estate.ServiceEditor.put(text, s, file.toString());
        }
        return Files.writeString(file, text);
    }

    private static ServiceDefinition service(String name, Engine engine, String url, String user) {
        return new ServiceDefinition(name, null, engine, null, url, user, null, List.of(),
                "snapshots/" + name + ".json");
    }

    private ServiceRow row(String name) {
        return services.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }
}
