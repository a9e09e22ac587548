package dev.phaseshift.lint;

import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.compat.DeploymentOrderCheck;
import dev.phaseshift.plan.sim.Simulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule's ok and bad cases, linted with the demo estate's consumer contracts: an ok case gives no finding
 * at all, a bad case gives exactly the lines of its {@code <case>.expected.txt}, and every registered rule has
 * both kinds of case and a docs page.
 */
class LintFixturesTest {
    static List<Path> cases() {
        return LintFixtures.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fixtureGivesItsExpectedFindings(Path file) throws Exception {
        Plan plan = LintFixtures.plan(file);
        Estate estate = LintFixtures.estate(file);
        LintResult result = Linter.standard().lint(plan, Simulation.run(plan, estate), estate.consumers());

        // a consumer break is what PS117 reports as a finding, so only that may keep a fixture from validating
        assertThat(result.problems()).filteredOn(Problem::isError)
                .filteredOn(p -> !p.code().equals(DeploymentOrderCheck.CODE))
                .as("the fixture plan must validate").isEmpty();
        String name = file.getFileName().toString();
        if (name.startsWith("ok")) {
            assertThat(LintFixtures.text(result.findings())).as(file.toString()).isEmpty();
        } else {
            Path expected = file.resolveSibling(name.replace(".plan.yaml", ".expected.txt"));
            assertThat(LintFixtures.text(result.findings()))
                    .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
            String ruleId = file.getParent().getFileName().toString();
            assertThat(result.findings()).as("a bad case shows its own rule").anyMatch(f -> f.ruleId().equals(ruleId));
        }
    }

    @Test
    void everyRuleHasAnOkAndABadCasePerEngineAndADocsPage() {
        for (LintRule rule : LintRules.ALL) {
            Path dir = LintFixtures.ROOT.resolve(rule.id());
            List<String> own = java.util.stream.Stream.concat(LintFixtures.cases().stream(),
                            SqlFileFixturesTest.cases().stream()).filter(p -> p.getParent().equals(dir))
                    .map(p -> p.getFileName().toString()).toList();
            for (dev.phaseshift.schema.Engine engine : rule.engines()) {
                // fixture names say their engine: bad-pg.plan.yaml, ok-enum-mysql.plan.yaml, bad-mysql-v57...
                String tag = engine == dev.phaseshift.schema.Engine.POSTGRESQL ? "-pg" : "-mysql";
                assertThat(own).as(rule.id() + " ok case on " + engine)
                        .anyMatch(n -> n.startsWith("ok") && n.contains(tag));
                assertThat(own).as(rule.id() + " bad case on " + engine)
                        .anyMatch(n -> n.startsWith("bad") && n.contains(tag));
            }
            assertThat(Path.of("..").resolve(rule.docsPath())).as(rule.id() + " docs page").exists();
        }
    }

    @Test
    void idsAreKebabCaseAndCodesAreUnique() {
        Set<String> codes = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (LintRule rule : LintRules.ALL) {
            assertThat(rule.id()).matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
            assertThat(rule.code()).matches("PS\\d{3}");
            assertThat(codes.add(rule.code())).as("code " + rule.code() + " used once").isTrue();
            assertThat(ids.add(rule.id())).as("id " + rule.id() + " used once").isTrue();
        }
    }
}
