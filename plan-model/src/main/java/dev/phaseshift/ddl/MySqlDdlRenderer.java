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
import dev.phaseshift.schema.Partition;
import dev.phaseshift.schema.Routine;
import dev.phaseshift.schema.RoutineKind;
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
 *
 * <p><b>Privileges.</b> Database-, table- and column-level grants are written last, to the accounts the snapshot
 * names ({@code 'reader'@'%'}). Accounts are server-wide and not part of a snapshot: on a server without one,
 * the grant fails (MariaDB's and MySQL 8's {@code NO_AUTO_CREATE_USER} behaviour), which is the honest outcome for
 * a faithful copy; a renderer made with {@code privileges = false} leaves them out, as dry-run shadow databases
 * do. Note that MySQL keeps grants when a database or table is dropped, so a copy made under an old name may
 * hold grants the snapshot does not.
 * <p>Order: databases, sequences, tables with their partitions, foreign keys, then stored routines and views in
 * dependency order ({@link MySqlObjectOrder}: a view after the functions it calls and the views it reads), then
 * triggers. Routines and triggers are created under the {@code sql_mode} they were created under, as mysqldump
 * does: the session's mode is saved in {@code @phaseshift_saved_sql_mode} first and restored at the end.
 *
 * <p><b>Definers are recorded but not rendered.</b> {@code DEFINER = user@host} fails unless the account exists
 * on the target and the loading user holds {@code SET USER}/{@code SUPER}, which a dry-run shadow or a fresh
 * copy rarely has; without the clause the loading user becomes the definer. {@code SQL SECURITY} is rendered,
 * so an {@code INVOKER} view or routine keeps checking the caller's privileges. On a target with binary logging
 * (the MySQL 8 default), a function that is neither {@code DETERMINISTIC}, {@code NO SQL} nor
 * {@code READS SQL DATA} is refused unless the loading account may create such functions
 * ({@code log_bin_trust_function_creators} or {@code SUPER}); the server's error then names the function.
 * Triggers are created under the session's character set, not the one recorded by the server
 * ({@code CHARACTER_SET_CLIENT}): JDBC sends UTF-8, so switching {@code character_set_client} would garble
 * non-ASCII text in the body.
 *
 * <p>Triggers and routines whose {@code CREATE} statement was read ({@link Trigger#statement()},
 * {@link Routine#statement()}) are rendered as that statement, without its DEFINER and with qualifiers of mapped
 * databases rewritten, so that the server keeps the same text as the original's and dumps compare equal; the
 * structured fields are the fallback. Keys and checks come in the snapshot's canonical order, which is the
 * server's order when it was recorded.
 *
 * <p>Partitions are rendered as read: {@code PARTITIONS n} and {@code SUBPARTITIONS n} when the server
 * generated their names ({@code p0}, {@code p0sp0}), every partition by name otherwise. An index whose type
 * differs from the engine's default ({@code BTREE} on a {@code MEMORY} table, {@code HASH} elsewhere) keeps
 * {@code USING}; {@code SPATIAL} keys never get a prefix length.
 */
public final class MySqlDdlRenderer implements DdlRenderer {
    private static final Pattern LITERAL_DEFAULT = Pattern.compile(
            "(?is)NULL|-?[0-9.]+(e[-+]?[0-9]+)?|'([^'\\\\]|''|\\\\.)*'|b'[01]*'|0x[0-9a-f]+"
                    + "|current_timestamp(\\(\\d?\\))?|now\\(\\d?\\)|localtime(stamp)?(\\(\\d?\\))?");

    /** The DEFINER clause of a statement as the server keeps it: a quoted or bare user, a host, or CURRENT_USER. */
    private static final Pattern DEFINER_CLAUSE = Pattern.compile(
            "(?is)^(\\s*CREATE\\s+(?:OR\\s+REPLACE\\s+)?)DEFINER\\s*=\\s*"
                    + "(?:`(?:[^`]|``)*`|'(?:[^'\\\\]|''|\\\\.)*'|[^\\s@`']+)"
                    + "(?:\\s*@\\s*(?:`(?:[^`]|``)*`|'(?:[^'\\\\]|''|\\\\.)*'|[^\\s`']+))?\\s+");

    private static final Pattern AGGREGATE_BODY = Pattern.compile("(?i)\\bFETCH\\s+GROUP\\s+NEXT\\s+ROW\\b");

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
        Session session = new Session(out);
        for (MySqlObjectOrder.Placed p : MySqlObjectOrder.of(schemas)) {
            if (p.routine() != null) {
                if (p.routine().body() == null) {
                    continue; // unreadable: listed as skipped in the snapshot
                }
                session.use(mapping.target(p.schema()));
                session.sqlMode(p.routine().sqlMode());
                out.add(p.routine().statement() != null ? asWritten(mapping, p.routine().statement())
                        : routine(mapping, p.schema(), p.routine()));
            } else if (p.view().definition() != null) {
                session.use(mapping.target(p.schema()));
                out.add(view(mapping, p.schema(), p.view()));
            }
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
                        session.use(mapping.target(s.name()));
                        session.sqlMode(g.sqlMode());
                        out.add(g.statement() != null ? asWritten(mapping, g.statement())
                                : trigger(mapping, t.name(), g));
                    }
                }
            }
        }
        session.restoreSqlMode();
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

    /** The session state the script changes: the current database and the sql_mode. */
    private static final class Session {
        private static final String SAVED = "@phaseshift_saved_sql_mode";
        private final List<String> out;
        private String database;
        private boolean saved;
        private String sqlMode;

        Session(List<String> out) {
            this.out = out;
        }

        void use(String target) {
            if (!target.equals(database)) {
                out.add("USE " + quote(target));
                database = target;
            }
        }

        /** Switches to {@code mode}; null means the session's own mode. */
        void sqlMode(String mode) {
            if (java.util.Objects.equals(mode, sqlMode)) {
                return;
            }
            if (!saved) {
                out.add("SET " + SAVED + " = @@SESSION.sql_mode");
                saved = true;
            }
            out.add("SET SESSION sql_mode = " + (mode == null ? SAVED : "'" + mode.replace("'", "''") + "'"));
            sqlMode = mode;
        }

        void restoreSqlMode() {
            if (sqlMode != null) {
                sqlMode(null);
            }
        }
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
                elements.add("PRIMARY KEY (" + indexColumns(t, c) + ")" + t.indexes().stream()
                        .filter(Index::primary).findFirst().map(i -> using(t, i)).orElse(""));
            }
        }
        for (Index i : t.indexes()) {
            if (!i.primary()) {
                elements.add(index(t, i));
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
            sql.append("\nPARTITION BY ").append(partitions(schema, t));
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

    /**
     * The partitioning clause after {@code PARTITION BY}. A snapshot of an older file may have a key without
     * partitions: a RANGE table then gets one {@code MAXVALUE} partition, LIST cannot be recreated.
     */
    private static String partitions(String schema, Table t) {
        String key = t.partitionKey();
        String method = key.trim().toUpperCase(Locale.ROOT);
        List<Partition> parts = t.partitions();
        if (parts.isEmpty()) {
            if (method.startsWith("RANGE COLUMNS")) {
                return key + " (PARTITION pmax VALUES LESS THAN ("
                        + String.join(", ", Collections.nCopies(rangeColumns(method), "MAXVALUE")) + "))";
            } else if (method.startsWith("RANGE")) {
                return key + " (PARTITION pmax VALUES LESS THAN MAXVALUE)";
            } else if (method.startsWith("LIST")) {
                throw new IllegalArgumentException("table \"" + schema + "." + t.name()
                        + "\": LIST partitions are not in the snapshot, so the table cannot be recreated");
            }
            return key;
        }
        StringBuilder sql = new StringBuilder(key);
        boolean generatedSubs = generatedSubpartitions(parts);
        if (generatedSubs) {
            sql.append(" SUBPARTITIONS ").append(parts.get(0).subpartitions().size());
        }
        if (generatedPartitions(parts)) {
            return sql.append(" PARTITIONS ").append(parts.size()).toString();
        }
        List<String> defs = new ArrayList<>();
        for (Partition p : parts) {
            StringBuilder def = new StringBuilder(partition(p));
            if (!generatedSubs && !p.subpartitions().isEmpty()) {
                def.append(" (").append(p.subpartitions().stream().map(x -> "SUB" + partition(x))
                        .collect(Collectors.joining(", "))).append(')');
            }
            defs.add(def.toString());
        }
        return sql.append(" (\n    ").append(String.join(",\n    ", defs)).append("\n)").toString();
    }

    private static String partition(Partition p) {
        return "PARTITION " + quote(p.name()) + (p.bound() == null ? "" : " " + p.bound())
                + (p.comment() == null ? "" : " COMMENT = " + literal(p.comment()));
    }

    /** HASH and KEY partitions named {@code p0}, {@code p1}... by the server, for {@code PARTITIONS n}. */
    private static boolean generatedPartitions(List<Partition> parts) {
        for (int i = 0; i < parts.size(); i++) {
            Partition p = parts.get(i);
            if (!p.name().equals("p" + i) || p.bound() != null || p.comment() != null) {
                return false;
            }
        }
        return generatedSubpartitions(parts) || parts.stream().allMatch(p -> p.subpartitions().isEmpty());
    }

    /** Subpartitions the server named {@code <partition>sp0}, {@code sp1}..., the same number for each partition. */
    private static boolean generatedSubpartitions(List<Partition> parts) {
        int count = parts.get(0).subpartitions().size();
        if (count == 0) {
            return false;
        }
        for (Partition p : parts) {
            if (p.subpartitions().size() != count) {
                return false;
            }
            for (int i = 0; i < count; i++) {
                Partition sub = p.subpartitions().get(i);
                if (!sub.name().equals(p.name() + "sp" + i) || sub.comment() != null) {
                    return false;
                }
            }
        }
        return true;
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

    private String index(Table t, Index i) {
        String method = i.method().toLowerCase(Locale.ROOT);
        String kind = switch (method) {
            case "fulltext" -> "FULLTEXT KEY ";
            case "spatial" -> "SPATIAL KEY ";
            default -> i.unique() ? "UNIQUE KEY " : "KEY ";
        };
        boolean spatial = method.equals("spatial");
        StringBuilder sql = new StringBuilder(kind).append(quote(i.name())).append(" (")
                .append(i.keyParts().stream().map(k -> indexKey(spatial ? k.withLength(null) : k))
                        .collect(Collectors.joining(", ")))
                .append(')');
        sql.append(using(t, i));
        if (i.comment() != null) {
            sql.append(" COMMENT ").append(literal(i.comment()));
        }
        if (!i.visible()) {
            sql.append(mariaDb ? " IGNORED" : " INVISIBLE");
        }
        return sql.toString();
    }

    /** {@code USING BTREE} or {@code HASH} when the index type is not the engine's default, otherwise nothing. */
    private static String using(Table t, Index i) {
        String method = i.method().toLowerCase(Locale.ROOT);
        boolean declarable = method.equals("btree") || method.equals("hash");
        return declarable && !method.equals(defaultIndexType(t)) ? " USING " + method.toUpperCase(Locale.ROOT) : "";
    }

    /** MEMORY tables index by hash unless told otherwise; every other engine by B-tree. */
    private static String defaultIndexType(Table t) {
        String engine = t.storageEngine() == null ? "" : t.storageEngine().toUpperCase(Locale.ROOT);
        return engine.equals("MEMORY") || engine.equals("HEAP") ? "hash" : "btree";
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
        StringBuilder sql = new StringBuilder("CREATE ");
        if (v.algorithm() != null) {
            sql.append("ALGORITHM=").append(v.algorithm()).append(' ');
        }
        if (v.security() != null) {
            sql.append("SQL SECURITY ").append(v.security()).append(' ');
        }
        sql.append("VIEW ").append(qualified(mapping, schema, v.name()))
                .append(" AS ").append(mapping.requalifyBackquoted(v.definition()));
        if (v.checkOption() != null) {
            sql.append(" WITH ").append(v.checkOption().toUpperCase(Locale.ROOT)).append(" CHECK OPTION");
        }
        return sql.toString();
    }

    /** {@code CREATE FUNCTION} or {@code PROCEDURE} with its characteristics, one statement without DELIMITER. */
    private static String routine(SchemaMapping mapping, String schema, Routine r) {
        // information_schema does not say a MariaDB function is an aggregate; only aggregates may fetch rows
        boolean aggregate = r.kind() == RoutineKind.FUNCTION && AGGREGATE_BODY.matcher(r.body()).find();
        StringBuilder sql = new StringBuilder("CREATE ").append(aggregate ? "AGGREGATE " : "").append(r.kind().name())
                .append(' ')
                .append(qualified(mapping, schema, r.name())).append('(').append(r.arguments()).append(')');
        if (r.kind() == RoutineKind.FUNCTION && r.returnType() != null) {
            sql.append(" RETURNS ").append(r.returnType());
        }
        if (r.language() != null) {
            sql.append("\n    LANGUAGE ").append(r.language());
        }
        if (r.deterministic() != null) {
            sql.append(r.deterministic() ? "\n    DETERMINISTIC" : "\n    NOT DETERMINISTIC");
        }
        if (r.dataAccess() != null) {
            sql.append("\n    ").append(r.dataAccess());
        }
        if (r.security() != null) {
            sql.append("\n    SQL SECURITY ").append(r.security());
        }
        if (r.comment() != null) {
            sql.append("\n    COMMENT ").append(literal(r.comment(), r.sqlMode()));
        }
        return sql.append('\n').append(mapping.requalifyBackquoted(r.body())).toString();
    }

    /**
     * Unqualified, because the script has switched to the table's database: the server keeps the statement as
     * written, and {@code SHOW CREATE TRIGGER} of the copy then reads like the original's.
     */
    private static String trigger(SchemaMapping mapping, String table, Trigger g) {
        String timing = g.timing().name().replace('_', ' ');
        return "CREATE TRIGGER " + quote(g.name()) + " " + timing + " " + g.events().get(0).name() + " ON "
                + quote(table) + " FOR EACH ROW\n" + mapping.requalifyBackquoted(g.body());
    }

    /**
     * A trigger or routine statement as the server keeps it, without its DEFINER (see the class comment) and
     * with qualifiers of mapped databases rewritten. Its names are unqualified unless the user wrote them
     * qualified: the script has switched to the object's database.
     */
    static String asWritten(SchemaMapping mapping, String statement) {
        return mapping.requalifyWritten(DEFINER_CLAUSE.matcher(statement).replaceFirst("$1"));
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

    /** A string literal under {@code sqlMode}: with NO_BACKSLASH_ESCAPES a backslash is an ordinary character. */
    static String literal(String text, String sqlMode) {
        boolean raw = sqlMode != null && sqlMode.toUpperCase(Locale.ROOT).contains("NO_BACKSLASH_ESCAPES");
        return raw ? "'" + text.replace("'", "''") + "'" : literal(text);
    }
}
