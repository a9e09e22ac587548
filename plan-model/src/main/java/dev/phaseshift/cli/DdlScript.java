package dev.phaseshift.cli;

import dev.phaseshift.ddl.DdlRenderer;
import dev.phaseshift.ddl.SchemaMapping;
import dev.phaseshift.schema.Privilege;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.ServerProduct;
import dev.phaseshift.schema.SkippedObject;
import dev.phaseshift.schema.Snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The script {@code ddl} and {@code inspect --ddl} write: a header naming the snapshot, then its DDL. */
final class DdlScript {
    private DdlScript() {
    }

    /**
     * The script for {@code snapshot} read from {@code fileName}, written for {@code product} (null: the engine's
     * default). Throws {@link IllegalArgumentException} for a snapshot the product cannot hold.
     */
    static String of(Snapshot snapshot, ServerProduct product, SchemaMapping mapping, String fileName) {
        return of(snapshot, product, mapping, fileName, true);
    }

    /** As {@link #of(Snapshot, ServerProduct, SchemaMapping, String)}, without grants when told so. */
    static String of(Snapshot snapshot, ServerProduct product, SchemaMapping mapping, String fileName,
                     boolean privileges) {
        return header(snapshot, product, mapping, fileName, privileges)
                + DdlRenderer.forProduct(snapshot.engine(), product, privileges).script(snapshot, mapping);
    }

    /** Comment lines naming the snapshot; values are cut at line breaks so that they cannot end the comment. */
    private static String header(Snapshot snapshot, ServerProduct product, SchemaMapping mapping, String fileName,
                                 boolean privileges) {
        List<String> lines = new ArrayList<>();
        lines.add("DDL that recreates the snapshot of service \"" + snapshot.service() + "\" (" + fileName
                + "), written by phaseshift " + VersionProvider.version());
        if (snapshot.source() != null) {
            lines.add("source: " + snapshot.source());
        }
        if (snapshot.database() != null) {
            lines.add("database: " + snapshot.database());
        }
        if (snapshot.serverVersion() != null) {
            lines.add("server version: " + snapshot.serverVersion());
        }
        lines.add("written for: " + (product == null ? snapshot.engine().id() : product.name().toLowerCase(Locale.ROOT)));
        for (Schema s : snapshot.schemas()) {
            String target = mapping.target(s.name());
            if (!target.equals(s.name())) {
                lines.add("schema \"" + s.name() + "\" is created as \"" + target + "\"");
            }
        }
        // roles and accounts are server-wide and not in the snapshot: say up front which ones the grants need
        Set<String> roles = new TreeSet<>();
        for (Schema s : snapshot.schemas()) {
            s.privileges().stream().map(Privilege::grantee).filter(g -> !g.equals(Privilege.PUBLIC))
                    .forEach(roles::add);
        }
        if (privileges && !roles.isEmpty()) {
            lines.add("grants need these roles or accounts on the target server (leave grants out with "
                    + "--no-privileges): "
                    + String.join(", ", roles.stream().map(r -> "\"" + r + "\"").toList()));
        }
        if (snapshot.partial()) {
            lines.add("INCOMPLETE: the snapshot is partial; " + count(snapshot.skipped().size(), "object")
                    + " could not be read and may be missing or incomplete below:");
            for (SkippedObject skipped : snapshot.skipped()) {
                lines.add("  skipped " + skipped.objectType() + " "
                        + (skipped.schema() == null ? "" : "\"" + skipped.schema() + "\".") + "\"" + skipped.name()
                        + "\" (" + skipped.part() + "): " + skipped.reason());
            }
        }
        StringBuilder header = new StringBuilder();
        for (String line : lines) {
            header.append("-- ").append(line.replaceAll("[\\r\\n]+", " ")).append('\n');
        }
        return header.append('\n').toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
