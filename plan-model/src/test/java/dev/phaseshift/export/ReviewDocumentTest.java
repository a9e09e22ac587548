package dev.phaseshift.export;

import dev.phaseshift.lint.Finding;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.Step;
import dev.phaseshift.report.DryRunOutcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The Markdown and HTML review documents carry everything a reviewer needs, and the HTML needs nothing else. */
class ReviewDocumentTest {
    private static final Pattern EXTERNAL = Pattern.compile(
            "(?i)(src|href)\\s*=\\s*[\"']?\\s*(https?:|//)|url\\(\\s*[\"']?\\s*(https?:|//)|@import|<script|<link");

    @ParameterizedTest
    @ValueSource(strings = {"rename-phone", "orders-priority"})
    void bothFormatsContainEveryPhaseStepServiceTheMatrixAndTheFindings(String name) throws Exception {
        ExportInput input = DemoExports.input(name);
        ReviewContent content = ReviewContent.of(input);
        String markdown = ReviewMarkdown.write(input).get(0).text();
        String html = ReviewHtml.write(input).get(0).text();
        for (String document : List.of(markdown, html)) {
            for (Phase phase : input.plan().phases()) {
                assertThat(document).contains(phase.id());
            }
            for (Step step : input.plan().steps().toList()) {
                assertThat(document).contains(step.id());
            }
            for (String service : input.touchedServices()) {
                assertThat(document).contains(service);
            }
            assertThat(document).contains("Compatibility matrix", "billing v1", "Lint findings", "Locks and cost",
                    input.planChecksum());
            for (Finding finding : content.findings()) {
                assertThat(document).contains(finding.ruleId());
            }
        }
        if (name.equals("rename-phone")) {
            assertThat(content.findings()).as("rename-phone has a lint finding to show").isNotEmpty();
        }
        assertThat(markdown).contains("| consumer | before | " + input.plan().phases().get(0).id());
        assertThat(markdown).contains("```sql\nSET lock_timeout = '5s';");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rename-phone", "orders-priority"})
    void theHtmlIsSelfContainedWithTheDependencyPictureInline(String name) throws Exception {
        List<ExportedFile> files = ReviewHtml.write(DemoExports.input(name));
        assertThat(files).hasSize(1);
        String html = files.get(0).text();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>", "<svg").doesNotContain("<?xml");
        assertThat(EXTERNAL.matcher(html).find()).as("an external reference in the review page").isFalse();
        assertThat(html.indexOf("<svg")).isGreaterThan(html.indexOf("<h2>Dependencies</h2>"));
    }

    @Test
    void theMarkdownHasItsPictureBesideIt() throws Exception {
        List<ExportedFile> files = ReviewMarkdown.write(DemoExports.input("rename-phone"));
        assertThat(files).extracting(ExportedFile::path).containsExactly("rename_phone_to_phone_number.review.md",
                "rename_phone_to_phone_number.dependencies.png");
        byte[] png = files.get(1).bytes();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(files.get(0).text()).contains("](rename_phone_to_phone_number.dependencies.png)");
    }

    @Test
    void theVerdictsOfADryRunReportAreShown() throws Exception {
        ExportInput plain = DemoExports.input("orders-priority");
        DryRunOutcome outcome = new DryRunOutcome("dry-run.json", plain.plan().name(), "shadow",
                "2026-12-07T10:00:00Z", false, List.of(
                new DryRunOutcome.PhaseOutcome("expand", true, 1, 0, "passed", "passed"),
                new DryRunOutcome.PhaseOutcome("migrate", false, 2, 1, "skipped", "skipped")),
                "skipped", 0, List.of("step \"orders-orders-fulfilment_priority-verify\" failed"));
        ExportInput input = new ExportInput(plain.plan(), plain.planPath(), plain.planChecksum(), plain.estate(),
                plain.estatePath(), plain.simulation(), plain.toolVersion(), outcome);
        String markdown = ReviewMarkdown.write(input).get(0).text();
        assertThat(markdown).contains("dry-run (shadow, dry-run.json): FAILED", "| migrate | FAILED | 1 of 2 |",
                "step \"orders-orders-fulfilment_priority-verify\" failed");
        assertThat(ReviewHtml.write(input).get(0).text()).contains("<span class=\"bad\">FAILED</span>",
                "<td>expand</td><td>passed</td><td>1 of 1</td>");
        assertThat(ReviewMarkdown.write(plain).get(0).text()).contains("No dry-run report was given.");
    }
}
