package dev.phaseshift.app.inspector;

import dev.phaseshift.app.estate.ColumnItem;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.ForeignKey;
import dev.phaseshift.schema.Index;
import dev.phaseshift.schema.Table;

import java.util.ArrayList;
import java.util.List;

/** A column: type, nullability, default and comment, and the keys and indexes it is part of. */
final class ColumnDetails {
    private ColumnDetails() {
    }

    static InspectorContent of(ColumnItem item, Estate estate) {
        Column column = item.column();
        List<InspectorSection> sections = new ArrayList<>();
        sections.add(new PropertiesSection("Column", List.of(
                InspectorProperty.code("Type", column.type()),
                InspectorProperty.text("Nullable", column.nullable() ? "yes" : "no"),
                column.defaultExpression() == null
                        ? InspectorProperty.text("Default", "none")
                        : InspectorProperty.code("Default", column.defaultExpression()),
                InspectorProperty.text(item.table() == null ? "View" : "Table",
                        item.schema() + "." + item.relation()))));
        Table table = item.table();
        if (table != null) {
            ColumnRoles roles = ColumnRoles.of(table, column.name());
            sections.add(new PropertiesSection("Keys and indexes", List.of(
                    InspectorProperty.text("Primary key", roles.primaryKey()
                            .map(pk -> "yes · " + SqlDescriptions.name(pk.name())).orElse("no")),
                    InspectorProperty.code("Unique", roles.uniqueKeys().isEmpty() ? "no"
                            : String.join("\n", roles.uniqueKeys())),
                    InspectorProperty.code("Foreign key", roles.foreignKeys().isEmpty() ? "no"
                            : String.join("\n", roles.foreignKeys().stream().map(ColumnDetails::target).toList())),
                    InspectorProperty.code("Indexes", roles.indexes().isEmpty() ? "none"
                            : String.join("\n", roles.indexes().stream().map(Index::name).toList())))));
            List<InspectorEntry> incoming = new ArrayList<>();
            for (IncomingReference ref : IncomingReferences.to(estate, item.service(), item.schema(), table.name())) {
                if (ref.foreignKey().referencedColumns().contains(column.name())) {
                    incoming.add(ref.entry());
                }
            }
            if (!incoming.isEmpty()) {
                sections.add(new EntriesSection("Referenced by", incoming));
            }
        }
        if (column.comment() != null && !column.comment().isBlank()) {
            sections.add(new TextSection("Comment", column.comment(), false));
        }
        String subtitle = item.service() + " · " + item.schema() + "." + item.relation() + " · " + column.type()
                + (column.nullable() ? "" : " not null");
        return new InspectorContent(item, "column", column.name(), subtitle, sections);
    }

    private static String target(ForeignKey fk) {
        return SqlDescriptions.name(fk.name()) + " → " + SqlDescriptions.target(fk) + " "
                + SqlDescriptions.columns(fk.referencedColumns());
    }
}
