package dev.phaseshift.graph;

import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.estate.QualifiedName;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The dependency graph of an estate: services, consumer versions, tables, views, columns, sequences and
 * triggers, joined by typed {@link Dependency} edges that each carry their evidence. Immutable; build one with
 * {@link #of(Estate)} or {@link EstateGraphBuilder}. Lookups by id and by {@link QualifiedName} are constant
 * time; {@link #dependentsOf(String)} answers "who depends on this?".
 */
public final class EstateGraph {
    private final String name;
    private final Map<String, Node> nodes;
    private final List<Dependency> dependencies;
    private final Map<String, List<Dependency>> outgoing;
    private final Map<String, List<Dependency>> incoming;
    private final Map<String, List<String>> children;
    private final Map<QualifiedName, Node> byName;
    private final List<Problem> problems;

    EstateGraph(String name, Collection<Node> nodes, List<Dependency> dependencies, List<Problem> problems) {
        this.name = Objects.requireNonNull(name, "name");
        int edges = dependencies.size() * 4 / 3 + 16;
        outgoing = new HashMap<>(edges);
        incoming = new HashMap<>(edges);
        children = new HashMap<>(nodes.size() / 4 + 16);
        byName = new HashMap<>(nodes.size() * 4 / 3 + 16);
        int expected = nodes.size() * 4 / 3 + 16;
        Map<String, Node> byId = new LinkedHashMap<>(expected);
        for (Node n : nodes) {
            if (byId.put(n.id(), n) != null) {
                throw new IllegalArgumentException("duplicate node \"" + n.id() + "\"");
            }
            if (n.kind() == NodeKind.SERVICE || n.kind().isRelation() || n.kind() == NodeKind.COLUMN) {
                byName.put(n.name(), n);
            }
            if (n.parent() != null) {
                children.computeIfAbsent(n.parent(), k -> new ArrayList<>()).add(n.id());
            }
        }
        this.nodes = Collections.unmodifiableMap(byId);
        for (Dependency d : dependencies) {
            if (!byId.containsKey(d.from()) || !byId.containsKey(d.to())) {
                throw new IllegalArgumentException("dependency " + d.from() + " -> " + d.to() + " names an unknown node");
            }
            outgoing.computeIfAbsent(d.from(), k -> new ArrayList<>()).add(d);
            incoming.computeIfAbsent(d.to(), k -> new ArrayList<>()).add(d);
        }
        this.dependencies = List.copyOf(dependencies);
        this.problems = List.copyOf(problems);
    }

    /** The graph of an estate with inferred references (see {@link EstateGraphBuilder}). */
    public static EstateGraph of(Estate estate) {
        return new EstateGraphBuilder(estate).build();
    }

    /** The estate's name. */
    public String name() {
        return name;
    }

    /** Every node, services first, then in the order of the estate file and snapshots. */
    public Collection<Node> nodes() {
        return nodes.values();
    }

    public List<Dependency> dependencies() {
        return dependencies;
    }

    public int nodeCount() {
        return nodes.size();
    }

    public int dependencyCount() {
        return dependencies.size();
    }

    public Optional<Node> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    /** The node with that id; for ids that came from this graph. */
    public Node require(String id) {
        Node n = nodes.get(id);
        if (n == null) {
            throw new IllegalArgumentException("no node \"" + id + "\" in the graph of \"" + name + "\"");
        }
        return n;
    }

    public boolean contains(String id) {
        return nodes.containsKey(id);
    }

    /** The service, table, view or column of that name. */
    public Optional<Node> find(QualifiedName qualifiedName) {
        return Optional.ofNullable(byName.get(qualifiedName));
    }

    /** What {@code id} depends on: its outgoing edges. */
    public List<Dependency> dependenciesOf(String id) {
        return Collections.unmodifiableList(outgoing.getOrDefault(id, List.of()));
    }

    /** What depends on {@code id}: its incoming edges. */
    public List<Dependency> dependentsOf(String id) {
        return Collections.unmodifiableList(incoming.getOrDefault(id, List.of()));
    }

    /** The nodes that belong to {@code id}: the columns of a table, the tables and consumers of a service. */
    public List<Node> children(String id) {
        return children.getOrDefault(id, List.of()).stream().map(nodes::get).toList();
    }

    public Optional<Node> parent(String id) {
        Node n = nodes.get(id);
        return n == null || n.parent() == null ? Optional.empty() : Optional.ofNullable(nodes.get(n.parent()));
    }

    /** The table or view a column or trigger belongs to, the node itself for a relation, else empty. */
    public Optional<Node> relationOf(String id) {
        Node n = nodes.get(id);
        if (n == null) {
            return Optional.empty();
        }
        if (n.kind().isRelation()) {
            return Optional.of(n);
        }
        if (n.kind() == NodeKind.COLUMN || n.kind() == NodeKind.TRIGGER) {
            return parent(id);
        }
        return Optional.empty();
    }

    /** Inferred references the user has not yet accepted or rejected. */
    public List<Dependency> proposals() {
        return dependencies.stream().filter(Dependency::proposed).toList();
    }

    /** Problems with the estate file's names that the graph left out (see {@code Estate.problems()}). */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * Finds a node by a name as people type it: {@code service}, {@code service.schema.table},
     * {@code service.schema.table.column}, or the short forms {@code service.table} and
     * {@code service.table.column} when the table's name is unique among the service's schemas.
     */
    public Optional<Node> resolve(String text) {
        QualifiedName qn;
        try {
            qn = QualifiedName.parse(text);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Optional<Node> exact = find(qn);
        if (exact.isPresent() || qn.depth() == 1 || qn.depth() == 4) {
            return exact;
        }
        // service.table or service.table.column: look the table up in every schema of the service
        String table = qn.schema();
        String column = qn.relation();
        List<Node> matches = new ArrayList<>();
        for (Node relation : children(Node.idOf(NodeKind.SERVICE, QualifiedName.service(qn.service())))) {
            if (relation.kind().isRelation() && relation.name().relation().equals(table)) {
                Optional<Node> hit = column == null ? Optional.of(relation) : find(relation.name().withMember(column));
                hit.ifPresent(matches::add);
            }
        }
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /** The names of every service, table, view and column, for "did you mean" hints. */
    public Set<QualifiedName> names() {
        return Collections.unmodifiableSet(byName.keySet());
    }

    /**
     * The graph restricted to {@code ids} and the edges between them; the parents of kept nodes are kept too,
     * so every column still has its table and every table its service.
     */
    public EstateGraph subgraph(Set<String> ids) {
        Map<String, Node> kept = new LinkedHashMap<>();
        for (Node n : nodes.values()) {
            if (ids.contains(n.id())) {
                for (Node at = n; at != null && !kept.containsKey(at.id()); at = at.parent() == null ? null : nodes.get(at.parent())) {
                    kept.put(at.id(), at);
                }
            }
        }
        List<Node> ordered = nodes.values().stream().filter(n -> kept.containsKey(n.id())).toList();
        List<Dependency> edges = dependencies.stream()
                .filter(d -> kept.containsKey(d.from()) && kept.containsKey(d.to())).toList();
        return new EstateGraph(name, ordered, edges, problems);
    }
}
