package dev.phaseshift.lint.parse;

/**
 * A written statement that is no plan operation, because it changes no schema the model holds, but that destroys
 * data, holds a lock on whole tables or changes what every column of a type accepts: {@code TRUNCATE},
 * {@code DROP SCHEMA}, {@code REINDEX}, {@code CLUSTER}, {@code VACUUM FULL}, {@code LOCK TABLE}; the
 * {@code ALTER TABLE} actions {@code DETACH PARTITION}, {@code ATTACH PARTITION}, {@code SET LOGGED/UNLOGGED},
 * {@code SET TABLESPACE}, {@code SET ACCESS METHOD}, {@code [NO] INHERIT} and {@code VALIDATE CONSTRAINT} (a scan of
 * the whole table); {@code ALTER INDEX ... SET TABLESPACE}; MySQL partition actions ({@link PartitionChange},
 * {@link ExchangePartition}) and tablespace files ({@link TablespaceFile}); the domain statements
 * {@code CREATE DOMAIN}, {@code ALTER DOMAIN ... ADD CHECK} and {@code ALTER DOMAIN ... VALIDATE CONSTRAINT};
 * renames of views, schemas, types, domains and routines, and moves of those and of tables to another schema;
 * {@code REFRESH MATERIALIZED VIEW}; the enum type statements {@code ALTER TYPE ... ADD VALUE} and
 * {@code ... RENAME VALUE}; {@code DROP OWNED}; what a {@code CREATE TABLE} without a column list is made from;
 * the tables a publication takes in or lets go;
 * and, on a statement that is otherwise only data ({@link StatementKind#DATA}), {@code CREATE FUNCTION}, whose
 * declared volatility decides later defaults, {@code DROP TRIGGER}, whose table MySQL does not name, and the names
 * of new types, schemas, procedures and materialized views ({@link CreateObject}). Rules and
 * the lock model judge these typed values rather than the text. Table names are as written (schema-qualified when
 * written so).
 */
public sealed interface WrittenCommand permits TruncateTables, DropSchema, Reindex, ClusterTable, VacuumFull,
        DetachPartition, SetLogged, SetTablespace, LockTables, ValidateConstraint, CreateDomain, AddDomainCheck,
        ValidateDomainConstraint, CreateFunction, RenameObject, RefreshMaterializedView, AddEnumValue,
        RenameEnumValue, DropOwned, CreateTableFrom, AttachPartition, SetAccessMethod, PartitionChange, DropTrigger,
        Inherit, MoveIndex, ExchangePartition, TablespaceFile, CreateObject, PublishTables {
}
