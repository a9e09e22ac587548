package dev.phaseshift.plan.file;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.phaseshift.estate.Problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Problems as JSON for {@code --format json}: code, severity, message, help, file, line, column. */
public final class ProblemsJson {
    private ProblemsJson() {
    }

    public static String write(String plan, List<Problem> problems) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("plan", plan);
        root.put("errors", problems.stream().filter(Problem::isError).count());
        root.put("problems", problems.stream().map(ProblemsJson::problem).toList());
        try {
            return new ObjectMapper().writer(new DefaultPrettyPrinter().withObjectIndenter(
                    new DefaultIndenter("  ", "\n"))).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> problem(Problem p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", p.code());
        out.put("severity", p.severity().word());
        out.put("message", p.message());
        out.put("help", p.help());
        out.put("file", p.location() == null ? null : p.location().file());
        out.put("line", p.location() == null ? null : p.location().line());
        out.put("column", p.location() == null ? null : p.location().column());
        return out;
    }
}
