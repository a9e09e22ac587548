package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A name longer than the engine allows: PostgreSQL silently truncates identifiers to 63 bytes (two long names can
 * then collide, and the name in the plan is not the one in the catalog); MySQL refuses names over 64 characters.
 * Judged on what the step adds: every table, column, index and constraint name in the schema after it but not
 * before it.
 */
public final class IdentifierTooLong implements LintRule {
    @Override public String id() { return "identifier-too-long"; }
    @Override public String code() { return "PS112"; }
    @Override public String summary() { return "identifier longer than the engine keeps"; }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public Set<Engine> engines() { return Set.of(Engine.POSTGRESQL, Engine.MYSQL); }

    @Override
    public List<Finding> check(LintContext context) {
        Set<String> added = new LinkedHashSet<>();
        context.changedTables().forEach(t -> added.addAll(names(t.table())));
        boolean postgres = context.dialect().postgres();
        // only a name too long can be reported: the whole schema before is read just for those, rarely
        added.removeIf(e -> !tooLong(e.substring(e.indexOf(' ') + 1), postgres));
        if (!added.isEmpty()) {
            added.removeAll(names(context.before()));
        }
        List<Finding> out = new ArrayList<>();
        for (String entry : added) {
            String name = entry.substring(entry.indexOf(' ') + 1);
            int length = postgres ? name.getBytes(StandardCharsets.UTF_8).length : name.codePointCount(0, name.length());
            if (length > (postgres ? 63 : 64)) {
                String kind = entry.substring(0, entry.indexOf(' '));
                out.add(finding(context, name, kind + " name \"" + name + "\" is " + length
                                + (postgres ? " bytes; postgresql keeps only the first 63" : " characters; mysql allows 64"),
                        "choose a name of at most " + (postgres ? "63 bytes" : "64 characters")));
            }
        }
        return out;
    }

    private static boolean tooLong(String name, boolean postgres) {
        return postgres ? name.getBytes(StandardCharsets.UTF_8).length > 63 : name.codePointCount(0, name.length()) > 64;
    }

    private static Set<String> names(Snapshot snapshot) {
        Set<String> out = new LinkedHashSet<>();
        for (Schema s : snapshot.schemas()) {
            for (Table t : s.tables()) {
                out.addAll(names(t));
            }
        }
        return out;
    }

    private static Set<String> names(Table t) {
        Set<String> out = new LinkedHashSet<>();
        out.add("table " + t.name());
        t.columns().forEach(c -> out.add("column " + c.name()));
        t.indexes().forEach(i -> out.add("index " + i.name()));
        t.constraints().forEach(c -> out.add("constraint " + c.name()));
        t.foreignKeys().forEach(f -> out.add("constraint " + f.name()));
        return out;
    }
}
