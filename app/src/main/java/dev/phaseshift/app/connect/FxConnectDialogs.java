package dev.phaseshift.app.connect;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** Real dialogs for building an estate, owned by the main window; notifications are ControlsFX's. */
public final class FxConnectDialogs implements ConnectDialogs {
    private final Supplier<Window> owner;

    public FxConnectDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<NewEstate> askNewEstate() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("New estate");
        chooser.setInitialFileName("phaseshift.yaml");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Estate files (*.yaml)", "*.yaml"));
        File file = chooser.showSaveDialog(owner.get());
        if (file == null) {
            return Optional.empty();
        }
        Path path = file.toPath();
        TextInputDialog name = new TextInputDialog(path.toAbsolutePath().getParent().getFileName() == null
                ? "My estate" : path.toAbsolutePath().getParent().getFileName().toString());
        name.initOwner(owner.get());
        name.setTitle("New estate");
        name.setHeaderText("What is the estate called? It is shown in the title bar.");
        return name.showAndWait().filter(n -> !n.isBlank()).map(n -> new NewEstate(path, n.strip()));
    }

    @Override
    public boolean editService(ServiceFormViewModel form) {
        Dialog<ButtonType> dialog = dialog(form.isEditing() ? "Edit service" : "Add service",
                form.isEditing() ? "Change how Phaseshift reaches this service"
                        : "Where is the service's database, and who may read it?");
        dialog.getDialogPane().setContent(new ServiceFormView(form));
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(form.problemBinding().isNotNull());
        return dialog.showAndWait().filter(save::equals).isPresent();
    }

    @Override
    public boolean discoverServices(DiscoveryViewModel discovery) {
        Dialog<ButtonType> dialog = dialog("Discover services",
                "List a server's databases and tick the ones that are services");
        dialog.getDialogPane().setContent(new DiscoveryView(discovery));
        ButtonType add = new ButtonType("Add services", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(add, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(add).disableProperty()
                .bind(javafx.beans.binding.Bindings.isEmpty(discovery.ticked()));
        return dialog.showAndWait().filter(add::equals).isPresent();
    }

    @Override
    public Optional<char[]> askPassword(String service, String user) {
        Dialog<ButtonType> dialog = dialog("Password", "Password of \"" + user + "\" for service \"" + service
                + "\"");
        PasswordField field = new PasswordField();
        field.setId("passwordPrompt");
        Label note = new Label("Kept in memory until Phaseshift quits; never written anywhere.");
        note.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, field, note));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setOnShown(e -> field.requestFocus());
        Optional<char[]> typed = dialog.showAndWait().filter(ButtonType.OK::equals)
                .map(b -> field.getText().toCharArray());
        field.clear();
        return typed;
    }

    @Override
    public void notifyFinished(String title, String text) {
        Window window = owner.get();
        if (window == null || !window.isShowing()) {
            return;
        }
        Notifications.create().owner(window).title(title).text(text).hideAfter(Duration.seconds(6))
                .showInformation();
    }

    private Dialog<ButtonType> dialog(String title, String header) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setResizable(true);
        return dialog;
    }
}
