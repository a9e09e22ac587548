/** The welcome tab, shown while no estate is open: what Phaseshift does and ways to open an estate. */
package dev.phaseshift.app.welcome;
