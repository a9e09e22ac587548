package dev.phaseshift.app.inspector;

import dev.phaseshift.app.estate.ServiceItem;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.ServiceDefinition;
import dev.phaseshift.schema.Snapshot;

import java.util.ArrayList;
import java.util.List;

/** A service: its connection, its snapshot and what is in it. */
final class ServiceDetails {
    private ServiceDetails() {
    }

    static InspectorContent of(ServiceItem item, Estate estate) {
        ServiceDefinition s = item.service();
        List<InspectorSection> sections = new ArrayList<>();
        List<InspectorProperty> connection = new ArrayList<>();
        connection.add(InspectorProperty.text("Team", orNone(s.team())));
        connection.add(InspectorProperty.text("Engine", s.engine().displayName()));
        connection.add(InspectorProperty.code("Database", orNone(s.database())));
        connection.add(InspectorProperty.code("URL", orNone(s.url())));
        connection.add(InspectorProperty.code("User", orNone(s.user())));
        if (s.password() != null) {
            // a reference such as ${env:ORDERS_DB_PASSWORD}, never the secret itself
            connection.add(InspectorProperty.code("Password from", s.password()));
        }
        connection.add(InspectorProperty.code("Schemas", s.schemas().isEmpty() ? "(all)" : String.join(", ", s.schemas())));
        sections.add(new PropertiesSection("Service", connection));

        Snapshot snapshot = item.snapshot();
        if (snapshot == null) {
            String estateFile = estate == null ? "phaseshift.yaml" : estate.location();
            sections.add(new TextSection("Snapshot", "Not inspected yet: there is no snapshot of this service. Run "
                    + "phaseshift inspect --estate " + estateFile + " --service " + s.name()
                    + " to read its schema.", false));
        } else {
            sections.add(new PropertiesSection("Snapshot", List.of(
                    InspectorProperty.text("Server version", orNone(snapshot.serverVersion())),
                    InspectorProperty.code("Source", orNone(snapshot.source())),
                    InspectorProperty.code("File", orNone(s.snapshot())))));
            sections.add(new PropertiesSection("Contents", List.of(
                    InspectorProperty.text("Schemas", Integer.toString(snapshot.schemas().size())),
                    InspectorProperty.text("Tables", Integer.toString(snapshot.tableCount())),
                    InspectorProperty.text("Columns", Integer.toString(snapshot.columnCount())),
                    InspectorProperty.text("Foreign keys", Integer.toString(snapshot.foreignKeyCount())),
                    InspectorProperty.text("Indexes", Integer.toString(snapshot.indexCount())),
                    InspectorProperty.text("Views", Integer.toString(snapshot.viewCount())))));
        }
        String subtitle = (s.team() == null ? "" : s.team() + " team · ") + s.engine().displayName()
                + (snapshot == null ? " · not inspected" : "");
        return new InspectorContent(item, "service", s.name(), subtitle, sections);
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
