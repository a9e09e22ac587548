package dev.phaseshift.app.main;

import dev.phaseshift.app.plan.PlanSource;
import dev.phaseshift.app.settings.ColorScheme;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.nio.file.Path;

/** The menu bar; every item calls a view-model command, except the ones that only move focus or quit. */
final class MainMenu extends MenuBar {
    private final MainViewModel viewModel;
    private final Menu recent = new Menu("Open Recent");
    private final Menu recentPlans = new Menu("Recent plans");

    MainMenu(MainViewModel viewModel, Runnable focusSearch, Runnable quit) {
        this.viewModel = viewModel;
        setId("mainMenu");
        setUseSystemMenuBar(true);

        MenuItem open = item("Open estate…", "Shortcut+O", viewModel::chooseAndOpenEstate);
        open.setGraphic(new FontIcon(Material2AL.FOLDER_OPEN));
        open.setId("menuOpenEstate");
        MenuItem demo = item("Open demo estate", "Shortcut+Shift+D", viewModel::openDemoEstate);
        demo.setId("menuOpenDemo");
        recent.setId("menuOpenRecent");
        recent.disableProperty().bind(viewModel.hasRecentFilesBinding().not());
        viewModel.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent());
        fillRecent();
        MenuItem openPlan = item("Open plan…", "Shortcut+Shift+O", viewModel::chooseAndOpenPlan);
        openPlan.setId("menuOpenPlan");
        openPlan.setGraphic(new FontIcon(Material2AL.FACT_CHECK));
        openPlan.disableProperty().bind(viewModel.estateOpenBinding().not());
        Menu demoPlans = new Menu("Open demo plan");
        demoPlans.setId("menuOpenDemoPlan");
        demoPlans.disableProperty().bind(viewModel.demoEstateOpenBinding().not());
        for (String name : PlanSource.DEMO_PLANS) {
            MenuItem plan = new MenuItem(name);
            plan.setId("menuDemoPlan-" + name);
            plan.setOnAction(e -> viewModel.openDemoPlan(name));
            demoPlans.getItems().add(plan);
        }
        MenuItem reloadPlan = item("Reload plan", "F5", () -> viewModel.planReview().reload());
        reloadPlan.setId("menuReloadPlan");
        reloadPlan.disableProperty().bind(viewModel.planReview().canReloadBinding().not());
        MenuItem newPlan = item("New plan", "Shortcut+Shift+N", viewModel::newPlan);
        newPlan.setId("menuNewPlan");
        MenuItem savePlan = item("Save plan", "Shortcut+S", () -> viewModel.planEditor().save());
        savePlan.setId("menuSavePlan");
        savePlan.disableProperty().bind(viewModel.planEditor().openBinding().not());
        MenuItem savePlanAs = item("Save plan as…", "Shortcut+Shift+S", () -> viewModel.planEditor().saveAs());
        savePlanAs.setId("menuSavePlanAs");
        savePlanAs.disableProperty().bind(viewModel.planEditor().openBinding().not());
        recentPlans.setId("menuRecentPlans");
        recentPlans.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.planEditor().recentPlans()));
        viewModel.planEditor().recentPlans().addListener((ListChangeListener<Path>) c -> fillRecentPlans());
        fillRecentPlans();
        MenuItem close = item("Close estate", "Shortcut+W", viewModel::closeEstate);
        close.setId("menuCloseEstate");
        close.disableProperty().bind(viewModel.estateOpenBinding().not());
        MenuItem newEstate = item("New estate…", "Shortcut+N", () -> viewModel.services().newEstate());
        newEstate.setId("menuNewEstate");
        newEstate.setGraphic(new FontIcon(Material2AL.CREATE_NEW_FOLDER));
        MenuItem exit = item("Quit", "Shortcut+Q", quit);
        exit.setId("menuQuit");
        Menu file = new Menu("File", null, newEstate, open, demo, recent, new SeparatorMenuItem(), openPlan, demoPlans,
                reloadPlan, new SeparatorMenuItem(), newPlan, recentPlans, savePlan, savePlanAs,
                new SeparatorMenuItem(), close,
                new SeparatorMenuItem(), exit);

        CheckMenuItem dark = new CheckMenuItem("Toggle dark theme");
        dark.setId("menuToggleTheme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+T"));
        dark.setGraphic(new FontIcon(Material2MZ.NIGHTS_STAY));
        dark.setSelected(viewModel.colorSchemeProperty().get() == ColorScheme.DARK);
        viewModel.colorSchemeProperty().addListener((obs, old, now) -> dark.setSelected(now == ColorScheme.DARK));
        // the check mark follows the view model; a click only asks for the toggle
        dark.setOnAction(e -> {
            viewModel.toggleColorScheme();
            dark.setSelected(viewModel.colorSchemeProperty().get() == ColorScheme.DARK);
        });
        MenuItem search = item("Focus search", "Shortcut+F", focusSearch);
        search.setId("menuFocusSearch");
        search.setGraphic(new FontIcon(Material2MZ.SEARCH));
        MenuItem graph = item("Show in graph", "Shortcut+G", viewModel::showInGraph);
        graph.setId("menuShowInGraph");
        graph.setGraphic(new FontIcon(Material2AL.ACCOUNT_TREE));
        graph.disableProperty().bind(viewModel.canShowInGraphBinding().not());
        MenuItem graphOverview = item("Estate graph overview", "Shortcut+Shift+G", viewModel::showGraphOverview);
        graphOverview.setId("menuGraphOverview");
        graphOverview.disableProperty().bind(viewModel.estateOpenBinding().not());
        MenuItem references = item("Inferred references", "Shortcut+Shift+R", viewModel::showReferences);
        references.setId("menuReferences");
        references.setGraphic(new FontIcon(Material2AL.LINK));
        references.disableProperty().bind(viewModel.estateOpenBinding().not());
        Menu view = new Menu("View", null, dark, search, new SeparatorMenuItem(), graph, graphOverview, references);

        MenuItem searchEverywhere = item("Search everywhere…", "Shortcut+K", viewModel::openSearch);
        searchEverywhere.setId("menuSearchEverywhere");
        searchEverywhere.disableProperty().bind(viewModel.estateOpenBinding().not());
        view.getItems().add(2, searchEverywhere);

        MenuItem about = new MenuItem("About Phaseshift");
        about.setId("menuAbout");
        about.setOnAction(e -> viewModel.showAbout());
        Menu help = new Menu("Help", null, about);

        MenuItem undo = item("Undo", "Shortcut+Z", () -> viewModel.planEditor().undo());
        undo.setId("menuUndo");
        undo.textProperty().bind(viewModel.planEditor().undoTextProperty());
        undo.disableProperty().bind(viewModel.planEditor().canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", () -> viewModel.planEditor().redo());
        redo.setId("menuRedo");
        redo.textProperty().bind(viewModel.planEditor().redoTextProperty());
        redo.disableProperty().bind(viewModel.planEditor().canRedoProperty().not());
        Menu edit = new Menu("Edit", null, undo, redo);

        getMenus().addAll(file, edit, view, new ServicesMenu(viewModel), help);
    }

    private void fillRecent() {
        recent.getItems().clear();
        int n = 1;
        for (Path path : viewModel.recentFiles()) {
            // a mnemonic number, and the full path so two phaseshift.yaml files can be told apart
            MenuItem item = new MenuItem("_" + (n % 10) + "  " + path);
            item.setOnAction(e -> viewModel.openRecent(path));
            recent.getItems().add(item);
            n++;
        }
        if (!recent.getItems().isEmpty()) {
            MenuItem clear = new MenuItem("Clear recent files");
            clear.setOnAction(e -> viewModel.clearRecentFiles());
            recent.getItems().addAll(new SeparatorMenuItem(), clear);
        }
    }

    private void fillRecentPlans() {
        recentPlans.getItems().setAll(viewModel.planEditor().recentPlans().stream().map(path -> {
            MenuItem item = new MenuItem(path.toString());
            item.setOnAction(e -> viewModel.openRecentPlan(path));
            return item;
        }).toList());
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }
}
