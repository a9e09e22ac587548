package dev.phaseshift.app.connect;

import java.util.Objects;

/** One change the app wrote into the estate file: the text before and after, so it can be undone. */
record EstateEdit(String description, String before, String after) {
    EstateEdit {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
