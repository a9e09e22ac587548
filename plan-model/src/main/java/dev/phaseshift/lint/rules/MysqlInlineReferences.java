package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.lint.parse.StatementFlag;
import dev.phaseshift.plan.op.AddForeignKey;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * MySQL parses a column definition's inline {@code REFERENCES parent (id)} and ignores it: the statement succeeds
 * and no foreign key exists, so code relying on the database to refuse orphans gets none. MariaDB creates the key
 * (checked on 10.11), so it is not reported there.
 */
public final class MysqlInlineReferences implements LintRule {
    @Override public String id() { return "mysql-inline-references"; }
    @Override public String code() { return "PS147"; }
    @Override public String summary() { return "inline REFERENCES on a MySQL column, which MySQL ignores"; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public Set<Engine> engines() { return Set.of(Engine.MYSQL); }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> out = new ArrayList<>();
        if (context.dialect().mariadb()) {
            return out;
        }
        for (RenderedSql s : context.statements()) {
            ParsedStatement parsed = context.parsed(s);
            if (!parsed.has(StatementFlag.INLINE_REFERENCES)) {
                continue;
            }
            for (AddForeignKey fk : parsed.operations(AddForeignKey.class)) {
                out.add(finding(context, fk.table(), "the inline REFERENCES " + fk.referencesTable() + " on column \""
                                + String.join("\", \"", fk.columns()) + "\" of table \"" + fk.table() + "\" is parsed "
                                + "and ignored by MySQL: no foreign key is created",
                        "declare the key as its own clause: [CONSTRAINT name] FOREIGN KEY (" + String.join(", ",
                                fk.columns()) + ") REFERENCES " + fk.referencesTable() + " (...)"));
            }
        }
        return out;
    }
}
