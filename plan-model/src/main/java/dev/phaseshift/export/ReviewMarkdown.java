package dev.phaseshift.export;

import dev.phaseshift.graph.export.PngWriter;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.report.DryRunOutcome;

import java.util.List;

/**
 * The review document as Markdown, {@code <plan>.review.md}, with the dependency picture as a PNG beside it
 * ({@code <plan>.dependencies.png}) so it shows wherever the Markdown is rendered.
 */
public final class ReviewMarkdown {
    private ReviewMarkdown() {
    }

    public static List<ExportedFile> write(ExportInput input) {
        ReviewContent content = ReviewContent.of(input);
        String picture = input.planSlug() + ".dependencies.png";
        return List.of(ExportedFile.text(input.planSlug() + ".review.md", document(content, picture)),
                new ExportedFile(picture, PngWriter.write(content.picture(), 2)));
    }

    static String document(ReviewContent content, String picture) {
        ExportInput input = content.input();
        StringBuilder out = new StringBuilder();
        out.append("<!--\n");
        ExportHeader.lines(input, "Review document").forEach(l -> out.append(l).append('\n'));
        out.append("-->\n\n");
        out.append("# Review: ").append(text(input.plan().name())).append("\n\n");
        ExportHeader.lines(input, "Review document").forEach(l -> out.append("> ").append(text(l)).append("  \n"));
        out.append('\n');
        if (input.plan().description() != null) {
            out.append(text(input.plan().description())).append("\n\n");
        }
        out.append("## Summary\n\n");
        ReviewFacts.summary(content).forEach(l -> out.append("- ").append(text(l)).append('\n'));
        out.append("\n## Services touched\n\n");
        table(out, List.of("service", "team", "engine", "database", "steps"), ReviewFacts.services(input));
        out.append("\n## Dependencies\n\n");
        out.append("![dependencies of the tables the plan changes](").append(picture).append(")\n");
        out.append("\n## Phases\n");
        int n = 0;
        for (Phase phase : input.plan().phases()) {
            n++;
            out.append("\n### ").append(n).append(". ").append(text(phase.id())).append(" (")
                    .append(phase.kind().id()).append(")\n\n");
            if (phase.description() != null) {
                out.append(text(phase.description())).append("\n\n");
            }
            ReviewFacts.phaseFacts(phase).forEach(l -> out.append("- ").append(text(l)).append('\n'));
            if (phase.steps().isEmpty()) {
                out.append("\nNo steps: nothing runs on a database in this phase.\n");
            }
            for (StepStatements step : input.statements().stream().filter(s -> s.phaseId().equals(phase.id()))
                    .toList()) {
                out.append("\n#### Step `").append(step.step().id()).append("`\n\n");
                out.append("Service **").append(text(step.service())).append("**, ")
                        .append(step.step().operation().operationName()).append(", on ").append(step.dialect())
                        .append(".\n");
                if (step.step().notes() != null) {
                    out.append("\n_").append(text(step.step().notes())).append("_\n");
                }
                out.append("\nForward (").append(step.dialect()).append("):\n\n");
                sql(out, step.forward());
                if (step.rollback().isEmpty()) {
                    out.append("\nRollback: nothing to undo.\n");
                } else {
                    out.append("\nRollback:\n\n");
                    sql(out, step.rollback());
                }
                for (RenderedSql copy : step.tableCopies()) {
                    out.append("\nThis statement copies the table and blocks writes meanwhile; online with gh-ost:\n\n");
                    out.append("```sh\n").append(GhOstCommand.of(input.service(step.service()), copy.text())
                            .orElse(copy.text())).append("\n```\n");
                }
            }
        }
        out.append("\n## Locks and cost\n\n");
        table(out, List.of("phase", "step", "service", "locks", "effect", "writes blocked", "estimate"),
                ReviewFacts.locks(content));
        out.append("\n## Compatibility matrix\n\n");
        List<List<String>> matrix = ReviewFacts.matrix(content);
        if (matrix.size() == 1) {
            out.append("The estate declares no consumers.\n");
        } else {
            table(out, matrix.get(0), matrix.subList(1, matrix.size()));
            List<String> breaks = ReviewFacts.breaks(content);
            if (!breaks.isEmpty()) {
                out.append('\n');
                breaks.forEach(b -> out.append("- ").append(text(b)).append('\n'));
            }
        }
        out.append("\n## Lint findings\n\n");
        if (content.findings().isEmpty()) {
            out.append("No findings.\n");
        } else {
            table(out, List.of("severity", "rule", "step", "message", "help"), ReviewFacts.findings(content));
        }
        content.lintNotes().forEach(l -> out.append("\n- lint configuration: ").append(text(l)).append('\n'));
        out.append("\n## Dry-run\n\n");
        DryRunOutcome dryRun = input.dryRun();
        if (dryRun == null) {
            out.append("No dry-run report was given.\n");
        } else {
            out.append("Report ").append(text(dryRun.file())).append(" (").append(dryRun.kind()).append(", started ")
                    .append(dryRun.startedAt()).append("): **").append(dryRun.passed() ? "passed" : "FAILED")
                    .append("**; whole-plan rollback ").append(dryRun.reversible()).append(".\n\n");
            table(out, List.of("phase", "verdict", "steps passed", "rollback", "idempotence"),
                    ReviewFacts.dryRunPhases(dryRun));
            dryRun.problems().forEach(p -> out.append("\n- ").append(text(p)).append('\n'));
        }
        return out.toString();
    }

    private static void sql(StringBuilder out, List<RenderedSql> statements) {
        out.append("```sql\n");
        statements.forEach(s -> out.append(s).append('\n'));
        out.append("```\n");
    }

    private static void table(StringBuilder out, List<String> header, List<List<String>> rows) {
        out.append("| ").append(String.join(" | ", header.stream().map(ReviewMarkdown::cell).toList())).append(" |\n");
        out.append("|").append("---|".repeat(header.size())).append('\n');
        for (List<String> row : rows) {
            out.append("| ").append(String.join(" | ", row.stream().map(ReviewMarkdown::cell).toList())).append(" |\n");
        }
    }

    private static String cell(String text) {
        return text(text).replace("|", "\\|").replace("\n", " ");
    }

    /** Text a Markdown renderer shows as written: no stray emphasis or HTML. */
    private static String text(String text) {
        return text.replace("<", "&lt;").replace("*", "\\*");
    }
}
