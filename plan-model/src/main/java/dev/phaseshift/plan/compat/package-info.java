/**
 * The consumer compatibility matrix: every consumer service version the estate declares against the simulated
 * schema before the plan and after each phase, with who is live where, and the exact break of each
 * incompatible cell (what the consumer uses, and the phase and step that removed it or have not yet added it).
 */
package dev.phaseshift.plan.compat;
