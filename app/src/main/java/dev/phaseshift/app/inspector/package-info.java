/**
 * The inspector: the details of the item selected in the estate tree. {@link dev.phaseshift.app.inspector.InspectorContents}
 * turns an item into plain sections (properties, columns, named entries, text) that the view lays out.
 */
package dev.phaseshift.app.inspector;
