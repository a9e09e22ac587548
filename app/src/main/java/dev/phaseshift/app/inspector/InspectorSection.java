package dev.phaseshift.app.inspector;

/** One titled block of the inspector. */
public sealed interface InspectorSection permits PropertiesSection, ColumnsSection, EntriesSection, TextSection,
        ImpactSection {
    String title();
}
