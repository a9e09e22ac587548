package dev.phaseshift.plan.compat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The matrix as a tree of maps and lists for {@code dev.phaseshift.text.JsonText}: the states, the versions, and
 * the undeclared releases and whom each is assumed to follow (when there are any), and
 * one object per cell (consumer, version, state, live, compatible, reason, breaks) in row order.
 */
public final class MatrixJson {
    private MatrixJson() {
    }

    public static Map<String, Object> tree(CompatibilityMatrix matrix) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("green", matrix.green());
        root.put("states", matrix.states());
        root.put("versions", matrix.versions());
        if (!matrix.assumed().isEmpty()) {
            root.put("assumed", matrix.assumed());
        }
        root.put("cells", matrix.cells().stream().map(MatrixJson::cell).toList());
        return root;
    }

    private static Map<String, Object> cell(MatrixCell cell) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("consumer", cell.consumer());
        out.put("version", cell.version());
        out.put("state", cell.state());
        out.put("live", cell.live());
        out.put("compatible", cell.compatible());
        out.put("reason", cell.reason());
        List<Map<String, Object>> breaks = cell.breaks().stream().map(MatrixJson::consumerBreak).toList();
        out.put("breaks", breaks);
        return out;
    }

    private static Map<String, Object> consumerBreak(ConsumerBreak b) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", b.kind().id());
        out.put("object", b.object().toString());
        out.put("via", b.via() == null ? null : b.via().id());
        out.put("phase", b.phaseId());
        out.put("step", b.stepId());
        out.put("pending", b.pending());
        out.put("reason", b.reason());
        out.put("file", b.location() == null ? null : b.location().file());
        out.put("line", b.location() == null ? null : b.location().line());
        out.put("column", b.location() == null ? null : b.location().column());
        return out;
    }
}
