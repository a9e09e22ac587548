package dev.phaseshift.app.connect;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.Objects;

/**
 * The Services tab: a toolbar of the estate-building commands, a row per service (server, snapshot age with
 * "Refresh" when stale, what is happening or the exact error), and the selected service's details.
 */
public final class ServicesView extends VBox {
    static final String STYLESHEET = "/dev/phaseshift/app/connect/connect.css";

    private final ServicesViewModel viewModel;
    private final TableView<ServiceRow> table = new TableView<>();
    private final PropertySheet details = new PropertySheet();
    private final javafx.beans.InvalidationListener detailsChanged = o -> showDetails();
    private ServiceRow detailed;

    public ServicesView(ServicesViewModel viewModel) {
        this.viewModel = viewModel;
        setId("servicesView");
        getStyleClass().add("services-view");
        getStylesheets().add(Objects.requireNonNull(ServicesView.class.getResource(STYLESHEET)).toExternalForm());

        Button add = button("addService", "Add service…", new FontIcon(Material2AL.ADD), viewModel::addService);
        add.disableProperty().bind(viewModel.canEditBinding().not());
        Button discover = button("discoverServices", "Discover services…", new FontIcon(Material2MZ.SEARCH),
                viewModel::discoverServices);
        discover.disableProperty().bind(viewModel.canEditBinding().not());
        Button edit = button("editService", "Edit…", new FontIcon(Material2AL.EDIT), viewModel::editService);
        edit.disableProperty().bind(viewModel.canEditBinding().not().or(Bindings.isEmpty(viewModel.selection())));
        Button test = button("testConnection", "Test connection", new FontIcon(Material2MZ.NETWORK_CHECK),
                viewModel::testSelected);
        test.disableProperty().bind(Bindings.isEmpty(viewModel.selection()));
        Button readSelected = button("introspectSelected", "Introspect", new FontIcon(Material2MZ.REFRESH),
                viewModel::introspectSelected);
        readSelected.disableProperty().bind(Bindings.isEmpty(viewModel.selection()));
        Button readAll = button("introspectAll", "Introspect all", new FontIcon(Material2AL.CLOUD_DOWNLOAD),
                viewModel::introspectAll);
        Button cancel = button("cancelIntrospection", "Cancel", new FontIcon(Material2AL.CANCEL), viewModel::cancel);
        cancel.disableProperty().bind(viewModel.readingBinding().not());
        Button undo = button("undoEstateChange", "Undo", new FontIcon(Material2MZ.UNDO), viewModel::undo);
        undo.disableProperty().bind(viewModel.canUndoBinding().not());
        Label progress = new Label();
        progress.setId("servicesProgress");
        progress.getStyleClass().add("services-progress");
        progress.textProperty().bind(viewModel.progressProperty());
        // two rows, so no command hides in an overflow menu when the centre is narrow
        ToolBar build = new ToolBar(add, discover, edit, undo);
        ToolBar read = new ToolBar(test, readSelected, readAll, cancel, new Separator(Orientation.VERTICAL), progress);
        VBox tools = new VBox(build, read);
        tools.getStyleClass().add("services-tools");

        table.setId("servicesTable");
        table.setItems(viewModel.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No services yet: Add service… or Discover services…"));
        table.getColumns().add(textColumn("Service", 170, r -> r.serviceProperty().get().name()));
        table.getColumns().add(textColumn("Engine", 100, r -> r.serviceProperty().get().engine().displayName()));
        TableColumn<ServiceRow, ServiceRow> server = rowColumn("Server", 150);
        server.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ServiceRow row, boolean empty) {
                super.updateItem(row, empty);
                textProperty().unbind();
                setText(null);
                if (!empty && row != null) {
                    textProperty().bind(row.serverProperty());
                }
            }
        });
        table.getColumns().add(server);
        TableColumn<ServiceRow, ServiceRow> snapshot = rowColumn("Snapshot", 220);
        snapshot.setCellFactory(c -> new SnapshotCell(viewModel));
        table.getColumns().add(snapshot);
        TableColumn<ServiceRow, ServiceRow> status = rowColumn("Status", 360);
        status.setCellFactory(c -> new StatusCell());
        table.getColumns().add(status);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<ServiceRow>) c -> selected());

        details.setId("serviceDetails");
        details.setModeSwitcherVisible(false);
        details.setSearchBoxVisible(false);
        details.setMode(PropertySheet.Mode.NAME);
        SplitPane body = new SplitPane(table, details);
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.62);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(tools, body);
    }

    private void selected() {
        viewModel.select(table.getSelectionModel().getSelectedItems().stream().filter(Objects::nonNull)
                .map(ServiceRow::name).toList());
        ServiceRow first = table.getSelectionModel().getSelectedItem();
        if (detailed != null) {
            watch(detailed, false);
        }
        detailed = first;
        if (detailed != null) {
            watch(detailed, true);
        }
        showDetails();
    }

    /** The details follow the selected row while it is tested or read. */
    private void watch(ServiceRow row, boolean on) {
        for (javafx.beans.Observable o : java.util.List.of(row.serviceProperty(), row.serverProperty(),
                row.errorProperty(), row.snapshotProperty())) {
            if (on) {
                o.addListener(detailsChanged);
            } else {
                o.removeListener(detailsChanged);
            }
        }
    }

    private void showDetails() {
        details.getItems().setAll(detailed == null ? java.util.List.of() : ServiceDetails.of(detailed));
    }

    private static Button button(String id, String text, FontIcon icon, Runnable action) {
        Button button = new Button(text, icon);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static TableColumn<ServiceRow, String> textColumn(String title, double width,
                                                             java.util.function.Function<ServiceRow, String> value) {
        TableColumn<ServiceRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> Bindings.createStringBinding(() -> value.apply(c.getValue()),
                c.getValue().serviceProperty()));
        return column;
    }

    private static TableColumn<ServiceRow, ServiceRow> rowColumn(String title, double width) {
        TableColumn<ServiceRow, ServiceRow> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        return column;
    }

    /** When the snapshot was taken; a "Refresh" link when it is stale. */
    private static final class SnapshotCell extends TableCell<ServiceRow, ServiceRow> {
        private final Label taken = new Label();
        private final Hyperlink refresh = new Hyperlink("Refresh");
        private final HBox box = new HBox(6, taken, refresh);

        {
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        }
        private final ServicesViewModel viewModel;

        SnapshotCell(ServicesViewModel viewModel) {
            this.viewModel = viewModel;
            refresh.getStyleClass().add("snapshot-refresh");
            // the link stays whole; the date gives way
            refresh.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            taken.getStyleClass().add("snapshot-taken");
        }

        @Override
        protected void updateItem(ServiceRow row, boolean empty) {
            super.updateItem(row, empty);
            taken.textProperty().unbind();
            refresh.visibleProperty().unbind();
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            taken.textProperty().bind(row.snapshotProperty());
            refresh.visibleProperty().bind(row.staleProperty());
            refresh.managedProperty().bind(refresh.visibleProperty());
            refresh.setOnAction(e -> viewModel.introspect(java.util.List.of(row.name())));
            pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("stale"), row.staleProperty().get());
            setGraphic(box);
        }
    }

    /** A spinner while the service is being tested or read; then what happened, or the error in full. */
    private static final class StatusCell extends TableCell<ServiceRow, ServiceRow> {
        private final ProgressIndicator spinner = new ProgressIndicator();
        private final Label text = new Label();
        private final HBox box = new HBox(6, spinner, text);

        {
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        }
        private final javafx.scene.control.Tooltip tooltip = new javafx.scene.control.Tooltip();
        private final javafx.beans.value.ChangeListener<String> errorListener = (obs, old, now) -> markError();
        private ServiceRow current;

        StatusCell() {
            spinner.setPrefSize(16, 16);
            spinner.setMaxSize(16, 16);
            text.getStyleClass().add("service-status");
            text.setTooltip(tooltip);
        }

        @Override
        protected void updateItem(ServiceRow row, boolean empty) {
            super.updateItem(row, empty);
            text.textProperty().unbind();
            tooltip.textProperty().unbind();
            spinner.visibleProperty().unbind();
            if (current != null) {
                current.errorProperty().removeListener(errorListener);
            }
            current = empty ? null : row;
            if (current == null) {
                setGraphic(null);
                return;
            }
            spinner.visibleProperty().bind(row.busyProperty());
            spinner.managedProperty().bind(spinner.visibleProperty());
            tooltip.textProperty().bind(text.textProperty());
            text.textProperty().bind(Bindings.createStringBinding(() -> row.errorProperty().get() != null
                    ? row.errorProperty().get() : row.statusProperty().get(), row.errorProperty(),
                    row.statusProperty()));
            row.errorProperty().addListener(errorListener);
            markError();
            setGraphic(box);
        }

        private void markError() {
            boolean failed = current != null && current.errorProperty().get() != null;
            if (failed && !text.getStyleClass().contains("service-error")) {
                text.getStyleClass().add("service-error");
            } else if (!failed) {
                text.getStyleClass().remove("service-error");
            }
            text.setId(failed ? "serviceError-" + current.name() : null);
        }
    }
}
