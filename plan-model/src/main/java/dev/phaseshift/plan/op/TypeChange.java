package dev.phaseshift.plan.op;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a type change can lose data, judged on {@link dev.phaseshift.schema.TypeNames normalised} types:
 * integers may widen, character lengths grow, numerics gain digits on both sides of the point; anything else
 * that narrows is lossy. Changes it does not know are reported as unchecked rather than guessed.
 */
public final class TypeChange {
    /** How a change was judged. */
    public enum Verdict { SAFE, LOSSY, UNCHECKED }

    private static final List<String> INTEGERS = List.of("tinyint", "smallint", "mediumint", "integer", "bigint");
    private static final int[] INTEGER_DIGITS = {3, 5, 7, 10, 19};
    private static final Pattern PARAMS = Pattern.compile("^([a-z]+)(?:\\((\\d+)(?:,(\\d+))?\\))?$");

    private TypeChange() {
    }

    public static Verdict judge(String from, String to) {
        if (from == null || to == null) {
            return Verdict.UNCHECKED;
        }
        if (from.equals(to)) {
            return Verdict.SAFE;
        }
        Matcher f = PARAMS.matcher(from);
        Matcher t = PARAMS.matcher(to);
        if (!f.matches() || !t.matches()) {
            return Verdict.UNCHECKED;
        }
        String fb = f.group(1);
        String tb = t.group(1);
        int fi = INTEGERS.indexOf(fb);
        int ti = INTEGERS.indexOf(tb);
        if (fi >= 0 && ti >= 0) {
            return ti >= fi ? Verdict.SAFE : Verdict.LOSSY;
        }
        boolean fChar = fb.equals("varchar") || fb.equals("char") || fb.equals("text");
        boolean tChar = tb.equals("varchar") || tb.equals("char") || tb.equals("text");
        if (fChar && tChar) {
            if (tb.equals("text")) {
                return Verdict.SAFE;
            }
            if (fb.equals("text") || f.group(2) == null) {
                return Verdict.LOSSY;
            }
            return t.group(2) != null && Integer.parseInt(t.group(2)) >= Integer.parseInt(f.group(2))
                    ? Verdict.SAFE : Verdict.LOSSY;
        }
        if (tb.equals("numeric")) {
            if (t.group(2) == null) {
                return fi >= 0 || fb.equals("numeric") ? Verdict.SAFE : Verdict.UNCHECKED;
            }
            int tp = Integer.parseInt(t.group(2));
            int ts = t.group(3) == null ? 0 : Integer.parseInt(t.group(3));
            if (fi >= 0) {
                return tp - ts >= INTEGER_DIGITS[fi] ? Verdict.SAFE : Verdict.LOSSY;
            }
            if (fb.equals("numeric")) {
                if (f.group(2) == null) {
                    return Verdict.LOSSY;
                }
                int fp = Integer.parseInt(f.group(2));
                int fs = f.group(3) == null ? 0 : Integer.parseInt(f.group(3));
                return ts >= fs && tp - ts >= fp - fs ? Verdict.SAFE : Verdict.LOSSY;
            }
        }
        if (fb.equals("numeric") && ti >= 0) {
            return Verdict.LOSSY;
        }
        if ((fi >= 0 || fb.equals("numeric")) && tChar) {
            return tb.equals("text") ? Verdict.SAFE : Verdict.UNCHECKED;
        }
        if (fChar && (ti >= 0 || tb.equals("numeric") || tb.equals("boolean") || tb.equals("date"))) {
            return Verdict.LOSSY;
        }
        return Verdict.UNCHECKED;
    }

    /** The reason a verdict is worth telling, or empty when safe. */
    public static Optional<String> explain(Verdict verdict) {
        return switch (verdict) {
            case SAFE -> Optional.empty();
            case LOSSY -> Optional.of("can lose data");
            case UNCHECKED -> Optional.of("is not known to keep every value");
        };
    }
}
