package dev.phaseshift.plan.op;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.sql.Ddl;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Constraint;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code add_check}: {@code NOT VALID} then {@code VALIDATE} on PostgreSQL; MySQL checks every row while copying.
 * {@code not_valid} (PostgreSQL) leaves existing rows unchecked, {@code not_enforced} (MySQL 8) keeps the check
 * without enforcing it; with {@code comment} they let a rollback re-create a dropped check exactly.
 */
public record AddCheck(String name, String table, String expression, Boolean notValid, Boolean notEnforced,
                       @OptionalField String comment) implements Operation {
    /** The table; the expression's columns are not read. */
    @Override
    public List<SchemaNeed> schemaNeeds() {
        return List.of(SchemaNeed.of(SchemaNeed.Kind.TABLE, table));
    }

    public AddCheck(String name, String table, String expression) {
        this(name, table, expression, null, null, null);
    }

    /** The check exactly as the snapshot has it. */
    static AddCheck of(Constraint c, String table) {
        return new AddCheck(c.name(), table, c.expression(), c.validated() ? null : true,
                c.enforced() ? null : true, c.comment());
    }

    private static boolean yes(Boolean value) {
        return value != null && value;
    }

    @Override
    public List<Problem> validate(Snapshot schema) {
        var found = SchemaEdit.table(schema, table);
        if (found.isEmpty()) {
            return Issues.unknownTable(table);
        }
        Table t = found.get().table();
        if (t.constraint(name).isPresent() || t.foreignKey(name).isPresent()) {
            return List.of(Issues.error("duplicate-constraint", "constraint " + Issues.q(name)
                    + " already exists on table " + Issues.q(table), null));
        }
        if (expression == null || expression.isBlank()) {
            return List.of(Issues.missing("expression", operationName()));
        }
        return List.of();
    }

    @Override
    public Snapshot applyTo(Snapshot schema) {
        return SchemaEdit.editTable(schema, table, t -> {
            List<Constraint> constraints = new ArrayList<>(t.constraints());
            constraints.add(Constraint.check(name, expression)
                    .withValidated(!yes(notValid) || schema.engine() != dev.phaseshift.schema.Engine.POSTGRESQL)
                    .withEnforced(!yes(notEnforced)).withComment(comment));
            Table withCheck = t.withConstraints(constraints);
            if (schema.engine() != dev.phaseshift.schema.Engine.MYSQL || !SchemaEdit.isJsonCheck(name, expression)) {
                return withCheck;
            }
            // on MariaDB this check is what makes a longtext column JSON, as introspection reports it
            return withCheck.withColumns(withCheck.columns().stream().map(c -> c.name().equals(name)
                    && "text".equals(c.normalizedType()) ? c.withType(c.type(), "json") : c).toList());
        });
    }

    @Override
    public List<Operation> inverse(Snapshot before) {
        return List.of(new DropConstraint(name, table));
    }

    @Override
    public List<RenderedSql> forwardSql(Dialect dialect, Snapshot before) {
        Ddl ddl = Ddl.on(dialect);
        String alter = "ALTER TABLE " + ddl.table(table);
        String add = alter + " ADD CONSTRAINT " + ddl.q(name) + " CHECK (" + expression + ")";
        if (dialect.postgres()) {
            ddl.ddl(add + " NOT VALID");
            if (!yes(notValid)) {
                ddl.outsideTransaction(alter + " VALIDATE CONSTRAINT " + ddl.q(name));
            }
            if (comment != null) {
                ddl.ddl("COMMENT ON CONSTRAINT " + ddl.q(name) + " ON " + ddl.table(table) + " IS "
                        + dialect.literal(comment));
            }
            return ddl.build();
        }
        var column = SchemaEdit.table(before, table).flatMap(l -> l.table().column(name));
        if (dialect.mariadb() && column.isPresent()) {
            // MariaDB names a check written in a column definition after the column: one named so goes there
            return ddl.ddl(alter + " MODIFY COLUMN " + ColumnSpec.of(column.get()).definition(dialect) + " CHECK ("
                    + expression + ")").build();
        }
        // MariaDB has no NOT ENFORCED: it enforces every check
        return ddl.ddl(add + (yes(notEnforced) && !dialect.mariadb() ? " NOT ENFORCED" : "")).build();
    }
}
