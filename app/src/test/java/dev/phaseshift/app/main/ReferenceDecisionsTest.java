package dev.phaseshift.app.main;

import dev.phaseshift.app.fixtures.DemoEstateCopy;
import dev.phaseshift.app.fixtures.InMemorySettingsStore;
import dev.phaseshift.app.fixtures.RecordingDialogService;
import dev.phaseshift.app.log.LogEntry;
import dev.phaseshift.app.log.LogLevel;
import dev.phaseshift.app.references.ReferenceLine;
import dev.phaseshift.app.references.ReferencesViewModel;
import dev.phaseshift.app.settings.AppSettings;
import dev.phaseshift.app.task.InlineTaskRunner;
import dev.phaseshift.estate.ReferenceDecision;
import dev.phaseshift.estate.Verdict;
import dev.phaseshift.graph.DependencyKind;
import dev.phaseshift.graph.EstateGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Accepting or rejecting an inferred reference writes the decision into the estate file and reloads it. */
class ReferenceDecisionsTest {
    @TempDir
    Path dir;

    private final InlineTaskRunner tasks = new InlineTaskRunner();
    private final MainViewModel viewModel = new MainViewModel(tasks, new AppSettings(new InMemorySettingsStore()),
            new RecordingDialogService(), Clock.systemUTC());
    private final ReferencesViewModel references = viewModel.references();

    @Test
    void theOpenProposalsAreListedMostConfidentFirstWithTheirEvidence() {
        viewModel.start(List.of());

        assertThat(references.lines()).hasSize(9);
        assertThat(references.lines()).isSortedAccordingTo(
                (a, b) -> Double.compare(b.confidence(), a.confidence()));
        assertThat(references.lines()).allSatisfy(l -> {
            assertThat(l.evidence()).isNotBlank();
            assertThat(l.confidenceText()).matches("0\\.\\d\\d|1\\.00");
        });
    }

    @Test
    void onTheBundledDemoADecisionIsRefusedWithTheReasonNotSilently() {
        viewModel.start(List.of());
        ReferenceLine first = references.lines().get(0);

        references.accept(first);

        assertThat(references.readOnlyBinding().get()).isTrue();
        assertThat(references.messageProperty().get()).contains("read-only");
        assertThat(tasks.titles()).containsExactly("opening the demo estate");
        assertThat(viewModel.log().entries()).filteredOn(e -> e.level() == LogLevel.WARNING).extracting(LogEntry::message)
                .anyMatch(m -> m.contains("read-only") && m.contains(first.pair().toString()));
        assertThat(references.lines()).contains(first);
    }

    @Test
    void acceptWritesTheDecisionIntoTheFileAndTheReloadedEstateHasItAsACertainReference() throws IOException {
        Path file = DemoEstateCopy.into(dir);
        viewModel.openEstate(file);
        viewModel.showReferences();
        ReferenceLine accepted = references.lines().get(0);
        ReferenceLine rejected = references.lines().get(1);
        assertThat(references.readOnlyBinding().get()).isFalse();

        references.accept(accepted);

        String text = Files.readString(file);
        assertThat(text).contains("- accept: " + accepted.pair());
        assertThat(tasks.titles()).containsSequence("recording a decision in phaseshift.yaml", "opening phaseshift.yaml");
        assertThat(viewModel.estateProperty().get().decisions()).extracting(ReferenceDecision::pair, ReferenceDecision::verdict)
                .contains(org.assertj.core.groups.Tuple.tuple(accepted.pair(), Verdict.ACCEPT));
        EstateGraph graph = viewModel.graphProperty().get();
        assertThat(graph.dependencies()).anyMatch(d -> d.kind() == DependencyKind.INFERRED_REFERENCE && d.certain()
                && graph.require(d.from()).name().equals(accepted.pair().from())
                && graph.require(d.to()).name().equals(accepted.pair().to()));
        assertThat(references.lines()).hasSize(8).doesNotContain(accepted);
        assertThat(references.messageProperty().get()).startsWith("Accepted " + accepted.pair());
        // a reload keeps the user where they were
        assertThat(viewModel.selectedTabProperty().get()).isEqualTo(WorkspaceTab.REFERENCES);

        references.reject(rejected);

        assertThat(Files.readString(file)).contains("- reject: " + rejected.pair()).contains("- accept: " + accepted.pair());
        assertThat(viewModel.estateProperty().get().decisions()).extracting(ReferenceDecision::pair, ReferenceDecision::verdict)
                .contains(org.assertj.core.groups.Tuple.tuple(rejected.pair(), Verdict.REJECT));
        assertThat(viewModel.graphProperty().get().proposals()).hasSize(7);
        assertThat(references.lines()).extracting(ReferenceLine::pair).doesNotContain(rejected.pair(), accepted.pair());
    }

    @Test
    void aFileThatCannotBeWrittenIsReportedNotSwallowed() throws IOException {
        Path file = DemoEstateCopy.into(dir);
        viewModel.openEstate(file);
        ReferenceLine line = references.lines().get(0);
        Files.writeString(file, "format: phaseshift/estate@1\nname: [broken\n");

        references.accept(line);

        assertThat(references.messageProperty().get()).startsWith("Could not record the decision on " + line.pair());
        assertThat(viewModel.log().entries()).filteredOn(e -> e.level() == LogLevel.ERROR).isNotEmpty();
        assertThat(references.busyProperty().get()).isFalse();
    }
}
