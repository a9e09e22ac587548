package dev.phaseshift.export;

import dev.phaseshift.graph.export.SvgWriter;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.report.DryRunOutcome;

import java.util.List;

/**
 * The review document as one self-contained HTML page, {@code <plan>.review.html}: inline CSS, the dependency
 * picture as inline SVG, no script and nothing fetched from elsewhere, so it opens offline and can be attached to a
 * review as it is.
 */
public final class ReviewHtml {
    private static final String STYLE = """
            body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2328;max-width:1100px;
            margin:2rem auto;padding:0 1.5rem}
            h1{font-size:1.7rem;margin-bottom:.2rem}h2{border-bottom:1px solid #d0d7de;padding-bottom:.2rem;
            margin-top:2.2rem}h3{margin-top:1.6rem}h4{margin:1.2rem 0 .3rem;font-family:ui-monospace,monospace}
            .meta{color:#57606a;font-size:.85rem}.meta div{margin:0}
            table{border-collapse:collapse;margin:.6rem 0;font-size:.9rem}th,td{border:1px solid #d0d7de;
            padding:.3rem .6rem;text-align:left;vertical-align:top}th{background:#f6f8fa}
            pre{background:#f6f8fa;border:1px solid #d0d7de;border-radius:6px;padding:.6rem;overflow-x:auto;
            font-size:.82rem;white-space:pre-wrap}
            .ok{color:#1a7f37;font-weight:600}.bad{color:#cf222e;font-weight:600}.muted{color:#57606a}
            .kind{display:inline-block;border-radius:1rem;padding:0 .6rem;font-size:.8rem;background:#ddf4ff;
            color:#0969da;margin-left:.4rem;vertical-align:middle}
            .picture{border:1px solid #d0d7de;border-radius:6px;overflow-x:auto}.picture svg{max-width:100%;
            height:auto}
            """;

    private ReviewHtml() {
    }

    public static List<ExportedFile> write(ExportInput input) {
        return List.of(ExportedFile.text(input.planSlug() + ".review.html", document(ReviewContent.of(input))));
    }

    static String document(ReviewContent content) {
        ExportInput input = content.input();
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<!--\n");
        ExportHeader.lines(input, "Review document").forEach(l -> out.append(esc(l).replace("--", "- -"))
                .append('\n'));
        out.append("-->\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.append("<title>Review: ").append(esc(input.plan().name())).append("</title>\n");
        out.append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        out.append("<h1>Review: ").append(esc(input.plan().name())).append("</h1>\n<div class=\"meta\">");
        ExportHeader.lines(input, "Review document").forEach(l -> out.append("<div>").append(esc(l))
                .append("</div>"));
        out.append("</div>\n");
        if (input.plan().description() != null) {
            out.append("<p>").append(esc(input.plan().description())).append("</p>\n");
        }
        out.append("<h2>Summary</h2>\n<ul>\n");
        ReviewFacts.summary(content).forEach(l -> out.append("<li>").append(verdict(l)).append("</li>\n"));
        out.append("</ul>\n<h2>Services touched</h2>\n");
        table(out, List.of("service", "team", "engine", "database", "steps"), ReviewFacts.services(input));
        out.append("<h2>Dependencies</h2>\n<div class=\"picture\">\n").append(svg(content)).append("\n</div>\n");
        out.append("<h2>Phases</h2>\n");
        int n = 0;
        for (Phase phase : input.plan().phases()) {
            n++;
            out.append("<h3 id=\"phase-").append(esc(phase.id())).append("\">").append(n).append(". ")
                    .append(esc(phase.id())).append("<span class=\"kind\">").append(phase.kind().id())
                    .append("</span></h3>\n");
            if (phase.description() != null) {
                out.append("<p>").append(esc(phase.description())).append("</p>\n");
            }
            List<String> facts = ReviewFacts.phaseFacts(phase);
            if (!facts.isEmpty()) {
                out.append("<ul>");
                facts.forEach(f -> out.append("<li>").append(esc(f)).append("</li>"));
                out.append("</ul>\n");
            }
            if (phase.steps().isEmpty()) {
                out.append("<p class=\"muted\">No steps: nothing runs on a database in this phase.</p>\n");
            }
            for (StepStatements step : input.statements().stream().filter(s -> s.phaseId().equals(phase.id()))
                    .toList()) {
                out.append("<h4>").append(esc(step.step().id())).append("</h4>\n<p>Service <b>")
                        .append(esc(step.service())).append("</b>, ").append(step.step().operation().operationName())
                        .append(", on ").append(esc(step.dialect().toString())).append(".");
                if (step.step().notes() != null) {
                    out.append(" <i>").append(esc(step.step().notes())).append("</i>");
                }
                out.append("</p>\n<p class=\"muted\">Forward (").append(esc(step.dialect().toString()))
                        .append(")</p>\n");
                sql(out, step.forward());
                if (step.rollback().isEmpty()) {
                    out.append("<p class=\"muted\">Rollback: nothing to undo.</p>\n");
                } else {
                    out.append("<p class=\"muted\">Rollback</p>\n");
                    sql(out, step.rollback());
                }
                for (RenderedSql copy : step.tableCopies()) {
                    out.append("<p class=\"bad\">This statement copies the table and blocks writes meanwhile; "
                            + "online with gh-ost:</p>\n<pre>").append(esc(GhOstCommand.of(
                            input.service(step.service()), copy.text()).orElse(copy.text()))).append("</pre>\n");
                }
            }
        }
        out.append("<h2>Locks and cost</h2>\n");
        table(out, List.of("phase", "step", "service", "locks", "effect", "writes blocked", "estimate"),
                ReviewFacts.locks(content));
        out.append("<h2>Compatibility matrix</h2>\n");
        List<List<String>> matrix = ReviewFacts.matrix(content);
        if (matrix.size() == 1) {
            out.append("<p>The estate declares no consumers.</p>\n");
        } else {
            table(out, matrix.get(0), matrix.subList(1, matrix.size()));
            List<String> breaks = ReviewFacts.breaks(content);
            if (!breaks.isEmpty()) {
                out.append("<ul>");
                breaks.forEach(b -> out.append("<li>").append(esc(b)).append("</li>"));
                out.append("</ul>\n");
            }
        }
        out.append("<h2>Lint findings</h2>\n");
        if (content.findings().isEmpty()) {
            out.append("<p class=\"ok\">No findings.</p>\n");
        } else {
            table(out, List.of("severity", "rule", "step", "message", "help"), ReviewFacts.findings(content));
        }
        content.lintNotes().forEach(l -> out.append("<p class=\"muted\">lint configuration: ").append(esc(l))
                .append("</p>\n"));
        out.append("<h2>Dry-run</h2>\n");
        DryRunOutcome dryRun = input.dryRun();
        if (dryRun == null) {
            out.append("<p class=\"muted\">No dry-run report was given.</p>\n");
        } else {
            out.append("<p>Report ").append(esc(dryRun.file())).append(" (").append(esc(String.valueOf(dryRun.kind())))
                    .append(", started ").append(esc(String.valueOf(dryRun.startedAt()))).append("): <span class=\"")
                    .append(dryRun.passed() ? "ok\">passed" : "bad\">FAILED").append("</span>; whole-plan rollback ")
                    .append(esc(String.valueOf(dryRun.reversible()))).append(".</p>\n");
            table(out, List.of("phase", "verdict", "steps passed", "rollback", "idempotence"),
                    ReviewFacts.dryRunPhases(dryRun));
            dryRun.problems().forEach(p -> out.append("<p class=\"bad\">").append(esc(p)).append("</p>\n"));
        }
        return out.append("</body>\n</html>\n").toString();
    }

    /** The picture without its XML declaration, which may not appear inside an HTML document. */
    private static String svg(ReviewContent content) {
        String svg = SvgWriter.write(content.picture());
        return svg.startsWith("<?xml") ? svg.substring(svg.indexOf("?>") + 2).strip() : svg.strip();
    }

    private static String verdict(String line) {
        String html = esc(line);
        return html.replace("FAILED", "<span class=\"bad\">FAILED</span>")
                .replace("passed", "<span class=\"ok\">passed</span>");
    }

    private static void sql(StringBuilder out, List<RenderedSql> statements) {
        out.append("<pre>");
        statements.forEach(s -> out.append(esc(s.toString())).append('\n'));
        out.append("</pre>\n");
    }

    private static void table(StringBuilder out, List<String> header, List<List<String>> rows) {
        out.append("<table>\n<tr>");
        header.forEach(h -> out.append("<th>").append(esc(h)).append("</th>"));
        out.append("</tr>\n");
        for (List<String> row : rows) {
            out.append("<tr>");
            row.forEach(c -> out.append("<td").append(c.equals("✗") ? " class=\"bad\"" : c.equals("✓")
                    ? " class=\"ok\"" : "").append('>').append(esc(c)).append("</td>"));
            out.append("</tr>\n");
        }
        out.append("</table>\n");
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
