package dev.phaseshift.app.estate;

import dev.phaseshift.schema.Table;

/** A base table. */
public record TableItem(String service, String schema, Table table) implements EstateItem {
    @Override
    public String name() {
        return table.name();
    }

    @Override
    public String path() {
        return service + "/" + schema + "/" + table.name();
    }
}
