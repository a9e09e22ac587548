package dev.phaseshift.app.inspector;

import java.util.List;

/**
 * What a change to the inspected object reaches, across services.
 *
 * @param headline e.g. "changing orders.public.orders.total reaches 4 objects in 2 services"
 * @param lines    certain hits first, nearest first; uncertain ones last
 */
public record ImpactSection(String title, String headline, List<ImpactLine> lines) implements InspectorSection {
    public ImpactSection {
        lines = List.copyOf(lines);
    }

    public long uncertainCount() {
        return lines.stream().filter(l -> !l.certain()).count();
    }
}
