package dev.phaseshift.app.connect;

import java.nio.file.Path;
import java.util.Objects;

/** What File ▸ New estate asks for: where the estate file goes and the estate's name. */
public record NewEstate(Path file, String name) {
    public NewEstate {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
    }
}
