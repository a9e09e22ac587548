package dev.phaseshift.app.connect;

import atlantafx.base.theme.PrimerLight;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.phaseshift.app.estate.EstateItem;
import dev.phaseshift.app.fixtures.HeadlessToolkit;
import dev.phaseshift.app.fixtures.RecordingDialogService;
import dev.phaseshift.app.fixtures.ScriptedConnectDialogs;
import dev.phaseshift.app.fixtures.TestLogins;
import dev.phaseshift.app.fixtures.TestServerFields;
import dev.phaseshift.app.log.LogEntry;
import dev.phaseshift.app.main.MainView;
import dev.phaseshift.app.main.MainViewModel;
import dev.phaseshift.app.main.WorkspaceTab;
import dev.phaseshift.app.search.SearchHit;
import dev.phaseshift.app.settings.AppSettings;
import dev.phaseshift.app.settings.PreferencesSettingsStore;
import dev.phaseshift.app.task.FxTaskRunner;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.estate.ServiceDefinition;
import dev.phaseshift.introspect.DiscoveredDatabase;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.testing.DatabaseServer;
import dev.phaseshift.testing.TestDatabase;
import dev.phaseshift.testing.TestServers;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.CheckListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole "connect" flow as a user does it in the headless app, against the PostgreSQL and MySQL/MariaDB test
 * servers: a new estate, discovery of two databases on each server, two services switched to "ask me" logins, one
 * unreachable service; test connections, introspect all, search a column with Ctrl+K. Then no typed password may
 * be anywhere on disk or in the logs. Leaves {@code target/screenshots/services-*.png} and {@code search-*.png}.
 */
class EstateBuildingFlowTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private Stage stage;
    private MainViewModel main;
    private ScriptedConnectDialogs dialogs;
    private FxTaskRunner tasks;

    @BeforeAll
    static void toolkit() throws Exception {
        HeadlessToolkit.start();
    }

    @AfterEach
    void close() throws Exception {
        rootLogger().detachAppender(logged);
        FxToolkit.cleanupStages();
        if (tasks != null) {
            robot.interact(tasks::shutdown);
        }
    }

    @Test
    void buildAnEstateFromBothTestServersReadItAndSearchItWithoutLeakingAPassword() throws Exception {
        DatabaseServer pg = TestServers.postgres();
        DatabaseServer mysql = TestServers.mysql();
        try (TestDatabase orders = pg.createDatabase("flow_orders"); TestDatabase billing = pg.createDatabase("flow_billing");
             TestDatabase stock = mysql.createDatabase("flow_stock"); TestDatabase ship = mysql.createDatabase("flow_ship");
             TestLogins login = TestLogins.reading(mysql, stock, ship)) {
            sql(orders, "CREATE TABLE orders (id bigint PRIMARY KEY, customer_ref bigint NOT NULL, total numeric(12,2))");
            sql(billing, "CREATE TABLE invoices (id bigint PRIMARY KEY, order_id bigint NOT NULL)");
            sql(stock, "CREATE TABLE stock_items (id INT PRIMARY KEY, sku VARCHAR(40) NOT NULL)");
            sql(ship, "CREATE TABLE shipments (id INT PRIMARY KEY, order_id BIGINT NOT NULL)");
            String wrong = login.password() + "-WRONG";
            boot();

            // File ▸ New estate (Ctrl+N)
            Path file = dir.resolve("phaseshift.yaml");
            dialogs.willCreate(new NewEstate(file, "Flow estate"));
            robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
            waitFor(() -> main.estateProperty().get() != null);
            robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
            waitFor(() -> main.selectedTabProperty().get() == WorkspaceTab.SERVICES);
            screenshot("services-new-estate.png");

            discover(pg, Engine.POSTGRESQL, orders.name(), billing.name());
            waitFor(() -> main.estateProperty().get().services().size() == 2);
            discover(mysql, Engine.MYSQL, stock.name(), ship.name());
            waitFor(() -> main.estateProperty().get().services().size() == 4);
            String stockService = serviceOf(stock.name());
            String shipService = serviceOf(ship.name());
            String ordersService = serviceOf(orders.name());

            // two MySQL services read as a login with a password, asked once per session
            switchToAskMe(stockService, login.user());
            switchToAskMe(shipService, login.user());
            dialogs.willType(stockService, login.password());
            dialogs.willType(shipService, wrong);
            addUnreachableService();
            waitFor(() -> main.estateProperty().get().services().size() == 5);
            assertThat(Files.readString(file)).contains("password: \"${prompt}\"").contains("- name: ledger");

            // Test connection on every service
            robot.interact(() -> table().getSelectionModel().selectAll());
            robot.clickOn("#testConnection");
            waitFor(() -> main.services().rows().stream().noneMatch(r -> r.busyProperty().get())
                    && main.services().rows().stream().allMatch(r -> !r.statusProperty().get().isEmpty()));
            assertThat(row(ordersService).serverProperty().get()).startsWith("PostgreSQL ");
            assertThat(row(stockService).serverProperty().get()).matches("(MariaDB|MySQL) .+");
            assertThat(errorShownFor(shipService)).contains("Access denied for user '" + login.user() + "'");
            assertThat(errorShownFor("ledger")).contains("cannot connect to 127.0.0.1:1").contains("refused");
            screenshot("services-tested.png");

            // Introspect all: a progress row per service, the failing ones fail alone
            List<String> progress = new ArrayList<>();
            List<String> busyRows = new ArrayList<>();
            robot.interact(() -> {
                main.services().progressProperty().addListener((obs, old, now) -> progress.add(now));
                main.services().rows().forEach(r -> r.busyProperty().addListener((obs, old, now) -> {
                    if (now) {
                        busyRows.add(r.name());
                    }
                }));
            });
            robot.clickOn("#introspectAll");
            waitFor(() -> "3 of 5 services read, 2 failed".equals(main.services().progressProperty().get()));
            assertThat(progress).contains("Read 0 of 5 services…");
            assertThat(busyRows).contains(ordersService, stockService);
            waitFor(() -> main.tree().find(ordersService + "/public/orders/customer_ref").isPresent()
                    && main.tree().find(stockService + "/" + stock.name() + "/stock_items").isPresent()
                    && main.tree().find(serviceOf(billing.name()) + "/public/invoices").isPresent());
            assertThat(errorShownFor(shipService)).contains("Access denied");
            assertThat(errorShownFor("ledger")).contains("refused");
            assertThat(row(ordersService).snapshotProperty().get()).startsWith("taken ");
            assertThat(main.findings().findings()).filteredOn(Problem::isError).extracting(Problem::message)
                    .anyMatch(m -> m.contains("service \"" + shipService + "\""))
                    .anyMatch(m -> m.contains("service \"ledger\""));
            assertThat(dialogs.askedFor()).containsExactlyInAnyOrder(stockService, shipService, shipService);
            assertThat(dialogs.notifications()).contains("Introspection finished: 3 of 5 services read, 2 failed");
            robot.interact(() -> table().getSelectionModel().clearAndSelect(0));
            screenshot("services-introspected.png");

            // Ctrl+K, type a column, Enter: selected in the tree and in focus in the graph
            robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
            waitFor(() -> main.search().showingProperty().get());
            robot.write("customer_ref");
            waitFor(() -> !main.search().hits().isEmpty());
            assertThat(main.search().hits()).extracting(SearchHit::label)
                    .startsWith(ordersService + ".public.orders.customer_ref");
            ListView<?> hits = robot.lookup("#searchHits").queryAs(ListView.class);
            assertThat(hits.getSelectionModel().getSelectedIndex()).isZero();
            screenshotOf(robot.lookup("#searchPopup").query(), "search-everywhere.png");
            robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
            waitFor(() -> main.selectedTabProperty().get() == WorkspaceTab.GRAPH);
            EstateItem selected = main.tree().selectedItemProperty().get();
            assertThat(selected.path()).isEqualTo(ordersService + "/public/orders/customer_ref");
            assertThat(main.graph().focusIdProperty().get()).endsWith(".public.orders.customer_ref");
            assertThat(main.search().showingProperty().get()).isFalse();

            assertNoPasswordAnywhere(file, login.password(), wrong);
        }
    }

    private void boot() throws Exception {
        rootLogger().addAppender(logged);
        logged.start();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            tasks = new FxTaskRunner();
            dialogs = new ScriptedConnectDialogs(new FxConnectDialogs(() -> stage));
            main = new MainViewModel(tasks, new AppSettings(PreferencesSettingsStore.forCurrentUser()),
                    new RecordingDialogService(), dialogs, Clock.systemDefaultZone());
            MainView view = new MainView(main, () -> { });
            Scene scene = new Scene(view, 1400, 900);
            scene.getStylesheets().add(Objects.requireNonNull(
                    getClass().getResource("/dev/phaseshift/app/phaseshift.css")).toExternalForm());
            stage.setScene(scene);
            view.restoreLayout();
            stage.show();
            view.focusWorkspace();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Services ▸ Discover services…: the server, List databases, tick two, Add services. */
    private void discover(DatabaseServer server, Engine engine, String... databases) {
        robot.clickOn("#discoverServices");
        waitFor(() -> robot.lookup("#discoveryView").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#discoveryEngine").<ComboBox<Engine>>query().setValue(engine);
            field("#discoveryHost").setText(TestServerFields.of(server).host());
            field("#discoveryPort").setText(TestServerFields.of(server).port());
            field("#discoveryUser").setText(server.user());
            field("#discoveryPassword").setText(server.password() == null ? "" : server.password());
        });
        robot.clickOn("#listDatabases");
        CheckListView<DiscoveredDatabase> list = robot.lookup("#discoveredDatabases").query();
        waitFor(() -> list.getItems().stream().filter(d -> List.of(databases).contains(d.name())).count()
                == databases.length);
        robot.interact(() -> list.getItems().stream().filter(d -> List.of(databases).contains(d.name()))
                .forEach(d -> list.getCheckModel().check(d)));
        if (engine == Engine.POSTGRESQL) {
            screenshotOfWindow(list, "services-discovery.png");
        }
        robot.clickOn(dialogButton("#discoveryView", "Add services"));
    }

    /** Edit service…: the login user, password "ask me". */
    private void switchToAskMe(String service, String user) {
        robot.interact(() -> {
            TableView<ServiceRow> table = table();
            table.getSelectionModel().clearSelection();
            table.getItems().stream().filter(r -> r.name().equals(service)).findFirst()
                    .ifPresent(r -> table.getSelectionModel().select(r));
        });
        robot.clickOn("#editService");
        waitFor(() -> robot.lookup("#serviceForm").tryQuery().isPresent());
        robot.interact(() -> {
            field("#serviceUser").setText(user);
            robot.lookup("#serviceSecret").<ComboBox<SecretChoice>>query().setValue(SecretChoice.ASK);
        });
        robot.clickOn(dialogButton("#serviceForm", "Save"));
        waitFor(() -> main.estateProperty().get().services().stream()
                .anyMatch(s -> s.name().equals(service) && user.equals(s.user())));
    }

    private void addUnreachableService() {
        robot.clickOn("#addService");
        waitFor(() -> robot.lookup("#serviceForm").tryQuery().isPresent());
        robot.clickOn("#serviceName").write("ledger");
        robot.interact(() -> {
            field("#servicePort").setText("1");
            field("#serviceDatabase").setText("ledger");
            field("#serviceUser").setText("app");
            robot.lookup("#serviceSecret").<ComboBox<SecretChoice>>query().setValue(SecretChoice.NONE);
        });
        screenshotOfWindow(robot.lookup("#serviceForm").query(), "services-add-form.png");
        robot.clickOn(dialogButton("#serviceForm", "Save"));
    }

    private Button dialogButton(String contentId, String text) {
        DialogPane pane = robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> p.lookup(contentId) != null).findFirst().orElseThrow();
        ButtonType type = pane.getButtonTypes().stream().filter(b -> b.getText().equals(text)).findFirst()
                .orElseThrow();
        return (Button) pane.lookupButton(type);
    }

    private TextField field(String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<ServiceRow> table() {
        return (TableView<ServiceRow>) stage.getScene().lookup("#servicesTable");
    }

    private ServiceRow row(String name) {
        return main.services().rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    /** The error as the Status column draws it on the service's row. */
    private String errorShownFor(String service) {
        WaitForAsyncUtils.waitForFxEvents();
        Label label = robot.lookup("#serviceError-" + service).queryAs(Label.class);
        assertThat(label.isVisible()).isTrue();
        assertThat(label.getText()).isEqualTo(row(service).errorProperty().get());
        return label.getText();
    }

    private String serviceOf(String database) {
        return main.estateProperty().get().services().stream().filter(s -> database.equals(s.database()))
                .map(ServiceDefinition::name).findFirst().orElseThrow();
    }

    /** The typed passwords, right or wrong, are nowhere: estate file, snapshots, preferences, log. */
    private void assertNoPasswordAnywhere(Path estateFile, String... passwords) throws Exception {
        robot.interact(() -> main.shutdown());
        List<Path> files = new ArrayList<>();
        try (Stream<Path> written = Files.walk(dir)) {
            written.filter(Files::isRegularFile).forEach(files::add);
        }
        Path prefs = Path.of(System.getProperty("java.util.prefs.userRoot", "target/prefs"));
        if (Files.isDirectory(prefs)) {
            try (Stream<Path> stored = Files.walk(prefs)) {
                stored.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        assertThat(files).contains(estateFile).anyMatch(f -> f.toString().endsWith(".json"));
        List<String> logLines = new ArrayList<>();
        main.log().entries().stream().map(LogEntry::message).forEach(logLines::add);
        logged.list.forEach(e -> logLines.add(e.getFormattedMessage() + " " + (e.getThrowableProxy() == null ? ""
                : e.getThrowableProxy().getMessage())));
        assertThat(logLines).anyMatch(l -> l.contains("Access denied"));
        for (String password : passwords) {
            for (Path f : files) {
                assertThat(Files.readString(f)).as(f.toString()).doesNotContain(password);
            }
            assertThat(logLines).noneMatch(l -> l.contains(password));
            assertThat(main.findings().findings()).noneMatch(p -> p.toString().contains(password));
        }
    }

    private static void sql(TestDatabase db, String statement) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static Logger rootLogger() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private static void waitFor(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitFor(
                    WaitForAsyncUtils.asyncFx(condition)));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting", e);
        }
    }

    private void screenshot(String name) throws IOException {
        screenshotOf(stage.getScene().getRoot(), name);
    }

    private void screenshotOfWindow(Node inWindow, String name) {
        Window window = inWindow.getScene().getWindow();
        try {
            screenshotOf(window.getScene().getRoot(), name);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void screenshotOf(Node node, String name) throws IOException {
        WritableImage image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)));
        Files.createDirectories(SCREENSHOTS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SCREENSHOTS.resolve(name).toFile());
    }

}
