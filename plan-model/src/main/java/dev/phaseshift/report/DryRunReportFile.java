package dev.phaseshift.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the verdicts out of a dry-run report written by {@code phaseshift dry-run --json-report}. */
public final class DryRunReportFile {
    /** The format a report file must declare. */
    public static final String FORMAT = "phaseshift/dry-run-report@1";

    private DryRunReportFile() {
    }

    /**
     * @throws IOException when the file cannot be read, is not JSON, or is not a dry-run report (message names
     *                     the file and what is wrong)
     */
    public static DryRunOutcome read(Path file) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new IOException(file + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
                    + ": not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !FORMAT.equals(root.path("format").asText(null))) {
            throw new IOException(file + ": not a dry-run report (expected \"format\": \"" + FORMAT + "\")");
        }
        List<DryRunOutcome.PhaseOutcome> phases = new ArrayList<>();
        for (JsonNode p : root.path("phases")) {
            int failed = 0;
            for (JsonNode s : p.path("steps")) {
                if (s.path("status").asText("").equals("failed")) {
                    failed++;
                }
            }
            phases.add(new DryRunOutcome.PhaseOutcome(p.path("id").asText(""), p.path("passed").asBoolean(false),
                    p.path("steps").size(), failed, p.path("rollback").path("verdict").asText(null),
                    p.path("idempotence").path("verdict").asText(null)));
        }
        List<String> problems = new ArrayList<>();
        for (JsonNode problem : root.path("problems")) {
            problems.add(problem.path("message").asText(problem.toString()));
        }
        return new DryRunOutcome(file.toString(), root.path("plan").asText(null), root.path("kind").asText(null),
                root.path("startedAt").asText(null), root.path("passed").asBoolean(false), phases,
                root.path("reversible").path("verdict").asText(null),
                root.path("summary").path("compatibilityBreaks").asLong(0), problems);
    }
}
