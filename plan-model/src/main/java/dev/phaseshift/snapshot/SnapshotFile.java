package dev.phaseshift.snapshot;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.ServerProduct;
import dev.phaseshift.schema.Snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.function.Function;

/**
 * Reads and writes snapshot files ({@code format: phaseshift/snapshot@1}): strict on read, deterministic on write
 * so two snapshots of one service diff cleanly in git.
 *
 * <p>Written form: the snapshot in {@link Snapshot#canonical()} order (schemas and their objects by name,
 * columns by ordinal); record components in declaration order, {@code format} first and a derived
 * {@code partial} flag after {@code source}; two-space indent, {@code "key": value}, {@code []} for empty
 * lists, UTF-8 without escaping non-ASCII, a trailing newline. Null values are <em>omitted</em> (an absent key
 * means "none" or "unknown"); lists are always written, empty ones as {@code []}; booleans and other
 * primitives ({@code nullable}, {@code ordinal}) are always written and must be present on read, so a
 * hand-edited file cannot silently turn {@code validated} into false.
 * Enums are written by name ({@code PRIMARY_KEY}), except engine and product, which use their lower-case file
 * names ({@code postgresql}, {@code mariadb}).
 *
 * <p>There is no capture timestamp: two reads of an unchanged database give the same bytes (row estimates and
 * sizes still follow the data), so a diff shows schema changes only.
 *
 * <p>Read: unknown keys, duplicate keys, missing primitives and a wrong {@code format} are errors naming file,
 * line and column; a missing list reads as empty, a missing optional value as null. {@code read(write(s))} equals {@code s.canonical()}, and writing that again
 * gives the same bytes.
 */
public final class SnapshotFile {
    public static final String FORMAT = "phaseshift/snapshot@1";
    private static final String PARTIAL = "partial";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .addModule(new LowerCaseEnumModule())
            .addMixIn(Snapshot.class, SnapshotHeaderMixIn.class)
            .build();

    private SnapshotFile() {
    }

    public static String write(Snapshot snapshot) {
        StringWriter out = new StringWriter();
        try {
            SnapshotJsonWriter.write(snapshot.canonical(), out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render snapshot of service \"" + snapshot.service() + "\"", e);
        }
        return out.toString();
    }

    /** Writes atomically, streaming: a temporary file next to {@code file}, then a rename. */
    public static void write(Snapshot snapshot, Path file) {
        Snapshot canonical = snapshot.canonical();
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
            try {
                try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    SnapshotJsonWriter.write(canonical, out);
                }
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write snapshot " + file, e);
        }
    }

    public static Snapshot read(Path file) throws SnapshotFormatException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new SnapshotFormatException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads a snapshot; {@code origin} names the file or resource in messages. */
    public static Snapshot read(InputStream in, String origin) throws SnapshotFormatException {
        try {
            byte[] bytes = in.readAllBytes();
            JsonNode root = MAPPER.readTree(bytes);
            if (root == null || !root.isObject()) {
                throw new SnapshotFormatException(origin + ": not a snapshot: expected a JSON object");
            }
            JsonNode format = root.get("format");
            if (format == null || !FORMAT.equals(format.asText())) {
                throw new SnapshotFormatException(origin + ": unsupported snapshot format "
                        + (format == null ? "(missing \"format\")" : "\"" + format.asText() + "\"")
                        + ", expected \"" + FORMAT + "\"");
            }
            JsonNode partial = root.get(PARTIAL);
            // parsed a second time from the bytes, not the tree, so that errors keep their line and column
            Snapshot snapshot = MAPPER.readValue(bytes, Snapshot.class);
            if (partial != null && (!partial.isBoolean() || partial.booleanValue() != snapshot.partial())) {
                throw new SnapshotFormatException(origin + ": \"partial\" is " + partial
                        + " but " + snapshot.skipped().size() + " skipped objects are listed");
            }
            return snapshot;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 0 ? origin
                    : origin + ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new SnapshotFormatException(where + ": " + describe(e), e);
        } catch (IOException e) {
            throw new SnapshotFormatException(origin + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Jackson's message, prefixed with the JSON path it concerns ({@code schemas[0].tables[2].name}). */
    private static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return message;
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        if (message.startsWith("Cannot map `null` into type")) {
            String type = message.substring("Cannot map `null` into type `".length(), message.indexOf('`',
                    "Cannot map `null` into type `".length()));
            message = "missing or null, expected " + (type.equals("int") || type.equals("long") ? "a number"
                    : "a " + type);
        }
        return path + ": " + message;
    }

    /** The header keys around the record's own components: checked by {@link #read}, not mapped. */
    @JsonIgnoreProperties({"format", PARTIAL})
    private abstract static class SnapshotHeaderMixIn {
    }

    /** Engine and product are read by their lower-case file names ({@code postgresql}, {@code mariadb}). */
    private static final class LowerCaseEnumModule extends SimpleModule {
        private static final long serialVersionUID = 1L;

        LowerCaseEnumModule() {
            lowerCase(Engine.class, Engine::fromId);
            lowerCase(ServerProduct.class, text -> ServerProduct.valueOf(text.toUpperCase(Locale.ROOT)));
        }

        private <E extends Enum<E>> void lowerCase(Class<E> type, Function<String, E> parse) {
            addDeserializer(type, new StdDeserializer<>(type) {
                private static final long serialVersionUID = 1L;

                @Override
                public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                    String text = p.getValueAsString();
                    try {
                        return parse.apply(text);
                    } catch (IllegalArgumentException e) {
                        throw InvalidFormatException.from(p, "unknown " + type.getSimpleName().toLowerCase(Locale.ROOT)
                                        + " \"" + text + "\"",
                                text, type);
                    }
                }
            });
        }
    }
}
