package dev.phaseshift.app.inspector;

import java.util.List;

/** Names and values, shown as a two-column grid. */
public record PropertiesSection(String title, List<InspectorProperty> properties) implements InspectorSection {
    public PropertiesSection {
        properties = List.copyOf(properties);
    }

    /** The value of the property called {@code name}, or null. */
    public String value(String name) {
        return properties.stream().filter(p -> p.name().equals(name)).map(InspectorProperty::value).findFirst()
                .orElse(null);
    }
}
