package dev.phaseshift.app.estate;

import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.ServiceDefinition;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;
import dev.phaseshift.schema.View;

import java.util.ArrayList;
import java.util.List;

/** Builds the unfiltered tree of an estate: the estate open, everything below it closed. */
public final class EstateTreeBuilder {
    private EstateTreeBuilder() {
    }

    public static EstateTreeNode build(Estate estate) {
        List<EstateTreeNode> services = new ArrayList<>();
        for (ServiceDefinition service : estate.services()) {
            Snapshot snapshot = estate.snapshot(service.name()).orElse(null);
            services.add(new EstateTreeNode(new ServiceItem(service, snapshot), schemas(service, snapshot), false));
        }
        return new EstateTreeNode(new EstateRootItem(estate), services, true);
    }

    private static List<EstateTreeNode> schemas(ServiceDefinition service, Snapshot snapshot) {
        if (snapshot == null) {
            return List.of();
        }
        List<EstateTreeNode> nodes = new ArrayList<>();
        for (Schema schema : snapshot.schemas()) {
            List<EstateTreeNode> relations = new ArrayList<>();
            for (Table table : schema.tables()) {
                relations.add(new EstateTreeNode(new TableItem(service.name(), schema.name(), table),
                        columns(service.name(), schema.name(), table.name(), table.columns(), table), false));
            }
            for (View view : schema.views()) {
                relations.add(new EstateTreeNode(new ViewItem(service.name(), schema.name(), view),
                        columns(service.name(), schema.name(), view.name(), view.columns(), null), false));
            }
            nodes.add(new EstateTreeNode(new SchemaItem(service.name(), schema), relations, false));
        }
        return nodes;
    }

    private static List<EstateTreeNode> columns(String service, String schema, String relation, List<Column> columns,
                                                Table table) {
        return columns.stream()
                .map(c -> new EstateTreeNode(new ColumnItem(service, schema, relation, c, table), List.of(), false))
                .toList();
    }
}
