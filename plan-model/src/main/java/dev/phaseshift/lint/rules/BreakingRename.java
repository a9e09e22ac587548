package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.parse.CreateDomain;
import dev.phaseshift.lint.parse.CreateFunction;
import dev.phaseshift.lint.parse.CreateObject;
import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.lint.parse.RenameEnumValue;
import dev.phaseshift.lint.parse.RenameObject;
import dev.phaseshift.lint.parse.TablesRead;
import dev.phaseshift.plan.op.CreateView;
import dev.phaseshift.plan.op.RenameColumn;
import dev.phaseshift.plan.op.RenameTable;
import dev.phaseshift.plan.op.ReplaceView;
import dev.phaseshift.plan.op.SchemaEdit;
import dev.phaseshift.schema.Engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A step that renames a table or column that existed before the plan: every query still written with the old
 * name fails from that moment, and running code cannot change names in the same instant. Severity as
 * {@link DestructiveDrop}: an error when nothing shows who uses it, a warning when consumer contracts exist but
 * none names it, and {@link BreaksLiveConsumer}'s business when one does. A table renamed in a file or step that
 * then creates a view under the old name over the renamed table is not reported: that is the expand half of the
 * rename, and queries with the old name go on working.
 */
public final class BreakingRename implements LintRule {
    @Override public String id() { return "breaking-rename"; }
    @Override public String code() { return "PS122"; }
    @Override public String summary() { return "rename of a table or column that running code may still use"; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public Set<Engine> engines() { return Set.of(Engine.POSTGRESQL, Engine.MYSQL); }

    @Override
    public List<Finding> check(LintContext context) {
        String table;
        String column = null;
        String what;
        String help;
        if (context.operation() instanceof RenameColumn rename) {
            table = rename.table();
            column = rename.column();
            if (!Preexisting.column(context, table, column)) {
                return List.of();
            }
            what = "renaming column \"" + column + "\" of table \"" + SchemaEdit.bare(table) + "\" to \""
                    + rename.to() + "\"";
            help = "rename by expand/contract: add \"" + rename.to() + "\", keep both columns in sync and backfill "
                    + "it, move readers and writers to \"" + rename.to() + "\", then drop \"" + column
                    + "\" (phaseshift's rename pattern plans exactly that)";
        } else if (context.operation() instanceof RenameTable rename) {
            table = rename.table();
            if (!Preexisting.table(context, table) || viewKeepsOldName(context, rename)) {
                return List.of();
            }
            what = "renaming table \"" + SchemaEdit.bare(table) + "\" to \"" + rename.to() + "\"";
            help = "rename by expand/contract: rename it and, in the same transaction, create a view named \""
                    + SchemaEdit.bare(table) + "\" over \"" + rename.to() + "\" for the code that still uses the old "
                    + "name; move readers and writers to \"" + rename.to() + "\", then drop the view";
        } else {
            return renamedObjects(context);
        }
        if (!KnownReaders.known(context)) {
            return List.of(finding(context, SchemaEdit.bare(table), what + " breaks every query still written "
                            + "with the old name, and nothing shows that no running code uses it",
                    help + "; once nothing uses the old name, allow it here: -- phaseshift:allow " + id()
                            + " REASON"));
        }
        if (KnownReaders.covered(context, table, column)) {
            return List.of();
        }
        return List.of(finding(context, SchemaEdit.bare(table), what + " breaks every query still written with "
                        + "the old name; no consumer contract names it, so nobody is known to use it",
                "make sure nothing outside the declared consumers (the service itself, jobs, reports) still uses "
                        + "the old name before this phase runs; if something does, " + help)
                .withSeverity(Severity.WARNING));
    }

    /**
     * Whether nobody can be using the old name, or it stays in use: an earlier statement of the same file or step
     * created the object (or gave it this name), or a later one gives another object of the kind the old name. That
     * is how a type is changed in one transaction, as schema tools write it: {@code CREATE TYPE t_new ...; ALTER TABLE
     * ... TYPE t_new ...; ALTER TYPE t RENAME TO t_old; ALTER TYPE t_new RENAME TO t; DROP TYPE t_old}.
     */
    private static boolean newOrNameKept(LintContext context, RenameObject rename) {
        return context.writtenSession().map(session -> {
            String old = SchemaEdit.bare(rename.name());
            List<ParsedStatement> earlier = session.script().subList(0, session.index());
            List<ParsedStatement> later = session.script().subList(session.index() + 1, session.script().size());
            boolean created = earlier.stream().anyMatch(s -> names(s, rename.kind()).contains(old));
            boolean kept = !rename.moved() && later.stream().anyMatch(s -> names(s, rename.kind()).contains(old));
            return created || kept;
        }).orElse(false);
    }

    /** The bare names {@code statement} gives objects of {@code kind}: by creating them or renaming one to them. */
    private static List<String> names(ParsedStatement statement, String kind) {
        List<String> out = new ArrayList<>();
        statement.commands(RenameObject.class).stream().filter(r -> r.kind().equals(kind) && !r.moved())
                .forEach(r -> out.add(SchemaEdit.bare(r.to())));
        statement.commands(CreateObject.class).stream().filter(c -> c.kind().equals(kind))
                .forEach(c -> out.add(SchemaEdit.bare(c.name())));
        switch (kind) {
            case "domain" -> statement.commands(CreateDomain.class).forEach(d -> out.add(SchemaEdit.bare(d.name())));
            case "function" -> statement.commands(CreateFunction.class)
                    .forEach(f -> out.add(SchemaEdit.bare(f.name())));
            case "view" -> statement.operations().forEach(op -> {
                if (op instanceof CreateView v) {
                    out.add(SchemaEdit.bare(v.name()));
                } else if (op instanceof ReplaceView v) {
                    out.add(SchemaEdit.bare(v.name()));
                }
            });
            default -> {
                // the other kinds are recorded as CreateObject
            }
        }
        return out;
    }

    /**
     * Whether a later statement of the same file or step creates a view under the table's old name that reads the
     * renamed table: the expand half of a rename by expand/contract, so queries with the old name go on working.
     */
    private static boolean viewKeepsOldName(LintContext context, RenameTable rename) {
        return context.writtenSession().map(session -> {
            String old = SchemaEdit.bare(rename.table());
            String renamed = SchemaEdit.sibling(rename.table(), rename.to());
            List<ParsedStatement> later = session.script().subList(session.index() + 1, session.script().size());
            return later.stream().flatMap(s -> s.operations().stream()).anyMatch(op -> {
                String view = op instanceof CreateView v ? v.name() : op instanceof ReplaceView v ? v.name() : null;
                String query = op instanceof CreateView v ? v.sql() : op instanceof ReplaceView v ? v.sql() : null;
                return view != null && SchemaEdit.bare(view).equals(old) && TablesRead.of(query, context.engine())
                        .stream().anyMatch(t -> SchemaEdit.bare(t).equals(SchemaEdit.bare(renamed)));
            });
        }).orElse(false);
    }

    /**
     * Written {@code ALTER VIEW | MATERIALIZED VIEW | SCHEMA | TYPE | DOMAIN | FUNCTION ... RENAME TO}, moves to
     * another schema ({@code SET SCHEMA}, tables too) and an enum's {@code RENAME VALUE}: the same break, for every
     * query using the old name or label.
     */
    private List<Finding> renamedObjects(LintContext context) {
        List<Finding> out = new ArrayList<>();
        for (RenameObject rename : WrittenCommands.of(context, RenameObject.class)) {
            if (newOrNameKept(context, rename)) {
                continue;
            }
            String name = SchemaEdit.bare(rename.name());
            String what = rename.moved() ? "moving " + rename.kind() + " \"" + name + "\" to schema \""
                    + rename.schema() + "\"" : "renaming " + rename.kind() + " \"" + name + "\" to \"" + rename.to()
                    + "\"";
            String help = switch (rename.kind()) {
                case "schema" -> "leave the schema's name; if it must change, create the new schema, move the "
                        + "objects in steps that keep views under the old names for the code still using them, then "
                        + "drop those";
                case "type", "domain" -> "leave the " + rename.kind() + " where it is: casts (::" + name + ") and "
                        + "function signatures in running code use its name; if it must change, create the new "
                        + rename.kind() + ", move the columns to it by expand/contract, then drop the old one";
                case "function", "procedure", "routine", "aggregate" -> "create the " + rename.kind() + " under "
                        + "the new name beside the old one (the same body), move its callers to it, then drop the "
                        + "old one";
                case "table", "view", "materialized view" -> rename.moved() ? "leave it in its schema and create a "
                        + "view in the new one over it (or the other way round) until the code uses the new name, "
                        + "then move it" : "create the " + rename.kind() + " under the new name beside the old one, "
                        + "move its readers to it, then drop the old one";
                default -> "create the " + rename.kind() + " under the new name beside the old one, move its readers "
                        + "to it, then drop the old one";
            };
            // the consumer contracts name tables and views, so only their renames can be known to be unused
            boolean known = KnownReaders.known(context);
            boolean unused = known && Set.of("table", "view", "materialized view").contains(rename.kind())
                    && !KnownReaders.covered(context, rename.name(), null);
            Finding finding = finding(context, name, what + " breaks every query still written with the old name"
                    + (unused ? "; no consumer contract names it, so nobody is known to use it"
                    : known ? ", and a consumer contract names it" : ", and nothing shows that no running code uses it"),
                    help);
            out.add(unused ? finding.withSeverity(Severity.WARNING) : finding);
        }
        for (RenameEnumValue rename : WrittenCommands.of(context, RenameEnumValue.class)) {
            out.add(finding(context, SchemaEdit.bare(rename.type()), "renaming value '" + rename.from()
                            + "' of enum type \"" + SchemaEdit.bare(rename.type()) + "\" to '" + rename.to()
                            + "' breaks every statement still writing or comparing '" + rename.from() + "', and "
                            + "nothing shows that no running code does",
                    "add the new value (ALTER TYPE ... ADD VALUE '" + rename.to() + "'), move the writers and the "
                            + "readers to it, update the rows, and keep '" + rename.from() + "' until nothing uses it"));
        }
        return out;
    }
}
