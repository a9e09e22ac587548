package dev.phaseshift.app.inspector;

import java.util.List;

/** Named objects: keys, checks, foreign keys, indexes, the tables a view reads. */
public record EntriesSection(String title, List<InspectorEntry> entries) implements InspectorSection {
    public EntriesSection {
        entries = List.copyOf(entries);
    }
}
