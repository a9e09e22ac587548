package dev.phaseshift.estate;

import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.snapshot.SnapshotFile;
import dev.phaseshift.snapshot.SnapshotFormatException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Loads an estate file and the snapshots it names. A service without a snapshot file is noted, not fatal. */
public final class EstateLoader {
    private EstateLoader() {
    }

    /** Opens a file relative to the estate: on disk next to the estate file, or a class-path resource. */
    @FunctionalInterface
    public interface Opener {
        /** Returns the stream, or null when there is no such file. */
        InputStream open(String relativePath) throws IOException;
    }

    public static Estate load(Path estateFile) throws EstateFormatException {
        Path dir = estateFile.toAbsolutePath().getParent();
        try (InputStream in = Files.newInputStream(estateFile)) {
            return load(in, estateFile.toString(), relative -> {
                Path p = dir.resolve(relative);
                return Files.isRegularFile(p) ? Files.newInputStream(p) : null;
            }, relative -> dir.resolve(relative).toString());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new EstateFormatException(estateFile + ": no such file");
        } catch (IOException e) {
            throw new EstateFormatException(estateFile + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Loads an estate from any source.
     *
     * @param describe turns a relative path into the name used in messages
     */
    public static Estate load(InputStream estate, String origin, Opener opener,
                              java.util.function.UnaryOperator<String> describe) throws EstateFormatException {
        EstateDefinition definition = EstateFile.read(estate, origin);
        Map<String, Snapshot> snapshots = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (ServiceDefinition service : definition.services()) {
            if (service.snapshot() == null) {
                notes.add("service \"" + service.name() + "\" has no snapshot yet: run phaseshift inspect");
                continue;
            }
            String name = describe.apply(service.snapshot());
            try (InputStream in = opener.open(service.snapshot())) {
                if (in == null) {
                    notes.add("service \"" + service.name() + "\": snapshot " + name + " not found: run phaseshift inspect");
                    continue;
                }
                Snapshot snapshot = SnapshotFile.read(in, name);
                if (!snapshot.service().equals(service.name())) {
                    throw new EstateFormatException(name + ": snapshot is of service \"" + snapshot.service()
                            + "\" but the estate uses it for \"" + service.name() + "\"");
                }
                snapshots.put(service.name(), snapshot);
            } catch (SnapshotFormatException e) {
                throw new EstateFormatException(e.getMessage(), e);
            } catch (IOException e) {
                throw new EstateFormatException(name + ": cannot read: " + e.getMessage(), e);
            }
        }
        return new Estate(definition, origin, snapshots, notes);
    }
}
