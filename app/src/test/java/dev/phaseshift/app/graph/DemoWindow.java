package dev.phaseshift.app.graph;

import dev.phaseshift.app.fixtures.InMemorySettingsStore;
import dev.phaseshift.app.fixtures.RecordingDialogService;
import dev.phaseshift.app.main.MainView;
import dev.phaseshift.app.main.MainViewModel;
import dev.phaseshift.app.settings.AppSettings;
import dev.phaseshift.app.task.FxTaskRunner;
import javafx.stage.Stage;

import java.time.Clock;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The main window on the bundled demo estate, as the graph's window tests open it (call on the FX thread, e.g. in
 * {@code FxToolkit.setupStage}): in-memory settings, recorded dialogs, 1600 × 1000, the demo opening.
 *
 * @param viewModel the window's view model
 * @param tasks     its task runner, for the test to shut down
 */
record DemoWindow(MainViewModel viewModel, FxTaskRunner tasks) {
    /** Shows the window on {@code stage}; {@code configure} sees the view before it is shown. */
    static DemoWindow show(Stage stage, BiConsumer<MainView, MainViewModel> configure) {
        FxTaskRunner tasks = new FxTaskRunner();
        MainViewModel viewModel = new MainViewModel(tasks, new AppSettings(new InMemorySettingsStore()),
                new RecordingDialogService(), Clock.systemUTC());
        MainView view = new MainView(viewModel, () -> { });
        configure.accept(view, viewModel);
        stage.setScene(StyledScene.of(view, 1600, 1000));
        view.restoreLayout();
        stage.show();
        viewModel.start(List.of());
        return new DemoWindow(viewModel, tasks);
    }
}
