package dev.phaseshift.introspect;

import dev.phaseshift.schema.Aggregate;
import dev.phaseshift.schema.Collation;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.ColumnRef;
import dev.phaseshift.schema.Constraint;
import dev.phaseshift.schema.ConstraintKind;
import dev.phaseshift.schema.Domain;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Extension;
import dev.phaseshift.schema.EnumType;
import dev.phaseshift.schema.ForeignKey;
import dev.phaseshift.schema.Generation;
import dev.phaseshift.schema.IdentityKind;
import dev.phaseshift.schema.Index;
import dev.phaseshift.schema.IndexKey;
import dev.phaseshift.schema.ObjectName;
import dev.phaseshift.schema.Privilege;
import dev.phaseshift.schema.PrivilegeTarget;
import dev.phaseshift.schema.Routine;
import dev.phaseshift.schema.RoutineKind;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Sequence;
import dev.phaseshift.schema.ServerProduct;
import dev.phaseshift.schema.SkippedObject;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.TableKind;
import dev.phaseshift.schema.TextSearchConfiguration;
import dev.phaseshift.schema.TextSearchDictionary;
import dev.phaseshift.schema.TextSearchMapping;
import dev.phaseshift.schema.Trigger;
import dev.phaseshift.schema.TriggerEvent;
import dev.phaseshift.schema.TriggerTiming;
import dev.phaseshift.schema.TypeNames;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a PostgreSQL (12 or later) database from {@code pg_catalog}: nineteen bulk queries whatever the number of
 * tables, one per concern, inside one {@code REPEATABLE READ READ ONLY} transaction with
 * {@code search_path = ''} so that every name the server prints (types, defaults, view definitions) is
 * schema-qualified exactly as {@code pg_dump} would print it.
 *
 * <p><b>Privileges.</b> PostgreSQL shows every catalog row to every role, so the structure is complete even
 * for objects the role may not use. What such a role cannot do is read their rows, which later steps need
 * (sample data for dry runs, backfills, verification). Such tables, views and sequences — no {@code SELECT}, or
 * no {@code USAGE} on their schema — are therefore listed in {@link Snapshot#skipped()} with part {@code data},
 * and the snapshot is marked partial; their definitions are still in it.
 *
 * <p><b>Concurrent DDL.</b> The catalog rows come from one MVCC snapshot, but the {@code pg_get_*} functions
 * read the latest catalog and return null for an object dropped in between. A null where the catalog promises
 * a value means the object changed while being read; the introspection fails with a message naming it rather
 * than writing a snapshot that silently lacks a default or an index expression.
 *
 * <p><b>What is not modelled.</b> Objects the model has no place for (composite, range and base types,
 * operators and operator classes, casts, foreign tables, rules, policies and row level security, event
 * triggers, publications...) are listed in {@link Snapshot#skipped()} with part {@code object} and a reason,
 * so the snapshot says it is partial instead of dropping them without trace. Objects that belong to an
 * extension are never listed one by one: the snapshot records the extension, and recreating it recreates them.
 */
public final class PostgresIntrospector implements Introspector {
    static final int MINIMUM_VERSION_NUM = 120000;

    private static final String SET_UP_TRANSACTION = """
            SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY;
            SET LOCAL statement_timeout = %d;
            SET LOCAL search_path = ''""";

    private static final String SERVER = """
            SELECT current_database() AS database_name,
                   current_setting('server_version') AS server_version,
                   current_setting('server_version_num')::int AS version_num,
                   current_user AS role_name,
                   current_setting('block_size')::int AS block_size""";

    private static final String SCHEMAS = """
            SELECT n.nspname AS schema_name, pg_get_userbyid(n.nspowner) AS owner, d.description AS comment
            FROM pg_namespace n
            LEFT JOIN pg_description d
                   ON d.objoid = n.oid AND d.classoid = 'pg_namespace'::regclass AND d.objsubid = 0
            WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
              AND n.nspname !~ '^pg_(toast_)?temp_'
              AND NOT EXISTS (SELECT 1 FROM pg_depend e
                              WHERE e.classid = 'pg_namespace'::regclass AND e.objid = n.oid AND e.deptype = 'e')
            ORDER BY n.nspname""";

    /**
     * Sizes come from the page counts VACUUM and ANALYZE record, not from pg_total_relation_size, which stats
     * every file and waits behind any ACCESS EXCLUSIVE lock: the very locks a migration takes.
     */
    private static final String RELATIONS = """
            SELECT c.oid AS rel_oid, n.nspname AS schema_name, c.relname AS rel_name, c.relkind::text AS rel_kind,
                   c.relispartition AS is_partition, pg_get_userbyid(c.relowner) AS owner, d.description AS comment,
                   CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_key,
                   pn.nspname AS parent_schema, pc.relname AS parent_name,
                   CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END AS partition_bound,
                   CASE WHEN c.relkind IN ('r', 'p', 'm') AND c.reltuples >= 0 THEN c.reltuples::bigint END
                       AS row_estimate,
                   CASE WHEN c.reltuples >= 0 THEN c.relpages::bigint + COALESCE(tc.relpages, 0) END AS pages,
                   CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END AS view_definition,
                   (SELECT upper(o.option_value) FROM pg_options_to_table(c.reloptions) o
                    WHERE o.option_name = 'check_option') AS check_option,
                   has_schema_privilege(c.relnamespace, 'USAGE') AND has_table_privilege(c.oid, 'SELECT')
                       AS readable,
                   has_any_column_privilege(c.oid, 'SELECT') AS some_columns_readable
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
            LEFT JOIN pg_inherits i ON c.relispartition AND i.inhrelid = c.oid
            LEFT JOIN pg_class pc ON pc.oid = i.inhparent
            LEFT JOIN pg_namespace pn ON pn.oid = pc.relnamespace
            LEFT JOIN pg_class tc ON tc.oid = c.reltoastrelid
            WHERE c.relkind IN ('r', 'p', 'v', 'm') AND n.nspname = ANY (?)
              AND NOT EXISTS (SELECT 1 FROM pg_depend e
                              WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
            ORDER BY n.nspname, c.relname""";

    private static final String COLUMNS = """
            SELECT a.attrelid AS rel_oid, a.attnum AS attnum, a.attname AS column_name,
                   format_type(a.atttypid, a.atttypmod) AS column_type, t.typtype::text AS type_kind,
                   et.typtype::text AS element_type_kind,
                   CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END AS domain_base,
                   a.attnotnull AS not_null, a.attidentity::text AS identity, a.attgenerated::text AS generated,
                   ad.oid IS NOT NULL AS has_default, pg_get_expr(ad.adbin, ad.adrelid) AS default_expression,
                   CASE WHEN a.attcollation <> t.typcollation
                        THEN quote_ident(cn.nspname) || '.' || quote_ident(co.collname) END AS collation_name,
                   d.description AS comment
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_type et ON t.typcategory = 'A' AND et.oid = t.typelem
            LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
            LEFT JOIN pg_collation co ON co.oid = a.attcollation
            LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
            LEFT JOIN pg_description d
                   ON d.objoid = a.attrelid AND d.classoid = 'pg_class'::regclass AND d.objsubid = a.attnum
            WHERE c.relkind IN ('r', 'p', 'v', 'm') AND n.nspname = ANY (?) AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attrelid, a.attnum""";

    /**
     * Constraints a partition inherits (cloned keys, inherited checks) stay with the parent. Key columns come
     * as attribute numbers, named from the columns already read; only a key referencing a table that is not
     * read (another schema, an extension's table) has its column names looked up here.
     */
    private static final String CONSTRAINTS = """
            SELECT con.conrelid AS rel_oid, con.conname AS name, con.contype::text AS type,
                   con.conkey AS attnums, con.confrelid AS ref_oid, fn.nspname AS ref_schema, fc.relname AS ref_table,
                   con.confkey AS ref_attnums,
                   CASE WHEN con.contype = 'f' AND (NOT fn.nspname = ANY (?) OR EXISTS (
                             SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_class'::regclass
                             AND e.objid = con.confrelid AND e.deptype = 'e')) THEN
                       ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
                             JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
                             ORDER BY k.ord) END AS ref_column_names,
                   con.confupdtype::text AS on_update, con.confdeltype::text AS on_delete,
                   con.confmatchtype::text AS match_type,
                   con.condeferrable AS deferrable, con.condeferred AS deferred, con.convalidated AS validated,
                   CASE WHEN con.contype = 'c' THEN pg_get_expr(con.conbin, con.conrelid) END AS check_expression,
                   CASE WHEN con.contype = 'x' THEN pg_get_constraintdef(con.oid) END AS definition,
                   con.conindid AS index_oid, d.description AS comment
            FROM pg_constraint con
            JOIN pg_class c ON c.oid = con.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_class fc ON fc.oid = con.confrelid
            LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
            LEFT JOIN pg_description d ON d.objoid = con.oid AND d.classoid = 'pg_constraint'::regclass
            WHERE con.contype IN ('p', 'u', 'c', 'f', 'x') AND n.nspname = ANY (?)
              AND con.conislocal AND con.conparentid = 0
            ORDER BY con.conrelid, con.conname""";

    /**
     * Index partitions attached to a partitioned index stay with the parent's index. The per-key subqueries
     * only run for indexes that have expression keys, non-default operator classes or collations other than the
     * database default. Operator classes and collations are printed schema-qualified unless they are built in,
     * so one from an extension or a user schema can be recreated. A key's collation is recorded when it differs
     * from its column's; for an expression key, whose own collation the catalog does not keep, whenever it is
     * not the default: writing the collation an expression already has changes nothing.
     */
    private static final String INDEXES = """
            SELECT i.indrelid AS rel_oid, i.indexrelid AS index_oid, ic.relname AS index_name, am.amname AS method,
                   i.indisunique AS is_unique, i.indisprimary AS is_primary, i.indisvalid AS is_valid,
                   i.indnkeyatts AS key_count, i.indkey::int2[] AS attnums, i.indoption::int2[] AS key_options,
                   ic.relpages AS pages,
                   CASE WHEN i.indexprs IS NOT NULL THEN
                       ARRAY(SELECT CASE WHEN i.indkey[k - 1] = 0 THEN pg_get_indexdef(i.indexrelid, k, true) END
                             FROM generate_series(1, i.indnkeyatts) k ORDER BY k) END AS key_expressions,
                   CASE WHEN i.indclass::oid[] && nd.opclasses THEN
                       ARRAY(SELECT CASE WHEN o.opcdefault THEN NULL
                                         WHEN opn.nspname = 'pg_catalog' THEN quote_ident(o.opcname)
                                         ELSE quote_ident(opn.nspname) || '.' || quote_ident(o.opcname) END
                             FROM unnest(i.indclass::oid[]) WITH ORDINALITY u(opc, ord)
                             JOIN pg_opclass o ON o.oid = u.opc
                             JOIN pg_namespace opn ON opn.oid = o.opcnamespace ORDER BY u.ord) END AS opclasses,
                   CASE WHEN EXISTS (SELECT 1 FROM unnest(i.indcollation::oid[]) k(coll) WHERE k.coll NOT IN (0, 100))
                   THEN ARRAY(SELECT CASE WHEN u.coll = 0 OR u.coll = COALESCE(ka.attcollation, 100) THEN NULL
                                          ELSE quote_ident(kn.nspname) || '.' || quote_ident(kc.collname) END
                              FROM unnest(i.indcollation::oid[]) WITH ORDINALITY u(coll, ord)
                              LEFT JOIN pg_attribute ka ON ka.attrelid = i.indrelid AND ka.attnum = i.indkey[u.ord - 1]
                                                       AND ka.attnum > 0
                              LEFT JOIN pg_collation kc ON kc.oid = u.coll
                              LEFT JOIN pg_namespace kn ON kn.oid = kc.collnamespace
                              ORDER BY u.ord) END AS collations,
                   i.indpred IS NOT NULL AS has_predicate, pg_get_expr(i.indpred, i.indrelid, true) AS predicate,
                   %s AS nulls_not_distinct, d.description AS comment
            FROM pg_index i
            JOIN pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_class c ON c.oid = i.indrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_am am ON am.oid = ic.relam
            CROSS JOIN (SELECT array_agg(oid) AS opclasses FROM pg_opclass WHERE NOT opcdefault) nd
            LEFT JOIN pg_description d ON d.objoid = i.indexrelid AND d.classoid = 'pg_class'::regclass
            WHERE c.relkind IN ('r', 'p', 'm') AND n.nspname = ANY (?) AND NOT ic.relispartition
            ORDER BY i.indrelid, ic.relname""";

    /** Column-level entries say which columns a view reads; a relation-level entry (subid 0) alone means none. */
    private static final String VIEW_SOURCES = """
            SELECT DISTINCT r.ev_class AS view_oid, rn.nspname AS ref_schema, rc.relname AS ref_name,
                   CASE WHEN d.refobjsubid > 0 THEN ra.attname::text END AS ref_column
            FROM pg_rewrite r
            JOIN pg_class v ON v.oid = r.ev_class
            JOIN pg_namespace vn ON vn.oid = v.relnamespace
            JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid
                            AND d.refclassid = 'pg_class'::regclass AND d.refobjid <> r.ev_class
            JOIN pg_class rc ON rc.oid = d.refobjid
            JOIN pg_namespace rn ON rn.oid = rc.relnamespace
            LEFT JOIN pg_attribute ra ON ra.attrelid = d.refobjid AND ra.attnum = d.refobjsubid
            WHERE v.relkind IN ('v', 'm') AND vn.nspname = ANY (?) AND rc.relkind IN ('r', 'p', 'v', 'm', 'f')
            ORDER BY 1, 2, 3, 4""";

    /** Triggers cloned onto partitions stay with the parent's trigger. */
    private static final String TRIGGERS = """
            SELECT t.tgrelid AS rel_oid, t.tgname AS name, t.tgtype::int AS type_bits, t.tgenabled::text AS enabled,
                   fn.nspname AS function_schema, f.proname AS function_name, t.tgattr::int2[] AS update_attnums,
                   pg_get_triggerdef(t.oid, true) AS definition
            FROM pg_trigger t
            JOIN pg_class c ON c.oid = t.tgrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_proc f ON f.oid = t.tgfoid
            JOIN pg_namespace fn ON fn.oid = f.pronamespace
            WHERE n.nspname = ANY (?) AND NOT t.tgisinternal %s
            ORDER BY t.tgrelid, t.tgname""";

    private static final String SEQUENCES = """
            SELECT n.nspname AS schema_name, c.relname AS name, format_type(s.seqtypid, NULL) AS data_type,
                   s.seqstart AS start_value, s.seqincrement AS increment, s.seqmin AS min_value,
                   s.seqmax AS max_value, s.seqcache AS cache_size, s.seqcycle AS cycle,
                   pg_get_userbyid(c.relowner) AS owner, d.description AS comment,
                   dep.deptype::text AS ownership, tn.nspname AS table_schema, tc.relname AS table_name,
                   ta.attname AS column_name,
                   has_schema_privilege(c.relnamespace, 'USAGE')
                       AND has_sequence_privilege(c.oid, 'SELECT,USAGE') AS readable
            FROM pg_sequence s
            JOIN pg_class c ON c.oid = s.seqrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_depend dep ON dep.classid = 'pg_class'::regclass AND dep.objid = c.oid
                                   AND dep.refclassid = 'pg_class'::regclass AND dep.deptype IN ('a', 'i')
            LEFT JOIN pg_class tc ON tc.oid = dep.refobjid
            LEFT JOIN pg_namespace tn ON tn.oid = tc.relnamespace
            LEFT JOIN pg_attribute ta ON ta.attrelid = dep.refobjid AND ta.attnum = dep.refobjsubid
            LEFT JOIN pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
            WHERE n.nspname = ANY (?)
              AND NOT EXISTS (SELECT 1 FROM pg_depend e
                              WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
            ORDER BY n.nspname, c.relname""";

    private static final String ENUM_TYPES = """
            SELECT n.nspname AS schema_name, t.typname AS name, pg_get_userbyid(t.typowner) AS owner,
                   d.description AS comment,
                   ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid
                         ORDER BY e.enumsortorder) AS labels
            FROM pg_type t
            JOIN pg_namespace n ON n.oid = t.typnamespace
            LEFT JOIN pg_description d ON d.objoid = t.oid AND d.classoid = 'pg_type'::regclass
            WHERE t.typtype = 'e' AND n.nspname = ANY (?)
              AND NOT EXISTS (SELECT 1 FROM pg_depend e
                              WHERE e.classid = 'pg_type'::regclass AND e.objid = t.oid AND e.deptype = 'e')
            ORDER BY n.nspname, t.typname""";

    /** Aggregates and window functions are left out (pg_get_functiondef cannot print them). */
    private static final String ROUTINES = """
            SELECT n.nspname AS schema_name, p.proname AS name, p.prokind::text AS kind,
                   pg_get_function_identity_arguments(p.oid) AS arguments,
                   CASE WHEN p.prokind = 'f' THEN pg_get_function_result(p.oid) END AS return_type,
                   l.lanname AS language, pg_get_functiondef(p.oid) AS definition, d.description AS comment
            FROM pg_proc p
            JOIN pg_namespace n ON n.oid = p.pronamespace
            JOIN pg_language l ON l.oid = p.prolang
            LEFT JOIN pg_description d ON d.objoid = p.oid AND d.classoid = 'pg_proc'::regclass
            WHERE p.prokind IN ('f', 'p') AND n.nspname = ANY (?)
              AND NOT EXISTS (SELECT 1 FROM pg_depend e
                              WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid AND e.deptype = 'e')
            ORDER BY n.nspname, p.proname, 4""";

    /**
     * Database-wide, whatever schemas are read: objects of the schemas read may use any of them. PL/pgSQL is left
     * out, as pg_dump leaves it out: every database is created with it.
     */
    private static final String EXTENSIONS = """
            SELECT e.extname AS name, e.extversion AS version, n.nspname AS schema_name, d.description AS comment,
                   ARRAY(SELECT r.extname::text FROM pg_depend dep JOIN pg_extension r ON r.oid = dep.refobjid
                         WHERE dep.classid = 'pg_extension'::regclass AND dep.objid = e.oid
                           AND dep.refclassid = 'pg_extension'::regclass ORDER BY r.extname) AS requires
            FROM pg_extension e
            JOIN pg_namespace n ON n.oid = e.extnamespace
            LEFT JOIN pg_description d ON d.objoid = e.oid AND d.classoid = 'pg_extension'::regclass
            WHERE NOT (e.extname = 'plpgsql' AND n.nspname = 'pg_catalog')
            ORDER BY e.extname""";

    private static final String DOMAINS = """
            SELECT n.nspname AS schema_name, t.typname AS name, format_type(t.typbasetype, t.typtypmod) AS base_type,
                   t.typnotnull AS not_null, t.typdefaultbin IS NOT NULL AS has_default,
                   pg_get_expr(t.typdefaultbin, 0) AS default_expression,
                   CASE WHEN t.typcollation <> bt.typcollation
                        THEN quote_ident(cn.nspname) || '.' || quote_ident(co.collname) END AS collation_name,
                   pg_get_userbyid(t.typowner) AS owner, d.description AS comment,
                   ARRAY(SELECT c.conname::text FROM pg_constraint c
                         WHERE c.contypid = t.oid AND c.contype = 'c' ORDER BY c.conname) AS check_names,
                   ARRAY(SELECT pg_get_expr(c.conbin, 0) FROM pg_constraint c
                         WHERE c.contypid = t.oid AND c.contype = 'c' ORDER BY c.conname) AS check_expressions,
                   ARRAY(SELECT c.convalidated FROM pg_constraint c
                         WHERE c.contypid = t.oid AND c.contype = 'c' ORDER BY c.conname) AS check_validated,
                   ARRAY(SELECT cd.description FROM pg_constraint c
                         LEFT JOIN pg_description cd ON cd.objoid = c.oid AND cd.classoid = 'pg_constraint'::regclass
                         WHERE c.contypid = t.oid AND c.contype = 'c' ORDER BY c.conname) AS check_comments
            FROM pg_type t
            JOIN pg_namespace n ON n.oid = t.typnamespace
            JOIN pg_type bt ON bt.oid = t.typbasetype
            LEFT JOIN pg_collation co ON co.oid = t.typcollation
            LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
            LEFT JOIN pg_description d ON d.objoid = t.oid AND d.classoid = 'pg_type'::regclass
            WHERE t.typtype = 'd' AND n.nspname = ANY (?)
              AND NOT EXISTS (SELECT 1 FROM pg_depend e
                              WHERE e.classid = 'pg_type'::regclass AND e.objid = t.oid AND e.deptype = 'e')
            ORDER BY n.nspname, t.typname""";

    /**
     * Functions are printed as {@code regproc} and operators by name: with the empty search path both come
     * schema-qualified unless built in. PostgreSQL has no function that prints a whole aggregate.
     */
    private static final String AGGREGATES = """
            SELECT n.nspname AS schema_name, p.proname AS name, a.aggkind::text AS kind,
                   pg_get_function_arguments(p.oid) AS arguments, pg_get_userbyid(p.proowner) AS owner,
                   d.description AS comment, p.proparallel::text AS parallel,
                   a.aggtransfn::regproc::text AS sfunc, format_type(a.aggtranstype, NULL) AS stype,
                   a.aggtransspace AS sspace, NULLIF(a.aggfinalfn, 0)::regproc::text AS finalfunc,
                   a.aggfinalextra AS finalfunc_extra, a.aggfinalmodify::text AS finalfunc_modify,
                   NULLIF(a.aggcombinefn, 0)::regproc::text AS combinefunc,
                   NULLIF(a.aggserialfn, 0)::regproc::text AS serialfunc,
                   NULLIF(a.aggdeserialfn, 0)::regproc::text AS deserialfunc, a.agginitval AS initcond,
                   NULLIF(a.aggmtransfn, 0)::regproc::text AS msfunc,
                   NULLIF(a.aggminvtransfn, 0)::regproc::text AS minvfunc,
                   CASE WHEN a.aggmtranstype <> 0 THEN format_type(a.aggmtranstype, NULL) END AS mstype,
                   a.aggmtransspace AS msspace, NULLIF(a.aggmfinalfn, 0)::regproc::text AS mfinalfunc,
                   a.aggmfinalextra AS mfinalfunc_extra, a.aggmfinalmodify::text AS mfinalfunc_modify,
                   a.aggminitval AS minitcond,
                   CASE WHEN a.aggsortop <> 0 THEN 'OPERATOR(' || quote_ident(opn.nspname) || '.' || op.oprname || ')'
                   END AS sortop
            FROM pg_aggregate a
            JOIN pg_proc p ON p.oid = a.aggfnoid
            JOIN pg_namespace n ON n.oid = p.pronamespace
            LEFT JOIN pg_operator op ON op.oid = a.aggsortop
            LEFT JOIN pg_namespace opn ON opn.oid = op.oprnamespace
            LEFT JOIN pg_description d ON d.objoid = p.oid AND d.classoid = 'pg_proc'::regclass
            WHERE n.nspname = ANY (?)
              AND NOT EXISTS (SELECT 1 FROM pg_depend e
                              WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid AND e.deptype = 'e')
            ORDER BY n.nspname, p.proname, 4""";

    /**
     * The ICU locale moved from {@code collcollate} (12–14) to {@code colliculocale} (15–16) and
     * {@code colllocale} (17); the placeholders pick the column, and the ICU tailoring rules of 16 and later.
     */
    private static final String COLLATIONS = """
            SELECT n.nspname AS schema_name, c.collname AS name, c.collprovider::text AS provider,
                   c.collisdeterministic AS deterministic, %s AS icu_locale, %s AS icu_rules,
                   c.collcollate AS lc_collate,
                   c.collctype AS lc_ctype, pg_get_userbyid(c.collowner) AS owner, d.description AS comment
            FROM pg_collation c
            JOIN pg_namespace n ON n.oid = c.collnamespace
            LEFT JOIN pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_collation'::regclass
            WHERE n.nspname = ANY (?)
              AND NOT EXISTS (SELECT 1 FROM pg_depend e
                              WHERE e.classid = 'pg_collation'::regclass AND e.objid = c.oid AND e.deptype = 'e')
            ORDER BY n.nspname, c.collname""";

    private static final String TEXT_SEARCH_DICTIONARIES = """
            SELECT n.nspname AS schema_name, t.dictname AS name,
                   quote_ident(tn.nspname) || '.' || quote_ident(tt.tmplname) AS template,
                   t.dictinitoption AS options, pg_get_userbyid(t.dictowner) AS owner, d.description AS comment
            FROM pg_ts_dict t
            JOIN pg_namespace n ON n.oid = t.dictnamespace
            JOIN pg_ts_template tt ON tt.oid = t.dicttemplate
            JOIN pg_namespace tn ON tn.oid = tt.tmplnamespace
            LEFT JOIN pg_description d ON d.objoid = t.oid AND d.classoid = 'pg_ts_dict'::regclass
            WHERE n.nspname = ANY (?)
              AND NOT EXISTS (SELECT 1 FROM pg_depend e
                              WHERE e.classid = 'pg_ts_dict'::regclass AND e.objid = t.oid AND e.deptype = 'e')
            ORDER BY n.nspname, t.dictname""";

    /** One row per configuration and token type, with the dictionaries in the order they are consulted. */
    private static final String TEXT_SEARCH_CONFIGURATIONS = """
            SELECT n.nspname AS schema_name, c.cfgname AS name,
                   quote_ident(pn.nspname) || '.' || quote_ident(p.prsname) AS parser,
                   pg_get_userbyid(c.cfgowner) AS owner, d.description AS comment, tt.alias AS token_type,
                   ARRAY(SELECT quote_ident(dn.nspname) || '.' || quote_ident(dict.dictname)
                         FROM pg_ts_config_map m2
                         JOIN pg_ts_dict dict ON dict.oid = m2.mapdict
                         JOIN pg_namespace dn ON dn.oid = dict.dictnamespace
                         WHERE m2.mapcfg = c.oid AND m2.maptokentype = tt.tokid ORDER BY m2.mapseqno) AS dictionaries
            FROM pg_ts_config c
            JOIN pg_namespace n ON n.oid = c.cfgnamespace
            JOIN pg_ts_parser p ON p.oid = c.cfgparser
            JOIN pg_namespace pn ON pn.oid = p.prsnamespace
            LEFT JOIN pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_ts_config'::regclass
            LEFT JOIN LATERAL ts_token_type(c.cfgparser) tt
                   ON EXISTS (SELECT 1 FROM pg_ts_config_map m WHERE m.mapcfg = c.oid AND m.maptokentype = tt.tokid)
            WHERE n.nspname = ANY (?)
              AND NOT EXISTS (SELECT 1 FROM pg_depend e
                              WHERE e.classid = 'pg_ts_config'::regclass AND e.objid = c.oid AND e.deptype = 'e')
            ORDER BY n.nspname, c.cfgname, tt.tokid""";

    /**
     * Everything in the schemas read (or database-wide) that the model cannot represent, so that the snapshot
     * says it is partial instead of dropping it without trace. Objects of extensions are left out: recreating
     * the extension recreates them. The placeholder adds classes newer servers have.
     */
    private static final String UNMODELLED = """
            WITH wanted AS (SELECT unnest(?::text[]) AS schema_name)
            SELECT n.nspname AS schema_name, t.typname::text AS name,
                   CASE t.typtype WHEN 'c' THEN 'composite type' WHEN 'r' THEN 'range type' ELSE 'base type' END
                       AS object_type
            FROM pg_type t
            JOIN pg_namespace n ON n.oid = t.typnamespace
            LEFT JOIN pg_class c ON c.oid = t.typrelid
            WHERE n.nspname IN (SELECT schema_name FROM wanted)
              AND (t.typtype = 'r' OR (t.typtype = 'c' AND c.relkind = 'c')
                   OR (t.typtype = 'b' AND NOT EXISTS (SELECT 1 FROM pg_type x WHERE x.typarray = t.oid)))
              AND NOT EXISTS (SELECT 1 FROM pg_depend e
                              WHERE e.classid = 'pg_type'::regclass AND e.objid = t.oid AND e.deptype = 'e')
            UNION ALL
            SELECT n.nspname, o.oprname || '(' || format_type(o.oprleft, NULL) || ', ' || format_type(o.oprright, NULL)
                   || ')', 'operator'
            FROM pg_operator o JOIN pg_namespace n ON n.oid = o.oprnamespace
            WHERE n.nspname IN (SELECT schema_name FROM wanted)
              AND NOT EXISTS (SELECT 1 FROM pg_depend e
                              WHERE e.classid = 'pg_operator'::regclass AND e.objid = o.oid AND e.deptype = 'e')
            UNION ALL
            SELECT n.nspname, o.opcname || ' (' || am.amname || ')', 'operator class'
            FROM pg_opclass o JOIN pg_namespace n ON n.oid = o.opcnamespace JOIN pg_am am ON am.oid = o.opcmethod
            WHERE n.nspname IN (SELECT schema_name FROM wanted)
              AND NOT EXISTS (SELECT 1 FROM pg_depend e
                              WHERE e.classid = 'pg_opclass'::regclass AND e.objid = o.oid AND e.deptype = 'e')
            UNION ALL
            SELECT n.nspname, f.opfname || ' (' || am.amname || ')', 'operator family'
            FROM pg_opfamily f JOIN pg_namespace n ON n.oid = f.opfnamespace JOIN pg_am am ON am.oid = f.opfmethod
            WHERE n.nspname IN (SELECT schema_name FROM wanted)
              AND NOT EXISTS (SELECT 1 FROM pg_opclass o WHERE o.opcfamily = f.oid)
              AND NOT EXISTS (SELECT 1 FROM pg_depend e
                              WHERE e.classid = 'pg_opfamily'::regclass AND e.objid = f.oid AND e.deptype = 'e')
            UNION ALL
            SELECT NULL, format_type(c.castsource, NULL) || ' AS ' || format_type(c.casttarget, NULL), 'cast'
            FROM pg_cast c
            WHERE c.oid >= 16384
              AND NOT EXISTS (SELECT 1 FROM pg_depend e
                              WHERE e.classid = 'pg_cast'::regclass AND e.objid = c.oid AND e.deptype = 'e')
            UNION ALL
            SELECT n.nspname, c.relname::text, 'foreign table'
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind = 'f' AND n.nspname IN (SELECT schema_name FROM wanted)
            UNION ALL
            SELECT n.nspname, r.rulename || ' on ' || c.relname, 'rule'
            FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE r.rulename <> '_RETURN' AND n.nspname IN (SELECT schema_name FROM wanted)
              AND NOT EXISTS (SELECT 1 FROM pg_depend e
                              WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
            UNION ALL
            SELECT n.nspname, p.polname || ' on ' || c.relname, 'policy'
            FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname IN (SELECT schema_name FROM wanted)
            UNION ALL
            SELECT n.nspname, c.relname::text, 'row level security'
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE (c.relrowsecurity OR c.relforcerowsecurity) AND n.nspname IN (SELECT schema_name FROM wanted)
            UNION ALL
            SELECT n.nspname, p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')', 'window function'
            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE p.prokind = 'w' AND n.nspname IN (SELECT schema_name FROM wanted)
              AND NOT EXISTS (SELECT 1 FROM pg_depend e
                              WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid AND e.deptype = 'e')
            UNION ALL
            SELECT n.nspname, s.stxname::text, 'statistics object'
            FROM pg_statistic_ext s JOIN pg_namespace n ON n.oid = s.stxnamespace
            WHERE n.nspname IN (SELECT schema_name FROM wanted)
            UNION ALL
            SELECT n.nspname, c.conname::text, 'conversion'
            FROM pg_conversion c JOIN pg_namespace n ON n.oid = c.connamespace
            WHERE n.nspname IN (SELECT schema_name FROM wanted)
              AND NOT EXISTS (SELECT 1 FROM pg_depend e
                              WHERE e.classid = 'pg_conversion'::regclass AND e.objid = c.oid AND e.deptype = 'e')
            UNION ALL
            SELECT NULL, t.evtname::text, 'event trigger' FROM pg_event_trigger t
            WHERE NOT EXISTS (SELECT 1 FROM pg_depend e
                              WHERE e.classid = 'pg_event_trigger'::regclass AND e.objid = t.oid AND e.deptype = 'e')
            UNION ALL
            SELECT NULL, p.pubname::text, 'publication' FROM pg_publication p
            UNION ALL
            SELECT NULL, w.fdwname::text, 'foreign-data wrapper' FROM pg_foreign_data_wrapper w
            WHERE NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_foreign_data_wrapper'::regclass
                              AND e.objid = w.oid AND e.deptype = 'e')
            UNION ALL
            SELECT NULL, s.srvname::text, 'foreign server' FROM pg_foreign_server s
            UNION ALL
            SELECT NULL, l.lanname::text, 'procedural language' FROM pg_language l
            WHERE l.oid >= 16384
              AND NOT EXISTS (SELECT 1 FROM pg_depend e
                              WHERE e.classid = 'pg_language'::regclass AND e.objid = l.oid AND e.deptype = 'e')
            ORDER BY 1, 3, 2""";

    /**
     * Every ACL of the schemas and of the objects a snapshot recreates, against its baseline: the privileges
     * initdb or an extension gave the object ({@code pg_init_privs}, e.g. {@code USAGE} for PUBLIC on schema
     * public), else those every new object of its kind gets ({@code acldefault}). A null ACL is the default, and
     * an ACL equal to its baseline (left behind by a grant and its revoke) changes nothing: only the others are
     * exploded, so the cost follows the number of objects with grants. Grantors are merged. A row is a
     * (grantee, privilege) pair present on one side only, or whose grant option differs.
     */
    private static final String PRIVILEGES = """
            WITH objects AS (
                SELECT n.nspname AS schema_name, 'SCHEMA' AS target, NULL::text AS object, NULL::text AS column_name,
                       n.nspacl AS acl, COALESCE(ip.initprivs, acldefault('n', n.nspowner)) AS baseline
                FROM pg_namespace n
                LEFT JOIN pg_init_privs ip
                       ON ip.objoid = n.oid AND ip.classoid = 'pg_namespace'::regclass AND ip.objsubid = 0
                WHERE n.nspacl IS NOT NULL AND n.nspname = ANY (?)
                UNION ALL
                SELECT n.nspname, CASE WHEN c.relkind = 'S' THEN 'SEQUENCE' ELSE 'TABLE' END, c.relname::text, NULL,
                       c.relacl, COALESCE(ip.initprivs,
                           acldefault(CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END::"char", c.relowner))
                FROM pg_class c
                JOIN pg_namespace n ON n.oid = c.relnamespace
                LEFT JOIN pg_init_privs ip
                       ON ip.objoid = c.oid AND ip.classoid = 'pg_class'::regclass AND ip.objsubid = 0
                WHERE c.relacl IS NOT NULL AND c.relkind IN ('r', 'p', 'v', 'm', 'S') AND n.nspname = ANY (?)
                  AND NOT EXISTS (SELECT 1 FROM pg_depend e
                                  WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
                UNION ALL
                SELECT n.nspname, 'TABLE', c.relname::text, a.attname::text,
                       a.attacl, COALESCE(ip.initprivs, acldefault('c', c.relowner))
                FROM pg_attribute a
                JOIN pg_class c ON c.oid = a.attrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                LEFT JOIN pg_init_privs ip
                       ON ip.objoid = c.oid AND ip.classoid = 'pg_class'::regclass AND ip.objsubid = a.attnum
                WHERE a.attacl IS NOT NULL AND a.attnum > 0 AND NOT a.attisdropped
                  AND c.relkind IN ('r', 'p', 'v', 'm') AND n.nspname = ANY (?)
                  AND NOT EXISTS (SELECT 1 FROM pg_depend e
                                  WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
                UNION ALL
                SELECT n.nspname, CASE WHEN p.prokind = 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END,
                       p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')', NULL,
                       p.proacl, COALESCE(ip.initprivs, acldefault('f', p.proowner))
                FROM pg_proc p
                JOIN pg_namespace n ON n.oid = p.pronamespace
                LEFT JOIN pg_init_privs ip
                       ON ip.objoid = p.oid AND ip.classoid = 'pg_proc'::regclass AND ip.objsubid = 0
                WHERE p.proacl IS NOT NULL AND p.prokind IN ('f', 'p') AND n.nspname = ANY (?)
                  AND NOT EXISTS (SELECT 1 FROM pg_depend e
                                  WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid AND e.deptype = 'e')
                UNION ALL
                SELECT n.nspname, 'TYPE', t.typname::text, NULL,
                       t.typacl, COALESCE(ip.initprivs, acldefault('T', t.typowner))
                FROM pg_type t
                JOIN pg_namespace n ON n.oid = t.typnamespace
                LEFT JOIN pg_init_privs ip
                       ON ip.objoid = t.oid AND ip.classoid = 'pg_type'::regclass AND ip.objsubid = 0
                WHERE t.typacl IS NOT NULL AND t.typtype = 'e' AND n.nspname = ANY (?)
                  AND NOT EXISTS (SELECT 1 FROM pg_depend e
                                  WHERE e.classid = 'pg_type'::regclass AND e.objid = t.oid AND e.deptype = 'e')
            )
            SELECT o.schema_name, o.target, o.object, o.column_name,
                   CASE WHEN d.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(d.grantee)::text END AS grantee,
                   d.privilege_type, d.held, d.held_grantable, d.default_grantable
            FROM objects o
            CROSS JOIN LATERAL (
                SELECT COALESCE(h.grantee, b.grantee) AS grantee,
                       COALESCE(h.privilege_type, b.privilege_type) AS privilege_type,
                       h.grantee IS NOT NULL AS held, h.grantable AS held_grantable, b.grantable AS default_grantable
                FROM (SELECT x.grantee, x.privilege_type, bool_or(x.is_grantable) AS grantable
                      FROM aclexplode(o.acl) x GROUP BY 1, 2) h
                FULL JOIN (SELECT x.grantee, x.privilege_type, bool_or(x.is_grantable) AS grantable
                           FROM aclexplode(o.baseline) x GROUP BY 1, 2) b
                       ON b.grantee = h.grantee AND b.privilege_type = h.privilege_type
                WHERE h.grantable IS DISTINCT FROM b.grantable
            ) d
            WHERE o.acl <> o.baseline
            ORDER BY 1, 2, 3, 4, 5, 6""";

    private static final int TRIGGER_ROW = 1;
    private static final int TRIGGER_BEFORE = 2;
    private static final int TRIGGER_INSERT = 4;
    private static final int TRIGGER_DELETE = 8;
    private static final int TRIGGER_UPDATE = 16;
    private static final int TRIGGER_TRUNCATE = 32;
    private static final int TRIGGER_INSTEAD = 64;
    private static final int INDEX_DESC = 1;
    private static final int INDEX_NULLS_FIRST = 2;

    @Override
    public Engine engine() {
        return Engine.POSTGRESQL;
    }

    @Override
    public Snapshot introspect(Connection connection, IntrospectionRequest request) throws IntrospectionException {
        String prefix = DatabaseConnector.prefix(Engine.POSTGRESQL) + "service \"" + request.service() + "\": ";
        CatalogSession session = new CatalogSession(connection, prefix, request.service(), request.listener());
        boolean autoCommit;
        try {
            autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw session.failure("starting a read-only transaction", e, null);
        }
        try {
            session.execute("starting a read-only transaction",
                    SET_UP_TRANSACTION.formatted(Math.max(1, request.statementTimeout().toMillis())));
            return new Reading(session, request).read(DatabaseConnector.sourceOf(connection));
        } finally {
            try {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            } catch (SQLException ignored) {
                // the transaction only read; a broken connection has reported its own error already
            }
        }
    }

    /** One introspection run: the drafts and lookups it builds up, one method per concern. */
    private static final class Reading {
        private final CatalogSession session;
        private final IntrospectionRequest request;
        private String database;
        private String serverVersion;
        private int versionNum;
        private String role;
        private int blockSize;
        private final Map<String, SchemaDraft> schemas = new LinkedHashMap<>();
        private final Map<Long, RelationDraft> relations = new HashMap<>();
        private final Map<Long, String> constraintByIndex = new HashMap<>();
        private final List<SkippedObject> skipped = new ArrayList<>();
        private final Set<String> vanished = new LinkedHashSet<>();
        private Array schemaArray;

        Reading(CatalogSession session, IntrospectionRequest request) {
            this.session = session;
            this.request = request;
        }

        Snapshot read(String source) throws IntrospectionException {
            readServer();
            readSchemas();
            if (!schemas.isEmpty()) {
                readRelations();
                readColumns();
                readConstraints();
                readIndexes();
                readViewSources();
                readTriggers();
                readSequences();
                readEnumTypes();
                readRoutines();
                readPrivileges();
                readDomains();
                readAggregates();
                readCollations();
                readTextSearchDictionaries();
                readTextSearchConfigurations();
                readUnmodelled();
            }
            List<Extension> extensions = readExtensions();
            if (!vanished.isEmpty()) {
                throw session.error(IntrospectionException.Kind.READ, String.join(", ", vanished)
                        + (vanished.size() == 1 ? " was" : " were")
                        + " dropped or changed while being read; run the inspection again");
            }
            List<Schema> result = new ArrayList<>();
            for (SchemaDraft draft : schemas.values()) {
                result.add(draft.build());
            }
            return new Snapshot(request.service(), Engine.POSTGRESQL, ServerProduct.POSTGRESQL, serverVersion,
                    database, source, skipped, result, extensions).canonical();
        }

        private void readServer() throws IntrospectionException {
            session.query("server", "the server version", SERVER, s -> { }, row -> {
                database = row.getString("database_name");
                serverVersion = row.getString("server_version");
                versionNum = row.getInt("version_num");
                role = row.getString("role_name");
                blockSize = row.getInt("block_size");
            });
            if (versionNum < MINIMUM_VERSION_NUM) {
                throw session.error(IntrospectionException.Kind.INPUT, "PostgreSQL " + serverVersion
                        + " is not supported: introspection needs PostgreSQL 12 or later");
            }
        }

        private void readSchemas() throws IntrospectionException {
            Map<String, String[]> found = new LinkedHashMap<>();
            session.query("schemas", "schemas of database \"" + database + "\"", SCHEMAS, s -> { },
                    row -> found.put(row.getString("schema_name"),
                            new String[] {row.getString("owner"), row.getString("comment")}));
            SchemaFilter.Selection selection = new SchemaFilter(request.includeSchemas(), request.excludeSchemas(),
                    PostgresIntrospector::isSystemSchema).select(found.keySet());
            if (!selection.systemNamed().isEmpty()) {
                throw session.error(IntrospectionException.Kind.INPUT, "schema " + quoted(selection.systemNamed())
                        + " is a system schema and is never read");
            }
            if (!selection.unknown().isEmpty()) {
                throw session.error(IntrospectionException.Kind.INPUT, "unknown schema "
                        + quoted(selection.unknown()) + " in database \"" + database + "\" (it has "
                        + (found.isEmpty() ? "no user schemas" : quoted(List.copyOf(found.keySet()))) + ")");
            }
            for (String name : selection.schemas()) {
                String[] info = found.get(name);
                schemas.put(name, new SchemaDraft(name, info[0], info[1]));
            }
            try {
                schemaArray = session.connection().createArrayOf("text", schemas.keySet().toArray());
            } catch (SQLException e) {
                throw session.failure("preparing the schema list", e, null);
            }
        }

        private String what(String concern) {
            return concern + " of schema" + (schemas.size() == 1 ? " " : "s ") + quoted(List.copyOf(schemas.keySet()));
        }

        private void readRelations() throws IntrospectionException {
            session.query("tables", what("tables and views"), RELATIONS, s -> s.setArray(1, schemaArray), row -> {
                String kind = row.getString("rel_kind");
                boolean view = kind.equals("v") || kind.equals("m");
                RelationDraft r = new RelationDraft(row.getString("schema_name"), row.getString("rel_name"), view,
                        kind.equals("m"));
                boolean partition = row.getBoolean("is_partition");
                r.tableKind = kind.equals("p") ? TableKind.PARTITIONED
                        : partition ? TableKind.PARTITION : TableKind.TABLE;
                r.owner = row.getString("owner");
                r.comment = row.getString("comment");
                r.partitionKey = row.getString("partition_key");
                if (partition) {
                    r.partitionOf = new ObjectName(row.getString("parent_schema"), row.getString("parent_name"));
                    r.partitionBound = row.getString("partition_bound");
                    if (r.partitionBound == null) {
                        vanished.add(r.describe());
                    }
                }
                r.rowEstimate = row.getObject("row_estimate", Long.class);
                Long pages = row.getObject("pages", Long.class);
                r.sizeBytes = pages == null || kind.equals("v") || kind.equals("p") ? null : pages * blockSize;
                if (view) {
                    r.definition = trimDefinition(row.getString("view_definition"));
                    r.checkOption = row.getString("check_option");
                    if (r.definition == null) {
                        vanished.add(r.describe());
                    }
                }
                relations.put(row.getLong("rel_oid"), r);
                schemas.get(r.schema).relations.add(r);
                if (!row.getBoolean("readable")) {
                    String type = view ? (r.materialized ? "materialized view" : "view") : "table";
                    skipped.add(new SkippedObject(r.schema, r.name, type, "data", row.getBoolean("some_columns_readable")
                            ? "role \"" + role + "\" may SELECT only some columns: definition read from the catalog"
                            : "no SELECT privilege for role \"" + role + "\": definition read from the catalog, "
                                    + "rows cannot be read"));
                }
            });
        }

        private void readColumns() throws IntrospectionException {
            session.query("columns", what("columns"), COLUMNS, s -> s.setArray(1, schemaArray), row -> {
                RelationDraft r = relations.get(row.getLong("rel_oid"));
                if (r == null) {
                    return;
                }
                String name = row.getString("column_name");
                String type = row.getString("column_type");
                Column.Builder column = r.nextColumn(name, type).normalizedType(normalizedType(row, type))
                        .nullable(!row.getBoolean("not_null")).collation(row.getString("collation_name"))
                        .comment(row.getString("comment"));
                String identity = row.getString("identity");
                if ("a".equals(identity)) {
                    column.identity(IdentityKind.ALWAYS);
                } else if ("d".equals(identity)) {
                    column.identity(IdentityKind.BY_DEFAULT);
                }
                String expression = row.getString("default_expression");
                if (row.getBoolean("has_default") && expression == null) {
                    vanished.add(r.describe());
                }
                if ("s".equals(row.getString("generated"))) {
                    column.generated(Generation.stored(expression == null ? "" : expression));
                } else {
                    column.defaultExpression(expression);
                }
                r.columnsByNumber.put(row.getInt("attnum"), name);
                r.columns.add(column.build());
            });
        }

        private static String normalizedType(ResultSet row, String type) throws SQLException {
            String kind = row.getString("type_kind");
            if ("e".equals(kind)) {
                return "enum";
            }
            if ("e".equals(row.getString("element_type_kind"))) {
                return "enum[]";
            }
            if ("d".equals(kind)) {
                return TypeNames.normalize(Engine.POSTGRESQL, row.getString("domain_base"));
            }
            return TypeNames.normalize(Engine.POSTGRESQL, type);
        }

        private void readConstraints() throws IntrospectionException {
            session.query("constraints", what("constraints and foreign keys"), CONSTRAINTS, s -> {
                        s.setArray(1, schemaArray);
                        s.setArray(2, schemaArray);
                    }, row -> {
                        RelationDraft r = relations.get(row.getLong("rel_oid"));
                        if (r == null) {
                            return;
                        }
                        String name = row.getString("name");
                        String type = row.getString("type");
                        List<String> columns = names(r, shorts(row, "attnums"));
                        boolean deferrable = row.getBoolean("deferrable");
                        boolean deferred = row.getBoolean("deferred");
                        boolean validated = row.getBoolean("validated");
                        String comment = row.getString("comment");
                        switch (type) {
                            case "f" -> r.foreignKeys.add(ForeignKey.builder(name).columns(columns)
                                    .references(row.getString("ref_schema"), row.getString("ref_table"),
                                            referencedColumns(row))
                                    .onDelete(action(row.getString("on_delete")))
                                    .onUpdate(action(row.getString("on_update")))
                                    .match(match(row.getString("match_type"))).deferrable(deferrable, deferred)
                                    .validated(validated).comment(comment).build());
                            case "c" -> {
                                String expression = row.getString("check_expression");
                                if (expression == null) {
                                    vanished.add(r.describe());
                                }
                                r.constraints.add(new Constraint(name, ConstraintKind.CHECK, List.of(), expression,
                                        validated, true, deferrable, deferred, comment));
                            }
                            default -> {
                                ConstraintKind kind = switch (type) {
                                    case "p" -> ConstraintKind.PRIMARY_KEY;
                                    case "u" -> ConstraintKind.UNIQUE;
                                    default -> ConstraintKind.EXCLUDE;
                                };
                                String definition = kind == ConstraintKind.EXCLUDE ? row.getString("definition") : null;
                                if (kind == ConstraintKind.EXCLUDE && definition == null) {
                                    vanished.add(r.describe());
                                }
                                r.constraints.add(new Constraint(name, kind, columns, definition, validated, true,
                                        deferrable, deferred, comment));
                                constraintByIndex.put(row.getLong("index_oid"), name);
                            }
                        }
                    });
        }

        /** The parent's key columns: named from the columns read, or by the query when the parent is elsewhere. */
        private List<String> referencedColumns(ResultSet row) throws SQLException {
            RelationDraft parent = relations.get(row.getLong("ref_oid"));
            return parent != null ? names(parent, shorts(row, "ref_attnums")) : strings(row, "ref_column_names");
        }

        private void readIndexes() throws IntrospectionException {
            String sql = INDEXES.formatted(versionNum >= 150000 ? "i.indnullsnotdistinct" : "false");
            session.query("indexes", what("indexes"), sql, s -> s.setArray(1, schemaArray), row -> {
                RelationDraft r = relations.get(row.getLong("rel_oid"));
                if (r == null) {
                    return;
                }
                long indexOid = row.getLong("index_oid");
                int keyCount = row.getInt("key_count");
                Short[] attnums = (Short[]) row.getArray("attnums").getArray();
                Short[] options = (Short[]) row.getArray("key_options").getArray();
                List<String> expressions = strings(row, "key_expressions");
                List<String> opclasses = strings(row, "opclasses");
                List<String> collations = strings(row, "collations");
                List<IndexKey> keys = new ArrayList<>();
                List<String> include = new ArrayList<>();
                for (int k = 0; k < attnums.length; k++) {
                    int attnum = attnums[k];
                    if (k >= keyCount) {
                        include.add(r.columnsByNumber.get(attnum));
                        continue;
                    }
                    IndexKey key;
                    if (attnum != 0) {
                        key = IndexKey.column(r.columnsByNumber.get(attnum));
                    } else if (k < expressions.size() && expressions.get(k) != null) {
                        key = IndexKey.expression(expressions.get(k));
                    } else {
                        vanished.add(r.describe());
                        continue;
                    }
                    int option = k < options.length ? options[k] : 0;
                    boolean descending = (option & INDEX_DESC) != 0;
                    boolean nullsFirst = (option & INDEX_NULLS_FIRST) != 0;
                    key = key.withDescending(descending).withNullsFirst(nullsFirst != descending ? nullsFirst : null)
                            .withOpclass(k < opclasses.size() ? opclasses.get(k) : null)
                            .withCollation(k < collations.size() ? collations.get(k) : null);
                    keys.add(key);
                }
                String predicate = row.getString("predicate");
                if (row.getBoolean("has_predicate") && predicate == null) {
                    vanished.add(r.describe());
                }
                if (r.sizeBytes != null) {
                    r.sizeBytes += row.getLong("pages") * blockSize;
                }
                r.indexes.add(Index.builder(row.getString("index_name")).keyParts(keys).include(include)
                        .unique(row.getBoolean("is_unique")).primary(row.getBoolean("is_primary"))
                        .predicate(predicate).method(row.getString("method")).valid(row.getBoolean("is_valid"))
                        .constraint(constraintByIndex.get(indexOid))
                        .nullsNotDistinct(row.getBoolean("nulls_not_distinct")).comment(row.getString("comment"))
                        .build());
            });
        }

        private void readViewSources() throws IntrospectionException {
            session.query("view sources", what("view dependencies"), VIEW_SOURCES, s -> s.setArray(1, schemaArray),
                    row -> {
                        RelationDraft r = relations.get(row.getLong("view_oid"));
                        if (r != null) {
                            r.addSource(new ObjectName(row.getString("ref_schema"), row.getString("ref_name")),
                                    row.getString("ref_column"));
                        }
                    });
        }

        private void readTriggers() throws IntrospectionException {
            String sql = TRIGGERS.formatted(versionNum >= 130000 ? "AND t.tgparentid = 0" : "");
            session.query("triggers", what("triggers"), sql, s -> s.setArray(1, schemaArray), row -> {
                RelationDraft r = relations.get(row.getLong("rel_oid"));
                if (r == null) {
                    return;
                }
                int bits = row.getInt("type_bits");
                TriggerTiming timing = (bits & TRIGGER_INSTEAD) != 0 ? TriggerTiming.INSTEAD_OF
                        : (bits & TRIGGER_BEFORE) != 0 ? TriggerTiming.BEFORE : TriggerTiming.AFTER;
                List<TriggerEvent> events = new ArrayList<>();
                if ((bits & TRIGGER_INSERT) != 0) {
                    events.add(TriggerEvent.INSERT);
                }
                if ((bits & TRIGGER_UPDATE) != 0) {
                    events.add(TriggerEvent.UPDATE);
                }
                if ((bits & TRIGGER_DELETE) != 0) {
                    events.add(TriggerEvent.DELETE);
                }
                if ((bits & TRIGGER_TRUNCATE) != 0) {
                    events.add(TriggerEvent.TRUNCATE);
                }
                String definition = row.getString("definition");
                if (definition == null) {
                    vanished.add(r.describe());
                    return;
                }
                r.triggers.add(Trigger.builder(row.getString("name"), timing, events)
                        .updateColumns(names(r, shorts(row, "update_attnums"))).forEachRow((bits & TRIGGER_ROW) != 0)
                        .condition(whenCondition(definition))
                        .function(new ObjectName(row.getString("function_schema"), row.getString("function_name")))
                        .definition(definition).enabled(!"D".equals(row.getString("enabled"))).build());
            });
        }

        private void readSequences() throws IntrospectionException {
            session.query("sequences", what("sequences"), SEQUENCES, s -> s.setArray(1, schemaArray), row -> {
                SchemaDraft schema = schemas.get(row.getString("schema_name"));
                String ownership = row.getString("ownership");
                String table = row.getString("table_name");
                ColumnRef ownedBy = ownership == null || table == null ? null
                        : new ColumnRef(row.getString("table_schema"), table, row.getString("column_name"));
                String name = row.getString("name");
                schema.sequences.add(Sequence.builder(name).dataType(row.getString("data_type"))
                        .start(row.getLong("start_value")).increment(row.getLong("increment"))
                        .minValue(row.getLong("min_value")).maxValue(row.getLong("max_value"))
                        .cache(row.getLong("cache_size")).cycle(row.getBoolean("cycle"))
                        .ownedBy(ownedBy, "i".equals(ownership) && ownedBy != null).owner(row.getString("owner"))
                        .comment(row.getString("comment")).build());
                if (!row.getBoolean("readable")) {
                    skipped.add(new SkippedObject(schema.name, name, "sequence", "data",
                            "no SELECT or USAGE privilege for role \"" + role
                                    + "\": definition read from the catalog, current value cannot be read"));
                }
            });
        }

        private void readEnumTypes() throws IntrospectionException {
            session.query("enum types", what("enum types"), ENUM_TYPES, s -> s.setArray(1, schemaArray), row ->
                    schemas.get(row.getString("schema_name")).enumTypes.add(new EnumType(row.getString("name"),
                            strings(row, "labels"), row.getString("owner"), row.getString("comment"))));
        }

        private List<Extension> readExtensions() throws IntrospectionException {
            List<Extension> extensions = new ArrayList<>();
            session.query("extensions", "extensions of database \"" + database + "\"", EXTENSIONS, s -> { },
                    row -> extensions.add(new Extension(row.getString("name"), row.getString("version"),
                            row.getString("schema_name"), strings(row, "requires"), row.getString("comment"))));
            return extensions;
        }

        private void readDomains() throws IntrospectionException {
            session.query("domains", what("domains"), DOMAINS, s -> s.setArray(1, schemaArray), row -> {
                String schema = row.getString("schema_name");
                String name = row.getString("name");
                String defaultExpression = row.getString("default_expression");
                List<String> names = strings(row, "check_names");
                List<String> expressions = strings(row, "check_expressions");
                List<String> comments = strings(row, "check_comments");
                Object[] validated = (Object[]) row.getArray("check_validated").getArray();
                if (row.getBoolean("has_default") && defaultExpression == null
                        || expressions.contains(null) || expressions.size() != names.size()) {
                    vanished.add("domain \"" + schema + "\".\"" + name + "\"");
                    return;
                }
                List<Constraint> checks = new ArrayList<>();
                for (int i = 0; i < names.size(); i++) {
                    checks.add(new Constraint(names.get(i), ConstraintKind.CHECK, List.of(), expressions.get(i),
                            (Boolean) validated[i], true, false, false, comments.get(i)));
                }
                schemas.get(schema).domains.add(new Domain(name, row.getString("base_type"), defaultExpression,
                        row.getBoolean("not_null"), row.getString("collation_name"), checks, row.getString("owner"),
                        row.getString("comment")));
            });
        }

        private void readAggregates() throws IntrospectionException {
            session.query("aggregates", what("aggregates"), AGGREGATES, s -> s.setArray(1, schemaArray), row -> {
                String kind = row.getString("kind");
                List<String> options = new ArrayList<>();
                options.add("SFUNC = " + row.getString("sfunc"));
                options.add("STYPE = " + row.getString("stype"));
                if (row.getInt("sspace") != 0) {
                    options.add("SSPACE = " + row.getInt("sspace"));
                }
                String finalFunction = row.getString("finalfunc");
                if (finalFunction != null) {
                    options.add("FINALFUNC = " + finalFunction);
                    if (row.getBoolean("finalfunc_extra")) {
                        options.add("FINALFUNC_EXTRA");
                    }
                    options.add("FINALFUNC_MODIFY = " + modify(row.getString("finalfunc_modify")));
                }
                optional(options, "COMBINEFUNC", row.getString("combinefunc"));
                optional(options, "SERIALFUNC", row.getString("serialfunc"));
                optional(options, "DESERIALFUNC", row.getString("deserialfunc"));
                String initial = row.getString("initcond");
                if (initial != null) {
                    options.add("INITCOND = " + literal(initial));
                }
                String movingFunction = row.getString("msfunc");
                if (movingFunction != null) {
                    options.add("MSFUNC = " + movingFunction);
                    optional(options, "MINVFUNC", row.getString("minvfunc"));
                    optional(options, "MSTYPE", row.getString("mstype"));
                    if (row.getInt("msspace") != 0) {
                        options.add("MSSPACE = " + row.getInt("msspace"));
                    }
                    String movingFinal = row.getString("mfinalfunc");
                    if (movingFinal != null) {
                        options.add("MFINALFUNC = " + movingFinal);
                        if (row.getBoolean("mfinalfunc_extra")) {
                            options.add("MFINALFUNC_EXTRA");
                        }
                        options.add("MFINALFUNC_MODIFY = " + modify(row.getString("mfinalfunc_modify")));
                    }
                    String movingInitial = row.getString("minitcond");
                    if (movingInitial != null) {
                        options.add("MINITCOND = " + literal(movingInitial));
                    }
                }
                optional(options, "SORTOP", row.getString("sortop"));
                switch (row.getString("parallel")) {
                    case "s" -> options.add("PARALLEL = SAFE");
                    case "r" -> options.add("PARALLEL = RESTRICTED");
                    default -> { }
                }
                // an ordered-set aggregate is told by its arguments ("ORDER BY"); a hypothetical one needs saying
                if ("h".equals(kind)) {
                    options.add("HYPOTHETICAL");
                }
                schemas.get(row.getString("schema_name")).aggregates.add(new Aggregate(row.getString("name"),
                        row.getString("arguments"), options, row.getString("owner"), row.getString("comment")));
            });
        }

        private void readCollations() throws IntrospectionException {
            String icuLocale = versionNum >= 170000 ? "c.colllocale"
                    : versionNum >= 150000 ? "c.colliculocale" : "CASE WHEN c.collprovider = 'i' THEN c.collcollate END";
            String icuRules = versionNum >= 160000 ? "c.collicurules" : "NULL::text";
            session.query("collations", what("collations"), COLLATIONS.formatted(icuLocale, icuRules),
                    s -> s.setArray(1, schemaArray), row -> {
                        String provider = switch (row.getString("provider")) {
                            case "i" -> Collation.ICU;
                            case "c" -> Collation.LIBC;
                            case "b" -> "builtin";
                            default -> "default";
                        };
                        boolean libc = provider.equals(Collation.LIBC);
                        if (row.getString("icu_rules") != null) {
                            skipped.add(new SkippedObject(row.getString("schema_name"), row.getString("name"),
                                    "collation", "rules", "ICU tailoring rules are not part of the snapshot model: "
                                    + "the rendered collation sorts by its locale alone"));
                        }
                        schemas.get(row.getString("schema_name")).collations.add(new Collation(row.getString("name"),
                                provider, libc ? null : row.getString("icu_locale"),
                                libc ? row.getString("lc_collate") : null, libc ? row.getString("lc_ctype") : null,
                                row.getBoolean("deterministic"), row.getString("owner"), row.getString("comment")));
                    });
        }

        private void readTextSearchDictionaries() throws IntrospectionException {
            session.query("text search dictionaries", what("text search dictionaries"), TEXT_SEARCH_DICTIONARIES,
                    s -> s.setArray(1, schemaArray), row -> schemas.get(row.getString("schema_name"))
                            .textSearchDictionaries.add(new TextSearchDictionary(row.getString("name"),
                                    row.getString("template"), row.getString("options"), row.getString("owner"),
                                    row.getString("comment"))));
        }

        private void readTextSearchConfigurations() throws IntrospectionException {
            Map<List<String>, List<TextSearchMapping>> mappings = new LinkedHashMap<>();
            Map<List<String>, String[]> headers = new LinkedHashMap<>();
            session.query("text search configurations", what("text search configurations"),
                    TEXT_SEARCH_CONFIGURATIONS, s -> s.setArray(1, schemaArray), row -> {
                        List<String> key = List.of(row.getString("schema_name"), row.getString("name"));
                        headers.putIfAbsent(key, new String[] {row.getString("parser"), row.getString("owner"),
                                row.getString("comment")});
                        List<TextSearchMapping> list = mappings.computeIfAbsent(key, k -> new ArrayList<>());
                        String tokenType = row.getString("token_type");
                        if (tokenType != null) {
                            list.add(new TextSearchMapping(tokenType, strings(row, "dictionaries")));
                        }
                    });
            headers.forEach((key, header) -> schemas.get(key.get(0)).textSearchConfigurations.add(
                    new TextSearchConfiguration(key.get(1), header[0], mappings.get(key), header[1], header[2])));
        }

        private void readUnmodelled() throws IntrospectionException {
            session.query("unmodelled objects", what("other objects"), UNMODELLED, s -> s.setArray(1, schemaArray),
                    row -> {
                        String type = row.getString("object_type");
                        String name = row.getString("name");
                        String schema = row.getString("schema_name");
                        if (type.equals("row level security")) {
                            skipped.add(new SkippedObject(schema, name, "table", "row level security",
                                    "row level security is not part of the snapshot: the rendered DDL creates the "
                                            + "table without it and without its policies"));
                        } else {
                            skipped.add(new SkippedObject(schema, name, type, "object", unmodelledReason(type)));
                        }
                    });
        }

        private void readRoutines() throws IntrospectionException {
            session.query("routines", what("functions and procedures"), ROUTINES, s -> s.setArray(1, schemaArray),
                    row -> {
                        String definition = row.getString("definition");
                        String name = row.getString("name");
                        if (definition == null) {
                            vanished.add("function \"" + row.getString("schema_name") + "\".\"" + name + "\"");
                            return;
                        }
                        schemas.get(row.getString("schema_name")).routines.add(new Routine(name,
                                "p".equals(row.getString("kind")) ? RoutineKind.PROCEDURE : RoutineKind.FUNCTION,
                                row.getString("arguments"), row.getString("return_type"), row.getString("language"),
                                definition.strip(), row.getString("comment")));
                    });
        }

        private void readPrivileges() throws IntrospectionException {
            session.query("privileges", what("privileges"), PRIVILEGES, s -> {
                for (int i = 1; i <= 5; i++) {
                    s.setArray(i, schemaArray);
                }
            }, row -> {
                boolean held = row.getBoolean("held");
                boolean heldGrantable = row.getBoolean("held_grantable");
                boolean byDefault = row.getObject("default_grantable") != null;
                // not held: a default privilege revoked; held beyond the default: a grant; held as by default
                // but without the default's grant option: that option revoked
                boolean revoked = !held || byDefault && !heldGrantable;
                boolean grantable = held && (heldGrantable || byDefault);
                schemas.get(row.getString("schema_name")).privileges.add(new Privilege(
                        PrivilegeTarget.valueOf(row.getString("target")), row.getString("object"),
                        row.getString("column_name"), row.getString("grantee"), row.getString("privilege_type"),
                        grantable, revoked));
            });
        }
    }

    /** A schema while its objects arrive. */
    private static final class SchemaDraft {
        final String name;
        final String owner;
        final String comment;
        final List<RelationDraft> relations = new ArrayList<>();
        final List<Sequence> sequences = new ArrayList<>();
        final List<EnumType> enumTypes = new ArrayList<>();
        final List<Routine> routines = new ArrayList<>();
        final List<Privilege> privileges = new ArrayList<>();
        final List<Domain> domains = new ArrayList<>();
        final List<Aggregate> aggregates = new ArrayList<>();
        final List<Collation> collations = new ArrayList<>();
        final List<TextSearchDictionary> textSearchDictionaries = new ArrayList<>();
        final List<TextSearchConfiguration> textSearchConfigurations = new ArrayList<>();

        SchemaDraft(String name, String owner, String comment) {
            this.name = name;
            this.owner = owner;
            this.comment = comment;
        }

        Schema build() {
            return new Schema(name, owner, comment, null,
                    relations.stream().filter(r -> !r.view).map(RelationDraft::toTable).toList(),
                    relations.stream().filter(r -> r.view).map(RelationDraft::toView).toList(),
                    sequences, enumTypes, routines, domains, aggregates, collations, textSearchDictionaries,
                    textSearchConfigurations, privileges);
        }
    }

    static boolean isSystemSchema(String name) {
        return name.equals("pg_catalog") || name.equals("information_schema") || name.equals("pg_toast")
                || name.startsWith("pg_temp_") || name.startsWith("pg_toast_temp_");
    }

    private static List<String> strings(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<String> result = new ArrayList<>(values.length);
        for (Object v : values) {
            result.add((String) v);
        }
        return result;
    }

    private static List<Integer> shorts(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<Integer> result = new ArrayList<>(values.length);
        for (Object v : values) {
            result.add(((Number) v).intValue());
        }
        return result;
    }

    private static List<String> names(RelationDraft relation, List<Integer> attnums) {
        List<String> names = new ArrayList<>(attnums.size());
        for (int attnum : attnums) {
            names.add(relation.columnsByNumber.get(attnum));
        }
        return names;
    }

    /** Why an object of a class the model has no place for is listed as skipped. */
    static String unmodelledReason(String objectType) {
        return "not part of the snapshot model: the rendered DDL does not recreate this " + objectType
                + "; create it by hand where the snapshot is loaded";
    }

    private static String modify(String code) {
        return switch (code) {
            case "s" -> "SHAREABLE";
            case "w" -> "READ_WRITE";
            default -> "READ_ONLY";
        };
    }

    private static void optional(List<String> options, String key, String value) {
        if (value != null) {
            options.add(key + " = " + value);
        }
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String action(String code) {
        return switch (code) {
            case "r" -> "RESTRICT";
            case "c" -> "CASCADE";
            case "n" -> "SET NULL";
            case "d" -> "SET DEFAULT";
            default -> ForeignKey.NO_ACTION;
        };
    }

    private static String match(String code) {
        return switch (code) {
            case "f" -> "FULL";
            case "p" -> "PARTIAL";
            default -> ForeignKey.MATCH_SIMPLE;
        };
    }

    /** The {@code WHEN (...)} condition of a trigger definition, without the keyword and outer parentheses. */
    static String whenCondition(String definition) {
        int when = definition.indexOf(" WHEN (");
        int execute = definition.lastIndexOf(" EXECUTE ");
        if (when < 0 || (execute >= 0 && when > execute)) {
            return null;
        }
        int start = when + " WHEN (".length();
        int depth = 1;
        boolean quoted = false;
        for (int i = start; i < definition.length(); i++) {
            char ch = definition.charAt(i);
            if (ch == '\'') {
                quoted = !quoted;
            } else if (!quoted && ch == '(') {
                depth++;
            } else if (!quoted && ch == ')' && --depth == 0) {
                return definition.substring(start, i);
            }
        }
        return null;
    }

    static String trimDefinition(String definition) {
        if (definition == null) {
            return null;
        }
        String trimmed = definition.strip();
        return trimmed.endsWith(";") ? trimmed.substring(0, trimmed.length() - 1).stripTrailing() : trimmed;
    }

    static String quoted(List<String> names) {
        return names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
    }
}
