package dev.phaseshift.app.export;

import dev.phaseshift.export.ExportedFile;

import java.nio.charset.StandardCharsets;

/**
 * One file the export would write, as the preview lists it.
 *
 * @param path    relative to the output directory
 * @param text    the content for a text file; for a picture, a line saying what it is
 * @param picture whether the content is a picture (PNG) rather than text
 */
public record PreviewFile(String path, int bytes, String text, boolean picture) {
    static PreviewFile of(ExportedFile file) {
        byte[] content = file.bytes();
        boolean png = content.length > 4 && (content[0] & 0xff) == 0x89 && content[1] == 'P' && content[2] == 'N';
        return new PreviewFile(file.path(), content.length,
                png ? "(PNG picture, " + content.length + " bytes)" : new String(content, StandardCharsets.UTF_8),
                png);
    }

    /** {@code flyway/orders/V1__plan_expand.sql · 1.2 kB}. */
    public String label() {
        return path + " · " + (bytes < 1024 ? bytes + " B" : String.format(java.util.Locale.ROOT, "%.1f kB",
                bytes / 1024.0));
    }

    @Override
    public String toString() {
        return label();
    }
}
