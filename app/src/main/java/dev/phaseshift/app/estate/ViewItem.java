package dev.phaseshift.app.estate;

import dev.phaseshift.schema.View;

/** A view. */
public record ViewItem(String service, String schema, View view) implements EstateItem {
    @Override
    public String name() {
        return view.name();
    }

    @Override
    public String path() {
        return service + "/" + schema + "/" + view.name();
    }
}
