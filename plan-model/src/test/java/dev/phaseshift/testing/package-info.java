/** Test support: locates or starts real PostgreSQL and MySQL/MariaDB servers for tests
 * (env URL, then local server, then embedded) and hands out throw-away databases; runs the engines' client
 * programs against them and compares schemas by their normalised dumps ({@code pg_dump}/{@code mariadb-dump});
 * checks JSON documents against the published schemas in docs/schema. */
package dev.phaseshift.testing;
