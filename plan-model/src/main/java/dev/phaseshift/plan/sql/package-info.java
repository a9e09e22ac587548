/**
 * SQL dialects (engine, product and version, and what each version can do online) and the rendered statements
 * operations produce: each says whether it must run outside a transaction or must return true.
 */
package dev.phaseshift.plan.sql;
