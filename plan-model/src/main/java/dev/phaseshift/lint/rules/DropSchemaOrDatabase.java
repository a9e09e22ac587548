package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.parse.DropOwned;
import dev.phaseshift.lint.parse.DropSchema;
import dev.phaseshift.schema.Engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code DROP DATABASE}, or {@code DROP SCHEMA} with {@code CASCADE} (postgresql), or {@code DROP SCHEMA} at all
 * (MySQL/MariaDB, where it is {@code DROP DATABASE}): every table inside goes with its data, none of them named
 * in the statement. A postgresql {@code DROP SCHEMA} without {@code CASCADE} is not reported: the server refuses
 * it while anything is left inside. PostgreSQL's {@code DROP OWNED BY role} is reported too: it drops every table
 * the role owns.
 */
public final class DropSchemaOrDatabase implements LintRule {
    @Override public String id() { return "drop-schema-or-database"; }
    @Override public String code() { return "PS124"; }
    @Override public String summary() {
        return "drop of a whole schema or database, or of everything a role owns";
    }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public Set<Engine> engines() { return Set.of(Engine.POSTGRESQL, Engine.MYSQL); }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> out = new ArrayList<>();
        for (DropSchema drop : WrittenCommands.of(context, DropSchema.class)) {
            if (!drop.cascade()) {
                continue;
            }
            boolean postgres = context.engine() == Engine.POSTGRESQL;
            String statement = drop.database() ? "DROP DATABASE" : postgres ? "DROP SCHEMA ... CASCADE"
                    : "DROP SCHEMA";
            String kind = postgres && !drop.database() ? "schema" : "database";
            long tables = context.before().schema(drop.name()).map(s -> (long) s.tables().size()).orElse(-1L);
            String count = tables < 0 ? "every table in it" : "all " + tables + " tables in it";
            out.add(finding(context, drop.name(), statement + " deletes " + kind + " \"" + drop.name() + "\" with "
                            + count + " and their data, none of them named in the statement",
                    "drop the tables one by one, each by expand/contract once nothing reads it"
                            + (postgres ? ", then the empty schema without CASCADE, so the server refuses while "
                            + "anything is left" : ", then the empty database")));
        }
        for (DropOwned drop : WrittenCommands.of(context, DropOwned.class)) {
            String roles = String.join(", ", drop.roles());
            long tables = context.before().schemas().stream().flatMap(s -> s.tables().stream())
                    .filter(t -> t.owner() != null && drop.roles().contains(t.owner())).count();
            out.add(finding(context, null, "DROP OWNED BY " + roles + " deletes every object in the database that "
                            + (drop.roles().size() > 1 ? "these roles own" : "the role owns") + (tables > 0
                            ? ", " + tables + " table" + (tables > 1 ? "s" : "") + " of the snapshot among them,"
                            : ", tables with their data among them,") + " none of them named in the statement",
                    "hand the objects over first (REASSIGN OWNED BY " + roles + " TO another role), then DROP OWNED "
                            + "only revokes the privileges; drop tables one by one, each by expand/contract"));
        }
        return out;
    }
}
