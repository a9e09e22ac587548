package dev.phaseshift.estate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds and changes services in an estate file by editing its text, as {@link DecisionEditor} does for
 * decisions: a changed service keeps its comments, key order and untouched lines, only the lines whose value
 * changed are rewritten, new keys go after the entry's last line, a new service after the last one. Every edit
 * is read back and compared before it is returned, so a file this editor cannot follow is never written.
 */
public final class ServiceEditor {
    private static final Pattern BLOCK = Pattern.compile("^services\\s*:\\s*(\\[\\s*])?(\\s*#.*)?\\s*$");
    private static final Pattern LATER_BLOCKS = Pattern.compile("^(references|consumers|decisions|lint)\\s*:.*");
    private static final Pattern ENTRY_START = Pattern.compile("^(\\s*)-(\\s+)\\S.*");
    private static final Pattern FIELD = Pattern.compile(
            "^(\\s*(?:-\\s+)?)([a-z]+)\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^']|'')*'|\\[[^\\]]*]|[^#]*?)(\\s+#.*)?\\s*$");
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./-][A-Za-z0-9_./:?=&%+@-]*");
    private static final List<String> KEYS =
            List.of("name", "team", "engine", "database", "url", "user", "password", "schemas", "snapshot");

    private ServiceEditor() {
    }

    /** The text of a new estate file with no services yet. */
    public static String newEstate(String name) {
        Objects.requireNonNull(name, "name");
        return "# The services of one organisation and their databases; see docs/estate-file.md.\n"
                + "format: " + EstateFile.FORMAT + "\n"
                + "name: " + scalar(name) + "\n"
                + "services: []\n";
    }

    /**
     * The estate file text with {@code service} in it: the entry of the same name changed, or a new one added.
     *
     * @throws EstateFormatException when the text is not a valid estate file to begin with
     */
    public static String put(String text, ServiceDefinition service, String origin) throws EstateFormatException {
        EstateText.read(text, origin);
        List<String> lines = EstateText.lines(text);
        int block = blockStart(lines);
        if (block < 0) {
            int at = firstLaterBlock(lines);
            List<String> added = new ArrayList<>(List.of("services:"));
            added.addAll(newEntry(service, "  "));
            if (at < lines.size()) {
                added.add("");
            }
            lines.addAll(at, added);
        } else {
            Matcher header = BLOCK.matcher(lines.get(block));
            if (header.matches() && header.group(1) != null) {
                lines.set(block, "services:" + (header.group(2) == null ? "" : header.group(2)));
            }
            List<int[]> entries = entries(lines, block);
            int[] existing = entries.stream().filter(e -> service.name().equals(nameOf(lines, e))).findFirst()
                    .orElse(null);
            if (existing != null) {
                edit(lines, existing, service);
            } else {
                String indent = entries.isEmpty() ? "  " : ENTRY_START.matcher(lines.get(entries.get(0)[0]))
                        .replaceFirst("$1");
                int after = entries.isEmpty() ? block + 1 : lastOfEntry(lines, entries.get(entries.size() - 1)) + 1;
                lines.addAll(after, newEntry(service, indent));
            }
        }
        String result = String.join(EstateText.newline(text), lines) + EstateText.newline(text);
        EstateDefinition check = EstateText.read(result, origin);
        ServiceDefinition written = check.services().stream().filter(s -> s.name().equals(service.name()))
                .findFirst().orElse(null);
        if (!service.equals(written)) {
            throw new IllegalStateException("writing service \"" + service.name() + "\" into " + origin
                    + " did not take: its entry has a form this editor does not recognise");
        }
        return result;
    }

    /** Adds or changes a service in an estate file on disk. */
    public static void put(Path file, ServiceDefinition service) throws IOException, EstateFormatException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        EstateText.write(file, put(text, service, file.toString()));
    }

    /** Writes estate file text, e.g. a new estate or the text before an edit that is undone. */
    public static void write(Path file, String text) throws IOException, EstateFormatException {
        EstateText.read(text, file.toString());
        EstateText.write(file, text);
    }

    private static void edit(List<String> lines, int[] entry, ServiceDefinition service) {
        Map<String, String> wanted = values(service);
        String keyIndent = null;
        List<String> present = new ArrayList<>();
        for (int i = entry[1] - 1; i >= entry[0]; i--) {
            Matcher m = FIELD.matcher(lines.get(i));
            if (!m.matches() || !KEYS.contains(m.group(2)) || !isKeyOfEntry(m.group(1), lines.get(entry[0]))) {
                continue;
            }
            String key = m.group(2);
            present.add(key);
            String prefix = m.group(1);
            keyIndent = " ".repeat(prefix.length());
            int end = i + 1;
            if (m.group(3).isEmpty()) {
                // a block sequence under the key: its items belong to the key's value
                while (end < entry[1] && (lines.get(end).isBlank() || indentOf(lines.get(end)) > prefix.length()
                        && !lines.get(end).stripLeading().startsWith("#"))) {
                    end++;
                }
            }
            String value = wanted.get(key);
            if (value == null) {
                removeLines(lines, i, end);
                entry[1] -= end - i;
            } else if (end > i + 1 || !value.equals(normalise(m.group(3)))) {
                removeLines(lines, i + 1, end);
                entry[1] -= end - i - 1;
                lines.set(i, prefix + key + ": " + value + (m.group(4) == null ? "" : m.group(4)));
            }
        }
        int insertAt = lastContent(lines, entry) + 1;
        String indent = keyIndent == null ? "    " : keyIndent;
        for (Map.Entry<String, String> e : wanted.entrySet()) {
            if (!present.contains(e.getKey()) && e.getValue() != null) {
                lines.add(insertAt++, indent + e.getKey() + ": " + e.getValue());
            }
        }
    }

    private static boolean isKeyOfEntry(String prefix, String entryLine) {
        Matcher start = ENTRY_START.matcher(entryLine);
        int keyColumn = start.matches() ? start.group(1).length() + 1 + start.group(2).length() : 4;
        return prefix.length() == keyColumn;
    }

    private static void removeLines(List<String> lines, int from, int to) {
        if (to > from) {
            lines.subList(from, to).clear();
        }
    }

    private static List<String> newEntry(ServiceDefinition service, String indent) {
        List<String> out = new ArrayList<>();
        values(service).forEach((key, value) -> {
            if (value != null) {
                out.add((out.isEmpty() ? indent + "- " : indent + "  ") + key + ": " + value);
            }
        });
        return out;
    }

    /** The file form of each key, in the documented order; null for keys the service leaves out. */
    private static Map<String, String> values(ServiceDefinition s) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("name", scalar(s.name()));
        out.put("team", scalar(s.team()));
        out.put("engine", s.engine().id());
        out.put("database", scalar(s.database()));
        out.put("url", scalar(s.url()));
        out.put("user", scalar(s.user()));
        out.put("password", scalar(s.password()));
        out.put("schemas", s.schemas().isEmpty() ? null
                : "[" + String.join(", ", s.schemas().stream().map(ServiceEditor::scalar).toList()) + "]");
        out.put("snapshot", scalar(s.snapshot()));
        return out;
    }

    /** A value as this editor would write it, so an unchanged value in another spelling is left alone. */
    private static String normalise(String written) {
        String value = written.strip();
        if (value.startsWith("[") && value.endsWith("]")) {
            String inner = value.substring(1, value.length() - 1).strip();
            return inner.isEmpty() ? "[]" : "[" + String.join(", ",
                    java.util.Arrays.stream(inner.split(",")).map(v -> scalar(unquote(v.strip()))).toList()) + "]";
        }
        return scalar(unquote(value));
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            return value.substring(1, value.length() - 1).replace("''", "'");
        }
        return value;
    }

    private static String scalar(String value) {
        if (value == null) {
            return null;
        }
        if (PLAIN.matcher(value).matches() && !value.contains(": ") && !isYamlWord(value)) {
            return value;
        }
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Words YAML would read as something other than a string. */
    private static boolean isYamlWord(String value) {
        return value.matches("(?i)true|false|yes|no|on|off|null|~|[-+]?[0-9][0-9_.eE+-]*");
    }

    private static String nameOf(List<String> lines, int[] entry) {
        for (int i = entry[0]; i < entry[1]; i++) {
            Matcher m = FIELD.matcher(lines.get(i));
            if (m.matches() && m.group(2).equals("name") && isKeyOfEntry(m.group(1), lines.get(entry[0]))) {
                return unquote(m.group(3).strip());
            }
        }
        return null;
    }

    /** Each entry of the block as [first line, end line), ending where the next entry at its indent starts. */
    private static List<int[]> entries(List<String> lines, int block) {
        List<int[]> entries = new ArrayList<>();
        int entryIndent = -1;
        int i = block + 1;
        for (; i < lines.size() && EstateText.inBlock(lines.get(i)); i++) {
            Matcher m = ENTRY_START.matcher(lines.get(i));
            if (m.matches() && (entryIndent < 0 || m.group(1).length() == entryIndent)) {
                entryIndent = m.group(1).length();
                if (!entries.isEmpty()) {
                    entries.get(entries.size() - 1)[1] = i;
                }
                entries.add(new int[] {i, -1});
            }
        }
        if (!entries.isEmpty()) {
            entries.get(entries.size() - 1)[1] = i;
        }
        return entries;
    }

    /** The entry's last line that is neither blank nor a comment, so trailing comments stay where they are. */
    private static int lastContent(List<String> lines, int[] entry) {
        int last = entry[0];
        for (int i = entry[0]; i < entry[1]; i++) {
            String line = lines.get(i);
            if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
                last = i;
            }
        }
        return last;
    }

    /** The entry's last line, its own indented comments included but not the comments after it. */
    private static int lastOfEntry(List<String> lines, int[] entry) {
        int entryIndent = indentOf(lines.get(entry[0]));
        int last = entry[0];
        for (int i = entry[0]; i < entry[1]; i++) {
            String line = lines.get(i);
            if (!line.isBlank() && (indentOf(line) > entryIndent || !line.stripLeading().startsWith("#"))) {
                last = i;
            }
        }
        return last;
    }

    private static int indentOf(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    private static int blockStart(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (BLOCK.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    private static int firstLaterBlock(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (LATER_BLOCKS.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return lines.size();
    }
}
