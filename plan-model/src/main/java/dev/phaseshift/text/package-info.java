/** Plain text formats written by hand, without a library: JSON for exports and reports. */
package dev.phaseshift.text;
