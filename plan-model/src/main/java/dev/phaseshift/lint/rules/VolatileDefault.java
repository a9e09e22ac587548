package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.parse.CreateFunction;
import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.lint.parse.WrittenColumn;
import dev.phaseshift.lock.DefaultVolatility;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A column added with a default to a PostgreSQL table with rows rewrites the table under an ACCESS EXCLUSIVE lock
 * before 11, and on 11+ still does when the default is volatile ({@code random()}, {@code clock_timestamp()},
 * {@code gen_random_uuid()}...): only a non-volatile default is stored once in the catalog. A function the linter
 * does not know counts as volatile, since PostgreSQL declares functions VOLATILE unless told otherwise; one the same
 * file or step declares {@code STABLE} or {@code IMMUTABLE} does not.
 */
public final class VolatileDefault implements LintRule {

    @Override public String id() { return "volatile-default"; }
    @Override public String code() { return "PS106"; }
    @Override public String summary() { return "column added with a default that rewrites the table"; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public Set<Engine> engines() { return Set.of(Engine.POSTGRESQL); }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> out = new ArrayList<>();
        for (LintContext.OnTableWithRows on : context.statementsOnTablesWithRows()) {
            ParsedStatement parsed = on.parsed();
            Table table = on.table();
            for (WrittenColumn c : parsed.columns()) {
                String value = c.spec().defaultValue();
                if (value == null) {
                    continue;
                }
                String t = table.name();
                if (!context.dialect().constantDefaultIsMetadataOnly()) {
                    out.add(finding(context, t, "adding column \"" + c.name() + "\" with DEFAULT " + value
                                    + " " + rewrites(table) + " under an ACCESS EXCLUSIVE lock on postgresql "
                                    + context.dialect().major(),
                            "add it without a default, set the default in a later step, backfill in batches "
                                    + "(postgresql 11+ stores a constant default without a rewrite)"));
                    continue;
                }
                List<DefaultVolatility.Call> calls = DefaultVolatility.volatileCalls(value, Set.of());
                if (calls.stream().anyMatch(call -> !call.knownVolatile())) {
                    // only then is it worth reading the earlier statements for functions they declare
                    calls = DefaultVolatility.volatileCalls(value, declaredStable(context));
                }
                if (calls.isEmpty()) {
                    continue;
                }
                DefaultVolatility.Call call = calls.stream().filter(DefaultVolatility.Call::knownVolatile).findFirst()
                        .orElse(calls.get(0));
                if (call.knownVolatile()) {
                    out.add(finding(context, t, "adding column \"" + c.name() + "\" with the volatile DEFAULT "
                                    + value + " " + rewrites(table) + " under an ACCESS EXCLUSIVE lock",
                            "add it without a default (or with a constant one), set_default, then backfill in "
                                    + "batches"));
                } else {
                    out.add(finding(context, t, "adding column \"" + c.name() + "\" with DEFAULT " + value + " "
                                    + rewrites(table) + " under an ACCESS EXCLUSIVE lock if \"" + call.name()
                                    + "\" is volatile: the linter does not know that function, and postgresql takes "
                                    + "a function for VOLATILE unless it is declared STABLE or IMMUTABLE",
                            "add it without a default, set_default, then backfill in batches; if \"" + call.name()
                                    + "\" is declared STABLE or IMMUTABLE, allow this rule here with that reason"));
                }
            }
        }
        return out;
    }

    private static String rewrites(Table table) {
        return "rewrites " + LintContext.everyRowOf(table);
    }

    /** Functions the file or step declares STABLE or IMMUTABLE before the statement, by lower-case name. */
    private static Set<String> declaredStable(LintContext context) {
        Set<String> out = new HashSet<>();
        context.writtenSession().ifPresent(session -> session.script().subList(0, session.index()).forEach(p -> {
            for (CreateFunction function : p.commands(CreateFunction.class)) {
                if (function.notVolatile()) {
                    out.add(function.name());
                    out.add(function.name().substring(function.name().indexOf('.') + 1));
                }
            }
        }));
        return out;
    }
}
