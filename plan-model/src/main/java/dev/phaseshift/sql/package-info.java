/** Plain SQL text handling: splitting scripts into statements with their line numbers. */
package dev.phaseshift.sql;
