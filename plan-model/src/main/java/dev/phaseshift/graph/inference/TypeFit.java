package dev.phaseshift.graph.inference;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How well a referencing column's type fits the key it may reference, on the engine-neutral type names of
 * {@code TypeNames}. A fit raises or lowers the confidence of a proposal and says why.
 *
 * @param adjustment added to the confidence
 * @param reason     a short lower-case sentence for the evidence
 */
record TypeFit(double adjustment, String reason) {
    private static final List<String> INTEGERS = List.of("tinyint", "smallint", "mediumint", "integer", "bigint");
    private static final Pattern LENGTH = Pattern.compile("^(char|varchar|binary)\\((\\d+)\\)$");

    static TypeFit of(String source, String target) {
        if (source == null || target == null) {
            return new TypeFit(0, "type unknown");
        }
        if (source.equals(target)) {
            return new TypeFit(0.10, "types match (" + source + ")");
        }
        int s = integerRank(source);
        int t = integerRank(target);
        if (s >= 0 && t >= 0) {
            boolean signDiffers = source.endsWith(" unsigned") != target.endsWith(" unsigned");
            if (s == t) {
                return new TypeFit(0, source + " vs " + target + ": same width, signedness differs");
            }
            if (s < t) {
                return new TypeFit(-0.10, source + " is narrower than " + target);
            }
            return new TypeFit(signDiffers ? -0.03 : -0.02, source + " is wider than " + target);
        }
        if (uuidLike(source) && uuidLike(target)) {
            return new TypeFit(0.05, source + " holds a uuid like " + target);
        }
        if (textual(source) && textual(target)) {
            return new TypeFit(-0.05, "both textual (" + source + ", " + target + ")");
        }
        if ((s >= 0 && textual(target)) || (t >= 0 && textual(source))) {
            return new TypeFit(-0.40, source + " cannot hold " + target + " without conversion");
        }
        return new TypeFit(-0.50, "types differ (" + source + ", " + target + ")");
    }

    private static int integerRank(String type) {
        String base = type.endsWith(" unsigned") ? type.substring(0, type.length() - " unsigned".length()) : type;
        if (base.matches("numeric\\(\\d+(,0)?\\)")) {
            return INTEGERS.indexOf("bigint");
        }
        return INTEGERS.indexOf(base);
    }

    private static boolean uuidLike(String type) {
        if (type.equals("uuid")) {
            return true;
        }
        Matcher m = LENGTH.matcher(type);
        return m.matches() && (m.group(1).equals("binary") ? m.group(2).equals("16")
                : m.group(2).equals("36") || m.group(2).equals("32"));
    }

    private static boolean textual(String type) {
        return type.equals("text") || type.startsWith("varchar") || type.startsWith("char(") || type.equals("uuid");
    }
}
