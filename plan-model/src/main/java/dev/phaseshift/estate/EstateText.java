package dev.phaseshift.estate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What the editors of estate file text share: splitting into lines, reading back, writing atomically. */
final class EstateText {
    private EstateText() {
    }

    /** Replaces the file atomically where the system can, so a reader never sees half of it. */
    static void write(Path file, String text) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static EstateDefinition read(String text, String origin) throws EstateFormatException {
        return EstateFile.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), origin);
    }

    static String newline(String text) {
        return text.contains("\r\n") ? "\r\n" : "\n";
    }

    /** The lines without their line ends; a final line end does not make an empty last line. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r?\n", -1)));
        if (text.isEmpty() || text.endsWith("\n")) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** Whether a line after a top-level block's key still belongs to it: indented, an entry or a comment. */
    static boolean inBlock(String line) {
        return line.isBlank() || Character.isWhitespace(line.charAt(0)) || line.startsWith("-") || line.startsWith("#");
    }
}
