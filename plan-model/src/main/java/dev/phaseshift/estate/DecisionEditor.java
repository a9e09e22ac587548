package dev.phaseshift.estate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes decisions on inferred references into an estate file by editing its text, so the user's comments,
 * order and formatting survive: one {@code decisions:} block is added at the end when there is none, an entry
 * for the same reference is changed in place, a new one is appended after the block's last entry. Every edit is
 * read back with {@link EstateFile} before it is returned, so a broken file is never written.
 */
public final class DecisionEditor {
    private static final Pattern BLOCK = Pattern.compile("^decisions\\s*:\\s*(\\[\\s*])?(\\s*#.*)?\\s*$");
    private static final Pattern ENTRY = Pattern.compile(
            "^(\\s*)-\\s+(accept|reject)\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^']|'')*'|[^#]*?)(\\s*#.*)?\\s*$");
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_$][A-Za-z0-9_.$> -]*[A-Za-z0-9_$]");

    private DecisionEditor() {
    }

    /**
     * The estate file text with {@code decision} recorded.
     *
     * @param origin names the file in messages
     * @throws EstateFormatException when the text is not a valid estate file to begin with
     */
    public static String record(String text, ReferenceDecision decision, String origin) throws EstateFormatException {
        EstateFile.read(stream(text), origin);
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r?\n", -1)));
        boolean endsWithNewline = text.isEmpty() || text.endsWith("\n");
        if (endsWithNewline) {
            lines.remove(lines.size() - 1);
        }
        String entry = entry(decision);
        int block = blockStart(lines);
        if (block < 0) {
            if (!lines.isEmpty() && !lines.get(lines.size() - 1).isBlank()) {
                lines.add("");
            }
            lines.add("# Decisions on inferred references: accepted ones count as references, rejected ones are");
            lines.add("# not proposed again. Written by Phaseshift; you may edit them.");
            lines.add("decisions:");
            lines.add("  " + entry);
        } else {
            Matcher header = BLOCK.matcher(lines.get(block));
            if (header.matches() && header.group(1) != null) {
                // "decisions: []" becomes a block so entries can follow it
                lines.set(block, "decisions:" + (header.group(2) == null ? "" : header.group(2)));
            }
            int last = block;
            String indent = null;
            boolean replaced = false;
            for (int i = block + 1; i < lines.size() && inBlock(lines.get(i)); i++) {
                Matcher m = ENTRY.matcher(lines.get(i));
                if (!m.matches()) {
                    if (!lines.get(i).isBlank() && !lines.get(i).stripLeading().startsWith("#")) {
                        last = i;
                    }
                    continue;
                }
                last = i;
                indent = indent == null ? m.group(1) : indent;
                if (pair(m.group(3)).map(decision.pair()::equals).orElse(false)) {
                    lines.set(i, m.group(1) + entry + (m.group(4) == null ? "" : m.group(4)));
                    replaced = true;
                    break;
                }
            }
            if (!replaced) {
                lines.add(last + 1, (indent == null ? "  " : indent) + entry);
            }
        }
        String result = String.join(newline, lines) + newline;
        EstateDefinition check = EstateFile.read(stream(result), origin);
        if (check.decision(decision.pair()).map(d -> d.verdict() != decision.verdict()).orElse(true)) {
            throw new IllegalStateException("recording " + entry + " in " + origin + " did not take: "
                    + "the decisions block has a form this editor does not recognise");
        }
        return result;
    }

    /** The estate file text without a decision on {@code pair}; unchanged when there is none. */
    public static String forget(String text, ReferencePair pair, String origin) throws EstateFormatException {
        EstateFile.read(stream(text), origin);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("(?<=\n)", -1)));
        int block = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = strip(lines.get(i));
            if (block < 0) {
                block = BLOCK.matcher(line).matches() ? i : -1;
                continue;
            }
            if (!inBlock(line)) {
                break;
            }
            Matcher m = ENTRY.matcher(line);
            if (m.matches() && pair(m.group(3)).map(pair::equals).orElse(false)) {
                lines.remove(i);
                String result = String.join("", lines);
                EstateFile.read(stream(result), origin);
                return result;
            }
        }
        return text;
    }

    /** Records a decision in an estate file on disk, replacing the file atomically where the system can. */
    public static void record(Path file, ReferenceDecision decision) throws IOException, EstateFormatException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        EstateText.write(file, record(text, decision, file.toString()));
    }

    /** Removes a decision from an estate file on disk. */
    public static void forget(Path file, ReferencePair pair) throws IOException, EstateFormatException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String result = forget(text, pair, file.toString());
        if (!result.equals(text)) {
            EstateText.write(file, result);
        }
    }

    private static int blockStart(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (BLOCK.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean inBlock(String line) {
        return EstateText.inBlock(line);
    }

    private static String entry(ReferenceDecision decision) {
        return "- " + decision.verdict().key() + ": " + scalar(decision.pair().toString());
    }

    private static String scalar(String value) {
        if (PLAIN.matcher(value).matches() && !value.contains(": ") && !value.contains(" #")) {
            return value;
        }
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static Optional<ReferencePair> pair(String scalar) {
        String value = scalar.strip();
        if (value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2) {
            value = value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        } else if (value.startsWith("'") && value.endsWith("'") && value.length() >= 2) {
            value = value.substring(1, value.length() - 1).replace("''", "'");
        }
        try {
            return Optional.of(ReferencePair.parse(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String strip(String line) {
        return line.endsWith("\r\n") ? line.substring(0, line.length() - 2)
                : line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
