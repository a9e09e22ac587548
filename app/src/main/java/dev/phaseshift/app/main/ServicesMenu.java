package dev.phaseshift.app.main;

import dev.phaseshift.app.connect.ServicesViewModel;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The Services menu: build the estate, test connections, read schemas; each item calls a view-model command. */
final class ServicesMenu extends Menu {

    ServicesMenu(MainViewModel main) {
        super("Services");
        setId("menuServices");
        ServicesViewModel services = main.services();
        MenuItem tab = item("menuServicesTab", "Show services", "Shortcut+Shift+L", main::showServices);
        tab.setGraphic(new FontIcon(Material2MZ.STORAGE));
        tab.disableProperty().bind(main.estateOpenBinding().not());
        MenuItem add = item("menuAddService", "Add service…", null, () -> {
            main.showServices();
            services.addService();
        });
        add.disableProperty().bind(services.canEditBinding().not());
        MenuItem edit = item("menuEditService", "Edit service…", null, services::editService);
        edit.disableProperty().bind(services.canEditBinding().not().or(Bindings.isEmpty(services.selection())));
        MenuItem discover = item("menuDiscoverServices", "Discover services…", null, () -> {
            main.showServices();
            services.discoverServices();
        });
        discover.disableProperty().bind(services.canEditBinding().not());
        MenuItem undo = item("menuUndoEstateChange", "Undo estate change", null, services::undo);
        undo.setGraphic(new FontIcon(Material2MZ.UNDO));
        undo.disableProperty().bind(services.canUndoBinding().not());
        MenuItem test = item("menuTestConnection", "Test connection", null, services::testSelected);
        test.setGraphic(new FontIcon(Material2MZ.NETWORK_CHECK));
        test.disableProperty().bind(Bindings.isEmpty(services.selection()));
        MenuItem readSelected = item("menuIntrospectSelected", "Introspect selected", null,
                services::introspectSelected);
        readSelected.disableProperty().bind(Bindings.isEmpty(services.selection()));
        MenuItem readAll = item("menuIntrospectAll", "Introspect all", "Shortcut+Shift+I", () -> {
            main.showServices();
            services.introspectAll();
        });
        readAll.setGraphic(new FontIcon(Material2AL.CLOUD_DOWNLOAD));
        readAll.disableProperty().bind(main.estateOpenBinding().not());
        MenuItem cancel = item("menuCancelIntrospection", "Cancel introspection", null, services::cancel);
        cancel.disableProperty().bind(services.readingBinding().not());
        getItems().addAll(tab, new SeparatorMenuItem(), add, edit, discover, undo, new SeparatorMenuItem(), test,
                readSelected, readAll, cancel);
    }

    private static MenuItem item(String id, String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
