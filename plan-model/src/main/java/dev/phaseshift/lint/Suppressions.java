package dev.phaseshift.lint;

import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.op.Sql;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules a step silences with {@code phaseshift:allow rule-id reason}, written in its {@code notes} or as an
 * SQL comment ({@code -- phaseshift:allow rule-id reason}) in a {@code sql} step. A suppression without a reason
 * silences nothing: the reason is what a reviewer reads.
 */
final class Suppressions {
    private static final Pattern ALLOW = Pattern.compile("phaseshift:allow\\s+([a-z0-9-]+)[ \\t]+(\\S[^\\n]*)");

    private Suppressions() {
    }

    static Set<String> of(Step step) {
        Set<String> ids = new HashSet<>();
        collect(step.notes(), ids);
        if (step.operation() instanceof Sql sql) {
            collect(sql.up(), ids);
        }
        return ids;
    }

    private static void collect(String text, Set<String> ids) {
        if (text == null) {
            return;
        }
        Matcher m = ALLOW.matcher(text);
        while (m.find()) {
            ids.add(m.group(1));
        }
    }
}
