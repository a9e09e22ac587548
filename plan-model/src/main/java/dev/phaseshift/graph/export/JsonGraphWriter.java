package dev.phaseshift.graph.export;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.graph.Dependency;
import dev.phaseshift.graph.EstateGraph;
import dev.phaseshift.graph.Node;
import dev.phaseshift.graph.analysis.DependencyCycle;
import dev.phaseshift.graph.analysis.Impact;
import dev.phaseshift.graph.analysis.ImpactHit;
import dev.phaseshift.text.JsonText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the estate graph as JSON ({@code format: phaseshift/graph@1}) for other tools: every node with its kind,
 * name parts, parent and attributes; every edge with its kind, evidence, confidence, proposal flag, channel and
 * place in the estate file; the table-level cycles; the estate file's problems; and, when a focus was given, the
 * impact of changing it with the path of each hit. docs/graph.md describes the fields.
 */
public final class JsonGraphWriter {
    public static final String FORMAT = "phaseshift/graph@1";

    private JsonGraphWriter() {
    }

    /**
     * @param impact the focus's impact, or null
     * @param cycles the cycles to report
     */
    public static String write(EstateGraph graph, Impact impact, List<DependencyCycle> cycles) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("estate", graph.name());
        List<Object> nodes = new ArrayList<>();
        for (Node n : graph.nodes()) {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("id", n.id());
            node.put("kind", n.kind().id());
            node.put("label", n.label());
            node.put("service", n.name().service());
            putIfSet(node, "schema", n.name().schema());
            putIfSet(node, "relation", n.name().relation());
            putIfSet(node, n.kind() == dev.phaseshift.graph.NodeKind.TRIGGER ? "trigger" : "column",
                    n.name().member());
            putIfSet(node, "version", n.version());
            putIfSet(node, "parent", n.parent());
            if (!n.attributes().isEmpty()) {
                node.put("attributes", new java.util.TreeMap<>(n.attributes()));
            }
            nodes.add(node);
        }
        root.put("nodes", nodes);
        List<Object> edges = new ArrayList<>();
        for (Dependency d : graph.dependencies()) {
            edges.add(edge(d));
        }
        root.put("edges", edges);
        List<Object> rings = new ArrayList<>();
        for (DependencyCycle c : cycles) {
            rings.add(cycle(c));
        }
        root.put("cycles", rings);
        if (impact != null) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("changed", impact.changed().stream().map(Node::id).toList());
            out.put("services", new ArrayList<>(impact.services()));
            List<Object> hits = new ArrayList<>();
            for (ImpactHit h : impact.hits()) {
                Map<String, Object> hit = new LinkedHashMap<>();
                hit.put("node", h.node().id());
                hit.put("certain", h.certain());
                hit.put("distance", h.distance());
                hit.put("explanation", h.explanation());
                List<Object> path = new ArrayList<>();
                for (Dependency d : h.path()) {
                    Map<String, Object> step = new LinkedHashMap<>();
                    step.put("from", d.from());
                    step.put("to", d.to());
                    step.put("kind", d.kind().id());
                    path.add(step);
                }
                hit.put("path", path);
                hits.add(hit);
            }
            out.put("hits", hits);
            List<Object> impactCycles = new ArrayList<>();
            impact.cycles().forEach(c -> impactCycles.add(cycle(c)));
            out.put("cycles", impactCycles);
            root.put("impact", out);
        }
        List<Object> problems = new ArrayList<>();
        for (Problem p : graph.problems()) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("code", p.code());
            problem.put("severity", p.severity().word());
            problem.put("message", p.message());
            putIfSet(problem, "help", p.help());
            putIfSet(problem, "location", p.location() == null ? null : p.location().toString());
            problems.add(problem);
        }
        root.put("problems", problems);
        return JsonText.write(root);
    }

    private static Map<String, Object> edge(Dependency d) {
        Map<String, Object> edge = new LinkedHashMap<>();
        edge.put("from", d.from());
        edge.put("to", d.to());
        edge.put("kind", d.kind().id());
        edge.put("evidence", d.evidence());
        edge.put("confidence", d.confidence());
        edge.put("proposed", d.proposed());
        putIfSet(edge, "channel", d.channel() == null ? null : d.channel().id());
        putIfSet(edge, "location", d.location() == null ? null : d.location().toString());
        return edge;
    }

    private static Map<String, Object> cycle(DependencyCycle c) {
        Map<String, Object> ring = new LinkedHashMap<>();
        ring.put("level", c.level().name().toLowerCase(java.util.Locale.ROOT));
        ring.put("nodes", c.nodes());
        ring.put("explanation", c.explanation());
        return ring;
    }

    private static void putIfSet(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
