package dev.phaseshift.app.connect;

import dev.phaseshift.introspect.DiscoveredDatabase;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;

import java.util.List;
import java.util.Objects;

/** "Discover services…": the server to ask, and its databases with sizes in a ControlsFX {@link CheckListView}. */
public final class DiscoveryView extends GridPane {
    private int row;

    public DiscoveryView(DiscoveryViewModel discovery) {
        setId("discoveryView");
        getStyleClass().add("connect-form");
        getStylesheets().add(Objects.requireNonNull(DiscoveryView.class.getResource(ServicesView.STYLESHEET))
                .toExternalForm());
        add("Engine", EngineChoice.of("discoveryEngine", discovery.server().engineProperty()));
        add("Host", field("discoveryHost", discovery.server().hostProperty()));
        add("Port", field("discoveryPort", discovery.server().portProperty()));
        add("User", field("discoveryUser", discovery.server().userProperty()));
        PasswordField password = new PasswordField();
        password.setId("discoveryPassword");
        password.setPromptText("kept in memory for this session only");
        password.textProperty().bindBidirectional(discovery.passwordProperty());
        add("Password", password);
        add("Team", field("discoveryTeam", discovery.teamProperty()));
        Button list = new Button("List databases");
        list.setId("listDatabases");
        list.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        list.disableProperty().bind(discovery.listingProperty());
        list.setOnAction(e -> discovery.listDatabases());
        Label message = new Label();
        message.setId("discoveryMessage");
        message.setWrapText(true);
        message.setMaxWidth(420);
        message.textProperty().bind(discovery.messageProperty());
        addRow(row++, list, message);

        CheckListView<DiscoveredDatabase> databases = new CheckListView<>(discovery.databases());
        databases.setId("discoveredDatabases");
        databases.setPrefHeight(220);
        StringConverter<DiscoveredDatabase> describe = new StringConverter<>() {
            @Override
            public String toString(DiscoveredDatabase db) {
                return db == null ? "" : DiscoveryViewModel.describe(db);
            }

            @Override
            public DiscoveredDatabase fromString(String text) {
                throw new UnsupportedOperationException("the list is not editable");
            }
        };
        databases.setCellFactory(lv -> new CheckBoxListCell<>(databases::getItemBooleanProperty, describe));
        databases.getCheckModel().getCheckedItems().addListener((ListChangeListener<DiscoveredDatabase>) c ->
                discovery.setTicked(List.copyOf(databases.getCheckModel().getCheckedItems())));
        add(databases, 0, row++, 2, 1);
    }

    private void add(String label, javafx.scene.Node field) {
        addRow(row++, new Label(label), field);
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(24);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
