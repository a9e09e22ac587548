package dev.phaseshift.runner;

import dev.phaseshift.plan.sql.RenderedSql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 checksums of what a step runs (its rendered SQL and modes) and of a plan file's text. */
final class Checksums {
    private Checksums() {
    }

    static String of(List<RenderedSql> statements) {
        StringBuilder text = new StringBuilder();
        statements.forEach(s -> text.append(s.mode().name()).append('\n').append(s.text()).append("\n;\n"));
        return of(text.toString());
    }

    static String of(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The first 12 hex digits, as messages show a checksum. */
    static String shortForm(String checksum) {
        return checksum == null ? "none" : checksum.substring(0, Math.min(12, checksum.length()));
    }
}
