package dev.phaseshift.app.connect;

import dev.phaseshift.connect.JdbcUrl;
import dev.phaseshift.estate.ServiceDefinition;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The selected service as read-only rows of a ControlsFX {@link PropertySheet}: connection, then snapshot. */
final class ServiceDetails {
    private ServiceDetails() {
    }

    static List<PropertySheet.Item> of(ServiceRow row) {
        ServiceDefinition s = row.serviceProperty().get();
        List<PropertySheet.Item> items = new ArrayList<>();
        items.add(item("Service", "Name", s.name()));
        items.add(item("Service", "Team", s.team()));
        items.add(item("Connection", "Engine", s.engine().displayName()));
        items.add(item("Connection", "URL", s.url() == null ? null : JdbcUrl.redact(s.url())));
        items.add(item("Connection", "Database", s.database()));
        items.add(item("Connection", "User", s.user()));
        items.add(item("Connection", "Password", s.password() == null ? "none"
                : "${prompt}".equals(s.password().trim()) ? "asked once per session" : s.password()));
        items.add(item("Connection", "Server", row.serverProperty().get()));
        items.add(item("Snapshot", "Schemas", s.schemas().isEmpty() ? "all" : String.join(", ", s.schemas())));
        items.add(item("Snapshot", "File", s.snapshot()));
        items.add(item("Snapshot", "Taken", row.snapshotProperty().get()));
        items.add(item("Status", "Last error", row.errorProperty().get()));
        return items;
    }

    private static PropertySheet.Item item(String category, String name, String value) {
        String shown = Optional.ofNullable(value).orElse("—");
        return new PropertySheet.Item() {
            @Override
            public Class<?> getType() {
                return String.class;
            }

            @Override
            public String getCategory() {
                return category;
            }

            @Override
            public String getName() {
                return name;
            }

            @Override
            public String getDescription() {
                return null;
            }

            @Override
            public Object getValue() {
                return shown;
            }

            @Override
            public void setValue(Object value) {
                // read-only: services change through Edit service…
            }

            @Override
            public Optional<ObservableValue<? extends Object>> getObservableValue() {
                return Optional.empty();
            }

            @Override
            public boolean isEditable() {
                return false;
            }
        };
    }
}
