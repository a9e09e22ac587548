package dev.phaseshift.app.tools;

import dev.phaseshift.app.dryrun.DryRunView;
import dev.phaseshift.app.estate.EstateItem;
import dev.phaseshift.app.export.ExportView;
import dev.phaseshift.app.settings.ColorScheme;
import dev.phaseshift.app.sqlpreview.SqlPreviewView;
import dev.phaseshift.app.task.FxTaskRunner;
import dev.phaseshift.app.wizard.PatternKind;
import dev.phaseshift.app.wizard.PatternTarget;
import dev.phaseshift.app.wizard.PatternWizardView;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Opens the plan tools in windows of their own and builds the menu items that open them: the Plan menu
 * (SQL preview, dry-run, export of the plan under review) and the pattern items of the tree's, the
 * inspector's and the graph's menus.
 */
public final class PlanToolWindows {
    private final PlanTools tools;
    private final Supplier<Window> owner;
    private final ObservableValue<ColorScheme> scheme;
    private Consumer<String> showDocument = uri -> { };

    public PlanToolWindows(PlanTools tools, Supplier<Window> owner, ObservableValue<ColorScheme> scheme) {
        this.tools = tools;
        this.owner = owner;
        this.scheme = scheme;
    }

    /** How the dry-run's HTML report is opened (the application's host services); nothing by default. */
    public void setShowDocument(Consumer<String> value) {
        this.showDocument = value;
    }

    /** Plan ▸ SQL preview…, Dry-run…, Export…, enabled while a plan that reads is under review. */
    public Menu planMenu() {
        MenuItem sql = item("SQL preview…", "Shortcut+Shift+P", "menuSqlPreview", Material2AL.CODE,
                this::openSqlPreview);
        MenuItem dryRun = item("Dry-run…", "Shortcut+Shift+Y", "menuDryRun", Material2MZ.PLAY_CIRCLE_OUTLINE,
                this::openDryRun);
        MenuItem export = item("Export…", "Shortcut+Shift+E", "menuExport", Material2AL.GET_APP,
                this::openExport);
        List.of(sql, dryRun, export).forEach(i -> i.disableProperty().bind(tools.planOpenBinding().not()));
        Menu plan = new Menu("Plan", null, sql, dryRun, export);
        plan.setId("menuPlan");
        return plan;
    }

    /**
     * The pattern wizards as menu items for the selected tree item; each shows only where its pattern applies.
     *
     * @param idPrefix distinguishes the tree's items from the inspector's ({@code tree}, {@code inspector})
     */
    public List<MenuItem> patternItems(ObservableValue<EstateItem> selection, String idPrefix) {
        return patternItemsOn(Bindings.createObjectBinding(
                () -> PatternTarget.of(selection.getValue()).orElse(null), selection), idPrefix);
    }

    /**
     * The pattern wizards as menu items for a table or column (the graph's, under the pointer); each shows only
     * where its pattern applies, and none while {@code target} is null.
     */
    public List<MenuItem> patternItemsOn(ObservableValue<PatternTarget> target, String idPrefix) {
        List<MenuItem> items = new ArrayList<>();
        for (PatternKind kind : PatternKind.values()) {
            MenuItem item = new MenuItem(kind.label());
            item.setId(idPrefix + "-" + kind.id());
            item.visibleProperty().bind(Bindings.createBooleanBinding(
                    () -> target.getValue() != null && kind.appliesTo(target.getValue()), target));
            item.setOnAction(e -> openWizard(kind, target.getValue()));
            items.add(item);
        }
        return items;
    }

    public void openWizard(PatternKind kind, PatternTarget target) {
        if (target == null) {
            return;
        }
        tools.wizard(kind, target).ifPresent(vm -> open(vm.title(), 760, 640,
                close -> new PatternWizardView(vm, close)));
    }

    public void openSqlPreview() {
        tools.sqlPreview().ifPresent(vm -> open("SQL of " + vm.planName(), 900, 680,
                close -> new SqlPreviewView(vm, close)));
    }

    public void openDryRun() {
        tools.dryRun(FxTaskRunner::onFxThread, this::showDocument).ifPresent(vm -> open("Dry-run " + vm.planName(),
                1000, 720, close -> new DryRunView(vm, close)));
    }

    public void openExport() {
        tools.export().ifPresent(vm -> open("Export " + vm.planName(), 960, 640, close -> new ExportView(vm, close)));
    }

    private void showDocument(Path file) {
        showDocument.accept(file.toUri().toString());
    }

    private void open(String title, double width, double height, Function<Runnable, Parent> content) {
        Stage[] stage = new Stage[1];
        Parent view = content.apply(() -> stage[0].close());
        stage[0] = ToolWindow.show(owner.get(), title, view, width, height, scheme);
    }

    private static MenuItem item(String text, String accelerator, String id, org.kordamp.ikonli.Ikon icon,
                                 Runnable action) {
        MenuItem item = new MenuItem(text, new FontIcon(icon));
        item.setId(id);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }
}
