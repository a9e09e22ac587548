package dev.phaseshift.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes exported files under an output directory, creating the folders they need. */
public final class ExportWriter {
    private ExportWriter() {
    }

    /** @throws IOException naming the file that could not be written */
    public static void write(List<ExportedFile> files, Path dir) throws IOException {
        for (ExportedFile file : files) {
            Path target = dir.resolve(file.path());
            try {
                Files.createDirectories(target.getParent());
                Files.write(target, file.bytes());
            } catch (IOException e) {
                throw new IOException("cannot write " + target + ": " + e.getMessage(), e);
            }
        }
    }
}
