package dev.phaseshift.app.connect;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.phaseshift.app.fixtures.HeadlessToolkit;
import dev.phaseshift.app.fixtures.InMemorySettingsStore;
import dev.phaseshift.app.fixtures.RecordingDialogService;
import dev.phaseshift.app.fixtures.ScriptedConnectDialogs;
import dev.phaseshift.app.main.MainViewModel;
import dev.phaseshift.app.settings.AppSettings;
import dev.phaseshift.app.task.InlineTaskRunner;
import dev.phaseshift.estate.ServiceDefinition;
import dev.phaseshift.estate.ServiceEditor;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.testing.TestDatabase;
import dev.phaseshift.testing.TestServers;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
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

/** The Services tab as drawn: the error on the failing row, "Refresh" on a stale snapshot; light and dark. */
class ServicesViewTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        HeadlessToolkit.start();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @Test
    void aStaleSnapshotOffersRefreshAndAFailingServiceShowsItsErrorOnItsRow() throws Exception {
        try (TestDatabase orders = TestServers.postgres().createDatabase("view_orders")) {
            try (Connection c = orders.connect(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE orders (id bigint PRIMARY KEY)");
            }
            Path file = dir.resolve("phaseshift.yaml");
            String text = ServiceEditor.newEstate("View test");
            text = ServiceEditor.put(text, new ServiceDefinition("orders", "checkout", Engine.POSTGRESQL, null,
                    orders.url(), TestServers.postgres().user(), null, List.of(), "snapshots/orders.json"), "t");
            text = ServiceEditor.put(text, new ServiceDefinition("gone", null, Engine.POSTGRESQL, null,
                    "jdbc:postgresql://127.0.0.1:1/gone", "app", null, List.of(), "snapshots/gone.json"), "t");
            Files.writeString(file, text);
            MainViewModel main = new MainViewModel(new InlineTaskRunner(),
                    new AppSettings(new InMemorySettingsStore()), new RecordingDialogService(),
                    new ScriptedConnectDialogs(), Clock.systemDefaultZone());
            main.openEstate(file);
            main.services().introspectAll();
            Files.setLastModifiedTime(dir.resolve("snapshots/orders.json"),
                    FileTime.from(Instant.now().minus(Duration.ofDays(2))));
            main.reloadEstate();
            Stage stage = show(main, false);

            Label error = robot.lookup("#serviceError-gone").queryAs(Label.class);
            assertThat(error.isVisible()).isTrue();
            assertThat(error.getText()).contains("cannot connect to 127.0.0.1:1");
            List<Hyperlink> refresh = robot.lookup(".snapshot-refresh").queryAllAs(Hyperlink.class).stream()
                    .filter(Node::isVisible).toList();
            assertThat(refresh).hasSize(1);
            screenshot(stage, "services-stale.png");

            robot.clickOn(refresh.get(0));
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(robot.lookup(".snapshot-refresh").queryAllAs(Hyperlink.class)).noneMatch(Node::isVisible);
            assertThat(main.services().rows().get(0).snapshotProperty().get()).startsWith("taken just now");
            FxToolkit.cleanupStages();
            screenshot(show(main, true), "services-dark.png");
        }
    }

    private Stage show(MainViewModel main, boolean dark) throws Exception {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            ServicesView view = new ServicesView(main.services());
            stage.setScene(new Scene(view, 1000, 560));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return stage;
    }

    private static void screenshot(Stage stage, String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(
                () -> stage.getScene().getRoot().snapshot(null, null)));
        Files.createDirectories(SCREENSHOTS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SCREENSHOTS.resolve(name).toFile());
    }
}
