package dev.phaseshift.app.estate;

/**
 * The estate tree after filtering.
 *
 * @param root    the estate node with what is left below it
 * @param matches how many tables, views and columns matched; -1 when there was no filter
 */
public record FilteredTree(EstateTreeNode root, int matches) {
    public boolean filtered() {
        return matches >= 0;
    }
}
