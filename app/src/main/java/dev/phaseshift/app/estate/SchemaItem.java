package dev.phaseshift.app.estate;

import dev.phaseshift.schema.Schema;

/** A schema (a MySQL database) of one service. */
public record SchemaItem(String service, Schema schema) implements EstateItem {
    @Override
    public String name() {
        return schema.name();
    }

    @Override
    public String path() {
        return service + "/" + schema.name();
    }
}
