package dev.phaseshift.graph;

import dev.phaseshift.estate.QualifiedName;

import java.util.Map;
import java.util.Objects;

/**
 * A node of the estate graph.
 *
 * @param id         unique and stable across runs: {@code kind:name}, e.g. {@code column:orders.public.orders.total},
 *                   {@code consumer:billing@v1}
 * @param name       the qualified name; for a consumer, the service
 * @param version    the consumer's version, null for other kinds
 * @param parent     the id of the node it belongs to (column to table, table to service), or null for a service
 * @param attributes facts for display and export ({@code type}, {@code key}, {@code team}...)
 */
public record Node(String id, NodeKind kind, QualifiedName name, String version, String parent,
                   Map<String, String> attributes) {
    public Node {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if ((kind == NodeKind.CONSUMER) != (version != null)) {
            throw new IllegalArgumentException("node \"" + id + "\": only consumers have a version");
        }
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** The id a node of that kind and name has. */
    public static String idOf(NodeKind kind, QualifiedName name) {
        return kind.id() + ":" + name;
    }

    public static String consumerId(String service, String version) {
        return NodeKind.CONSUMER.id() + ":" + QualifiedName.service(service) + "@" + version;
    }

    public static Node of(NodeKind kind, QualifiedName name, String parent, Map<String, String> attributes) {
        return new Node(idOf(kind, name), kind, name, null, parent, attributes);
    }

    public static Node consumer(String service, String version, Map<String, String> attributes) {
        return new Node(consumerId(service, version), NodeKind.CONSUMER, QualifiedName.service(service), version,
                idOf(NodeKind.SERVICE, QualifiedName.service(service)), attributes);
    }

    public String service() {
        return name.service();
    }

    /**
     * How explanations name it: {@code orders.public.orders.total}, {@code billing v1},
     * {@code trigger orders.public.orders.orders_touch}.
     */
    public String label() {
        return switch (kind) {
            case CONSUMER -> name.service() + " " + version;
            case TRIGGER, SEQUENCE -> kind.id() + " " + name;
            default -> name.toString();
        };
    }

    public String attribute(String key) {
        return attributes.get(key);
    }
}
