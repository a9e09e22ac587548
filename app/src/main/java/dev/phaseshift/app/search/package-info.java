/** Search everywhere (Ctrl+K): services, tables, views, columns and consumer versions of the open estate. */
package dev.phaseshift.app.search;
