package dev.phaseshift.app.inspector;

import dev.phaseshift.app.estate.TableItem;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Constraint;
import dev.phaseshift.schema.ConstraintKind;
import dev.phaseshift.schema.Table;

import java.util.ArrayList;
import java.util.List;

/** A table: its columns, keys, checks, foreign keys in and out, indexes and comment. */
final class TableDetails {
    private TableDetails() {
    }

    static InspectorContent of(TableItem item, Estate estate) {
        Table table = item.table();
        List<InspectorSection> sections = new ArrayList<>();
        List<ColumnLine> columns = new ArrayList<>();
        for (Column c : table.columns()) {
            columns.add(new ColumnLine(c.name(), c.type(), c.nullable(), c.defaultExpression(),
                    ColumnRoles.of(table, c.name()).flags()));
        }
        sections.add(new ColumnsSection("Columns", columns));
        sections.add(new EntriesSection("Primary key", table.primaryKey()
                .map(pk -> List.of(new InspectorEntry(SqlDescriptions.name(pk.name()), SqlDescriptions.constraint(pk))))
                .orElse(List.of())));
        addConstraints(sections, "Unique constraints", table, ConstraintKind.UNIQUE);
        addConstraints(sections, "Check constraints", table, ConstraintKind.CHECK);
        sections.add(new EntriesSection("Foreign keys", table.foreignKeys().stream()
                .map(fk -> new InspectorEntry(SqlDescriptions.name(fk.name()), SqlDescriptions.foreignKey(fk)))
                .toList()));
        List<IncomingReference> incoming = IncomingReferences.to(estate, item.service(), item.schema(), table.name());
        if (!incoming.isEmpty()) {
            sections.add(new EntriesSection("Referenced by", incoming.stream().map(IncomingReference::entry).toList()));
        }
        sections.add(new EntriesSection("Indexes", table.indexes().stream()
                .map(i -> new InspectorEntry(i.name(), SqlDescriptions.index(i)))
                .toList()));
        if (table.comment() != null && !table.comment().isBlank()) {
            sections.add(new TextSection("Comment", table.comment(), false));
        }
        String subtitle = item.service() + " · " + item.schema() + " · "
                + table.columns().size() + (table.columns().size() == 1 ? " column" : " columns");
        return new InspectorContent(item, "table", table.name(), subtitle, sections);
    }

    private static void addConstraints(List<InspectorSection> sections, String title, Table table,
                                       ConstraintKind kind) {
        List<InspectorEntry> entries = new ArrayList<>();
        for (Constraint c : table.constraints()) {
            if (c.kind() == kind) {
                entries.add(new InspectorEntry(SqlDescriptions.name(c.name()), SqlDescriptions.constraint(c)));
            }
        }
        if (!entries.isEmpty()) {
            sections.add(new EntriesSection(title, entries));
        }
    }
}
