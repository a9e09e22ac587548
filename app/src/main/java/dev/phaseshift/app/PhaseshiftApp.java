package dev.phaseshift.app;

import dev.phaseshift.app.connect.FxConnectDialogs;
import dev.phaseshift.app.editor.FxPlanFileDialogs;
import dev.phaseshift.app.editor.RecoveryStore;
import dev.phaseshift.app.main.EarlyEstate;
import dev.phaseshift.app.main.FxDialogService;
import dev.phaseshift.app.main.MainView;
import dev.phaseshift.app.main.MainViewModel;
import dev.phaseshift.app.main.WindowPlacement;
import dev.phaseshift.app.settings.AppSettings;
import dev.phaseshift.app.settings.ColorScheme;
import dev.phaseshift.app.settings.PreferencesSettingsStore;
import dev.phaseshift.app.task.FxTaskRunner;
import dev.phaseshift.app.theme.Stylesheets;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Objects;

/** Wires the application together and owns the window. */
public final class PhaseshiftApp extends Application {
    /** Set on the root while the dark theme is applied, for the few rules in our stylesheet that need it. */
    public static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");
    static final String STYLESHEET = "/dev/phaseshift/app/phaseshift.css";
    private static final Logger LOG = LoggerFactory.getLogger(PhaseshiftApp.class);

    /** What {@link Launcher} started reading before the toolkit; none when the app is started otherwise. */
    static volatile EarlyEstate early = EarlyEstate.none();

    private FxTaskRunner tasks;
    private MainViewModel viewModel;
    private MainView view;
    private WindowPlacement placement;

    @Override
    public void start(Stage stage) {
        tasks = new FxTaskRunner();
        AppSettings settings = new AppSettings(PreferencesSettingsStore.forCurrentUser());
        viewModel = new MainViewModel(tasks, settings, new FxDialogService(() -> stage),
                new FxConnectDialogs(() -> stage), new FxPlanFileDialogs(() -> stage), RecoveryStore.forCurrentUser(),
                Clock.systemDefaultZone());
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> reportUnexpected(error));
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> reportUnexpected(error));

        view = new MainView(viewModel, () -> quit(stage));
        view.setShowDocument(getHostServices()::showDocument);
        Scene scene = new Scene(view);
        scene.getStylesheets().add(Objects.requireNonNull(PhaseshiftApp.class.getResource(STYLESHEET),
                STYLESHEET).toExternalForm());
        applyTheme(viewModel.colorSchemeProperty().get());
        viewModel.colorSchemeProperty().addListener((obs, old, now) -> applyTheme(now));

        StartupProbe.fromSystemProperty().ifPresent(probe -> probe.watch(scene, viewModel.estateProperty(),
                () -> quit(stage)));
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setOnCloseRequest(e -> {
            if (!viewModel.confirmQuit()) {
                e.consume();
            }
        });
        stage.setScene(scene);
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        placement = WindowPlacement.restore(stage, viewModel.savedWindowBounds());
        view.restoreLayout();
        stage.show();
        view.focusWorkspace();
        viewModel.start(getParameters().getUnnamed(), early);
        early = EarlyEstate.none();
    }

    @Override
    public void stop() {
        if (viewModel == null) {
            return;
        }
        viewModel.rememberWindowBounds(placement.current());
        view.rememberLayout();
        viewModel.shutdown();
        tasks.shutdown();
    }

    private void applyTheme(ColorScheme scheme) {
        Application.setUserAgentStylesheet(Stylesheets.userAgent(scheme));
        view.pseudoClassStateChanged(DARK, scheme == ColorScheme.DARK);
    }

    private void quit(Stage stage) {
        if (!viewModel.confirmQuit()) {
            return;
        }
        stage.close();
        Platform.exit();
    }

    private void reportUnexpected(Throwable error) {
        LOG.error("uncaught exception", error);
        FxTaskRunner.onFxThread(() -> viewModel.reportUnexpected(error));
    }
}
