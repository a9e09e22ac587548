package dev.phaseshift.app.inspector;

import dev.phaseshift.app.estate.EstateItem;

import java.util.List;
import java.util.Optional;

/**
 * What the inspector shows.
 *
 * @param item     the item described, or null when nothing is selected
 * @param kind     what the item is ("table", "column"...), shown above the title
 * @param subtitle where the item lives or what it is, in one line
 */
public record InspectorContent(EstateItem item, String kind, String title, String subtitle,
                               List<InspectorSection> sections) {
    public InspectorContent {
        sections = List.copyOf(sections);
    }

    public static InspectorContent empty() {
        return new InspectorContent(null, "", "Nothing selected",
                "Select a service, table, view or column in the estate tree to see its details.", List.of());
    }

    public boolean isEmpty() {
        return item == null;
    }

    /** The first section with this title and type. */
    public <S extends InspectorSection> Optional<S> section(String title, Class<S> type) {
        return sections.stream().filter(type::isInstance).map(type::cast).filter(s -> s.title().equals(title))
                .findFirst();
    }
}
