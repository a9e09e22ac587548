package dev.phaseshift.app.estate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Filters the estate tree by a search text, matched case-insensitively against table, view and column names.
 * It keeps the path from the estate to every match and opens it. A matching table keeps all its columns, so it
 * can still be explored, but is only opened when one of its columns matches too.
 */
public final class EstateTreeFilter {
    private EstateTreeFilter() {
    }

    public static FilteredTree filter(EstateTreeNode root, String query) {
        String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return new FilteredTree(root, -1);
        }
        int[] matches = {0};
        EstateTreeNode kept = keep(root, needle, matches);
        EstateTreeNode result = kept != null ? kept : new EstateTreeNode(root.item(), List.of(), true);
        return new FilteredTree(result, matches[0]);
    }

    /** The node with only what leads to a match, or null when nothing below it matches. */
    private static EstateTreeNode keep(EstateTreeNode node, String needle, int[] matches) {
        boolean matchesItself = searchable(node.item()) && node.item().name().toLowerCase(Locale.ROOT).contains(needle);
        if (matchesItself) {
            matches[0]++;
        }
        List<EstateTreeNode> children = new ArrayList<>();
        for (EstateTreeNode child : node.children()) {
            EstateTreeNode keptChild = keep(child, needle, matches);
            if (keptChild != null) {
                children.add(keptChild);
            }
        }
        if (!children.isEmpty()) {
            if (matchesItself) {
                // keep the columns that did not match too, but closed below the matching ones
                return new EstateTreeNode(node.item(), merge(node.children(), children), true);
            }
            return new EstateTreeNode(node.item(), children, true);
        }
        if (matchesItself) {
            return new EstateTreeNode(node.item(), node.children(), false);
        }
        return null;
    }

    /** All of {@code all}, taking the filtered version where there is one. */
    private static List<EstateTreeNode> merge(List<EstateTreeNode> all, List<EstateTreeNode> kept) {
        List<EstateTreeNode> merged = new ArrayList<>();
        for (EstateTreeNode child : all) {
            merged.add(kept.stream().filter(k -> k.item().equals(child.item())).findFirst().orElse(child));
        }
        return merged;
    }

    private static boolean searchable(EstateItem item) {
        return item instanceof TableItem || item instanceof ViewItem || item instanceof ColumnItem;
    }
}
