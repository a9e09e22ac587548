package dev.phaseshift.export;

/**
 * Scalars for the YAML files exports write by hand (changelogs, pipelines): always double-quoted, so SQL, shell
 * lines and names never turn into another YAML type ({@code on}, {@code 1.0}, {@code null}) or a comment.
 */
final class YamlText {
    private YamlText() {
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
