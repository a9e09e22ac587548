package dev.phaseshift.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One service's schema at a point in time.
 *
 * @param product       PostgreSQL, MySQL or MariaDB; null when unknown (e.g. read from DDL)
 * @param serverVersion the version exactly as the server reports it ({@code 15.10 (Debian 15.10-1)},
 *                      {@code 10.11.19-MariaDB-0+deb12u1}), or null when unknown
 * @param database      the database that was read (PostgreSQL database; MySQL connection default), or null
 * @param source        where the picture came from: a JDBC URL without credentials, or a DDL file
 * @param skipped       what could not be read fully; non-empty means the snapshot is {@link #partial()}
 * @param extensions    PostgreSQL extensions of the database, whichever schema they are installed in: they are
 *                      database-wide, and the schemas read may use an extension installed in a schema not read
 */
public record Snapshot(String service, Engine engine, ServerProduct product, String serverVersion, String database,
                       String source, List<SkippedObject> skipped, List<Schema> schemas,
                       List<Extension> extensions) {
    public Snapshot {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(engine, "engine");
        skipped = ModelLists.copy(skipped);
        schemas = ModelLists.copy(schemas);
        extensions = ModelLists.copy(extensions);
        if (product != null && product.engine() != engine) {
            throw new IllegalArgumentException("service \"" + service + "\": product " + product
                    + " does not run engine " + engine.id());
        }
    }

    /** A snapshot without extensions (MySQL, or a PostgreSQL database that has none). */
    public Snapshot(String service, Engine engine, ServerProduct product, String serverVersion, String database,
                    String source, List<SkippedObject> skipped, List<Schema> schemas) {
        this(service, engine, product, serverVersion, database, source, skipped, schemas, List.of());
    }

    /** The short form of the first model: product and database unknown, nothing skipped. */
    public Snapshot(String service, Engine engine, String serverVersion, String source, List<Schema> schemas) {
        this(service, engine, null, serverVersion, null, source, List.of(), schemas);
    }

    public static Snapshot of(String service, Engine engine, List<Schema> schemas) {
        return new Snapshot(service, engine, null, null, null, null, List.of(), schemas);
    }

    /** Whether some objects could not be read fully; {@link #skipped()} says which. */
    public boolean partial() {
        return !skipped.isEmpty();
    }

    public Optional<Schema> schema(String schemaName) {
        return schemas.stream().filter(s -> s.name().equals(schemaName)).findFirst();
    }

    public Optional<Table> table(String schemaName, String tableName) {
        return schema(schemaName).flatMap(s -> s.table(tableName));
    }

    public Optional<View> view(String schemaName, String viewName) {
        return schema(schemaName).flatMap(s -> s.view(viewName));
    }

    public Snapshot withSchemas(List<Schema> value) {
        return new Snapshot(service, engine, product, serverVersion, database, source, skipped, value, extensions);
    }

    public Snapshot withSkipped(List<SkippedObject> value) {
        return new Snapshot(service, engine, product, serverVersion, database, source, value, schemas, extensions);
    }

    public Snapshot withExtensions(List<Extension> value) {
        return new Snapshot(service, engine, product, serverVersion, database, source, skipped, schemas, value);
    }

    public Optional<Extension> extension(String extensionName) {
        return extensions.stream().filter(e -> e.name().equals(extensionName)).findFirst();
    }

    /**
     * A copy in canonical order (schemas, extensions and their objects by name, columns by ordinal, skipped objects by
     * schema, name and part). Snapshot files are written in this order, so equal databases give equal files.
     */
    public Snapshot canonical() {
        return new Snapshot(service, engine, product, serverVersion, database, source,
                ModelLists.sorted(skipped, Comparator.comparing(SkippedObject::schema, ModelLists.NAME_ORDER)
                        .thenComparing(SkippedObject::name, ModelLists.NAME_ORDER)
                        .thenComparing(SkippedObject::objectType, ModelLists.NAME_ORDER)
                        .thenComparing(SkippedObject::part, ModelLists.NAME_ORDER)),
                ModelLists.byName(ModelLists.map(schemas, Schema::canonical), Schema::name),
                ModelLists.byName(extensions, Extension::name));
    }

    public int tableCount() {
        return schemas.stream().mapToInt(s -> s.tables().size()).sum();
    }

    public int viewCount() {
        return schemas.stream().mapToInt(s -> s.views().size()).sum();
    }

    public int columnCount() {
        return schemas.stream().flatMap(s -> s.tables().stream()).mapToInt(t -> t.columns().size()).sum();
    }

    public int foreignKeyCount() {
        return schemas.stream().flatMap(s -> s.tables().stream()).mapToInt(t -> t.foreignKeys().size()).sum();
    }

    public int indexCount() {
        return schemas.stream().flatMap(s -> s.tables().stream()).mapToInt(t -> t.indexes().size()).sum();
    }

    public int triggerCount() {
        return schemas.stream().flatMap(s -> s.tables().stream()).mapToInt(t -> t.triggers().size()).sum()
                + schemas.stream().flatMap(s -> s.views().stream()).mapToInt(v -> v.triggers().size()).sum();
    }

    public int sequenceCount() {
        return schemas.stream().mapToInt(s -> s.sequences().size()).sum();
    }
}
