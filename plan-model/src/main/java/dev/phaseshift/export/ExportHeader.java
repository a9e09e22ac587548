package dev.phaseshift.export;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines every exported file opens with: which Phaseshift version wrote it, from which plan and plan checksum,
 * so a reviewer can tell a stale export from the plan it claims to be.
 */
final class ExportHeader {
    private ExportHeader() {
    }

    static List<String> lines(ExportInput input, String what) {
        List<String> out = new ArrayList<>();
        out.add(what + " — written by phaseshift " + input.toolVersion() + "; do not edit, export again.");
        out.add("plan: \"" + input.plan().name() + "\" (" + input.planPath() + ")");
        out.add("plan checksum: " + input.planChecksum());
        return out;
    }

    /** The header as comment lines starting with {@code prefix} ({@code -- }, {@code # }). */
    static String comment(ExportInput input, String what, String prefix) {
        StringBuilder out = new StringBuilder();
        for (String line : lines(input, what)) {
            out.append(prefix).append(line).append('\n');
        }
        return out.toString();
    }
}
