package dev.phaseshift.app.editor;

import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** What the editor's window tests find in the main window, from the test thread, and how they wait for it. */
final class MainWindowLookups {
    private MainWindowLookups() {
    }

    /** The node of the window's scene that {@code selector} finds, looked up on the FX thread; null for none. */
    static Node lookup(Stage stage, String selector) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> stage.getScene().getRoot().lookup(selector)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An item of one of the main menu bar's menus, by id. */
    static MenuItem menuItem(Stage stage, String id) {
        MenuBar bar = (MenuBar) stage.getScene().lookup("#mainMenu");
        return item(bar.getMenus().stream().flatMap(m -> m.getItems().stream()).toList(), id);
    }

    static MenuItem item(List<MenuItem> items, String id) {
        return items.stream().filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    /** Waits until {@code condition}, checked on the FX thread, holds (at most a minute), then for the events. */
    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
