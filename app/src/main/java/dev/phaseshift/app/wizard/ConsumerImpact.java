package dev.phaseshift.app.wizard;

import dev.phaseshift.estate.ConsumerContract;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.QualifiedName;
import dev.phaseshift.estate.TableAccess;
import dev.phaseshift.graph.EstateGraph;
import dev.phaseshift.graph.analysis.Impact;
import dev.phaseshift.graph.analysis.ImpactAnalysis;
import dev.phaseshift.graph.analysis.ImpactHit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who a change of a table or column reaches: the consumer versions whose contracts read or write it (they are
 * the ones a plan must deploy), and everything else the estate graph finds downstream (views, triggers, other
 * services' references), as sentences.
 *
 * @param services    the services affected, the target's own first
 * @param consumers   one choice per consumer version that uses the target; a version that reads the whole
 *                    table starts unticked, since losing one column does not break it
 * @param explanations the graph's explanations, {@code billing v1 reads orders.public.orders.total via replica}
 */
public record ConsumerImpact(List<String> services, List<DeploymentChoice> consumers, List<String> explanations) {
    public ConsumerImpact {
        services = List.copyOf(services);
        consumers = List.copyOf(consumers);
        explanations = List.copyOf(explanations);
    }

    /** The impact of changing {@code target} in {@code estate}; {@code graph} may be null (then contracts only). */
    public static ConsumerImpact of(PatternTarget target, Estate estate, EstateGraph graph) {
        Set<String> services = new LinkedHashSet<>();
        services.add(target.service());
        List<DeploymentChoice> consumers = new ArrayList<>();
        for (ConsumerContract contract : estate.consumers()) {
            List<TableAccess> uses = new ArrayList<>(contract.reads());
            uses.addAll(contract.writes());
            boolean named = false;
            boolean whole = false;
            String how = null;
            for (TableAccess access : uses) {
                if (!access.relation().equals(target.relation())) {
                    continue;
                }
                String verb = contract.reads().contains(access) ? "reads" : "writes";
                if (target.column() == null || access.columns().contains(target.column())) {
                    named = true;
                    how = verb + " " + target.label() + " via " + access.via().id();
                } else if (access.wholeRelation()) {
                    whole = true;
                    how = how != null ? how : verb + " all of " + target.relation() + " via " + access.via().id();
                }
            }
            if (named || whole) {
                DeploymentChoice choice = new DeploymentChoice(contract.service(), contract.version(),
                        contract.label() + " " + how);
                choice.includedProperty().set(named);
                consumers.add(choice);
                services.add(contract.service());
            }
        }
        List<String> explanations = new ArrayList<>();
        if (graph != null) {
            QualifiedName name = target.column() == null ? target.relation()
                    : target.relation().withMember(target.column());
            List<ImpactHit> hits = graph.find(name).map(n -> new ImpactAnalysis(graph).of(n.id()))
                    .map(Impact::hits).orElse(List.of());
            for (ImpactHit hit : hits) {
                explanations.add(hit.explanation() + (hit.certain() ? "" : " (uncertain)"));
                services.add(hit.node().service());
            }
        }
        return new ConsumerImpact(List.copyOf(services), consumers, explanations);
    }
}
