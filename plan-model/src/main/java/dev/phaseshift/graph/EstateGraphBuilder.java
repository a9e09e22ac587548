package dev.phaseshift.graph;

import dev.phaseshift.estate.ConsumerContract;
import dev.phaseshift.estate.DeclaredReference;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.QualifiedName;
import dev.phaseshift.estate.ReferenceDecision;
import dev.phaseshift.estate.ReferencePair;
import dev.phaseshift.estate.ServiceDefinition;
import dev.phaseshift.estate.TableAccess;
import dev.phaseshift.estate.Verdict;
import dev.phaseshift.graph.inference.ReferenceInference;
import dev.phaseshift.graph.inference.ReferenceProposal;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.ColumnRef;
import dev.phaseshift.schema.Constraint;
import dev.phaseshift.schema.ConstraintKind;
import dev.phaseshift.schema.ForeignKey;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Sequence;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;
import dev.phaseshift.schema.Trigger;
import dev.phaseshift.schema.TriggerEvent;
import dev.phaseshift.schema.View;
import dev.phaseshift.schema.ViewSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the {@link EstateGraph} of an estate: catalog facts from the snapshots (foreign keys, view reads,
 * triggers, sequence ownership, partitions), the references and consumer contracts of the estate file, and the
 * references inference proposes, minus those the user rejected; accepted ones become certain edges even when
 * inference no longer proposes them. Names the estate file gets wrong are left out (they are
 * {@code Estate.problems()}); names in a service that has no snapshot yet get placeholder nodes, so the graph
 * shows what was declared before anything was read.
 */
public final class EstateGraphBuilder {
    static final String PLACEHOLDER = "placeholder";

    private final Estate estate;
    private ReferenceInference inference = new ReferenceInference();

    private Map<String, Node> nodes = new LinkedHashMap<>();
    private final List<Dependency> edges = new ArrayList<>();

    public EstateGraphBuilder(Estate estate) {
        this.estate = estate;
    }

    /** Infers references with this inference; null leaves inference out (then only accepted decisions count). */
    public EstateGraphBuilder inference(ReferenceInference value) {
        this.inference = value;
        return this;
    }

    public EstateGraph build() {
        edges.clear();
        int expected = 0;
        for (Snapshot snapshot : estate.snapshots().values()) {
            expected += snapshot.tableCount() + snapshot.viewCount() + snapshot.columnCount();
        }
        nodes = new LinkedHashMap<>(expected * 4 / 3 + 64);
        for (ServiceDefinition s : estate.services()) {
            Map<String, String> attributes = new HashMap<>();
            attributes.put("engine", s.engine().id());
            if (s.team() != null) {
                attributes.put("team", s.team());
            }
            if (!estate.snapshots().containsKey(s.name())) {
                attributes.put("snapshot", "missing");
            }
            add(Node.of(NodeKind.SERVICE, QualifiedName.service(s.name()), null, attributes));
        }
        estate.snapshots().forEach(this::addSnapshot);
        Set<QualifiedName> referenced = new HashSet<>();
        Set<ReferencePair> declared = new HashSet<>();
        for (DeclaredReference r : estate.references()) {
            String from = column(r.from());
            String to = column(r.to());
            if (from != null && to != null && declared.add(r.pair())) {
                referenced.add(r.from());
                edges.add(new Dependency(from, to, DependencyKind.DECLARED_REFERENCE,
                        "declared at " + r.location() + (r.note() == null ? "" : ": " + r.note()), 1.0, false, null,
                        r.location()));
            }
        }
        addDecisionsAndProposals(declared, referenced);
        for (ConsumerContract c : estate.consumers()) {
            addConsumer(c);
        }
        return new EstateGraph(estate.name(), nodes.values(), edges, estate.problems());
    }

    private void addDecisionsAndProposals(Set<ReferencePair> declared, Set<QualifiedName> referenced) {
        Map<ReferencePair, ReferenceDecision> decisions = new HashMap<>();
        for (ReferenceDecision d : estate.decisions()) {
            decisions.put(d.pair(), d);
        }
        Map<ReferencePair, ReferenceProposal> proposals = new LinkedHashMap<>();
        if (inference != null) {
            for (ReferenceProposal p : inference.infer(estate.snapshots())) {
                proposals.put(p.pair(), p);
            }
        }
        for (ReferenceDecision d : estate.decisions()) {
            if (d.verdict() != Verdict.ACCEPT || declared.contains(d.pair())) {
                continue;
            }
            String from = column(d.pair().from());
            String to = column(d.pair().to());
            if (from == null || to == null) {
                continue;
            }
            ReferenceProposal p = proposals.get(d.pair());
            referenced.add(d.pair().from());
            edges.add(new Dependency(from, to, DependencyKind.INFERRED_REFERENCE, "accepted at " + d.location()
                    + (p == null ? " (no longer proposed by inference)" : "; " + p.explanation()),
                    1.0, false, null, d.location()));
        }
        for (ReferenceProposal p : proposals.values()) {
            if (declared.contains(p.pair()) || decisions.containsKey(p.pair())
                    || referenced.contains(p.pair().from())) {
                continue;
            }
            String from = column(p.pair().from());
            String to = column(p.pair().to());
            if (from != null && to != null && p.confidence() > 0) {
                edges.add(new Dependency(from, to, DependencyKind.INFERRED_REFERENCE, p.explanation(),
                        p.confidence(), true, null, null));
            }
        }
    }

    private void addConsumer(ConsumerContract c) {
        if (!estate.definition().service(c.service()).isPresent()) {
            return;
        }
        Map<String, String> attributes = new HashMap<>();
        if (c.description() != null) {
            attributes.put("description", c.description());
        }
        Node consumer = add(Node.consumer(c.service(), c.version(), attributes));
        for (boolean writes : new boolean[] {false, true}) {
            for (TableAccess a : writes ? c.writes() : c.reads()) {
                String relation = relation(a.relation());
                if (relation == null) {
                    continue;
                }
                DependencyKind kind = writes ? DependencyKind.CONSUMER_WRITE : DependencyKind.CONSUMER_READ;
                String evidence = "contract \"" + c.label() + "\" at " + a.location();
                if (a.wholeRelation()) {
                    edges.add(new Dependency(consumer.id(), relation, kind, evidence + " (every column)", 1.0, false,
                            a.via(), a.location()));
                }
                for (int i = 0; i < a.columns().size(); i++) {
                    String column = column(a.relation().withMember(a.columns().get(i)));
                    if (column != null) {
                        edges.add(new Dependency(consumer.id(), column, kind, evidence, 1.0, false, a.via(),
                                a.columnLocations().get(i)));
                    }
                }
            }
        }
    }

    private void addSnapshot(String service, Snapshot snapshot) {
        String serviceId = Node.idOf(NodeKind.SERVICE, QualifiedName.service(service));
        if (!nodes.containsKey(serviceId)) {
            return;
        }
        for (Schema schema : snapshot.schemas()) {
            for (Table table : schema.tables()) {
                Map<String, String> attributes = new HashMap<>();
                attributes.put("engine", snapshot.engine().id());
                if (table.kind() != dev.phaseshift.schema.TableKind.TABLE) {
                    attributes.put("table_kind", table.kind().name().toLowerCase(Locale.ROOT));
                }
                attributes.put("columns", Integer.toString(table.columns().size()));
                if (table.rowEstimate() != null) {
                    attributes.put("rows", Long.toString(table.rowEstimate()));
                }
                Node node = add(Node.of(NodeKind.TABLE, QualifiedName.relation(service, schema.name(), table.name()),
                        serviceId, attributes));
                addColumns(node, table.columns(), keys(table));
            }
            for (View view : schema.views()) {
                Map<String, String> attributes = new HashMap<>();
                if (view.materialized()) {
                    attributes.put("materialized", "true");
                }
                attributes.put("columns", Integer.toString(view.columns().size()));
                Node node = add(Node.of(NodeKind.VIEW, QualifiedName.relation(service, schema.name(), view.name()),
                        serviceId, attributes));
                addColumns(node, view.columns(), Map.of());
            }
        }
        // edges once every relation of the service exists, so views may read views defined after them
        for (Schema schema : snapshot.schemas()) {
            for (Table table : schema.tables()) {
                QualifiedName name = QualifiedName.relation(service, schema.name(), table.name());
                String id = Node.idOf(NodeKind.TABLE, name);
                for (ForeignKey fk : table.foreignKeys()) {
                    String parentSchema = fk.referencedSchema() == null ? schema.name() : fk.referencedSchema();
                    for (int i = 0; i < fk.columns().size(); i++) {
                        String from = Node.idOf(NodeKind.COLUMN, name.withMember(fk.columns().get(i)));
                        String to = Node.idOf(NodeKind.COLUMN, QualifiedName.column(service, parentSchema,
                                fk.referencedTable(), fk.referencedColumns().get(i)));
                        if (nodes.containsKey(from) && nodes.containsKey(to)) {
                            edges.add(Dependency.fact(from, to, DependencyKind.FOREIGN_KEY, fk.name() == null
                                    ? "unnamed foreign key" : "foreign key \"" + fk.name() + "\""
                                    + (fk.onDelete().equals(ForeignKey.NO_ACTION) ? "" : " on delete "
                                    + fk.onDelete().toLowerCase(Locale.ROOT))));
                        }
                    }
                }
                if (table.partitionOf() != null) {
                    String parent = Node.idOf(NodeKind.TABLE, QualifiedName.relation(service,
                            table.partitionOf().schema() == null ? schema.name() : table.partitionOf().schema(),
                            table.partitionOf().name()));
                    if (nodes.containsKey(parent)) {
                        edges.add(Dependency.fact(id, parent, DependencyKind.PARTITION,
                                table.partitionBound() == null ? "partition" : "partition " + table.partitionBound()));
                    }
                }
                addTriggers(name, id, table.triggers());
            }
            for (View view : schema.views()) {
                QualifiedName name = QualifiedName.relation(service, schema.name(), view.name());
                String id = Node.idOf(NodeKind.VIEW, name);
                for (ViewSource source : view.sources()) {
                    QualifiedName read = QualifiedName.relation(service,
                            source.schema() == null ? schema.name() : source.schema(), source.name());
                    String target = relationId(read);
                    if (target == null) {
                        continue;
                    }
                    String evidence = "definition of view \"" + name.local() + "\"";
                    if (source.columns().isEmpty()) {
                        edges.add(Dependency.fact(id, target, DependencyKind.VIEW_READ, evidence + " (no columns named)"));
                    }
                    for (String column : source.columns()) {
                        String columnId = Node.idOf(NodeKind.COLUMN, read.withMember(column));
                        edges.add(Dependency.fact(id, nodes.containsKey(columnId) ? columnId : target,
                                DependencyKind.VIEW_READ, evidence));
                    }
                }
                addTriggers(name, id, view.triggers());
            }
            for (Sequence sequence : schema.sequences()) {
                QualifiedName name = QualifiedName.relation(service, schema.name(), sequence.name());
                Map<String, String> attributes = new HashMap<>();
                if (sequence.dataType() != null) {
                    attributes.put("type", sequence.dataType());
                }
                Node node = add(Node.of(NodeKind.SEQUENCE, name, serviceId, attributes));
                ColumnRef owner = sequence.ownedBy();
                if (owner != null) {
                    String column = Node.idOf(NodeKind.COLUMN, QualifiedName.column(service,
                            owner.schema() == null ? schema.name() : owner.schema(), owner.table(), owner.column()));
                    if (nodes.containsKey(column)) {
                        edges.add(Dependency.fact(node.id(), column, DependencyKind.SEQUENCE_OWNERSHIP,
                                sequence.identity() ? "identity sequence" : "sequence owned by the column"));
                    }
                }
            }
        }
    }

    private void addTriggers(QualifiedName relation, String relationId, List<Trigger> triggers) {
        for (Trigger trigger : triggers) {
            Node node = add(Node.of(NodeKind.TRIGGER, relation.withMember(trigger.name()), relationId,
                    Map.of("timing", trigger.timing().name().toLowerCase(Locale.ROOT))));
            String events = trigger.events().stream().map(TriggerEvent::name).map(e -> e.toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(" or "));
            String evidence = "trigger \"" + trigger.name() + "\" " + trigger.timing().name().toLowerCase(Locale.ROOT)
                    + " " + events;
            edges.add(Dependency.fact(node.id(), relationId, DependencyKind.TRIGGER, evidence));
            for (String column : trigger.updateColumns()) {
                String columnId = Node.idOf(NodeKind.COLUMN, relation.withMember(column));
                if (nodes.containsKey(columnId)) {
                    edges.add(Dependency.fact(node.id(), columnId, DependencyKind.TRIGGER, evidence + " of " + column));
                }
            }
        }
    }

    private void addColumns(Node relation, List<Column> columns, Map<String, String> keys) {
        for (Column column : columns) {
            Map<String, String> attributes = new HashMap<>();
            attributes.put("type", column.type());
            if (column.normalizedType() != null) {
                attributes.put("normalized_type", column.normalizedType());
            }
            attributes.put("nullable", Boolean.toString(column.nullable()));
            if (column.ordinal() > 0) {
                attributes.put("ordinal", Integer.toString(column.ordinal()));
            }
            String key = keys.get(column.name());
            if (key != null) {
                attributes.put("key", key);
            }
            add(Node.of(NodeKind.COLUMN, relation.name().withMember(column.name()), relation.id(), attributes));
        }
    }

    /** Single-column keys by column: "primary" or "unique". */
    private static Map<String, String> keys(Table table) {
        Map<String, String> keys = new HashMap<>();
        for (Constraint c : table.constraints()) {
            if (c.kind() == ConstraintKind.PRIMARY_KEY) {
                c.columns().forEach(col -> keys.put(col, "primary"));
            } else if (c.kind() == ConstraintKind.UNIQUE && c.columns().size() == 1) {
                keys.putIfAbsent(c.columns().get(0), "unique");
            }
        }
        return keys;
    }

    private Node add(Node node) {
        Node old = nodes.putIfAbsent(node.id(), node);
        return old == null ? node : old;
    }

    private String relationId(QualifiedName relation) {
        String table = Node.idOf(NodeKind.TABLE, relation);
        if (nodes.containsKey(table)) {
            return table;
        }
        String view = Node.idOf(NodeKind.VIEW, relation);
        return nodes.containsKey(view) ? view : null;
    }

    /** The id of a table or view named in the estate file; a placeholder when its service has no snapshot. */
    private String relation(QualifiedName name) {
        String id = relationId(name);
        if (id != null || !placeholderAllowed(name)) {
            return id;
        }
        return add(Node.of(NodeKind.TABLE, name, Node.idOf(NodeKind.SERVICE, QualifiedName.service(name.service())),
                Map.of(PLACEHOLDER, "true"))).id();
    }

    /** The id of a column named in the estate file; a placeholder when its service has no snapshot. */
    private String column(QualifiedName name) {
        String id = Node.idOf(NodeKind.COLUMN, name);
        if (nodes.containsKey(id)) {
            return id;
        }
        if (!placeholderAllowed(name)) {
            return null;
        }
        String relation = relation(name.relationName());
        return add(Node.of(NodeKind.COLUMN, name, relation, Map.of(PLACEHOLDER, "true"))).id();
    }

    private boolean placeholderAllowed(QualifiedName name) {
        return estate.definition().service(name.service()).isPresent()
                && !estate.snapshots().containsKey(name.service());
    }
}
