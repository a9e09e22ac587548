/**
 * Reference pages generated from the published JSON Schemas ({@code docs/schema/}): every key of the plan and
 * estate files with its type, whether it is required and what it means, so the pages cannot drift from the schemas.
 */
package dev.phaseshift.reference;
