package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.parse.ColumnClause;
import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.lint.parse.WrittenColumn;
import dev.phaseshift.plan.op.Located;
import dev.phaseshift.plan.op.Sql;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Table;
import dev.phaseshift.schema.TypeNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * PostgreSQL type choices that cost a migration later: a 4-byte integer key ({@code integer}, {@code serial})
 * runs out at 2^31, a 2-byte one ({@code smallint}, {@code smallserial}) at 32767, and widening either rewrites the
 * table; {@code char(n)} pads values with blanks; {@code timestamp} without time zone stores wall-clock time
 * that readers in other zones misread; {@code varchar(n)} gains nothing over {@code text} and its limit has to be
 * migrated when it proves too short; {@code bigserial} is a default taken from a sequence the column does not own
 * as an identity column owns its own. Judged on each column the step adds or retypes (and on columns a {@code sql}
 * step adds with {@code ADD COLUMN}).
 */
public final class PreferBigintTimestamptzText implements LintRule {
    @Override public String id() { return "prefer-bigint-timestamptz-text"; }
    @Override public String code() { return "PS111"; }
    @Override public String summary() { return "integer or smallint key, bigserial instead of identity, timestamp without time zone, varchar(n) or char(n) on postgresql"; }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public Set<Engine> engines() { return Set.of(Engine.POSTGRESQL); }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> out = new ArrayList<>();
        for (Located changed : context.changedTables()) {
            Table t = changed.table();
            Optional<Table> old = context.before().table(changed.schema(), t.name());
            for (Column c : t.columns()) {
                Optional<Column> was = old.flatMap(o -> o.column(c.name()));
                if (was.isEmpty() || !was.get().type().equals(c.type())) {
                    boolean key = t.primaryKey().map(pk -> pk.columns().contains(c.name())).orElse(false)
                            || t.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(c.name()));
                    advise(context, t.name(), c.name(), c.type(), key, out);
                }
            }
        }
        if (context.operation() instanceof Sql) {
            for (RenderedSql statement : context.statements()) {
                ParsedStatement parsed = context.parsed(statement);
                for (WrittenColumn c : parsed.columns()) {
                    advise(context, parsed.target(), c.name(), c.spec().type(),
                            c.has(ColumnClause.PRIMARY_KEY) || c.has(ColumnClause.REFERENCES), out);
                }
            }
        }
        return out;
    }

    /** {@code keyed}: the column is (part of) a primary key or a foreign key, whatever its name. */
    private void advise(LintContext context, String table, String column, String type, boolean keyed,
                        List<Finding> out) {
        // pg_catalog.varchar(20) and "varchar"(20) are varchar(20) written the long way
        String raw = type.trim().replace("\"", "").toLowerCase(Locale.ROOT);
        raw = raw.startsWith("pg_catalog.") ? raw.substring("pg_catalog.".length()) : raw;
        String norm = Optional.ofNullable(TypeNames.normalize(Engine.POSTGRESQL, raw)).orElse(raw)
                .toLowerCase(Locale.ROOT);
        String what = "column \"" + column + "\" of table \"" + table + "\" is " + type.trim();
        boolean key = keyed || column.equals("id") || column.endsWith("_id");
        if (key && (norm.equals("integer") || raw.equals("serial") || raw.equals("serial4") || raw.equals("int4"))) {
            out.add(finding(context, table, what + ": a 4-byte key runs out at 2147483647 and widening it later "
                    + "rewrites the table", "use bigint (or bigserial / bigint generated as identity)"));
        } else if (key && norm.equals("smallint")) {
            out.add(finding(context, table, what + ": a 2-byte key runs out at 32767 and widening it later "
                    + "rewrites the table (and every table whose foreign key points at it)",
                    "use bigint (or bigint generated as identity)"));
        } else if (norm.equals("char") || norm.startsWith("char(")) {
            out.add(finding(context, table, what + ": char pads every value with blanks to its length, ignores "
                    + "trailing blanks when comparing and is no faster than text",
                    "use text, with a check constraint if a length limit matters"));
        } else if (norm.startsWith("timestamp") && !norm.contains("with time zone") && !norm.startsWith("timestamptz")) {
            out.add(finding(context, table, what + ": it stores wall-clock time without a time zone",
                    "use timestamptz"));
        } else if (raw.equals("bigserial") || raw.equals("serial8")) {
            out.add(finding(context, table, what + ": serial is a default from a separate sequence, not part of the "
                    + "column (grants, copies with CREATE TABLE ... LIKE and ownership changes leave it behind)",
                    "use bigint GENERATED BY DEFAULT AS IDENTITY (SQL-standard, owned by the column)"));
        } else if (norm.startsWith("varchar(") || norm.startsWith("character varying(")) {
            out.add(finding(context, table, what + ": the length limit gains nothing over text and must be "
                    + "migrated when it proves too short", "use text, with a check constraint if a limit matters"));
        }
    }
}
