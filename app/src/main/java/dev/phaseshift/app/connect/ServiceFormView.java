package dev.phaseshift.app.connect;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import java.util.Objects;

/** The fields of "Add service…" and "Edit service…", bound to a {@link ServiceFormViewModel}. */
public final class ServiceFormView extends GridPane {
    private int row;

    public ServiceFormView(ServiceFormViewModel form) {
        setId("serviceForm");
        getStyleClass().add("connect-form");
        getStylesheets().add(Objects.requireNonNull(ServiceFormView.class.getResource(ServicesView.STYLESHEET))
                .toExternalForm());
        TextField name = field("serviceName", form.nameProperty(), "orders");
        name.setDisable(form.isEditing());
        add("Name", name);
        add("Engine", EngineChoice.of("serviceEngine", form.server().engineProperty()));
        add("Host", field("serviceHost", form.server().hostProperty(), "db1.internal"));
        add("Port", field("servicePort", form.server().portProperty(), ""));
        add("Database", field("serviceDatabase", form.databaseProperty(), "shop_orders"));
        add("or JDBC URL", field("serviceUrl", form.urlProperty(), "jdbc:postgresql://host:5432/db?ssl=true"));
        add("User", field("serviceUser", form.server().userProperty(), "phaseshift_ro"));
        ComboBox<SecretChoice> secret = new ComboBox<>();
        secret.setId("serviceSecret");
        secret.getItems().setAll(SecretChoice.values());
        secret.valueProperty().bindBidirectional(form.secretProperty());
        add("Password", secret);
        TextField variable = field("serviceEnvVariable", form.environmentVariableProperty(), "ORDERS_DB_PASSWORD");
        variable.disableProperty().bind(form.secretProperty().isNotEqualTo(SecretChoice.ENVIRONMENT));
        add("Variable", variable);
        add("Schemas", field("serviceSchemas", form.schemasProperty(), "public, ledger (empty: all)"));
        add("Team", field("serviceTeam", form.teamProperty(), "checkout"));
        Label problem = new Label();
        problem.setId("serviceProblem");
        problem.getStyleClass().add("form-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(420);
        problem.textProperty().bind(form.problemBinding());
        add(problem, 0, row, 2, 1);
    }

    private void add(String label, javafx.scene.Node field) {
        addRow(row++, new Label(label), field);
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(28);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
