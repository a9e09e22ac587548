package dev.phaseshift.app.estate;

import dev.phaseshift.estate.Estate;

/** The estate itself, the root of the tree. */
public record EstateRootItem(Estate estate) implements EstateItem {
    @Override
    public String name() {
        return estate.name();
    }

    @Override
    public String path() {
        return "";
    }
}
