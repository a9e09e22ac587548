/** Test support: locates or starts real PostgreSQL and MySQL/MariaDB servers for tests
 * (env URL, then local server, then embedded) and hands out throw-away databases. */
package dev.phaseshift.testing;
