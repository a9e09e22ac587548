package dev.phaseshift.dryrun.report;

import dev.phaseshift.version.PhaseshiftVersion;
import dev.phaseshift.estate.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTML report as a reviewer opens it: every section, every step, a timeline bar per step, nothing unescaped. */
class DryRunHtmlTest {
    @Test
    void aPassingRunShowsEverySectionAndItsVerdict() {
        DryRunReport report = SampleReports.renamePhone();
        String html = DryRunHtml.write(report);

        assertThat(html).startsWith("<!DOCTYPE html>\n<!-- dry-run report written by phaseshift "
                + PhaseshiftVersion.current() + " -->\n").endsWith("</html>\n");
        for (String section : List.of("shadows", "phases", "timeline", "steps", "checks", "findings",
                "compatibility", "problems")) {
            assertThat(html).contains("<section id=\"" + section + "\">");
        }
        assertThat(html).contains("<span class=\"verdict-word\">PASSED</span>")
                .contains("<h1>rename phone to phone_number</h1>")
                .contains("<code>plans/rename-phone.plan.yaml</code>")
                .contains("2026-11-20 14:03:12 UTC")
                .contains("phaseshift_shadow_customers_20261120t140312_k3f9")
                .contains("up to 1000 sampled rows per table")
                .doesNotContain("SIMULATED — nothing was run on a database");
        report.phases().forEach(p -> p.steps().forEach(s -> assertThat(html).contains(s.stepId())));
        report.findings().forEach(f -> assertThat(html).contains(f.code()).contains(f.ruleId()));
    }

    @Test
    void theTimelineHasOneBarPerStepThatRanAndOneLanePerService() {
        DryRunReport report = SampleReports.renamePhone();
        String html = DryRunHtml.write(report);

        List<String> bars = all(html, "<rect class=\"bar \\w+\" data-step=\"([^\"]+)\"");
        assertThat(bars).containsExactlyElementsOf(report.phases().stream()
                .flatMap(p -> p.steps().stream()).map(StepRun::stepId).toList());
        assertThat(all(html, "<text class=\"lane-label\"[^>]*>([^<]+)<")).containsExactly("customers", "shipping");
        assertThat(html).contains("<title>#10 customers-customers-drop-customers_phone_sync (customers, "
                + "drop_trigger): ok, 21 ms from 8.4 s</title>");
        assertThat(html).contains("AccessExclusiveLock on public.customers, 25 ms, blocks writes (pg_locks)");
    }

    @Test
    void aTwoHundredStepTimelineStaysOneSvgWithABarEach() {
        String html = DryRunHtml.write(SampleReports.manySteps(200));

        assertThat(all(html, "<svg class=\"timeline\"")).hasSize(1);
        assertThat(all(html, "<rect class=\"bar ok\" data-step=\"(step-\\d+)\"")).hasSize(200).doesNotHaveDuplicates();
        assertThat(all(html, "<text class=\"lane-label\"[^>]*>([^<]+)<")).hasSize(4);
    }

    @Test
    void aFailedStepShowsItsErrorStatementAndWhatItLeftBehind() {
        String html = DryRunHtml.write(SampleReports.renamePhoneWithFailure());

        assertThat(html).contains("<span class=\"verdict-word\">FAILED</span>")
                .contains("<span class=\"badge failed\">FAILED</span>")
                .contains("(conn=1187) Lock wait timeout exceeded; try restarting transaction")
                .contains("<pre>ALTER TABLE shipping_addresses DROP COLUMN phone, ALGORITHM=INPLACE, LOCK=NONE</pre>")
                .contains("left behind (the server committed part of the step)")
                .contains("<code>shipping: trigger &quot;shipping_addresses_phone_sync_ins&quot; of "
                        + "&quot;shop_shipping.shipping_addresses&quot; missing</code>")
                .contains("<rect class=\"bar failed\" data-step=\"shipping-shipping_addresses-drop-phone\"");
    }

    @Test
    void observedLocksThatDisagreeWithThePredictionAreMarked() {
        String html = DryRunHtml.write(SampleReports.renamePhone());

        // shipping's triggers took SHARED_NO_WRITE where the model predicted writes would pass
        assertThat(all(html, "(≠ observed blocks writes, predicted writes pass)")).hasSize(2);
        assertThat(html).contains("about 4 h 37 min");
    }

    @Test
    void theMatrixShowsLiveBreaksApartFromVersionsNoLongerDeployed() {
        String html = DryRunHtml.write(SampleReports.renamePhone());

        assertThat(html).contains("<th scope=\"row\">customers v1</th>")
                .contains("<th>after contract</th>")
                .contains("<h3>Incompatible but not live then</h3>")
                .contains("customers v1 reads &quot;customers.public.customers.phone&quot;, which no longer exists "
                        + "after phase &quot;contract&quot;")
                .doesNotContain("<h3>Breaks while live</h3>");
    }

    @Test
    void aSimulatedRunCarriesTheBannerAndNoTimeline() {
        String html = DryRunHtml.write(SampleReports.renamePhoneSimulated());

        assertThat(html).contains("SIMULATED — nothing was run on a database")
                .contains("<title>Dry-run (simulated): rename phone to phone_number</title>")
                .contains("No timeline: a simulated run has no timings.")
                .contains("None: a simulated run creates no shadow database.")
                .doesNotContain("<svg");
    }

    @Test
    void everyTextIsEscaped() {
        String evil = "<script>alert(\"x\")</script>' & more";
        DryRunReport base = SampleReports.renamePhone();
        StepRun step = new StepRun(evil, "customers", "sql", StepStatus.FAILED, 100, 50, null, List.of(),
                List.of(new ObservedLock(evil, evil, true, 100, 140, true, "pg_locks")), null, evil, evil,
                List.of(evil), null);
        DryRunReport report = new DryRunReport(evil, evil, RunKind.SHADOW, base.startedAt(), 10, base.services(),
                List.of(new PhaseRun(evil, "expand", List.of(), List.of(step), null, null)), null, List.of(),
                List.of(new CompatibilityCell(evil, "v1", "before", true, false, evil)),
                List.of(Problem.error("x", evil, evil, null)));

        String html = DryRunHtml.write(report);

        assertThat(html).doesNotContain("<script").doesNotContain("\"x\")")
                .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; &amp; more");
    }

    @Test
    void theSameReportGivesTheSameBytes() {
        assertThat(DryRunHtml.write(SampleReports.renamePhoneWithFailure()))
                .isEqualTo(DryRunHtml.write(SampleReports.renamePhoneWithFailure()));
        assertThat(DryRunHtml.write(SampleReports.manySteps(57)))
                .isEqualTo(DryRunHtml.write(SampleReports.manySteps(57)));
    }

    private static List<String> all(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.groupCount() > 0 ? m.group(1) : m.group());
        }
        return out;
    }
}
