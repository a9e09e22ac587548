package dev.phaseshift.app.estate;

import java.util.List;
import java.util.Objects;

/**
 * One node of the estate tree as plain data.
 *
 * @param expanded whether the view should show it open
 */
public record EstateTreeNode(EstateItem item, List<EstateTreeNode> children, boolean expanded) {
    public EstateTreeNode {
        Objects.requireNonNull(item, "item");
        children = List.copyOf(children);
    }

    /** This node and everything below it, depth first. */
    public java.util.stream.Stream<EstateTreeNode> flatten() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(this),
                children.stream().flatMap(EstateTreeNode::flatten));
    }
}
