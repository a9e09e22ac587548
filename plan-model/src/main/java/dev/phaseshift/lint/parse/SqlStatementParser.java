package dev.phaseshift.lint.parse;

import dev.phaseshift.lint.parse.SqlTokens.Token;
import dev.phaseshift.plan.op.AddCheck;
import dev.phaseshift.plan.op.AddColumn;
import dev.phaseshift.plan.op.AddForeignKey;
import dev.phaseshift.plan.op.AddUnique;
import dev.phaseshift.plan.op.AlterColumnType;
import dev.phaseshift.plan.op.ColumnSpec;
import dev.phaseshift.plan.op.CreateIndex;
import dev.phaseshift.plan.op.CreateTable;
import dev.phaseshift.plan.op.CreateView;
import dev.phaseshift.plan.op.DropColumn;
import dev.phaseshift.plan.op.DropConstraint;
import dev.phaseshift.plan.op.DropDefault;
import dev.phaseshift.plan.op.DropIndex;
import dev.phaseshift.plan.op.DropNotNull;
import dev.phaseshift.plan.op.DropTable;
import dev.phaseshift.plan.op.DropView;
import dev.phaseshift.plan.op.Operation;
import dev.phaseshift.plan.op.RenameColumn;
import dev.phaseshift.plan.op.RenameTable;
import dev.phaseshift.plan.op.ReplaceView;
import dev.phaseshift.plan.op.SchemaEdit;
import dev.phaseshift.plan.op.SetDefault;
import dev.phaseshift.plan.op.SetNotNull;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.sql.SqlScript;
import dev.phaseshift.sql.SqlStatement;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Reads one written statement as the typed operations it performs, for PostgreSQL or MySQL/MariaDB. The DDL forms
 * that decide locks and rewrites are recognised by hand (a general parser rejects {@code NOT VALID},
 * {@code DROP INDEX CONCURRENTLY IF EXISTS}, {@code ALGORITHM=INSTANT} and friends); data statements, settings and
 * transaction control are understood as having nothing to model; anything else is {@link StatementKind#UNKNOWN}
 * with a reason. It never throws for odd input: whatever it cannot read is unknown.
 *
 * <p>Unnamed constraints and indexes get the names the engine would give them ({@code orders_customer_id_fkey} on
 * PostgreSQL, {@code orders_ibfk_1} on MySQL), so later statements that name them find them.
 */
public final class SqlStatementParser {
    private static final Set<String> DATA = Set.of("INSERT", "UPDATE", "DELETE", "SELECT", "WITH", "VALUES", "SET",
            "RESET", "COMMENT", "BEGIN", "START", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE", "SHOW",
            "ANALYZE", "ANALYSE", "EXPLAIN", "GRANT", "REVOKE", "USE", "LOCK", "UNLOCK", "TRUNCATE", "NOTIFY",
            "LISTEN", "UNLISTEN", "DISCARD", "DEALLOCATE", "PREPARE", "EXECUTE", "TABLE", "REPLACE", "FLUSH");
    /** psql meta-commands that run no statement: connecting, variables, output, the client's encoding. */
    private static final Set<String> PSQL_SETTINGS = Set.of("c", "connect", "set", "unset", "pset", "echo", "qecho",
            "encoding", "timing", "restrict", "unrestrict", "t", "a", "x", "o", "out", "conninfo", "q", "quit");
    /** Created objects that hold no table lock and no rows: nothing for a rule to judge. */
    private static final Set<String> HARMLESS_CREATES = Set.of("SCHEMA", "SEQUENCE", "TYPE", "EXTENSION", "DOMAIN",
            "FUNCTION", "PROCEDURE", "ROLE", "USER", "COLLATION", "DATABASE");
    /**
     * postgresql objects whose creation or removal locks no table and touches no rows: languages, casts, operators,
     * text search, foreign servers and wrappers, access methods, transforms, event triggers, tablespaces.
     */
    private static final Set<String> PG_HARMLESS_CREATES = Set.of("LANGUAGE", "TRUSTED", "PROCEDURAL", "CONVERSION",
            "TABLESPACE", "CAST", "OPERATOR", "AGGREGATE", "TEXT", "SERVER", "FOREIGN", "ACCESS", "TRANSFORM", "EVENT",
            "PUBLICATION", "SUBSCRIPTION");
    /**
     * Objects whose {@code ALTER} changes only the catalog and locks no table: extensions, collations, roles,
     * tablespaces, server settings, foreign servers, subscriptions and the like (postgresql); users, tablespaces,
     * servers and the instance (mysql). Routines are read on their own ({@code RENAME TO} breaks callers).
     */
    private static final Set<String> PG_CATALOG_ALTERS = Set.of("EXTENSION", "COLLATION", "TEXT", "SERVER",
            "FOREIGN", "USER", "ROLE", "GROUP", "TABLESPACE", "SYSTEM", "STATISTICS", "CONVERSION", "LANGUAGE",
            "OPERATOR", "LARGE", "EVENT", "SUBSCRIPTION");
    private static final Set<String> MYSQL_CATALOG_ALTERS = Set.of("USER", "TABLESPACE", "SERVER", "LOGFILE",
            "INSTANCE", "RESOURCE", "UNDO");
    /** What mysql drops without locking a table: routines, events, users and roles. */
    private static final Set<String> MYSQL_CATALOG_DROPS = Set.of("FUNCTION", "PROCEDURE", "EVENT", "USER", "ROLE");
    /** Routines: {@code ALTER FUNCTION | PROCEDURE | ROUTINE | AGGREGATE name[(arguments)] ...}. */
    private static final Set<String> ROUTINES = Set.of("FUNCTION", "PROCEDURE", "ROUTINE", "AGGREGATE");
    /** Words that end a column's type and start its constraints. */
    private static final Set<String> COLUMN_CLAUSES = Set.of("NOT", "NULL", "DEFAULT", "PRIMARY", "REFERENCES",
            "CONSTRAINT", "UNIQUE", "CHECK", "GENERATED", "COLLATE", "AUTO_INCREMENT", "COMMENT", "ON", "AS", "FIRST",
            "AFTER", "KEY", "CHARSET", "INVISIBLE", "VISIBLE", "STORAGE", "COMPRESSION", "SRID", "USING", "IDENTITY");
    /**
     * ALTER TABLE actions that are understood and change nothing the model holds; rules judge them by their keyword
     * (a MySQL {@code CONVERT TO CHARACTER SET} copies the table, which mysql-algorithm-copy reports).
     */
    private static final Set<String> QUIET_ACTIONS = Set.of("OWNER", "ENABLE", "DISABLE", "REPLICA", "COMMENT",
            "AUTO_INCREMENT", "CLUSTER", "CONVERT", "CHARACTER", "CHARSET", "COLLATE", "DEFAULT");
    /**
     * MySQL ALTER TABLE actions that rebuild the table and change nothing the model holds ({@code FORCE},
     * {@code ENGINE=...}, {@code ORDER BY ...}, {@code ROW_FORMAT=}, {@code KEY_BLOCK_SIZE=}); the lock model judges
     * them by their keyword.
     */
    private static final Set<String> MYSQL_REBUILDS = Set.of("FORCE", "ENGINE", "ORDER", "ROW_FORMAT",
            "KEY_BLOCK_SIZE");
    /** MySQL table options that change only metadata: the optimizer's statistics settings. */
    private static final Set<String> MYSQL_QUIET_OPTIONS = Set.of("STATS_PERSISTENT", "STATS_AUTO_RECALC",
            "STATS_SAMPLE_PAGES");

    /** Words that end a domain's type in {@code CREATE DOMAIN}. */
    private static final Set<String> DOMAIN_CLAUSES = Set.of("COLLATE", "DEFAULT", "CONSTRAINT", "NOT", "NULL", "CHECK");

    /** postgresql's table lock modes, as {@code LOCK TABLE ... IN mode MODE} writes them. */
    private static final Set<String> LOCK_MODES = Set.of("ACCESS SHARE", "ROW SHARE", "ROW EXCLUSIVE",
            "SHARE UPDATE EXCLUSIVE", "SHARE", "SHARE ROW EXCLUSIVE", "EXCLUSIVE", "ACCESS EXCLUSIVE");

    private final Engine engine;

    private SqlStatementParser(Engine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    public static SqlStatementParser forEngine(Engine engine) {
        return new SqlStatementParser(engine);
    }

    /** Every statement of a script (a {@code sql} step's {@code up}, a file), with its line in the script. */
    public List<ParsedStatement> parseScript(String script) {
        List<ParsedStatement> out = new ArrayList<>();
        for (SqlStatement s : SqlScript.split(script)) {
            out.add(parse(s.text(), s.line()));
        }
        return out;
    }

    /** One statement, without its semicolon; {@code line} is where it starts in its file or step. */
    public ParsedStatement parse(String text, int line) {
        Reading reading = null;
        try {
            reading = new Reading(text, line);
            return reading.read();
        } catch (Harmless e) {
            return reading.built(StatementKind.DATA);
        } catch (NotUnderstood e) {
            return ParsedStatement.unknown(text, line, reading.keyword, e.getMessage(), reading.target,
                    reading.columns);
        } catch (RuntimeException e) {
            // a statement shape the reader did not foresee must not stop the lint of the rest of the file
            return reading == null ? ParsedStatement.unknown(text, line, "the statement could not be read")
                    : ParsedStatement.unknown(text, line, reading.keyword, "the statement could not be read",
                    reading.target, reading.columns);
        }
    }

    /** Ends the reading of a statement the parser does not understand; never leaves this class. */
    private static final class NotUnderstood extends RuntimeException {
        NotUnderstood(String reason) {
            super(reason, null, false, false);
        }
    }

    /** A column definition as written in CREATE TABLE, ADD COLUMN, MODIFY or CHANGE. */
    private record ColumnDefinition(ColumnSpec spec, boolean primaryKey, String after, String referencesTable,
                                    List<String> referencesColumns, Set<ColumnClause> clauses) {
    }

    /** The reading of one statement: its tokens and what has been found so far. */
    private final class Reading {
        private final String text;
        private final int line;
        private final SqlTokens tokens;
        private final List<Operation> operations = new ArrayList<>();
        /** The statement's flags; while an ALTER TABLE action is read, that action's own (merged in after it). */
        private Set<StatementFlag> flags = EnumSet.noneOf(StatementFlag.class);
        private final List<AlterAction> actions = new ArrayList<>();
        private final boolean fold = engine == Engine.POSTGRESQL;
        private String algorithm;
        private String lock;
        private StatementKind kind = StatementKind.SCHEMA_CHANGE;
        private final List<WrittenCommand> commands = new ArrayList<>();
        private final List<WrittenColumn> columns = new ArrayList<>();
        private final List<SessionSetting> settings = new ArrayList<>();
        private final List<Operation> guarded = new ArrayList<>();
        private final List<String> constraints = new ArrayList<>();
        private String object = "";
        private String target;
        /** The first keyword, upper case; empty when the statement starts with none. */
        private final String keyword;
        private int foreignKeys;
        private int checks;

        Reading(String text, int line) {
            this.text = text;
            this.line = line;
            this.tokens = SqlTokens.of(text);
            this.keyword = tokens.word();
        }

        private ParsedStatement data() {
            return ParsedStatement.data(text, line, keyword, null);
        }

        ParsedStatement read() {
            if (text.startsWith("\\")) {
                return metaCommand();
            }
            if (tokens.atEnd()) {
                return data();
            }
            String first = tokens.word();
            if (first.isEmpty()) {
                throw new NotUnderstood("it does not start with a keyword");
            }
            switch (first) {
                case "ALTER" -> {
                    tokens.next();
                    if (!fold) {
                        // MariaDB's ONLINE and MySQL 5.x's IGNORE change neither the actions nor their algorithm
                        tokens.accept("ONLINE");
                        tokens.accept("IGNORE");
                    }
                    object = tokens.word();
                    if (fold && tokens.accept("DOMAIN")) {
                        alterDomain();
                    } else if (tokens.accept("TABLE")) {
                        alterTable();
                    } else if (fold && (object.equals("VIEW") || object.equals("MATERIALIZED")
                            || object.equals("SCHEMA"))) {
                        alterViewOrSchema();
                    } else if (!fold && (object.equals("VIEW") || object.equals("EVENT") || object.equals("ALGORITHM")
                            || object.equals("DEFINER") || object.equals("SQL"))) {
                        mysqlAlterViewOrEvent();
                    } else if (tokens.accept("INDEX")) {
                        alterIndex();
                    } else if (fold && tokens.accept("TYPE")) {
                        alterType();
                    } else if (fold && tokens.accept("POLICY")) {
                        policyTable();
                    } else if (tokens.accept("DATABASE") || !fold && tokens.accept("SCHEMA")) {
                        // a database's defaults (character set, settings) hold for tables created later
                        catalogOnly();
                    } else if (fold && tokens.accept("DEFAULT", "PRIVILEGES")) {
                        // privileges of objects created later: no table is touched
                        catalogOnly();
                    } else if (tokens.accept("SEQUENCE")) {
                        // a sequence's options lock only the sequence, for a moment
                        catalogOnly();
                    } else if (fold && tokens.accept("PUBLICATION")) {
                        requireName("a publication name");
                        publication(tokens.accept("ADD") || tokens.accept("DROP")
                                || tokens.lookingAt("SET") && !tokens.peek(1).isSymbol('(') && tokens.accept("SET"));
                    } else if (fold && (object.equals("TRIGGER") || object.equals("RULE"))) {
                        // ALTER TRIGGER | RULE name ON table ...: the catalog, under ACCESS EXCLUSIVE on the table
                        tokens.next();
                        tableOfNamedObject(object.toLowerCase(Locale.ROOT));
                    } else if (ROUTINES.contains(object) && (fold || object.equals("FUNCTION")
                            || object.equals("PROCEDURE"))) {
                        tokens.next();
                        alterRoutine(object.toLowerCase(Locale.ROOT));
                    } else if ((fold ? PG_CATALOG_ALTERS : MYSQL_CATALOG_ALTERS).contains(object)) {
                        catalogOnly();
                    } else {
                        throw new NotUnderstood("ALTER " + tokens.word() + " is not modelled");
                    }
                }
                case "CREATE" -> {
                    tokens.next();
                    create();
                }
                case "DROP" -> {
                    tokens.next();
                    drop();
                }
                case "RENAME" -> {
                    tokens.next();
                    renameTables();
                }
                case "REFRESH" -> {
                    tokens.next();
                    if (!fold || !tokens.accept("MATERIALIZED", "VIEW")) {
                        throw new NotUnderstood("REFRESH " + tokens.peek().text() + " is not modelled");
                    }
                    boolean concurrently = tokens.accept("CONCURRENTLY");
                    command(new RefreshMaterializedView(requireName("a materialized view name"), concurrently));
                    if (tokens.accept("WITH")) {
                        tokens.accept("NO");
                        tokens.accept("DATA");
                    }
                }
                case "REASSIGN" -> {
                    // REASSIGN OWNED BY a TO b: new owners in the catalog, no data touched
                    if (!fold || !tokens.lookingAt("REASSIGN", "OWNED")) {
                        throw new NotUnderstood("REASSIGN " + tokens.peek(1).text() + " is not modelled");
                    }
                    tokens.rest();
                    throw new Harmless();
                }
                case "COPY" -> {
                    if (!fold) {
                        throw new NotUnderstood("COPY is postgresql's");
                    }
                    return copy();
                }
                case "CHECKPOINT", "SECURITY", "LOAD", "IMPORT" -> {
                    // a checkpoint, a security label, a loaded library, foreign tables made from a remote schema:
                    // no table of the database is locked or changed
                    if (!fold) {
                        throw new NotUnderstood(first + " is not a statement the linter knows");
                    }
                    catalogOnly();
                }
                case "DO" -> throw new NotUnderstood("a DO block runs code no rule can read");
                case "CALL" -> throw new NotUnderstood("a procedure call runs code no rule can read");
                case "VACUUM" -> {
                    tokens.next();
                    if (!vacuumFull()) {
                        return data();
                    }
                }
                case "TRUNCATE" -> {
                    tokens.next();
                    truncate();
                }
                case "LOCK" -> {
                    tokens.next();
                    lockTables();
                }
                case "REINDEX" -> {
                    tokens.next();
                    reindex();
                }
                case "CLUSTER" -> {
                    tokens.next();
                    cluster();
                }
                case "SET" -> {
                    tokens.next();
                    set();
                }
                case "RESET" -> {
                    tokens.next();
                    String name = tokens.accept("ALL") ? "all" : tokens.name(true);
                    if (name == null) {
                        return data();
                    }
                    settings.add(new SessionSetting(name, null, false));
                    kind = StatementKind.DATA;
                }
                case "SELECT" -> {
                    if (!setConfig()) {
                        return data();
                    }
                }
                case "BEGIN", "START", "COMMIT", "END", "ROLLBACK", "ABORT", "PREPARE" -> {
                    return transactionControl(first);
                }
                case "UPDATE" -> {
                    tokens.next();
                    tokens.accept("ONLY");
                    return rowsWritten();
                }
                case "DELETE" -> {
                    tokens.next();
                    if (!tokens.accept("FROM")) {
                        return data();
                    }
                    tokens.accept("ONLY");
                    return rowsWritten();
                }
                case "ANALYZE" -> {
                    if (!fold) {
                        // new index statistics: the table's metadata lock for a moment, no table work
                        String table = maintainedTable();
                        tokens.rest();
                        return ParsedStatement.data(text, line, keyword, table);
                    }
                    return data();
                }
                case "OPTIMIZE" -> {
                    if (fold) {
                        throw new NotUnderstood("OPTIMIZE is not a statement the linter knows");
                    }
                    // InnoDB runs it as ALTER TABLE ... FORCE on each table named: one action per table, each of
                    // which rebuilds its table; the first is the statement's target
                    String table = maintainedTable();
                    object = "TABLE";
                    target = table;
                    actions.add(new AlterAction(table, text, keyword, List.of(), List.of(), Set.of()));
                    while (tokens.acceptSymbol(',')) {
                        actions.add(new AlterAction(requireName("a table name"), text, keyword, List.of(), List.of(),
                                Set.of()));
                    }
                }
                case "CHECK", "CHECKSUM", "REPAIR" -> {
                    if (fold) {
                        throw new NotUnderstood(first + " is not a statement the linter knows");
                    }
                    // InnoDB reads the table (CHECK, CHECKSUM) or declines to repair it: no table work to model here,
                    // the lock model says what each holds
                    String table = maintainedTable();
                    tokens.rest();
                    return ParsedStatement.data(text, line, keyword, table);
                }
                case "XA" -> {
                    if (fold) {
                        throw new NotUnderstood("XA is not a statement the linter knows");
                    }
                    return xaControl();
                }
                default -> {
                    if (first.equals("INSERT") || first.equals("REPLACE") && !fold) {
                        // INSERT [IGNORE] INTO t, mysql's REPLACE [INTO] t: the table it writes
                        tokens.next();
                        tokens.accept("IGNORE");
                        tokens.accept("INTO");
                        return ParsedStatement.data(text, line, keyword, tokens.name(fold));
                    }
                    if (DATA.contains(first)) {
                        return data();
                    }
                    throw new NotUnderstood(first + " is not a statement the linter knows");
                }
            }
            if (!tokens.atEnd()) {
                throw new NotUnderstood("\"" + tokens.peek().text() + "\" at the end is not understood");
            }
            return built(kind);
        }

        /**
         * A psql meta-command: connecting, settings and output change no table; including another file or running
         * the query buffer's result ({@code \\i}, {@code \\gexec}) runs statements the linter does not see.
         */
        private ParsedStatement metaCommand() {
            String command = text.substring(1).split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
            if (!PSQL_SETTINGS.contains(command)) {
                throw new NotUnderstood("the psql meta-command \\" + command + " runs statements the linter does "
                        + "not read");
            }
            return data();
        }

        /** {@code COPY t [(columns)] FROM ...} writes rows into t; {@code COPY ... TO} only reads. */
        private ParsedStatement copy() {
            tokens.next();
            String table = tokens.peek().isSymbol('(') ? null : tokens.name(fold);
            if (tokens.peek().isSymbol('(')) {
                tokens.skipParenthesised();
            }
            boolean from = tokens.accept("FROM");
            return ParsedStatement.data(text, line, keyword, from ? table : null);
        }

        /**
         * MySQL {@code ANALYZE | OPTIMIZE | CHECK | CHECKSUM | REPAIR [NO_WRITE_TO_BINLOG | LOCAL] TABLE t}: the
         * (first) table.
         */
        private String maintainedTable() {
            tokens.next();
            if (!tokens.accept("NO_WRITE_TO_BINLOG")) {
                tokens.accept("LOCAL");
            }
            expect("TABLE");
            return requireName("a table name");
        }

        /** An {@code UPDATE} or {@code DELETE} at its table's name: the table, and whether a WHERE filters the rows. */
        private ParsedStatement rowsWritten() {
            target = tokens.name(fold);
            while (!tokens.atEnd()) {
                if (tokens.lookingAt("WHERE")) {
                    flags.add(StatementFlag.FILTERED);
                    break;
                }
                if (tokens.peek().isSymbol('(') || tokens.peek().isSymbol('[')) {
                    tokens.skipParenthesised();
                } else {
                    tokens.next();
                }
            }
            return built(StatementKind.DATA);
        }

        /** The statement as read so far, of {@code readAs}. */
        private ParsedStatement built(StatementKind readAs) {
            return new ParsedStatement(text, line, readAs, operations, flags, algorithm, lock, null, commands, target,
                    columns, keyword, settings, object, guarded, constraints, actions);
        }

        // ---- CREATE ----

        private void create() {
            boolean replace = tokens.accept("OR", "REPLACE");
            while (tokens.accept("TEMPORARY") || tokens.accept("TEMP") || tokens.accept("UNLOGGED")
                    || tokens.accept("GLOBAL") || tokens.accept("LOCAL") || tokens.accept("RECURSIVE")) {
                // modifiers that change neither the model nor the locks
            }
            skipViewOptions();
            String what = tokens.word();
            object = switch (what) {
                case "UNIQUE", "FULLTEXT", "SPATIAL" -> "INDEX";
                default -> what;
            };
            switch (what) {
                case "UNIQUE", "FULLTEXT", "SPATIAL", "INDEX" -> createIndex();
                case "TABLE" -> {
                    tokens.next();
                    createTable();
                }
                case "VIEW" -> {
                    tokens.next();
                    createView(replace);
                }
                case "TRIGGER" -> {
                    // a trigger takes the table's lock for a moment: the table it is on is the statement's target
                    triggerTable();
                    tokens.rest();
                    throw new Harmless();
                }
                case "POLICY" -> {
                    tokens.next();
                    policyTable();
                }
                case "PUBLICATION" -> {
                    if (!fold) {
                        throw new NotUnderstood("CREATE PUBLICATION is postgresql's");
                    }
                    tokens.next();
                    requireName("a publication name");
                    publication(tokens.accept("FOR"));
                }
                case "RULE" -> {
                    // CREATE [OR REPLACE] RULE name AS ON event TO table ...: ACCESS EXCLUSIVE on the table
                    if (!fold) {
                        throw new NotUnderstood("CREATE RULE is postgresql's");
                    }
                    tokens.next();
                    requireName("a rule name");
                    expect("AS");
                    expect("ON");
                    tokens.next();
                    expect("TO");
                    target = requireName("a table name");
                    tokens.rest();
                    throw new Harmless();
                }
                case "STATISTICS" -> {
                    // extended statistics: SHARE UPDATE EXCLUSIVE on the table, no rows touched until ANALYZE
                    tokens.next();
                    while (!tokens.atEnd() && !tokens.lookingAt("FROM")) {
                        tokens.next();
                    }
                    expect("FROM");
                    target = requireName("a table name");
                    tokens.rest();
                    throw new Harmless();
                }
                case "EVENT" -> {
                    // mysql's scheduled event: its body runs later, on its schedule, and is not judged here (like a
                    // DO block); postgresql's event trigger runs a function on DDL. Creating either locks no table
                    catalogOnly();
                }
                case "MATERIALIZED" -> {
                    // a materialized view is a new object that only reads its tables
                    tokens.next();
                    if (fold && tokens.accept("VIEW")) {
                        tokens.accept("IF", "NOT", "EXISTS");
                        commands.add(new CreateObject("materialized view", requireName("a view name")));
                    }
                    tokens.rest();
                    throw new Harmless();
                }
                case "DOMAIN" -> {
                    if (!fold) {
                        // mysql has no domains: nothing to model, as for the other objects it does not have
                        tokens.rest();
                        throw new Harmless();
                    }
                    tokens.next();
                    createDomain();
                }
                case "FUNCTION" -> {
                    if (fold) {
                        tokens.next();
                        createFunction();
                    }
                    catalogOnly();
                }
                default -> {
                    if (!HARMLESS_CREATES.contains(what) && !(fold && PG_HARMLESS_CREATES.contains(what))) {
                        throw new NotUnderstood("CREATE " + (what.isEmpty() ? tokens.peek().text() : what)
                                + " is not modelled");
                    }
                    if (fold && (what.equals("TYPE") || what.equals("SCHEMA") || what.equals("PROCEDURE"))) {
                        // the name, so that later renames know it is new
                        tokens.next();
                        tokens.accept("IF", "NOT", "EXISTS");
                        if (!tokens.lookingAt("AUTHORIZATION")) {
                            commands.add(new CreateObject(what.toLowerCase(Locale.ROOT), requireName("a name")));
                        }
                    }
                    catalogOnly();
                }
            }
        }

        /**
         * postgresql {@code CREATE | ALTER | DROP POLICY name ON table ...}: a row security policy, changed under a
         * moment's ACCESS EXCLUSIVE on its table, the statement's target.
         */
        private void policyTable() {
            object = "POLICY";
            tokens.accept("IF", "EXISTS");
            requireName("a policy name");
            expect("ON");
            target = requireName("a table name");
            tokens.rest();
            throw new Harmless();
        }

        /**
         * postgresql {@code ALTER TRIGGER | ALTER RULE | DROP RULE name ON table ...}, at the name: the catalog only,
         * under a moment's ACCESS EXCLUSIVE on the table, the statement's target.
         */
        private void tableOfNamedObject(String kind) {
            object = kind.toUpperCase(Locale.ROOT);
            requireName("a " + kind + " name");
            expect("ON");
            target = requireName("a table name");
            tokens.rest();
            throw new Harmless();
        }

        /**
         * {@code ALTER FUNCTION | PROCEDURE | ROUTINE | AGGREGATE name[(arguments)] ...}, at the name: {@code RENAME
         * TO} and {@code SET SCHEMA} break every caller still using the old name; owner, settings, volatility and
         * the other characteristics change the catalog only and lock no table.
         */
        private void alterRoutine(String kind) {
            String name = requireName("a " + kind + " name");
            if (tokens.atGroup()) {
                tokens.skipParenthesised();
            }
            if (tokens.accept("RENAME", "TO")) {
                command(new RenameObject(kind, name, requireName("the new name")));
                return;
            }
            if (!moved(kind, name)) {
                catalogOnly();
            }
        }

        /**
         * postgresql {@code SET SCHEMA s} at the cursor: the object moves to another schema, which every query
         * naming it by its old schema (or finding it on the search path) meets as a rename; recorded as a
         * {@link RenameObject} to the qualified new name. Whether it was there.
         */
        private boolean moved(String what, String name) {
            if (!fold || !tokens.accept("SET", "SCHEMA")) {
                return false;
            }
            RenameObject move = new RenameObject(what, name, requireName("a schema name") + "."
                    + SchemaEdit.bare(name));
            if (what.equals("table")) {
                // one action of an ALTER TABLE
                commands.add(move);
            } else {
                command(move);
            }
            return true;
        }

        /**
         * A publication's objects, at the first of them when {@code objects} ({@code TABLE [ONLY] t [(columns)]
         * [WHERE (condition)], ..., TABLES IN SCHEMA s, ..., ALL TABLES}): the tables named, as a
         * {@link PublishTables}; with no objects, or only schemas, the catalog only.
         */
        private void publication(boolean objects) {
            List<String> tables = new ArrayList<>();
            boolean table = false;
            while (objects && !tokens.atEnd() && !tokens.lookingAt("WITH")) {
                if (tokens.accept("ALL", "TABLES") || tokens.accept("TABLES", "IN", "SCHEMA")) {
                    table = false;
                    if (!tokens.atEnd() && !tokens.lookingAt("WITH") && !tokens.peek().isSymbol(',')) {
                        tokens.next();
                    }
                } else {
                    table = tokens.accept("TABLE") || table;
                    if (!table) {
                        throw new NotUnderstood("\"" + tokens.peek().text() + "\" in a publication is not understood");
                    }
                    tokens.accept("ONLY");
                    tables.add(requireName("a table name"));
                    tokens.acceptSymbol('*');
                    if (tokens.atGroup()) {
                        tokens.skipParenthesised();
                    }
                    if (tokens.accept("WHERE")) {
                        parenthesised("WHERE");
                    }
                }
                if (!tokens.acceptSymbol(',')) {
                    break;
                }
            }
            if (tables.isEmpty()) {
                catalogOnly();
            }
            tokens.rest();
            command(new PublishTables(tables));
        }

        /** Ends the reading of a statement that changes the catalog only and locks no table. */
        private void catalogOnly() {
            flags.add(StatementFlag.CATALOG_ONLY);
            tokens.rest();
            throw new Harmless();
        }

        /** {@code CREATE TRIGGER name ... ON table}: the table, as the statement's target. */
        private void triggerTable() {
            tokens.next();
            while (!tokens.atEnd() && !tokens.lookingAt("ON")) {
                tokens.next();
            }
            if (tokens.accept("ON")) {
                target = tokens.name(fold);
            }
        }

        /** MySQL: {@code CREATE ALGORITHM=MERGE DEFINER=x SQL SECURITY INVOKER VIEW}. */
        private void skipViewOptions() {
            while (true) {
                if (tokens.lookingAt("ALGORITHM") || tokens.lookingAt("DEFINER")) {
                    tokens.next();
                    tokens.acceptSymbol('=');
                    tokens.next();
                    // user@host, each part a name, a 'string' or a `quoted name`
                    while (tokens.peek().isSymbol('@') || !tokens.atEnd() && tokens.peek(-1).isSymbol('@')) {
                        tokens.next();
                    }
                } else if (tokens.accept("SQL", "SECURITY")) {
                    tokens.next();
                } else {
                    return;
                }
            }
        }

        private void createIndex() {
            boolean unique = tokens.accept("UNIQUE");
            String method = mysqlIndexMethod();
            expect("INDEX");
            if (tokens.accept("CONCURRENTLY")) {
                flags.add(StatementFlag.CONCURRENTLY);
            }
            boolean ifNotExists = tokens.accept("IF", "NOT", "EXISTS");
            if (ifNotExists) {
                flags.add(StatementFlag.IF_NOT_EXISTS);
            }
            String name = tokens.lookingAt("ON") ? null : tokens.name(fold);
            skipIndexType();
            expect("ON");
            tokens.accept("ONLY");
            String table = requireName("a table after ON");
            target = table;
            skipIndexType();
            List<String> columns = indexColumns();
            String where = null;
            while (!tokens.atEnd()) {
                if (tokens.accept("INCLUDE")) {
                    tokens.skipParenthesised();
                } else if (tokens.accept("NULLS", "NOT", "DISTINCT") || tokens.accept("NULLS", "DISTINCT")) {
                    continue;
                } else if (tokens.accept("WITH")) {
                    tokens.skipParenthesised();
                } else if (tokens.accept("TABLESPACE")) {
                    tokens.next();
                } else if (tokens.accept("WHERE")) {
                    int from = tokens.position();
                    while (!tokens.atEnd() && !lookingAtMysqlOption()) {
                        tokens.next();
                    }
                    where = tokens.textFrom(from);
                } else if (!mysqlOption()) {
                    tokens.next();
                    if (tokens.peek(-1).is("COMMENT") || tokens.peek(-1).is("KEY_BLOCK_SIZE")) {
                        tokens.acceptSymbol('=');
                        tokens.next();
                    } else if (!tokens.peek(-1).is("VISIBLE") && !tokens.peek(-1).is("INVISIBLE")) {
                        throw new NotUnderstood("\"" + tokens.peek(-1).text() + "\" in CREATE INDEX is not understood");
                    }
                }
            }
            String indexName = name != null ? name : defaultName(table, columns, "idx");
            operations.add(new CreateIndex(indexName, table, columns, unique ? Boolean.TRUE : null, where, null, method,
                    null, null, null, null));
            if (ifNotExists) {
                guarded.add(operations.get(operations.size() - 1));
            }
        }

        private void skipIndexType() {
            if (tokens.accept("USING")) {
                tokens.next();
            }
        }

        /** The column list of an index or key: plain columns by name, expressions as written. */
        private List<String> indexColumns() {
            if (!tokens.acceptSymbol('(')) {
                throw new NotUnderstood("the column list of the index is missing");
            }
            List<String> columns = new ArrayList<>();
            while (!tokens.atEnd()) {
                int from = tokens.position();
                String column = null;
                if (tokens.peek().isName() && (!fold || !tokens.peek(1).isSymbol('('))) {
                    column = tokens.name(fold);
                }
                int depth = 0;
                while (!tokens.atEnd() && !(depth == 0 && (tokens.peek().isSymbol(',') || tokens.peek().isSymbol(')')))) {
                    Token t = tokens.next();
                    depth += t.isSymbol('(') || t.isSymbol('[') ? 1 : t.isSymbol(')') || t.isSymbol(']') ? -1 : 0;
                }
                columns.add(column != null ? column : tokens.textFrom(from));
                if (tokens.acceptSymbol(')')) {
                    return columns;
                }
                expectSymbol(',');
            }
            throw new NotUnderstood("the column list of the index is not closed");
        }

        private void createTable() {
            boolean ifNotExists = tokens.accept("IF", "NOT", "EXISTS");
            if (ifNotExists) {
                flags.add(StatementFlag.IF_NOT_EXISTS);
            }
            String table = requireName("a table name");
            // a column list of names only ((a, b) AS query) names the query's columns
            boolean namesOnly = fold && (tokens.peek(2).isSymbol(',') || tokens.peek(2).isSymbol(')'));
            if (!tokens.peek().isSymbol('(') || tokens.peek(1).is("LIKE") && !fold || namesOnly) {
                createTableFrom(table, ifNotExists);
                return;
            }
            tokens.next();
            List<ColumnSpec> columns = new ArrayList<>();
            List<String> primaryKey = new ArrayList<>();
            String primaryKeyName = null;
            List<Operation> extras = new ArrayList<>();
            List<String> likes = new ArrayList<>();
            if (fold && tokens.acceptSymbol(')')) {
                // postgresql accepts a table without columns (columns are added later, or it only marks a state)
                tokens.rest();
                operations.add(new CreateTable(table, columns, primaryKey, null));
                if (ifNotExists) {
                    guarded.add(operations.get(operations.size() - 1));
                }
                return;
            }
            while (!tokens.atEnd()) {
                String constraintName = tokens.accept("CONSTRAINT") ? tokens.name(fold) : null;
                if (tokens.accept("PRIMARY", "KEY")) {
                    skipIndexType();
                    primaryKey.addAll(indexColumns());
                    primaryKeyName = constraintName;
                    skipToElementEnd();
                } else if (tokens.lookingAt("UNIQUE") || tokens.lookingAt("FOREIGN") || tokens.lookingAt("CHECK")) {
                    extras.add(constraint(table, constraintName, false));
                    skipToElementEnd();
                } else if (!fold && (tokens.lookingAt("KEY") || tokens.lookingAt("INDEX")
                        || tokens.lookingAt("FULLTEXT") || tokens.lookingAt("SPATIAL"))) {
                    extras.add(mysqlIndex(table));
                    skipToElementEnd();
                } else if (fold && tokens.lookingAt("EXCLUDE")) {
                    extras.add(exclusion(table, constraintName));
                    skipToElementEnd();
                } else if (fold && tokens.accept("LIKE")) {
                    // LIKE source [INCLUDING ... | EXCLUDING ...]: its columns, read under ACCESS SHARE
                    likes.add(requireName("a table name"));
                    skipToElementEnd();
                } else if (tokens.lookingAt("EXCLUDE")) {
                    throw new NotUnderstood(tokens.word() + " in CREATE TABLE is not modelled");
                } else {
                    ColumnDefinition c = columnDefinition();
                    columns.add(c.primaryKey() ? new ColumnSpec(c.spec().name(), c.spec().type(), false,
                            c.spec().defaultValue()) : c.spec());
                    if (c.primaryKey()) {
                        primaryKey.add(c.spec().name());
                    }
                    if (c.referencesTable() != null) {
                        flags.add(StatementFlag.INLINE_REFERENCES);
                        extras.add(new AddForeignKey(constraintNameFor("fkey", table, List.of(c.spec().name())), table,
                                List.of(c.spec().name()), c.referencesTable(), c.referencesColumns(), null));
                    }
                }
                if (tokens.acceptSymbol(')')) {
                    tokens.rest();
                    operations.add(new CreateTable(table, columns, primaryKey, primaryKeyName));
                    if (ifNotExists) {
                        guarded.add(operations.get(operations.size() - 1));
                    }
                    operations.addAll(extras);
                    if (!likes.isEmpty()) {
                        commands.add(new CreateTableFrom(table, CreateTableFrom.Form.LIKE, likes));
                    }
                    return;
                }
                expectSymbol(',');
            }
            throw new NotUnderstood("the column list of CREATE TABLE is not closed");
        }

        /**
         * {@code CREATE TABLE t} without a column list: postgresql {@code PARTITION OF parent ...} and
         * {@code [WITH (...)] [TABLESPACE ts] AS query}; mysql {@code LIKE source}, {@code (LIKE source)} and
         * {@code [options] [IGNORE | REPLACE] [AS] SELECT ...}. A new table without columns the model knows, made
         * from its sources.
         */
        private void createTableFrom(String table, boolean ifNotExists) {
            CreateTableFrom from;
            if (fold && tokens.accept("PARTITION", "OF")) {
                from = new CreateTableFrom(table, CreateTableFrom.Form.PARTITION_OF,
                        List.of(requireName("a partitioned table name")));
                // column constraints, FOR VALUES ... | DEFAULT, PARTITION BY: nothing more is locked
                tokens.rest();
            } else if (!fold && (tokens.lookingAt("LIKE")
                    || tokens.peek().isSymbol('(') && tokens.peek(1).is("LIKE"))) {
                boolean grouped = tokens.acceptSymbol('(');
                expect("LIKE");
                from = new CreateTableFrom(table, CreateTableFrom.Form.LIKE, List.of(requireName("a table name")));
                if (grouped) {
                    expectSymbol(')');
                }
            } else {
                while (!tokens.atEnd() && !tokens.lookingAt("AS") && !tokens.lookingAt("SELECT")
                        && !(!fold && (tokens.lookingAt("WITH") && !tokens.peek(1).isSymbol('(')))) {
                    if (tokens.peek().isSymbol('(')) {
                        tokens.skipParenthesised();
                    } else {
                        tokens.next();
                    }
                }
                if (tokens.atEnd()) {
                    throw new NotUnderstood("CREATE TABLE " + table + " has neither a column list nor a query");
                }
                tokens.accept("AS");
                from = new CreateTableFrom(table, CreateTableFrom.Form.QUERY,
                        TablesRead.of(tokens.rest(), fold ? Engine.POSTGRESQL : Engine.MYSQL));
            }
            if (!tokens.atEnd()) {
                throw new NotUnderstood("\"" + tokens.peek().text() + "\" after CREATE TABLE " + table
                        + " is not understood");
            }
            operations.add(new CreateTable(table, List.of(), List.of(), null));
            if (ifNotExists) {
                guarded.add(operations.get(operations.size() - 1));
            }
            commands.add(from);
        }

        private void createView(boolean replace) {
            String name = requireName("a view name");
            if (tokens.atGroup()) {
                tokens.skipParenthesised();
            }
            if (tokens.accept("WITH")) {
                tokens.skipParenthesised();
            }
            expect("AS");
            String query = tokens.rest();
            operations.add(replace ? new ReplaceView(name, query) : new CreateView(name, query));
        }

        // ---- DROP and RENAME ----

        private void drop() {
            tokens.accept("TEMPORARY");
            String what = tokens.word();
            object = what;
            switch (what) {
                case "TABLE", "VIEW" -> {
                    tokens.next();
                    boolean ifExists = ifExists();
                    do {
                        String name = requireName("a " + what.toLowerCase(Locale.ROOT) + " name");
                        operations.add(what.equals("TABLE") ? new DropTable(name) : new DropView(name));
                    } while (tokens.acceptSymbol(','));
                    cascade();
                    if (ifExists) {
                        flags.add(StatementFlag.IF_EXISTS);
                        guarded.addAll(operations);
                    }
                }
                case "INDEX" -> {
                    tokens.next();
                    if (tokens.accept("CONCURRENTLY")) {
                        flags.add(StatementFlag.CONCURRENTLY);
                    }
                    boolean ifExists = ifExists();
                    if (ifExists) {
                        flags.add(StatementFlag.IF_EXISTS);
                    }
                    List<String> names = new ArrayList<>();
                    do {
                        names.add(requireName("an index name"));
                    } while (tokens.acceptSymbol(','));
                    String table = tokens.accept("ON") ? requireName("a table after ON") : null;
                    // postgresql names no table: the linter finds the index's table in the schema
                    names.forEach(n -> operations.add(new DropIndex(SchemaEdit.bare(n), table)));
                    if (ifExists) {
                        guarded.addAll(operations);
                    }
                    cascade();
                    while (mysqlOption()) {
                        tokens.acceptSymbol(',');
                    }
                }
                case "SCHEMA", "DATABASE" -> {
                    tokens.next();
                    dropSchemas(what.equals("DATABASE"));
                }
                case "POLICY" -> {
                    if (!fold) {
                        throw new NotUnderstood("DROP POLICY is postgresql's");
                    }
                    tokens.next();
                    policyTable();
                }
                case "OWNED" -> {
                    if (!fold) {
                        throw new NotUnderstood("DROP OWNED is postgresql's");
                    }
                    tokens.next();
                    expect("BY");
                    List<String> roles = new ArrayList<>();
                    do {
                        roles.add(requireName("a role name"));
                    } while (tokens.acceptSymbol(','));
                    cascade();
                    command(new DropOwned(roles, flags.contains(StatementFlag.CASCADE)));
                }
                default -> {
                    // a trigger goes under a moment's lock on its table; a materialized view is dropped as a view is;
                    // a mysql event is a schedule and its body, and no table is locked to drop it
                    if (fold && what.equals("RULE")) {
                        // DROP RULE [IF EXISTS] name ON table: ACCESS EXCLUSIVE on the table, for a moment
                        tokens.next();
                        tokens.accept("IF", "EXISTS");
                        tableOfNamedObject("rule");
                    }
                    if (HARMLESS_CREATES.contains(what) || what.equals("TRIGGER") || what.equals("MATERIALIZED")
                            || fold && PG_HARMLESS_CREATES.contains(what) || !fold && what.equals("EVENT")) {
                        tokens.next();
                        tokens.accept("VIEW");
                        if (ifExists()) {
                            flags.add(StatementFlag.IF_EXISTS);
                        }
                        if (what.equals("TRIGGER")) {
                            // postgresql names the table (ON t); mysql only the trigger
                            String trigger = requireName("a trigger name");
                            if (tokens.accept("ON")) {
                                target = tokens.name(fold);
                            }
                            commands.add(new DropTrigger(trigger, target));
                        } else if (what.equals("MATERIALIZED")) {
                            target = tokens.name(fold);
                        } else if (fold ? PG_HARMLESS_CREATES.contains(what) : MYSQL_CATALOG_DROPS.contains(what)) {
                            // languages, casts, operators, publications...; mysql's routines, events, users: no
                            // table is locked (postgresql's types, functions and schemas may take columns, triggers
                            // and tables with them, CASCADE)
                            catalogOnly();
                        }
                        tokens.rest();
                        throw new Harmless();
                    }
                    throw new NotUnderstood("DROP " + (what.isEmpty() ? tokens.peek().text() : what)
                            + " is not modelled");
                }
            }
        }

        /** MySQL {@code RENAME TABLE a TO b, c TO d}; {@code RENAME USER a TO b} changes only the grant tables. */
        private void renameTables() {
            if (!fold && tokens.accept("USER")) {
                object = "USER";
                catalogOnly();
            }
            expect("TABLE");
            do {
                String from = requireName("a table name");
                expect("TO");
                operations.add(new RenameTable(from, SchemaEdit.bare(requireName("a new table name"))));
            } while (tokens.acceptSymbol(','));
        }

        // ---- statements that are no plan operation but lock whole tables or destroy data ----

        /** {@code TRUNCATE [TABLE] [ONLY] a [*], b [RESTART IDENTITY] [CASCADE]}. */
        private void truncate() {
            tokens.accept("TABLE");
            List<String> tables = tableList();
            boolean cascade = false;
            while (!tokens.atEnd()) {
                if (tokens.accept("CASCADE")) {
                    cascade = true;
                } else if (!tokens.accept("RESTRICT") && !tokens.accept("RESTART", "IDENTITY")
                        && !tokens.accept("CONTINUE", "IDENTITY")) {
                    throw new NotUnderstood("\"" + tokens.peek().text() + "\" in TRUNCATE is not understood");
                }
            }
            if (cascade) {
                flags.add(StatementFlag.CASCADE);
            }
            command(new TruncateTables(tables, cascade));
        }

        /** {@code a [*], ONLY b}: the tables of TRUNCATE, LOCK and VACUUM. */
        private List<String> tableList() {
            List<String> tables = new ArrayList<>();
            do {
                tokens.accept("ONLY");
                tables.add(requireName("a table name"));
                tokens.acceptSymbol('*');
            } while (tokens.acceptSymbol(','));
            return tables;
        }

        /**
         * postgresql {@code LOCK [TABLE] a, b [IN mode MODE] [NOWAIT]}; MySQL {@code LOCK TABLES a [AS x] READ
         * [LOCAL], b WRITE} (one command per table, each with its mode). {@code LOCK INSTANCE FOR BACKUP} locks no
         * table.
         */
        private void lockTables() {
            if (!fold) {
                if (tokens.lookingAt("INSTANCE")) {
                    tokens.rest();
                    throw new Harmless();
                }
                if (!tokens.accept("TABLES")) {
                    expect("TABLE");
                }
                do {
                    String table = requireName("a table name");
                    if (tokens.accept("AS") || tokens.peek().isName() && !tokens.lookingAt("READ")
                            && !tokens.lookingAt("WRITE") && !tokens.lookingAt("LOW_PRIORITY")) {
                        requireName("an alias");
                    }
                    String mode = "READ";
                    if (tokens.accept("READ")) {
                        tokens.accept("LOCAL");
                    } else {
                        tokens.accept("LOW_PRIORITY");
                        expect("WRITE");
                        mode = "WRITE";
                    }
                    command(new LockTables(List.of(table), mode));
                } while (tokens.acceptSymbol(','));
                return;
            }
            tokens.accept("TABLE");
            List<String> tables = tableList();
            String mode = "ACCESS EXCLUSIVE";
            if (tokens.accept("IN")) {
                List<String> words = new ArrayList<>();
                while (!tokens.atEnd() && !tokens.lookingAt("MODE")) {
                    words.add(tokens.next().text().toUpperCase(Locale.ROOT));
                }
                expect("MODE");
                mode = String.join(" ", words);
                if (!LOCK_MODES.contains(mode)) {
                    throw new NotUnderstood("lock mode \"" + mode + "\" is not a table lock mode");
                }
            }
            tokens.accept("NOWAIT");
            command(new LockTables(tables, mode));
        }

        /** postgresql {@code REINDEX [(options)] INDEX|TABLE|SCHEMA|DATABASE|SYSTEM [CONCURRENTLY] name}. */
        private void reindex() {
            boolean concurrently = false;
            if (tokens.peek().isSymbol('(')) {
                int from = tokens.position();
                tokens.skipParenthesised();
                concurrently = tokens.textFrom(from).toUpperCase(Locale.ROOT).contains("CONCURRENTLY");
            }
            Reindex.Target target;
            try {
                target = Reindex.Target.valueOf(tokens.word());
            } catch (IllegalArgumentException e) {
                throw new NotUnderstood("REINDEX " + tokens.peek().text() + " is not understood");
            }
            tokens.next();
            concurrently |= tokens.accept("CONCURRENTLY");
            String name = tokens.atEnd() && (target == Reindex.Target.DATABASE || target == Reindex.Target.SYSTEM)
                    ? null : requireName("a " + target.word() + " name");
            if (concurrently) {
                flags.add(StatementFlag.CONCURRENTLY);
            }
            command(new Reindex(target, name, concurrently));
        }

        /** postgresql {@code CLUSTER [VERBOSE] [table [USING index]]} or {@code CLUSTER index ON table}. */
        private void cluster() {
            if (tokens.peek().isSymbol('(')) {
                tokens.skipParenthesised();
            }
            tokens.accept("VERBOSE");
            if (tokens.atEnd()) {
                command(new ClusterTable(null, null));
                return;
            }
            String first = requireName("a table name");
            if (tokens.accept("ON")) {
                command(new ClusterTable(requireName("a table name"), SchemaEdit.bare(first)));
                return;
            }
            String index = tokens.accept("USING") ? SchemaEdit.bare(requireName("an index name")) : null;
            command(new ClusterTable(first, index));
        }

        /** After VACUUM: whether it is FULL; if so, reads its tables. A plain VACUUM takes no blocking lock. */
        private boolean vacuumFull() {
            boolean full = false;
            if (tokens.peek().isSymbol('(')) {
                tokens.next();
                while (!tokens.atEnd() && !tokens.peek().isSymbol(')')) {
                    Token option = tokens.next();
                    if (option.is("FULL")) {
                        // FULL alone, or FULL TRUE/ON/1; FULL FALSE/OFF/0 turns it off
                        Token value = tokens.peek();
                        full = !(value.is("FALSE") || value.is("OFF") || value.text().equals("0"));
                    }
                }
                expectSymbol(')');
            } else {
                full = tokens.accept("FULL");
                while (tokens.accept("FREEZE") || tokens.accept("VERBOSE") || tokens.accept("ANALYZE")
                        || tokens.accept("ANALYSE")) {
                    // options that change neither the lock nor the rewrite
                }
            }
            if (!full) {
                tokens.rest();
                return false;
            }
            List<String> tables = new ArrayList<>();
            if (!tokens.atEnd()) {
                do {
                    tables.add(requireName("a table name"));
                    if (tokens.peek().isSymbol('(')) {
                        tokens.skipParenthesised();
                    }
                } while (tokens.acceptSymbol(','));
            }
            command(new VacuumFull(tables));
            return true;
        }

        /** postgresql {@code DROP SCHEMA [IF EXISTS] a, b [CASCADE]}; MySQL {@code DROP DATABASE|SCHEMA db}. */
        private void dropSchemas(boolean database) {
            if (ifExists()) {
                flags.add(StatementFlag.IF_EXISTS);
            }
            List<String> names = new ArrayList<>();
            do {
                names.add(requireName("a " + (database ? "database" : "schema") + " name"));
            } while (fold && !database && tokens.acceptSymbol(','));
            boolean cascade = !fold || database;
            if (fold && tokens.accept("CASCADE")) {
                flags.add(StatementFlag.CASCADE);
                cascade = true;
            }
            tokens.accept("RESTRICT");
            if (fold && database) {
                // WITH (FORCE) (postgresql 13+) ends the sessions still connected
                tokens.accept("WITH");
                if (tokens.peek().isSymbol('(')) {
                    tokens.skipParenthesised();
                }
            }
            kind = StatementKind.COMMAND;
            for (String name : names) {
                commands.add(new DropSchema(name, database, cascade));
            }
        }

        /** postgresql {@code SET LOGGED}, {@code SET UNLOGGED}, {@code SET TABLESPACE ts}; other SET forms unknown. */
        private void setStorage(String table) {
            if (tokens.accept("SET", "LOGGED")) {
                commands.add(new SetLogged(table, true));
            } else if (tokens.accept("SET", "UNLOGGED")) {
                commands.add(new SetLogged(table, false));
            } else if (tokens.accept("SET", "TABLESPACE")) {
                commands.add(new SetTablespace(table, requireName("a tablespace name")));
                tokens.accept("NOWAIT");
            } else if (moved("table", table)) {
                return;
            } else if (fold && tokens.accept("SET", "ACCESS", "METHOD")) {
                commands.add(new SetAccessMethod(table, requireName("an access method")));
            } else if (fold && (tokens.accept("SET", "WITHOUT", "CLUSTER")
                    || tokens.accept("SET", "WITHOUT", "OIDS"))) {
                // the catalog only
                return;
            } else if (fold && tokens.peek(1).isSymbol('(')) {
                // storage parameters (fillfactor, autovacuum_*): the catalog only
                tokens.next();
                tokens.skipParenthesised();
            } else {
                throw new NotUnderstood("ALTER TABLE action \"SET " + tokens.peek(1).text() + "\" is not understood");
            }
        }

        /** postgresql {@code DETACH PARTITION p [CONCURRENTLY | FINALIZE]}. */
        private void detachPartition(String table) {
            expect("PARTITION");
            String partition = requireName("a partition name");
            boolean concurrently = tokens.accept("CONCURRENTLY");
            boolean finalize = tokens.accept("FINALIZE");
            if (concurrently) {
                flags.add(StatementFlag.CONCURRENTLY);
            }
            commands.add(new DetachPartition(table, partition, concurrently, finalize));
        }

        // ---- settings and transaction control ----

        /**
         * {@code SET ...}: the settings it makes for the session. PostgreSQL sets one ({@code SET [SESSION | LOCAL]
         * name {= | TO} value}, {@code SET TIME ZONE value}); MySQL may set several, separated by commas, and
         * names session variables {@code @@[session.]name}. User variables ({@code @x}) and settings made
         * {@code GLOBAL} or {@code PERSIST} change nothing for this session.
         */
        private void set() {
            kind = StatementKind.DATA;
            boolean local = fold && tokens.accept("LOCAL");
            boolean global = false;
            if (!local) {
                if (!fold && (tokens.accept("GLOBAL") || tokens.accept("PERSIST") || tokens.accept("PERSIST_ONLY"))) {
                    global = true;
                } else if (!tokens.accept("SESSION") && !fold) {
                    tokens.accept("LOCAL");
                }
            }
            do {
                String name;
                int ats = 0;
                while (tokens.acceptSymbol('@')) {
                    ats++;
                }
                if (ats == 1) {
                    name = null; // a user variable
                    tokens.name(false);
                } else if (tokens.accept("TIME", "ZONE")) {
                    name = "timezone";
                } else {
                    name = tokens.name(false);
                }
                if (name == null) {
                    if (ats != 1) {
                        tokens.rest(); // not a name: nothing the rules read
                        return;
                    }
                } else {
                    name = name.toLowerCase(Locale.ROOT);
                    if (ats == 2 && name.startsWith("global.")) {
                        global = true;
                    }
                    name = name.replaceFirst("^(session|local|global)\\.", "");
                }
                if (!tokens.acceptSymbol('=') && !tokens.accept("TO")) {
                    tokens.acceptSymbol(':');
                    tokens.acceptSymbol('=');
                }
                int from = tokens.position();
                // postgresql values may hold commas (SET search_path = a, b); mysql separates assignments by them
                while (!tokens.atEnd() && (fold || !tokens.peek().isSymbol(','))) {
                    if (tokens.atGroup()) {
                        tokens.skipParenthesised();
                    } else {
                        tokens.next();
                    }
                }
                String value = tokens.textFrom(from);
                if (name != null && !global && !value.isEmpty()) {
                    settings.add(new SessionSetting(name, value, local));
                }
            } while (tokens.acceptSymbol(','));
        }

        /** {@code SELECT [pg_catalog.]set_config('name', value, is_local)} alone; false for any other query. */
        private boolean setConfig() {
            tokens.next();
            String function = tokens.name(true);
            if (!("set_config".equals(function) || "pg_catalog.set_config".equals(function))
                    || !tokens.acceptSymbol('(') || tokens.peek().type() != SqlTokens.Type.STRING) {
                tokens.rest();
                return false;
            }
            String quoted = tokens.next().text();
            String name = quoted.substring(1, quoted.length() - 1).toLowerCase(Locale.ROOT);
            expectSymbol(',');
            int from = tokens.position();
            skipToElementEnd();
            String value = tokens.textFrom(from);
            boolean local = tokens.acceptSymbol(',') && tokens.accept("TRUE");
            tokens.rest();
            kind = StatementKind.DATA;
            settings.add(new SessionSetting(name, value, local));
            return true;
        }

        /**
         * MySQL {@code XA START | BEGIN | END | PREPARE | COMMIT | ROLLBACK | RECOVER ...}: a distributed transaction's
         * control; {@code XA START} opens the transaction, {@code XA COMMIT} and {@code XA ROLLBACK} end it (after
         * {@code XA END} and {@code XA PREPARE} it still holds its locks).
         */
        private ParsedStatement xaControl() {
            tokens.next();
            boolean opens = tokens.lookingAt("START") || tokens.lookingAt("BEGIN");
            boolean ends = tokens.lookingAt("COMMIT") || tokens.lookingAt("ROLLBACK");
            tokens.rest();
            Set<StatementFlag> found = opens ? Set.of(StatementFlag.OPENS_TRANSACTION)
                    : ends ? Set.of(StatementFlag.ENDS_TRANSACTION) : Set.of();
            return new ParsedStatement(text, line, StatementKind.DATA, List.of(), found, null, null, null, List.of(),
                    null, List.of(), keyword, List.of(), null, null, null, null);
        }

        /** {@code BEGIN}, {@code START TRANSACTION}, {@code COMMIT}, {@code ROLLBACK [TO]}, ...: flagged, data. */
        private ParsedStatement transactionControl(String first) {
            tokens.next();
            boolean opens = first.equals("BEGIN") || first.equals("START") && tokens.lookingAt("TRANSACTION");
            boolean ends = switch (first) {
                case "COMMIT", "END", "ROLLBACK", "ABORT" -> !tokens.lookingAt("TO") && !tokens.lookingAt("PREPARED");
                case "PREPARE" -> tokens.lookingAt("TRANSACTION");
                default -> false;
            };
            if (first.equals("ABORT") && !fold) {
                throw new NotUnderstood("ABORT is not a statement the linter knows");
            }
            tokens.rest();
            Set<StatementFlag> found = opens ? Set.of(StatementFlag.OPENS_TRANSACTION)
                    : ends ? Set.of(StatementFlag.ENDS_TRANSACTION) : Set.of();
            return new ParsedStatement(text, line, StatementKind.DATA, List.of(), found, null, null, null, List.of(),
                    null, List.of(), keyword, List.of(), null, null, null, null);
        }

        /** postgresql {@code CREATE FUNCTION name (...) ...}: its name and whether it is declared non-volatile. */
        private void createFunction() {
            String name = tokens.name(true);
            if (name == null) {
                return;
            }
            boolean notVolatile = false;
            while (!tokens.atEnd()) {
                // a body is one string token, so words inside it are not seen here
                SqlTokens.Token t = tokens.next();
                notVolatile |= t.is("STABLE") || t.is("IMMUTABLE");
            }
            commands.add(new CreateFunction(name.toLowerCase(Locale.ROOT), notVolatile));
        }

        // ---- domains (postgresql) ----

        /** {@code CREATE DOMAIN d [AS] type [COLLATE c] [DEFAULT e] [[CONSTRAINT c] CHECK (e) | [NOT] NULL]...}. */
        private void createDomain() {
            String name = requireName("a domain name");
            tokens.accept("AS");
            String type = typeUntil(() -> DOMAIN_CLAUSES.contains(tokens.word()), "domain \"" + name + "\"");
            List<String> checks = new ArrayList<>();
            boolean notNull = false;
            while (!tokens.atEnd()) {
                if (tokens.accept("CHECK")) {
                    checks.add(parenthesised("CHECK"));
                } else if (tokens.accept("NOT", "NULL")) {
                    notNull = true;
                } else if (tokens.accept("DEFAULT")) {
                    expressionText();
                } else if (tokens.accept("CONSTRAINT")) {
                    requireName("a constraint name");
                } else if (tokens.accept("COLLATE")) {
                    requireName("a collation name");
                } else if (!tokens.accept("NULL")) {
                    throw new NotUnderstood("\"" + tokens.peek().text() + "\" in CREATE DOMAIN is not understood");
                }
            }
            command(new CreateDomain(name, type, checks, notNull));
            // no column uses a new domain yet
            flags.add(StatementFlag.CATALOG_ONLY);
        }

        /**
         * {@code ALTER DOMAIN d ADD [CONSTRAINT c] CHECK (e) [NOT VALID]}, {@code ... SET NOT NULL} (a check of every
         * column of the domain, as an added one is), {@code ... VALIDATE CONSTRAINT c}; renames and moves; the
         * catalog-only changes.
         */
        private void alterDomain() {
            String domain = requireName("a domain name");
            if (tokens.accept("VALIDATE", "CONSTRAINT")) {
                command(new ValidateDomainConstraint(domain, requireName("a constraint name")));
                return;
            }
            if (tokens.accept("RENAME", "TO")) {
                command(new RenameObject("domain", domain, requireName("the new name")));
                return;
            }
            if (moved("domain", domain)) {
                return;
            }
            if (tokens.accept("SET", "NOT", "NULL")) {
                command(AddDomainCheck.notNull(domain));
                return;
            }
            if (tokens.lookingAt("OWNER") || tokens.lookingAt("SET", "DEFAULT") || tokens.lookingAt("DROP", "DEFAULT")
                    || tokens.lookingAt("DROP", "NOT", "NULL") || tokens.lookingAt("DROP", "CONSTRAINT")
                    || tokens.lookingAt("RENAME", "CONSTRAINT")) {
                // the catalog only: a default for later rows, fewer checks, new names
                catalogOnly();
            }
            if (!tokens.accept("ADD")) {
                throw new NotUnderstood("ALTER DOMAIN ... " + tokens.peek().text() + " is not modelled");
            }
            String name = tokens.accept("CONSTRAINT") ? requireName("a constraint name") : null;
            if (!tokens.accept("CHECK")) {
                throw new NotUnderstood("ALTER DOMAIN ... ADD " + tokens.peek().text() + " is not modelled");
            }
            String expression = parenthesised("CHECK");
            boolean notValid = tokens.accept("NOT", "VALID");
            if (notValid) {
                flags.add(StatementFlag.NOT_VALID);
            }
            command(new AddDomainCheck(domain, name, expression, notValid, false));
        }

        /**
         * PostgreSQL {@code ALTER VIEW | MATERIALIZED VIEW | SCHEMA}: {@code RENAME TO} is a rename every query with
         * the old name meets; owner, comment-like and option changes are quiet; the rest is not modelled.
         */
        private void alterViewOrSchema() {
            String kind;
            if (tokens.accept("MATERIALIZED", "VIEW")) {
                kind = "materialized view";
            } else if (tokens.accept("VIEW")) {
                kind = "view";
            } else {
                tokens.accept("SCHEMA");
                kind = "schema";
            }
            tokens.accept("IF", "EXISTS");
            String name = requireName("a " + kind + " name");
            if (tokens.accept("RENAME", "TO")) {
                command(new RenameObject(kind, name, requireName("the new name")));
                return;
            }
            if (!kind.equals("schema") && moved(kind, name)) {
                return;
            }
            if (tokens.lookingAt("OWNER") || tokens.lookingAt("SET") && !kind.equals("schema")
                    && !tokens.lookingAt("SET", "TABLESPACE") && !tokens.lookingAt("SET", "SCHEMA")) {
                tokens.rest();
                throw new Harmless();
            }
            throw new NotUnderstood("ALTER " + kind.toUpperCase(Locale.ROOT) + " ... " + tokens.peek().text()
                    + " is not modelled");
        }

        /**
         * MySQL {@code ALTER [ALGORITHM=...] [DEFINER=...] [SQL SECURITY ...] VIEW v AS query}, which replaces the
         * view's query exactly as {@code CREATE OR REPLACE VIEW} does; {@code ALTER [DEFINER=...] EVENT e ...}, a
         * schedule and a body that runs later (not judged here, as a DO block is not), which locks no table.
         */
        private void mysqlAlterViewOrEvent() {
            skipViewOptions();
            if (tokens.accept("VIEW")) {
                object = "VIEW";
                createView(true);
                return;
            }
            expect("EVENT");
            object = "EVENT";
            catalogOnly();
        }

        /**
         * postgresql {@code ALTER TYPE}: {@code ADD VALUE} and {@code RENAME VALUE} of an enum, {@code RENAME TO};
         * {@code OWNER TO} changes nothing a rule judges; the rest is not modelled.
         */
        private void alterType() {
            String name = requireName("a type name");
            if (tokens.accept("ADD", "VALUE")) {
                boolean ifNotExists = tokens.accept("IF", "NOT", "EXISTS");
                if (ifNotExists) {
                    flags.add(StatementFlag.IF_NOT_EXISTS);
                }
                String value = label("the new value");
                if (tokens.accept("BEFORE") || tokens.accept("AFTER")) {
                    label("the neighbouring value");
                }
                command(new AddEnumValue(name, value, ifNotExists));
            } else if (tokens.accept("RENAME", "VALUE")) {
                String from = label("the value to rename");
                expect("TO");
                command(new RenameEnumValue(name, from, label("the new value")));
            } else if (tokens.accept("RENAME", "TO")) {
                command(new RenameObject("type", name, requireName("the new name")));
            } else if (moved("type", name)) {
                return;
            } else if (tokens.lookingAt("OWNER")) {
                catalogOnly();
            } else {
                throw new NotUnderstood("ALTER TYPE ... " + tokens.peek().text() + " is not modelled");
            }
        }

        /** A string literal's value, quotes removed. */
        private String label(String what) {
            SqlTokens.Token token = tokens.next();
            if (token.type() != SqlTokens.Type.STRING || !token.text().startsWith("'")) {
                throw new NotUnderstood(what + " is not a string literal");
            }
            return token.text().substring(1, token.text().length() - 1).replace("''", "'");
        }

        /**
         * {@code ALTER INDEX}: {@code SET TABLESPACE} copies the index ({@link MoveIndex}); a new name (no query
         * uses it), a partition's index taken by a partitioned one, storage parameters, statistics targets and
         * extension dependencies change the catalog only; the rest is not modelled.
         */
        private void alterIndex() {
            tokens.accept("IF", "EXISTS");
            String index = requireName("an index name");
            if (fold && tokens.accept("SET", "TABLESPACE")) {
                command(new MoveIndex(index, requireName("a tablespace name")));
                tokens.accept("NOWAIT");
                return;
            }
            if (fold && tokens.accept("ATTACH", "PARTITION")) {
                tokens.rest();
                throw new Harmless();
            }
            // a new name, storage parameters, statistics targets: SHARE UPDATE EXCLUSIVE on the index, none on the
            // table
            if (tokens.accept("RENAME", "TO") || fold && (tokens.lookingAt("SET") && tokens.peek(1).isSymbol('(')
                    || tokens.accept("RESET") || tokens.accept("ALTER") || tokens.accept("DEPENDS")
                    || tokens.accept("NO", "DEPENDS"))) {
                catalogOnly();
            }
            throw new NotUnderstood("ALTER INDEX ... " + tokens.peek().text() + " is not modelled");
        }

        /** The text inside the parentheses at the cursor, which must be there (after {@code what}). */
        private String parenthesised(String what) {
            if (!tokens.peek().isSymbol('(')) {
                throw new NotUnderstood(what + " without a parenthesised condition");
            }
            int from = tokens.position() + 1;
            tokens.skipParenthesised();
            int close = tokens.position() - 1;
            tokens.reset(close);
            String inside = tokens.textFrom(from);
            tokens.reset(close + 1);
            return inside;
        }

        /** A statement that is one command and nothing else. */
        private void command(WrittenCommand command) {
            kind = StatementKind.COMMAND;
            commands.add(command);
        }

        // ---- ALTER TABLE ----

        private void alterTable() {
            if (ifExists()) {
                flags.add(StatementFlag.IF_EXISTS);
            }
            tokens.accept("ONLY");
            String table = requireName("a table name");
            target = table;
            int read = 0;
            do {
                if (mysqlOption()) {
                    continue;
                }
                table = readAction(table);
                read++;
            } while (tokens.acceptSymbol(','));
            if (read > 1) {
                flags.add(StatementFlag.SEVERAL_ACTIONS);
            }
        }

        /** {@link #action} with what it performed recorded as one {@link AlterAction}. */
        private String readAction(String table) {
            Set<StatementFlag> statement = flags;
            flags = EnumSet.noneOf(StatementFlag.class);
            int start = tokens.peek().start();
            String word = tokens.word();
            int ops = operations.size();
            int written = commands.size();
            String after = action(table);
            actions.add(new AlterAction(table, text.substring(start, Math.max(start, tokens.previousEnd())), word,
                    operations.subList(ops, operations.size()), commands.subList(written, commands.size()), flags));
            statement.addAll(flags);
            flags = statement;
            return after;
        }

        /** One action of an ALTER TABLE; gives the table's name after it (RENAME TO changes it). */
        private String action(String table) {
            String word = tokens.word();
            switch (word) {
                case "ADD" -> {
                    tokens.next();
                    add(table);
                }
                case "DROP" -> {
                    tokens.next();
                    dropFromTable(table);
                }
                case "ALTER" -> {
                    tokens.next();
                    alterColumn(table);
                }
                case "RENAME" -> {
                    tokens.next();
                    return rename(table);
                }
                case "MODIFY" -> {
                    tokens.next();
                    tokens.accept("COLUMN");
                    ColumnDefinition c = columnDefinition();
                    restate(table, c.spec());
                }
                case "CHANGE" -> {
                    tokens.next();
                    tokens.accept("COLUMN");
                    String old = requireName("a column name");
                    ColumnDefinition c = columnDefinition();
                    if (!old.equals(c.spec().name())) {
                        operations.add(new RenameColumn(table, old, c.spec().name()));
                    }
                    restate(table, c.spec());
                }
                case "VALIDATE" -> {
                    tokens.next();
                    expect("CONSTRAINT");
                    commands.add(new ValidateConstraint(table, requireName("a constraint name")));
                }
                case "SET" -> setStorage(table);
                case "RESET" -> {
                    tokens.next();
                    if (!tokens.atGroup()) {
                        throw new NotUnderstood("ALTER TABLE action \"RESET\" without its parameters");
                    }
                    tokens.skipParenthesised();
                }
                case "DETACH" -> {
                    tokens.next();
                    detachPartition(table);
                }
                case "ATTACH" -> {
                    tokens.next();
                    if (!fold) {
                        throw new NotUnderstood("ALTER TABLE action \"ATTACH\" is postgresql's");
                    }
                    expect("PARTITION");
                    commands.add(new AttachPartition(table, requireName("a partition name")));
                    // FOR VALUES ... | DEFAULT: the bounds change no lock
                    skipToElementEnd();
                }
                default -> {
                    if (!fold && (partitionAction(table) || tablespaceAction(table))
                            || fold && rowSecurityOrInheritance(table)) {
                        return table;
                    }
                    if (!QUIET_ACTIONS.contains(word) && (fold || !MYSQL_REBUILDS.contains(word)
                            && !MYSQL_QUIET_OPTIONS.contains(word))) {
                        throw new NotUnderstood("ALTER TABLE action \"" + (word.isEmpty() ? tokens.peek().text()
                                : word) + "\" is not understood");
                    }
                    skipToElementEnd();
                }
            }
            return table;
        }

        /**
         * postgresql {@code [NO] FORCE ROW LEVEL SECURITY}, {@code OF type}, {@code NOT OF} (the catalog only, under
         * ACCESS EXCLUSIVE for a moment) and {@code [NO] INHERIT parent} ({@link Inherit}); whether the action was
         * one of them.
         */
        private boolean rowSecurityOrInheritance(String table) {
            if (tokens.accept("FORCE", "ROW", "LEVEL", "SECURITY") || tokens.accept("NO", "FORCE", "ROW", "LEVEL",
                    "SECURITY") || tokens.accept("NOT", "OF")) {
                return true;
            }
            if (tokens.accept("OF")) {
                requireName("a type name");
                return true;
            }
            boolean no = tokens.accept("NO", "INHERIT");
            if (no || tokens.accept("INHERIT")) {
                commands.add(new Inherit(table, requireName("a parent table name"), !no));
                return true;
            }
            return false;
        }

        private void add(String table) {
            if (!fold && tokens.accept("PARTITION")) {
                // (PARTITION p VALUES ...) adds an empty RANGE/LIST partition; PARTITIONS n spreads HASH/KEY rows
                boolean values = tokens.atGroup() && writesValues(parenthesised("ADD PARTITION"));
                if (!values && tokens.accept("PARTITIONS")) {
                    tokens.next();
                }
                commands.add(new PartitionChange(table, values ? PartitionChange.Kind.ADD
                        : PartitionChange.Kind.REDISTRIBUTE, List.of()));
                return;
            }
            String constraintName = tokens.accept("CONSTRAINT") ? tokens.name(fold) : null;
            if (constraintName != null) {
                constraints.add(constraintName);
            }
            if (tokens.lookingAt("UNIQUE") || tokens.lookingAt("FOREIGN") || tokens.lookingAt("CHECK")) {
                Operation op = constraint(table, constraintName, true);
                if (op != null) {
                    operations.add(op);
                }
                return;
            }
            if (tokens.accept("PRIMARY", "KEY")) {
                // the model has no operation for a primary key: a flag says it builds one
                if (tokens.accept("USING", "INDEX")) {
                    flags.add(StatementFlag.USING_INDEX);
                    requireName("an index name");
                } else {
                    flags.add(StatementFlag.PRIMARY_KEY);
                    skipIndexType();
                    indexColumns();
                }
                skipToElementEnd();
                return;
            }
            if (fold && tokens.lookingAt("EXCLUDE")) {
                flags.add(StatementFlag.EXCLUSION);
                operations.add(exclusion(table, constraintName));
                skipToElementEnd();
                return;
            }
            if (constraintName != null) {
                throw new NotUnderstood("constraint \"" + constraintName + "\" of a kind the linter does not know");
            }
            if (!fold && (tokens.lookingAt("INDEX") || tokens.lookingAt("KEY") || tokens.lookingAt("FULLTEXT")
                    || tokens.lookingAt("SPATIAL"))) {
                operations.add(mysqlIndex(table));
                return;
            }
            tokens.accept("COLUMN");
            if (tokens.peek().isSymbol('(')) {
                if (fold) {
                    throw new NotUnderstood("ADD with a parenthesised column list is not understood");
                }
                // MySQL ADD [COLUMN] (a int, b int): several columns, at the end
                tokens.next();
                do {
                    addColumn(table, false);
                } while (tokens.acceptSymbol(','));
                expectSymbol(')');
                return;
            }
            boolean ifNotExists = tokens.accept("IF", "NOT", "EXISTS");
            if (ifNotExists) {
                flags.add(StatementFlag.IF_NOT_EXISTS);
            }
            addColumn(table, ifNotExists);
        }

        private void addColumn(String table, boolean ifNotExists) {
            ColumnDefinition c = columnDefinition();
            operations.add(new AddColumn(table, c.spec(), c.after()));
            if (ifNotExists) {
                guarded.add(operations.get(operations.size() - 1));
            }
            columns.add(new WrittenColumn(table, c.spec(), c.clauses()));
            if (c.referencesTable() != null) {
                flags.add(StatementFlag.INLINE_REFERENCES);
                operations.add(new AddForeignKey(constraintNameFor("fkey", table, List.of(c.spec().name())), table,
                        List.of(c.spec().name()), c.referencesTable(), c.referencesColumns(), null));
            }
        }

        /**
         * {@code UNIQUE (...)}, {@code FOREIGN KEY (...) REFERENCES ...}, {@code CHECK (...)} after an optional
         * constraint name; null for a unique key made from an index the statement does not describe.
         */
        private Operation constraint(String table, String name, boolean alter) {
            if (tokens.accept("UNIQUE")) {
                if (!tokens.accept("KEY")) {
                    tokens.accept("INDEX");
                }
                if (tokens.accept("USING", "INDEX")) {
                    flags.add(StatementFlag.USING_INDEX);
                    String index = requireName("an index name");
                    skipToElementEnd();
                    return new AddUnique(name != null ? name : index, table, List.of());
                }
                String keyName = tokens.peek().isName() && !tokens.lookingAt("USING") ? tokens.name(fold) : null;
                skipIndexType();
                List<String> columns = indexColumns();
                skipToElementEnd();
                String chosen = name != null ? name : keyName != null ? keyName
                        : fold ? defaultName(table, columns, "key") : columns.get(0);
                return new AddUnique(chosen, table, columns);
            }
            if (tokens.accept("FOREIGN", "KEY")) {
                if (!fold && tokens.peek().isName()) {
                    tokens.name(fold);
                }
                List<String> columns = indexColumns();
                expect("REFERENCES");
                String parent = requireName("the referenced table");
                List<String> parentColumns = tokens.peek().isSymbol('(') ? indexColumns() : List.of();
                String onDelete = null;
                while (!tokens.atEnd() && !tokens.peek().isSymbol(',') && !tokens.peek().isSymbol(')')
                        && !lookingAtMysqlOption()) {
                    if (tokens.accept("ON", "DELETE")) {
                        onDelete = referentialAction();
                    } else if (tokens.accept("ON", "UPDATE")) {
                        referentialAction();
                    } else if (tokens.accept("NOT", "VALID")) {
                        flags.add(StatementFlag.NOT_VALID);
                    } else {
                        tokens.next();
                    }
                }
                return new AddForeignKey(name != null ? name : constraintNameFor("fkey", table, columns), table,
                        columns, parent, parentColumns, onDelete);
            }
            expect("CHECK");
            String expression = parenthesised("CHECK");
            while (!tokens.atEnd() && !tokens.peek().isSymbol(',') && !tokens.peek().isSymbol(')')
                    && !lookingAtMysqlOption()) {
                if (tokens.accept("NOT", "VALID")) {
                    flags.add(StatementFlag.NOT_VALID);
                } else {
                    tokens.next();
                }
            }
            return new AddCheck(name != null ? name : constraintNameFor("check", table, List.of()), table,
                    expression);
        }

        /**
         * PostgreSQL {@code EXCLUDE [USING method] (element WITH operator, ...) [INCLUDE ...] [WITH ...] [WHERE (...)]}:
         * the index it builds, named as the engine names it ({@code bookings_room_during_excl}); an element that is
         * an expression is kept as written.
         */
        private Operation exclusion(String table, String name) {
            expect("EXCLUDE");
            skipIndexType();
            expectSymbol('(');
            List<String> columns = new ArrayList<>();
            while (!tokens.atEnd()) {
                int from = tokens.position();
                String column = tokens.peek().isName() && !tokens.peek(1).isSymbol('(') ? tokens.name(fold) : null;
                int afterName = tokens.position();
                int withAt = -1;
                while (!tokens.atEnd() && !endOfElement()) {
                    if (withAt < 0 && tokens.lookingAt("WITH")) {
                        withAt = tokens.position();
                    }
                    if (tokens.atGroup()) {
                        tokens.skipParenthesised();
                    } else {
                        tokens.next();
                    }
                }
                if (withAt < 0) {
                    throw new NotUnderstood("an EXCLUDE element without WITH and an operator");
                }
                int end = tokens.position();
                tokens.reset(withAt);
                String element = tokens.textFrom(from);
                tokens.reset(end);
                // a column, possibly with its operator class, is named; anything else is an expression
                columns.add(column != null && withAt - afterName <= 1 ? column : element);
                if (tokens.acceptSymbol(')')) {
                    break;
                }
                expectSymbol(',');
            }
            String where = null;
            while (!tokens.atEnd() && !endOfElement()) {
                if (tokens.accept("WHERE")) {
                    int from = tokens.position();
                    skipToElementEnd();
                    where = tokens.textFrom(from);
                } else if (tokens.atGroup()) {
                    tokens.skipParenthesised();
                } else {
                    tokens.next();
                }
            }
            return new CreateIndex(name != null ? name : defaultName(table, columns, "excl"), table, columns, null,
                    where);
        }

        private String referentialAction() {
            String action;
            if (tokens.accept("SET", "NULL")) {
                action = "SET NULL";
            } else if (tokens.accept("SET", "DEFAULT")) {
                action = "SET DEFAULT";
            } else if (tokens.accept("NO", "ACTION")) {
                return null;
            } else {
                action = tokens.word();
                tokens.next();
            }
            return action.equals("RESTRICT") ? null : action;
        }

        /** MySQL {@code INDEX name (...)}, {@code KEY name (...)}, {@code FULLTEXT [KEY] name (...)}. */
        private Operation mysqlIndex(String table) {
            String method = mysqlIndexMethod();
            if (!tokens.accept("INDEX")) {
                tokens.accept("KEY");
            }
            String name = tokens.peek().isName() && !tokens.lookingAt("USING") ? tokens.name(fold) : null;
            skipIndexType();
            List<String> columns = indexColumns();
            skipToElementEnd();
            return new CreateIndex(name != null ? name : columns.get(0), table, columns, null, null, null, method, null,
                    null, null, null);
        }

        /** MySQL {@code FULLTEXT} or {@code SPATIAL} before an index: its method (InnoDB builds them blocking writes). */
        private String mysqlIndexMethod() {
            return tokens.accept("FULLTEXT") ? "fulltext" : tokens.accept("SPATIAL") ? "spatial" : null;
        }

        private void dropFromTable(String table) {
            if (!fold && tokens.accept("PARTITION")) {
                commands.add(new PartitionChange(table, PartitionChange.Kind.DROP, partitionNames()));
                return;
            }
            if (tokens.accept("CONSTRAINT") || tokens.accept("FOREIGN", "KEY") || tokens.accept("CHECK")) {
                boolean ifExists = ifExists();
                if (ifExists) {
                    flags.add(StatementFlag.IF_EXISTS);
                }
                operations.add(new DropConstraint(requireName("a constraint name"), table));
                if (ifExists) {
                    guarded.add(operations.get(operations.size() - 1));
                }
                cascade();
            } else if (tokens.accept("PRIMARY", "KEY")) {
                // the model has no operation for a primary key: a flag says it goes
                flags.add(StatementFlag.DROP_PRIMARY_KEY);
                return;
            } else if (!fold && (tokens.accept("INDEX") || tokens.accept("KEY"))) {
                operations.add(new DropIndex(requireName("an index name"), table));
            } else {
                tokens.accept("COLUMN");
                boolean ifExists = ifExists();
                if (ifExists) {
                    flags.add(StatementFlag.IF_EXISTS);
                }
                operations.add(new DropColumn(table, requireName("a column name")));
                if (ifExists) {
                    guarded.add(operations.get(operations.size() - 1));
                }
                cascade();
            }
        }

        /**
         * MySQL {@code TRUNCATE PARTITION}, {@code COALESCE PARTITION}, {@code REORGANIZE PARTITION},
         * {@code PARTITION BY}, {@code REMOVE PARTITIONING} and the maintenance actions ({@code REBUILD},
         * {@code OPTIMIZE}, {@code ANALYZE}, {@code CHECK}, {@code REPAIR PARTITION}), read as a
         * {@link PartitionChange}; {@code EXCHANGE PARTITION} as an {@link ExchangePartition}; false when the action
         * is none of them.
         */
        private boolean partitionAction(String table) {
            PartitionChange.Kind kind;
            List<String> names = List.of();
            if (tokens.accept("TRUNCATE", "PARTITION")) {
                kind = PartitionChange.Kind.TRUNCATE;
                names = allOrPartitionNames();
            } else if (tokens.accept("REBUILD", "PARTITION")) {
                kind = PartitionChange.Kind.REBUILD;
                names = allOrPartitionNames();
            } else if (tokens.accept("OPTIMIZE", "PARTITION")) {
                kind = PartitionChange.Kind.OPTIMIZE;
                names = allOrPartitionNames();
            } else if (tokens.accept("ANALYZE", "PARTITION") || tokens.accept("CHECK", "PARTITION")
                    || tokens.accept("REPAIR", "PARTITION")) {
                kind = PartitionChange.Kind.INSPECT;
                names = allOrPartitionNames();
            } else if (tokens.accept("EXCHANGE", "PARTITION")) {
                exchangePartition(table);
                return true;
            } else if (tokens.accept("COALESCE", "PARTITION")) {
                kind = PartitionChange.Kind.REDISTRIBUTE;
                tokens.next();
            } else if (tokens.accept("REORGANIZE", "PARTITION")) {
                kind = PartitionChange.Kind.REDISTRIBUTE;
                names = tokens.lookingAt("INTO") || tokens.atEnd() ? List.of() : partitionNames();
                if (tokens.accept("INTO")) {
                    tokens.skipParenthesised();
                }
            } else if (tokens.accept("REMOVE", "PARTITIONING")) {
                kind = PartitionChange.Kind.REPARTITION;
            } else if (tokens.lookingAt("PARTITION", "BY")) {
                kind = PartitionChange.Kind.REPARTITION;
                skipToElementEnd();
            } else {
                return false;
            }
            commands.add(new PartitionChange(table, kind, names));
            return true;
        }

        /** {@code ALL}, which names no partition, or the partition names. */
        private List<String> allOrPartitionNames() {
            return tokens.accept("ALL") ? List.of() : partitionNames();
        }

        /** After {@code EXCHANGE PARTITION}: {@code p WITH TABLE other [WITH | WITHOUT VALIDATION]}. */
        private void exchangePartition(String table) {
            String partition = requireName("a partition name");
            expect("WITH");
            expect("TABLE");
            String other = requireName("a table name");
            boolean validated = !tokens.accept("WITHOUT", "VALIDATION");
            if (validated) {
                tokens.accept("WITH", "VALIDATION");
            }
            commands.add(new ExchangePartition(table, partition, other, validated));
        }

        /**
         * MySQL {@code DISCARD | IMPORT [PARTITION p, ... | ALL] TABLESPACE}, read as a {@link TablespaceFile}; false
         * when the action is neither.
         */
        private boolean tablespaceAction(String table) {
            TablespaceFile.Kind kind = tokens.accept("DISCARD") ? TablespaceFile.Kind.DISCARD
                    : tokens.accept("IMPORT") ? TablespaceFile.Kind.IMPORT : null;
            if (kind == null) {
                return false;
            }
            List<String> names = tokens.accept("PARTITION") ? allOrPartitionNames() : List.of();
            expect("TABLESPACE");
            commands.add(new TablespaceFile(table, kind, names));
            return true;
        }

        /** Whether partition definitions say {@code VALUES}, as those of RANGE and LIST tables do. */
        private boolean writesValues(String definitions) {
            SqlTokens inner = SqlTokens.of(definitions);
            while (!inner.atEnd()) {
                if (inner.next().is("VALUES")) {
                    return true;
                }
            }
            return false;
        }

        /** {@code p0, p1}: partition names up to the next action or {@code ALGORITHM=}/{@code LOCK=}. */
        private List<String> partitionNames() {
            List<String> names = new ArrayList<>();
            do {
                if (!names.isEmpty() && lookingAtMysqlOption()) {
                    tokens.reset(tokens.position() - 1);
                    break;
                }
                names.add(requireName("a partition name"));
            } while (tokens.acceptSymbol(','));
            return names;
        }

        private void alterColumn(String table) {
            if (tokens.lookingAt("INDEX") || tokens.lookingAt("CONSTRAINT") || tokens.lookingAt("CHECK")) {
                // visibility and deferrability: nothing the model holds, no rewrite
                skipToElementEnd();
                return;
            }
            tokens.accept("COLUMN");
            String column = requireName("a column name");
            if (tokens.accept("TYPE") || tokens.accept("SET", "DATA", "TYPE")) {
                int from = tokens.position();
                while (!tokens.atEnd() && !tokens.peek().isSymbol(',') && !tokens.lookingAt("USING")
                        && !tokens.lookingAt("COLLATE")) {
                    if (tokens.atGroup()) {
                        tokens.skipParenthesised();
                    } else {
                        tokens.next();
                    }
                }
                String type = tokens.textFrom(from);
                if (tokens.accept("COLLATE")) {
                    tokens.name(false);
                }
                String using = null;
                if (tokens.accept("USING")) {
                    using = expressionText();
                }
                operations.add(new AlterColumnType(table, column, type, using));
            } else if (tokens.accept("SET", "NOT", "NULL")) {
                operations.add(new SetNotNull(table, column));
            } else if (tokens.accept("DROP", "NOT", "NULL")) {
                operations.add(new DropNotNull(table, column));
            } else if (tokens.accept("SET", "DEFAULT")) {
                operations.add(new SetDefault(table, column, expressionText()));
            } else if (tokens.accept("DROP", "DEFAULT")) {
                operations.add(new DropDefault(table, column));
            } else if (tokens.lookingAt("SET") || tokens.lookingAt("RESET") || tokens.lookingAt("DROP")
                    || tokens.lookingAt("ADD") || fold && tokens.lookingAt("RESTART")) {
                String what = tokens.next().text() + " " + tokens.peek().text();
                String upper = what.toUpperCase(Locale.ROOT);
                if (upper.startsWith("SET EXPRESSION") || upper.startsWith("SET DATA")) {
                    // SET EXPRESSION (17+) recomputes every row
                    throw new NotUnderstood("ALTER COLUMN ... " + what + " is not understood");
                }
                // statistics, storage, compression, identity and its sequence, visibility: no rewrite the rules judge
                skipToElementEnd();
            } else {
                throw new NotUnderstood("ALTER COLUMN ... " + tokens.peek().text() + " is not understood");
            }
        }

        private String rename(String table) {
            // MySQL's TO is optional, and it renames a column only after COLUMN
            boolean tableRenamed = tokens.accept("TO") || tokens.accept("AS") || !fold && !tokens.lookingAt("COLUMN")
                    && !tokens.lookingAt("INDEX") && !tokens.lookingAt("KEY") && !tokens.lookingAt("CONSTRAINT");
            if (tableRenamed) {
                String to = SchemaEdit.bare(requireName("a new table name"));
                operations.add(new RenameTable(table, to));
                return SchemaEdit.sibling(table, to);
            }
            if (tokens.accept("CONSTRAINT") || tokens.accept("INDEX") || tokens.accept("KEY")) {
                // the model keeps indexes and constraints by name, but no operation renames them
                requireName("a name");
                expect("TO");
                requireName("a new name");
                return table;
            }
            tokens.accept("COLUMN");
            String column = requireName("a column name");
            expect("TO");
            operations.add(new RenameColumn(table, column, requireName("a new column name")));
            return table;
        }

        /** MySQL MODIFY/CHANGE restate the whole column: its type, and its nullability and default with it. */
        private void restate(String table, ColumnSpec spec) {
            operations.add(new AlterColumnType(table, spec.name(), spec.type(), null));
            if (!spec.isNullable()) {
                operations.add(new SetNotNull(table, spec.name()));
            }
            if (spec.defaultValue() != null) {
                operations.add(new SetDefault(table, spec.name(), spec.defaultValue()));
            }
        }

        // ---- columns ----

        private ColumnDefinition columnDefinition() {
            String name = requireName("a column name");
            String type = typeUntil(() -> endOfElement() || COLUMN_CLAUSES.contains(tokens.word())
                    || tokens.lookingAt("CHARACTER", "SET"), "column \"" + name + "\"");
            Boolean nullable = null;
            String defaultValue = null;
            boolean primaryKey = false;
            String after = null;
            String parent = null;
            List<String> parentColumns = List.of();
            Set<ColumnClause> clauses = EnumSet.noneOf(ColumnClause.class);
            while (!tokens.atEnd() && !endOfElement()) {
                if (tokens.accept("NOT", "NULL")) {
                    nullable = false;
                } else if (tokens.accept("NULL")) {
                    nullable = null;
                } else if (tokens.accept("DEFAULT")) {
                    defaultValue = expressionText();
                } else if (tokens.accept("PRIMARY", "KEY")) {
                    primaryKey = true;
                    clauses.add(ColumnClause.PRIMARY_KEY);
                } else if (tokens.accept("AFTER")) {
                    after = requireName("a column after AFTER");
                    clauses.add(ColumnClause.POSITIONED);
                } else if (tokens.accept("FIRST")) {
                    clauses.add(ColumnClause.POSITIONED);
                } else if (tokens.accept("REFERENCES")) {
                    parent = requireName("the referenced table");
                    parentColumns = tokens.peek().isSymbol('(') ? indexColumns() : List.of();
                    clauses.add(ColumnClause.REFERENCES);
                } else if (tokens.accept("UNIQUE")) {
                    clauses.add(ColumnClause.UNIQUE);
                } else if (tokens.accept("CHECK")) {
                    if (tokens.atGroup()) {
                        tokens.skipParenthesised();
                    }
                    clauses.add(ColumnClause.CHECK);
                } else if (tokens.accept("GENERATED")) {
                    boolean always = tokens.accept("ALWAYS");
                    if (!always) {
                        tokens.accept("BY", "DEFAULT");
                    }
                    if (tokens.accept("AS", "IDENTITY")) {
                        clauses.add(ColumnClause.IDENTITY);
                    } else if (always) {
                        clauses.add(ColumnClause.GENERATED_ALWAYS);
                    }
                } else if (tokens.lookingAt("AS") && tokens.peek(1).isSymbol('(')) {
                    tokens.next();
                    tokens.skipParenthesised();
                    clauses.add(ColumnClause.EXPRESSION);
                } else if (tokens.accept("STORED") || tokens.accept("PERSISTENT")) {
                    clauses.add(ColumnClause.STORED);
                } else if (tokens.accept("VIRTUAL")) {
                    clauses.add(ColumnClause.VIRTUAL);
                } else if (tokens.accept("AUTO_INCREMENT")) {
                    clauses.add(ColumnClause.AUTO_INCREMENT);
                } else if (tokens.atGroup()) {
                    tokens.skipParenthesised();
                } else {
                    tokens.next();
                }
            }
            return new ColumnDefinition(new ColumnSpec(name, type, nullable, defaultValue), primaryKey, after, parent,
                    parentColumns, clauses);
        }

        /** A type as written, up to the end or where {@code stop} says its clauses begin; {@code of} for errors. */
        private String typeUntil(BooleanSupplier stop, String of) {
            int from = tokens.position();
            while (!tokens.atEnd() && !stop.getAsBoolean()) {
                if (tokens.atGroup()) {
                    tokens.skipParenthesised();
                } else {
                    tokens.next();
                }
            }
            String type = tokens.textFrom(from);
            if (type.isEmpty()) {
                throw new NotUnderstood(of + " has no type");
            }
            return type;
        }

        /** An expression up to the next clause, comma or closing parenthesis at its own depth. */
        private String expressionText() {
            int from = tokens.position();
            do {
                if (tokens.atGroup()) {
                    tokens.skipParenthesised();
                } else {
                    tokens.next();
                }
            } while (!tokens.atEnd() && !endOfElement() && !(COLUMN_CLAUSES.contains(tokens.word())
                    && !tokens.peek(-1).isSymbol(':')) && !lookingAtMysqlOption());
            return tokens.textFrom(from);
        }

        private boolean endOfElement() {
            return tokens.peek().isSymbol(',') || tokens.peek().isSymbol(')');
        }

        private void skipToElementEnd() {
            while (!tokens.atEnd() && !endOfElement()) {
                if (tokens.atGroup()) {
                    tokens.skipParenthesised();
                } else {
                    tokens.next();
                }
            }
        }

        // ---- small pieces ----

        private boolean lookingAtMysqlOption() {
            return !fold && (tokens.lookingAt("ALGORITHM") || tokens.lookingAt("LOCK"));
        }

        /** MySQL {@code ALGORITHM [=] x} or {@code LOCK [=] x}, remembered; false when not at one. */
        private boolean mysqlOption() {
            if (!lookingAtMysqlOption()) {
                return false;
            }
            boolean isAlgorithm = tokens.next().is("ALGORITHM");
            tokens.acceptSymbol('=');
            String value = tokens.next().text().toUpperCase(Locale.ROOT);
            if (isAlgorithm) {
                algorithm = value;
            } else {
                lock = value;
            }
            return true;
        }

        private boolean ifExists() {
            return tokens.accept("IF", "EXISTS");
        }

        private void cascade() {
            if (tokens.accept("CASCADE")) {
                flags.add(StatementFlag.CASCADE);
            }
            tokens.accept("RESTRICT");
        }

        private void expect(String word) {
            if (!tokens.accept(word)) {
                throw new NotUnderstood(word + " expected where \"" + tokens.peek().text() + "\" is written");
            }
        }

        private void expectSymbol(char c) {
            if (!tokens.acceptSymbol(c)) {
                throw new NotUnderstood("\"" + c + "\" expected where \"" + tokens.peek().text() + "\" is written");
            }
        }

        private String requireName(String what) {
            String name = tokens.name(fold);
            if (name == null) {
                throw new NotUnderstood(what + " expected where \"" + tokens.peek().text() + "\" is written");
            }
            return name;
        }

        /** The name the engine gives an unnamed index or constraint ({@code orders_customer_id_fkey}). */
        private String defaultName(String table, List<String> columns, String suffix) {
            StringBuilder out = new StringBuilder(SchemaEdit.bare(table));
            columns.forEach(c -> out.append('_').append(c.replaceAll("\\W", "")));
            return out.append('_').append(suffix).toString();
        }

        private String constraintNameFor(String kind, String table, List<String> columns) {
            if (fold) {
                return defaultName(table, columns, kind);
            }
            String bare = SchemaEdit.bare(table);
            return kind.equals("fkey") ? bare + "_ibfk_" + ++foreignKeys : bare + "_chk_" + ++checks;
        }
    }

    /** Ends the reading of a statement that is understood and has nothing to model; never leaves this class. */
    private static final class Harmless extends RuntimeException {
        Harmless() {
            super(null, null, false, false);
        }
    }
}
