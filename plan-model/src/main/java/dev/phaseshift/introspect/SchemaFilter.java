package dev.phaseshift.introspect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Chooses the schemas to read from those the server lists: include patterns, then exclude patterns; system
 * schemas never, and Phaseshift's own journal schema ({@value #PHASESHIFT_SCHEMA}) only when included by name.
 * Patterns are exact names or globs with {@code *} and {@code ?}; matching is case-sensitive, as identifiers are.
 */
final class SchemaFilter {
    static final String PHASESHIFT_SCHEMA = "phaseshift";

    private final List<String> include;
    private final List<String> exclude;
    private final Predicate<String> system;

    SchemaFilter(List<String> include, List<String> exclude, Predicate<String> system) {
        this.include = List.copyOf(include);
        this.exclude = List.copyOf(exclude);
        this.system = system;
    }

    /** The outcome: the schemas to read, and include names that matched nothing or a system schema. */
    record Selection(List<String> schemas, List<String> unknown, List<String> systemNamed) {
    }

    Selection select(Collection<String> available) {
        List<String> chosen = new ArrayList<>();
        for (String schema : available) {
            if (system.test(schema) || matchesAny(exclude, schema)) {
                continue;
            }
            boolean wanted = include.isEmpty()
                    ? !schema.equals(PHASESHIFT_SCHEMA)
                    : include.contains(schema) || (!schema.equals(PHASESHIFT_SCHEMA) && matchesAny(include, schema));
            if (wanted) {
                chosen.add(schema);
            }
        }
        Set<String> known = Set.copyOf(available);
        List<String> unknown = include.stream().filter(p -> !isGlob(p) && !known.contains(p)).toList();
        List<String> systemNamed = include.stream().filter(p -> !isGlob(p) && system.test(p))
                .collect(Collectors.toList());
        return new Selection(List.copyOf(chosen), unknown, List.copyOf(systemNamed));
    }

    private static boolean matchesAny(List<String> patterns, String schema) {
        for (String p : patterns) {
            if (isGlob(p) ? globToRegex(p).matcher(schema).matches() : p.equals(schema)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isGlob(String pattern) {
        return pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0;
    }

    private static Pattern globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (String part : glob.split("(?<=[*?])|(?=[*?])")) {
            switch (part) {
                case "*" -> regex.append(".*");
                case "?" -> regex.append('.');
                default -> regex.append(Pattern.quote(part));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
