package dev.phaseshift.app.connect;

import dev.phaseshift.estate.ServiceDefinition;
import dev.phaseshift.schema.Engine;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The service form says what keeps it from being saved, and saves references, never passwords. */
class ServiceFormViewModelTest {

    @Test
    void hostPortAndDatabaseMakeTheUrlAndAskMeIsAPromptReference() {
        ServiceFormViewModel form = ServiceFormViewModel.adding(Set.of("orders"));
        form.nameProperty().set("stock");
        form.server().engineProperty().set(Engine.MYSQL);
        form.databaseProperty().set("shop_stock");
        form.server().userProperty().set("ro");
        form.schemasProperty().set("shop_stock, audit");

        assertThat(form.server().portProperty().get()).isEqualTo("3306");
        assertThat(form.problemBinding().get()).isNull();
        assertThat(form.definition()).isEqualTo(new ServiceDefinition("stock", null, Engine.MYSQL, "shop_stock",
                "jdbc:mysql://127.0.0.1:3306/shop_stock", "ro", "${prompt}", List.of("shop_stock", "audit"),
                "snapshots/stock.json"));
    }

    @Test
    void theProblemNamesWhatIsMissingOrWrong() {
        ServiceFormViewModel form = ServiceFormViewModel.adding(Set.of("orders"));
        assertThat(form.problemBinding().get()).isEqualTo("give the service a name");
        form.nameProperty().set("orders");
        assertThat(form.problemBinding().get()).isEqualTo("the estate has a service \"orders\" already");
        form.nameProperty().set("ledger");
        form.urlProperty().set("jdbc:mysql://db:3306/ledger");
        assertThat(form.problemBinding().get()).isEqualTo("the URL is for MySQL/MariaDB, the service runs PostgreSQL");
        form.urlProperty().set("");
        form.databaseProperty().set("ledger");
        form.server().userProperty().set("ro");
        form.secretProperty().set(SecretChoice.ENVIRONMENT);
        assertThat(form.problemBinding().get()).isEqualTo("name the environment variable that holds the password");
        form.environmentVariableProperty().set("LEDGER_PW");
        assertThat(form.definition().password()).isEqualTo("${env:LEDGER_PW}");
    }

    @Test
    void editingKeepsTheNameTheSnapshotAndAUrlWithParameters() {
        ServiceDefinition existing = new ServiceDefinition("orders", "checkout", Engine.POSTGRESQL, "shop_orders",
                "jdbc:postgresql://db1:5432/shop_orders?ssl=true", "ro", "${env:ORDERS_PW}", List.of("public"),
                "snaps/orders.json");
        ServiceFormViewModel form = ServiceFormViewModel.editing(existing, Set.of("orders"));

        assertThat(form.isEditing()).isTrue();
        assertThat(form.urlProperty().get()).isEqualTo(existing.url());
        assertThat(form.secretProperty().get()).isEqualTo(SecretChoice.ENVIRONMENT);
        assertThat(form.definition()).isEqualTo(existing);
        form.nameProperty().set("orders2");
        assertThat(form.problemBinding().get()).startsWith("a service keeps its name");
    }
}
