package dev.phaseshift.export;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One file an export writes.
 *
 * @param path  relative to the output directory, with {@code /} separators
 * @param bytes the content (UTF-8 text but for pictures)
 */
public record ExportedFile(String path, byte[] bytes) {
    public ExportedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(bytes, "bytes");
        if (path.startsWith("/") || path.contains("..")) {
            throw new IllegalArgumentException("export paths are relative and stay inside the output directory: "
                    + path);
        }
        bytes = bytes.clone();
    }

    public static ExportedFile text(String path, String text) {
        return new ExportedFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
