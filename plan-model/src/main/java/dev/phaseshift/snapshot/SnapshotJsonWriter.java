package dev.phaseshift.snapshot;

import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.ServerProduct;
import dev.phaseshift.schema.Snapshot;

import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Streams a snapshot in the written form of {@link SnapshotFile} straight to a writer, walking the model's
 * records by their components. A snapshot of a large database is tens of megabytes: building a JSON tree first
 * and then a string of it cost more than reading the catalog, so this writes each value once, as it goes.
 * Records are walked generically, so a component added to a model record is written without touching this class;
 * {@code SnapshotJsonWriterTest} holds the output byte for byte to what the JSON library writes for the same
 * snapshot, which is also how {@link SnapshotFile#read} reads it back.
 */
final class SnapshotJsonWriter {
    private static final String HEX = "0123456789ABCDEF";
    /** Record components per record class, in declaration order (the order of the written keys). */
    private static final Map<Class<?>, Component[]> COMPONENTS = new ConcurrentHashMap<>();

    private record Component(String name, Method accessor) {
        Object get(Object target) {
            try {
                return accessor.invoke(target);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + accessor, e);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + accessor, e.getCause());
            }
        }
    }

    private final Writer out;
    private final char[] padding = new char[256];

    private SnapshotJsonWriter(Writer out) {
        this.out = out;
        java.util.Arrays.fill(padding, ' ');
    }

    /** Writes {@code snapshot}, already in canonical order, with the file header and a trailing newline. */
    static void write(Snapshot snapshot, Writer out) throws IOException {
        SnapshotJsonWriter w = new SnapshotJsonWriter(out);
        out.write("{\n  \"format\": ");
        w.string(SnapshotFile.FORMAT);
        for (Component c : components(Snapshot.class)) {
            Object value = c.get(snapshot);
            if (c.name().equals("skipped")) {
                out.write(",\n  \"partial\": ");
                out.write(Boolean.toString(snapshot.partial()));
            }
            if (value != null) {
                w.field(c.name(), value, 1);
            }
        }
        out.write("\n}\n");
    }

    private void field(String name, Object value, int depth) throws IOException {
        out.write(",\n");
        pad(depth);
        string(name);
        out.write(": ");
        value(value, depth);
    }

    private void value(Object value, int depth) throws IOException {
        if (value instanceof String s) {
            string(s);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.write(value.toString());
        } else if (value instanceof Engine e) {
            string(e.id());
        } else if (value instanceof ServerProduct p) {
            string(p.name().toLowerCase(Locale.ROOT));
        } else if (value instanceof Enum<?> e) {
            string(e.name());
        } else if (value instanceof List<?> list) {
            list(list, depth);
        } else if (value instanceof Record r) {
            record(r, depth);
        } else {
            throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " in a snapshot");
        }
    }

    private void list(List<?> list, int depth) throws IOException {
        if (list.isEmpty()) {
            out.write("[]");
            return;
        }
        out.write('[');
        for (int i = 0; i < list.size(); i++) {
            out.write(i == 0 ? "\n" : ",\n");
            pad(depth + 1);
            Object element = list.get(i);
            if (element == null) {
                out.write("null");
            } else {
                value(element, depth + 1);
            }
        }
        out.write('\n');
        pad(depth);
        out.write(']');
    }

    private void record(Record r, int depth) throws IOException {
        boolean first = true;
        out.write('{');
        for (Component c : components(r.getClass())) {
            Object value = c.get(r);
            if (value == null) {
                continue;
            }
            out.write(first ? "\n" : ",\n");
            first = false;
            pad(depth + 1);
            string(c.name());
            out.write(": ");
            value(value, depth + 1);
        }
        if (!first) {
            out.write('\n');
            pad(depth);
        }
        out.write('}');
    }

    private void pad(int depth) throws IOException {
        int n = depth * 2;
        while (n > 0) {
            int chunk = Math.min(n, padding.length);
            out.write(padding, 0, chunk);
            n -= chunk;
        }
    }

    /** A JSON string as the JSON library escapes it: quote, backslash and control characters only. */
    private void string(String s) throws IOException {
        out.write('"');
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.write(s, from, i - from);
            from = i + 1;
            switch (c) {
                case '"' -> out.write("\\\"");
                case '\\' -> out.write("\\\\");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                case '\t' -> out.write("\\t");
                case '\b' -> out.write("\\b");
                case '\f' -> out.write("\\f");
                default -> {
                    out.write("\\u00");
                    out.write(HEX.charAt(c >> 4));
                    out.write(HEX.charAt(c & 0xF));
                }
            }
        }
        out.write(s, from, s.length() - from);
        out.write('"');
    }

    private static Component[] components(Class<?> type) {
        return COMPONENTS.computeIfAbsent(type, t -> {
            RecordComponent[] parts = t.getRecordComponents();
            Component[] out = new Component[parts.length];
            for (int i = 0; i < parts.length; i++) {
                out[i] = new Component(parts[i].getName(), parts[i].getAccessor());
            }
            return out;
        });
    }
}
