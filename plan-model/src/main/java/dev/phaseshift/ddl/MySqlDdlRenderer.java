package dev.phaseshift.ddl;

import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Constraint;
import dev.phaseshift.schema.ConstraintKind;
import dev.phaseshift.schema.ForeignKey;
import dev.phaseshift.schema.GenerationStorage;
import dev.phaseshift.schema.IdentityKind;
import dev.phaseshift.schema.Index;
import dev.phaseshift.schema.IndexKey;
import dev.phaseshift.schema.Privilege;
import dev.phaseshift.schema.PrivilegeTarget;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Sequence;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;
import dev.phaseshift.schema.TableKind;
import dev.phaseshift.schema.Trigger;
import dev.phaseshift.schema.View;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * MySQL and MariaDB DDL. Every identifier is back-quoted, as mysqldump does. The products differ in a few
 * clauses: an index the optimizer must not use is {@code INVISIBLE} on MySQL and {@code IGNORED} on MariaDB,
 * {@code NOT ENFORCED} checks and parenthesised expression defaults exist on MySQL only, and sequences on
 * MariaDB only.
 *
 * <p>Snapshots do not record MySQL partition definitions, only the partitioning key; a {@code RANGE} table is
 * recreated with one {@code MAXVALUE} partition, a {@code LIST} table cannot be recreated, {@code HASH} and
 * {@code KEY} tables get the server's default partition count.
 *
 * <p><b>Privileges.</b> Database-, table- and column-level grants are written last, to the accounts the snapshot
 * names ({@code 'reader'@'%'}). Accounts are server-wide and not part of a snapshot: on a server without one,
 * the grant fails (MariaDB's and MySQL 8's {@code NO_AUTO_CREATE_USER} behaviour), which is the honest outcome for
 * a faithful copy; a renderer made with {@code privileges = false} leaves them out, as dry-run shadow databases
 * do. Note that MySQL keeps grants when a database or table is dropped, so a copy made under an old name may
 * hold grants the snapshot does not.
 */
public final class MySqlDdlRenderer implements DdlRenderer {
    private static final Pattern LITERAL_DEFAULT = Pattern.compile(
            "(?is)NULL|-?[0-9.]+(e[-+]?[0-9]+)?|'([^'\\\\]|''|\\\\.)*'|b'[01]*'|0x[0-9a-f]+"
                    + "|current_timestamp(\\(\\d?\\))?|now\\(\\d?\\)|localtime(stamp)?(\\(\\d?\\))?");

    private final boolean mariaDb;
    private final boolean privileges;

    /** @param mariaDb whether the target is MariaDB rather than MySQL */
    public MySqlDdlRenderer(boolean mariaDb) {
        this(mariaDb, true);
    }

    /**
     * @param mariaDb    whether the target is MariaDB rather than MySQL
     * @param privileges whether to write the snapshot's grants
     */
    public MySqlDdlRenderer(boolean mariaDb, boolean privileges) {
        this.mariaDb = mariaDb;
        this.privileges = privileges;
    }

    @Override
    public List<String> statements(Snapshot snapshot, SchemaMapping mapping) {
        List<Schema> schemas = snapshot.canonical().schemas();
        List<String> out = new ArrayList<>();
        for (Schema s : schemas) {
            String db = quote(mapping.target(s.name()));
            out.add("CREATE DATABASE IF NOT EXISTS " + db + (s.collation() == null ? "" : " COLLATE " + s.collation()));
            if (s.collation() != null) {
                out.add("ALTER DATABASE " + db + " COLLATE " + s.collation());
            }
        }
        for (Schema s : schemas) {
            for (Sequence q : s.sequences()) {
                if (!mariaDb) {
                    throw new IllegalArgumentException("sequence \"" + s.name() + "." + q.name()
                            + "\": MySQL has no sequences; render this snapshot for MariaDB");
                }
                out.add("CREATE SEQUENCE " + qualified(mapping, s.name(), q.name()) + sequenceOptions(q));
            }
        }
        for (Schema s : schemas) {
            for (Table t : s.tables()) {
                out.add(table(mapping, s.name(), t));
            }
        }
        for (Schema s : schemas) {
            for (Table t : s.tables()) {
                for (ForeignKey fk : t.foreignKeys()) {
                    out.add("ALTER TABLE " + qualified(mapping, s.name(), t.name()) + " ADD "
                            + foreignKey(mapping, s.name(), fk));
                }
            }
        }
        String current = null;
        for (ViewOrder.Placed p : ViewOrder.of(schemas)) {
            if (p.view().definition() == null) {
                continue; // unreadable: listed as skipped in the snapshot
            }
            current = use(out, mapping.target(p.schema()), current);
            out.add(view(mapping, p.schema(), p.view()));
        }
        for (Schema s : schemas) {
            for (Table t : s.tables()) {
                List<Trigger> ordered = new ArrayList<>(t.triggers());
                // the server numbers triggers of one timing and event in creation order
                ordered.sort(Comparator.comparing((Trigger g) -> g.timing()).thenComparing(g -> g.events().get(0))
                        .thenComparing(g -> g.actionOrder() == null ? 0 : g.actionOrder())
                        .thenComparing(Trigger::name));
                for (Trigger g : ordered) {
                    if (g.body() != null) {
                        // bodies name tables unqualified: they resolve in the session's database
                        current = use(out, mapping.target(s.name()), current);
                        out.add(trigger(mapping, s.name(), t.name(), g));
                    }
                }
            }
        }
        if (privileges) {
            for (Schema s : schemas) {
                for (Privilege p : s.privileges()) {
                    out.add(grant(mapping, s.name(), p));
                }
            }
        }
        return out;
    }

    /** One privilege per statement; the grantee is the account as the server printed it. */
    private static String grant(SchemaMapping mapping, String schema, Privilege p) {
        String on = p.target() == PrivilegeTarget.SCHEMA ? quote(mapping.target(schema)) + ".*"
                : qualified(mapping, schema, p.object());
        String what = p.privilege() + (p.column() == null ? "" : " (" + quote(p.column()) + ")");
        if (p.revoked()) {
            return "REVOKE " + what + " ON " + on + " FROM " + p.grantee();
        }
        return "GRANT " + what + " ON " + on + " TO " + p.grantee() + (p.grantable() ? " WITH GRANT OPTION" : "");
    }

    private static String use(List<String> out, String database, String current) {
        if (!database.equals(current)) {
            out.add("USE " + quote(database));
        }
        return database;
    }

    private String table(SchemaMapping mapping, String schema, Table t) {
        List<String> elements = new ArrayList<>();
        List<Constraint> columnChecks = new ArrayList<>();
        for (Column c : t.columns()) {
            Constraint check = mariaDb ? columnCheck(t, c) : null;
            if (check != null) {
                columnChecks.add(check);
            }
            elements.add(column(c) + (check == null ? "" : " CHECK (" + check.expression() + ")"));
        }
        for (Constraint c : t.constraints()) {
            if (c.kind() == ConstraintKind.PRIMARY_KEY) {
                elements.add("PRIMARY KEY (" + indexColumns(t, c) + ")");
            }
        }
        for (Index i : t.indexes()) {
            if (!i.primary()) {
                elements.add(index(i));
            }
        }
        for (Constraint c : t.constraints()) {
            if (c.kind() == ConstraintKind.CHECK && !columnChecks.contains(c)) {
                elements.add("CONSTRAINT " + quote(c.name()) + " CHECK (" + c.expression() + ")"
                        + (!c.enforced() && !mariaDb ? " NOT ENFORCED" : ""));
            }
        }
        StringBuilder sql = new StringBuilder("CREATE TABLE ").append(qualified(mapping, schema, t.name()))
                .append(" (\n    ").append(String.join(",\n    ", elements)).append("\n)");
        if (t.storageEngine() != null) {
            sql.append(" ENGINE=").append(t.storageEngine());
        }
        if (t.collation() != null) {
            sql.append(" DEFAULT COLLATE=").append(t.collation());
        }
        if (t.comment() != null) {
            sql.append(" COMMENT=").append(literal(t.comment()));
        }
        if (t.kind() == TableKind.PARTITIONED && t.partitionKey() != null) {
            sql.append("\nPARTITION BY ").append(t.partitionKey());
            String method = t.partitionKey().trim().toUpperCase(Locale.ROOT);
            if (method.startsWith("RANGE")) {
                sql.append(" (PARTITION pmax VALUES LESS THAN ").append(method.startsWith("RANGE COLUMNS")
                        ? "(" + String.join(", ", Collections.nCopies(rangeColumns(method), "MAXVALUE"))
                        + ")" : "MAXVALUE").append(')');
            } else if (method.startsWith("LIST")) {
                throw new IllegalArgumentException("table \"" + schema + "." + t.name()
                        + "\": LIST partitions are not in the snapshot, so the table cannot be recreated");
            }
        }
        return sql.toString();
    }

    /**
     * MariaDB names a check written in a column definition after the column and reports it as column-level (its
     * JSON type is such a check); rendering it there again keeps both, so a {@code JSON} column stays JSON.
     */
    private static Constraint columnCheck(Table t, Column c) {
        return t.constraints().stream().filter(k -> k.kind() == ConstraintKind.CHECK && c.name().equals(k.name()))
                .findFirst().orElse(null);
    }

    private static int rangeColumns(String key) {
        int open = key.indexOf('(');
        int close = key.lastIndexOf(')');
        return open < 0 || close < open ? 1 : key.substring(open + 1, close).split(",").length;
    }

    /** The primary key columns, with prefix lengths from the primary index when it has any. */
    private static String indexColumns(Table t, Constraint pk) {
        return t.indexes().stream().filter(Index::primary).findFirst()
                .map(i -> i.keyParts().stream().map(MySqlDdlRenderer::indexKey).collect(Collectors.joining(", ")))
                .orElseGet(() -> pk.columns().stream().map(MySqlDdlRenderer::quote).collect(Collectors.joining(", ")));
    }

    private String column(Column c) {
        StringBuilder sql = new StringBuilder(quote(c.name())).append(' ').append(c.type());
        if (c.collation() != null) {
            sql.append(" COLLATE ").append(c.collation());
        }
        if (c.generated() != null) {
            sql.append(" GENERATED ALWAYS AS (").append(c.generated().expression()).append(')')
                    .append(c.generated().storage() == GenerationStorage.STORED ? " STORED" : " VIRTUAL");
            if (!mariaDb && !c.nullable()) {
                sql.append(" NOT NULL"); // MariaDB has no NOT NULL on generated columns
            }
        } else {
            sql.append(c.nullable() ? " NULL" : " NOT NULL");
            if (c.defaultExpression() != null) {
                sql.append(" DEFAULT ").append(defaultExpression(c.defaultExpression()));
            }
            if (c.onUpdate() != null) {
                sql.append(" ON UPDATE ").append(c.onUpdate());
            }
            if (c.identity() == IdentityKind.AUTO_INCREMENT) {
                sql.append(" AUTO_INCREMENT");
            }
        }
        if (c.comment() != null) {
            sql.append(" COMMENT ").append(literal(c.comment()));
        }
        return sql.toString();
    }

    /** MySQL 8 wants parentheses around expression defaults; MariaDB accepts the expression bare. */
    private String defaultExpression(String expression) {
        if (mariaDb || LITERAL_DEFAULT.matcher(expression.trim()).matches()) {
            return expression;
        }
        return "(" + expression + ")";
    }

    private String index(Index i) {
        String kind = switch (i.method().toLowerCase(Locale.ROOT)) {
            case "fulltext" -> "FULLTEXT KEY ";
            case "spatial" -> "SPATIAL KEY ";
            default -> i.unique() ? "UNIQUE KEY " : "KEY ";
        };
        StringBuilder sql = new StringBuilder(kind).append(quote(i.name())).append(" (")
                .append(i.keyParts().stream().map(MySqlDdlRenderer::indexKey).collect(Collectors.joining(", ")))
                .append(')');
        if ("hash".equalsIgnoreCase(i.method())) {
            sql.append(" USING HASH");
        }
        if (i.comment() != null) {
            sql.append(" COMMENT ").append(literal(i.comment()));
        }
        if (!i.visible()) {
            sql.append(mariaDb ? " IGNORED" : " INVISIBLE");
        }
        return sql.toString();
    }

    private static String indexKey(IndexKey k) {
        StringBuilder sql = new StringBuilder(k.column() != null ? quote(k.column()) : "(" + k.expression() + ")");
        if (k.length() != null) {
            sql.append('(').append(k.length()).append(')');
        }
        if (k.descending()) {
            sql.append(" DESC");
        }
        return sql.toString();
    }

    private static String foreignKey(SchemaMapping mapping, String schema, ForeignKey fk) {
        String parentSchema = fk.referencedSchema() == null ? schema : fk.referencedSchema();
        return "CONSTRAINT " + quote(fk.name()) + " FOREIGN KEY ("
                + fk.columns().stream().map(MySqlDdlRenderer::quote).collect(Collectors.joining(", "))
                + ") REFERENCES " + qualified(mapping, parentSchema, fk.referencedTable()) + " ("
                + fk.referencedColumns().stream().map(MySqlDdlRenderer::quote).collect(Collectors.joining(", "))
                + ") ON DELETE " + fk.onDelete() + " ON UPDATE " + fk.onUpdate();
    }

    private static String view(SchemaMapping mapping, String schema, View v) {
        StringBuilder sql = new StringBuilder("CREATE VIEW ").append(qualified(mapping, schema, v.name()))
                .append(" AS ").append(mapping.requalifyBackquoted(v.definition()));
        if (v.checkOption() != null) {
            sql.append(" WITH ").append(v.checkOption().toUpperCase(Locale.ROOT)).append(" CHECK OPTION");
        }
        return sql.toString();
    }

    private static String trigger(SchemaMapping mapping, String schema, String table, Trigger g) {
        String timing = g.timing().name().replace('_', ' ');
        return "CREATE TRIGGER " + qualified(mapping, schema, g.name()) + " " + timing + " "
                + g.events().get(0).name() + " ON " + qualified(mapping, schema, table) + " FOR EACH ROW\n"
                + mapping.requalifyBackquoted(g.body());
    }

    private static String sequenceOptions(Sequence q) {
        StringBuilder sql = new StringBuilder();
        if (q.start() != null) {
            sql.append(" START WITH ").append(q.start());
        }
        if (q.increment() != null) {
            sql.append(" INCREMENT BY ").append(q.increment());
        }
        if (q.minValue() != null) {
            sql.append(" MINVALUE ").append(q.minValue());
        }
        if (q.maxValue() != null) {
            sql.append(" MAXVALUE ").append(q.maxValue());
        }
        if (q.cache() != null) {
            sql.append(q.cache() == 0 ? " NOCACHE" : " CACHE " + q.cache());
        }
        sql.append(q.cycle() ? " CYCLE" : " NOCYCLE");
        return sql.toString();
    }

    private static String qualified(SchemaMapping mapping, String schema, String name) {
        String target = mapping.target(schema);
        return target == null ? quote(name) : quote(target) + "." + quote(name);
    }

    /** Back-quoted, with back quotes inside doubled; works for spaces, quotes and any Unicode. */
    static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    /** A string literal for the default SQL mode, where a backslash escapes (so it is doubled). */
    static String literal(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
