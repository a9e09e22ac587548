/**
 * The schema model: immutable records for a service's database (schemas, tables, columns, keys, indexes, views,
 * triggers, sequences, enum types, routines) as read from a live server or from DDL, plus {@link
 * dev.phaseshift.schema.TypeNames} for comparing column types across engines. Records copy their lists; optional
 * parts are null; {@code canonical()} gives the order snapshot files are written in. Everything that checks or
 * draws a schema reads these values.
 */
package dev.phaseshift.schema;
