package dev.phaseshift.estate;

import dev.phaseshift.schema.Engine;

import java.util.List;
import java.util.Objects;

/**
 * One service of an estate as declared in {@code phaseshift.yaml}.
 *
 * @param password a secret reference ({@code ${env:VAR}} or {@code ${prompt}}), never the secret; may be null
 * @param snapshot the snapshot file, relative to the estate file; may be null before the first inspection
 */
public record ServiceDefinition(String name, String team, Engine engine, String database, String url, String user,
                                String password, List<String> schemas, String snapshot) {
    public ServiceDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(engine, "engine");
        schemas = schemas == null ? List.of() : List.copyOf(schemas);
    }
}
