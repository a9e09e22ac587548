package dev.phaseshift.estate;

import java.util.Objects;

/**
 * Where something was written: a file (or bundled resource) and, when known, a 1-based line and column.
 *
 * @param line   1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 */
public record SourceLocation(String file, int line, int column) {
    public SourceLocation {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("negative line or column: " + line + ":" + column);
        }
    }

    // written out rather than generated: see Finding (a cold lint run hashes both)
    @Override
    public boolean equals(Object o) {
        return o instanceof SourceLocation l && file.equals(l.file) && line == l.line && column == l.column;
    }

    @Override
    public int hashCode() {
        return (file.hashCode() * 31 + line) * 31 + column;
    }

    public static SourceLocation of(String file, int line, int column) {
        return new SourceLocation(file, line, column);
    }

    /** {@code file:line:column}, leaving out what is unknown; the form editors and terminals link to. */
    @Override
    public String toString() {
        if (line == 0) {
            return file;
        }
        return column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
