package dev.phaseshift.app.main;

import dev.phaseshift.version.PhaseshiftVersion;
import dev.phaseshift.app.fixtures.DemoEstateCopy;
import dev.phaseshift.app.fixtures.EstateFiles;
import dev.phaseshift.app.fixtures.InMemorySettingsStore;
import dev.phaseshift.app.fixtures.RecordingDialogService;
import dev.phaseshift.app.log.LogEntry;
import dev.phaseshift.app.log.LogLevel;
import dev.phaseshift.app.settings.AppSettings;
import dev.phaseshift.app.settings.ColorScheme;
import dev.phaseshift.app.settings.RecentFiles;
import dev.phaseshift.app.task.InlineTaskRunner;
import dev.phaseshift.estate.Estate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MainViewModelTest {
    @TempDir
    Path dir;

    private final InMemorySettingsStore store = new InMemorySettingsStore();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final InlineTaskRunner tasks = new InlineTaskRunner();
    private MainViewModel viewModel = newViewModel();

    private MainViewModel newViewModel() {
        return new MainViewModel(tasks, new AppSettings(store), dialogs, Clock.systemUTC());
    }

    @Test
    void startsOnTheWelcomeTabWithNothingOpen() {
        assertThat(viewModel.estateProperty().get()).isNull();
        assertThat(viewModel.tabs()).containsExactly(WorkspaceTab.WELCOME);
        assertThat(viewModel.selectedTabProperty().get()).isEqualTo(WorkspaceTab.WELCOME);
        assertThat(viewModel.titleProperty().get()).isEqualTo("Phaseshift");
    }

    @Test
    void withoutArgumentsItOpensTheBundledDemoEstateThroughTheTaskRunner() {
        viewModel.start(List.of());

        Estate estate = viewModel.estateProperty().get();
        assertThat(estate).isNotNull();
        assertThat(estate.services()).extracting(s -> s.name()).containsExactly(
                "customers", "catalog", "orders", "billing", "inventory", "shipping", "notifications");
        assertThat(tasks.titles()).containsExactly("opening the demo estate");
        assertThat(viewModel.estateSummaryProperty().get()).startsWith("7 services · ");
        assertThat(viewModel.tabs()).containsExactly(WorkspaceTab.OVERVIEW);
        assertThat(viewModel.titleProperty().get()).isEqualTo("Acme Shop — Phaseshift");
        assertThat(messages(LogLevel.INFO)).anyMatch(m -> m.startsWith("opened estate \"Acme Shop\""));
        // the demo is not a file: it does not go into the recent list
        assertThat(viewModel.recentFiles()).isEmpty();
        // every note of the estate (a service without snapshot...) is shown in the log
        assertThat(messages(LogLevel.WARNING)).containsAll(estate.notes());
    }

    @Test
    void withAPathArgumentItOpensThatFileAndRemembersIt() throws IOException {
        Path file = EstateFiles.valid(dir, "phaseshift.yaml", "Two Services");

        viewModel.start(List.of(file.toString()));

        assertThat(viewModel.estateProperty().get().name()).isEqualTo("Two Services");
        assertThat(viewModel.estateFileProperty().get()).isEqualTo(file.toAbsolutePath());
        assertThat(viewModel.estateSummaryProperty().get()).isEqualTo("2 services · 0 tables · 2 not inspected");
        assertThat(viewModel.recentFiles()).containsExactly(file.toAbsolutePath());
        assertThat(new AppSettings(store).recentFiles().paths()).containsExactly(file.toAbsolutePath());
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void aPlanFileArgumentOpensTheEstateInTheFolderAboveAndReviewsThePlan() throws IOException {
        Path estateFile = DemoEstateCopy.into(dir);
        Path plan = Files.createDirectories(dir.resolve("plans")).resolve("rename-phone.plan.yaml");
        try (var in = getClass().getClassLoader().getResourceAsStream("demo/plans/rename-phone.plan.yaml")) {
            Files.write(plan, in.readAllBytes());
        }

        viewModel.start(List.of(plan.toString()));

        assertThat(viewModel.estateFileProperty().get()).isEqualTo(estateFile.toAbsolutePath());
        assertThat(viewModel.planReview().sourceProperty().get().file()).isEqualTo(plan);
        assertThat(viewModel.planReview().reviewProperty().get()).isNotNull();
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void aPlanFileWithoutAnEstateBesideItIsReportedNotThrown() throws IOException {
        Path plan = Files.writeString(dir.resolve("lonely.plan.yaml"), "format: phaseshift/plan@1\n");

        viewModel.start(List.of(plan.toString()));

        assertThat(viewModel.estateProperty().get()).isNull();
        assertThat(dialogs.errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("no phaseshift.yaml beside it"));
    }

    @Test
    void aBadEstateFileKeepsThePreviousEstateAndLogsWhereTheProblemIs() throws IOException {
        Path good = EstateFiles.valid(dir, "good.yaml", "Good");
        Path bad = EstateFiles.withUnknownKey(dir);
        viewModel.openEstate(good);
        Estate before = viewModel.estateProperty().get();

        viewModel.openEstate(bad);

        assertThat(viewModel.estateProperty().get()).isSameAs(before);
        assertThat(viewModel.titleProperty().get()).isEqualTo("Good — Phaseshift");
        List<String> errors = messages(LogLevel.ERROR);
        assertThat(errors).hasSize(1);
        // file:line:column first, as plan-model reports it, then the reason
        assertThat(errors.get(0)).matches(java.util.regex.Pattern.quote(bad.toAbsolutePath().toString())
                + ":\\d+:\\d+: .*").contains("servises");
        assertThat(dialogs.errors()).hasSize(1);
        assertThat(dialogs.errors().get(0).message()).isEqualTo(errors.get(0));
        assertThat(dialogs.errors().get(0).message()).doesNotContain("\tat ");
        assertThat(viewModel.recentFiles()).containsExactly(good.toAbsolutePath());
        assertThat(viewModel.statusMessageProperty().get()).contains("Could not open");
    }

    @Test
    void aMissingFileIsReportedNotThrown() {
        viewModel.openEstate(dir.resolve("nowhere.yaml"));

        assertThat(viewModel.estateProperty().get()).isNull();
        assertThat(messages(LogLevel.ERROR)).singleElement().asString().endsWith("nowhere.yaml: no such file");
        assertThat(viewModel.tabs()).containsExactly(WorkspaceTab.WELCOME);
    }

    @Test
    void recentFilesAreNewestFirstWithoutDuplicates() throws IOException {
        Path a = EstateFiles.valid(dir, "a/phaseshift.yaml", "A");
        Path b = EstateFiles.valid(dir, "b/phaseshift.yaml", "B");

        viewModel.openEstate(a);
        viewModel.openEstate(b);
        viewModel.openRecent(a);

        assertThat(viewModel.recentFiles()).containsExactly(a.toAbsolutePath(), b.toAbsolutePath());
        assertThat(viewModel.estateProperty().get().name()).isEqualTo("A");
    }

    @Test
    void aRecentFileThatNoLongerExistsIsRemovedWithALogLine() throws IOException {
        Path a = EstateFiles.valid(dir, "a/phaseshift.yaml", "A");
        Path b = EstateFiles.valid(dir, "b/phaseshift.yaml", "B");
        viewModel.openEstate(a);
        viewModel.openEstate(b);
        Files.delete(a);

        viewModel.openRecent(a.toAbsolutePath());

        assertThat(viewModel.recentFiles()).containsExactly(b.toAbsolutePath());
        assertThat(new AppSettings(store).recentFiles().paths()).containsExactly(b.toAbsolutePath());
        assertThat(messages(LogLevel.WARNING)).anyMatch(m -> m.contains(a.toAbsolutePath().toString())
                && m.contains("no longer exists"));
        assertThat(viewModel.estateProperty().get().name()).isEqualTo("B");
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void recentFilesAreReadBackOnTheNextStart() throws IOException {
        Path a = EstateFiles.valid(dir, "a/phaseshift.yaml", "A");
        viewModel.openEstate(a);

        MainViewModel next = newViewModel();

        assertThat(next.recentFiles()).containsExactly(a.toAbsolutePath());
        assertThat(next.welcome().recentFiles()).containsExactly(a.toAbsolutePath());
    }

    @Test
    void theRecentListKeepsAtMostTenFiles() throws IOException {
        for (int i = 0; i < 12; i++) {
            viewModel.openEstate(EstateFiles.valid(dir, i + "/phaseshift.yaml", "E" + i));
        }

        assertThat(viewModel.recentFiles()).hasSize(RecentFiles.LIMIT);
        assertThat(viewModel.recentFiles().get(0)).isEqualTo(dir.resolve("11/phaseshift.yaml").toAbsolutePath());
    }

    @Test
    void choosingAFileOpensIt() throws IOException {
        Path file = EstateFiles.valid(dir, "phaseshift.yaml", "Chosen");
        dialogs.willChoose(file);

        viewModel.chooseAndOpenEstate();

        assertThat(viewModel.estateProperty().get().name()).isEqualTo("Chosen");
    }

    @Test
    void closingTheEstateGoesBackToTheWelcomeTab() {
        viewModel.openDemoEstate();

        viewModel.closeEstate();

        assertThat(viewModel.estateProperty().get()).isNull();
        assertThat(viewModel.tabs()).containsExactly(WorkspaceTab.WELCOME);
        assertThat(viewModel.estateSummaryProperty().get()).isEmpty();
        assertThat(viewModel.tree().rootProperty().get()).isNull();
        assertThat(viewModel.titleProperty().get()).isEqualTo("Phaseshift");
    }

    @Test
    void theThemeToggleIsRememberedForTheNextStart() {
        assertThat(viewModel.colorSchemeProperty().get()).isEqualTo(ColorScheme.LIGHT);

        viewModel.toggleColorScheme();

        assertThat(viewModel.colorSchemeProperty().get()).isEqualTo(ColorScheme.DARK);
        assertThat(newViewModel().colorSchemeProperty().get()).isEqualTo(ColorScheme.DARK);
        viewModel.toggleColorScheme();
        assertThat(newViewModel().colorSchemeProperty().get()).isEqualTo(ColorScheme.LIGHT);
    }

    @Test
    void dividerPositionsAndWindowBoundsAreRemembered() {
        viewModel.rememberDividerPositions("workbench", 0.25, 0.7);
        viewModel.rememberWindowBounds(new dev.phaseshift.app.settings.WindowBounds(10, 20, 1000, 700, false));
        viewModel.shutdown();

        MainViewModel next = newViewModel();
        assertThat(next.savedDividerPositions("workbench")).hasValueSatisfying(
                p -> assertThat(p).containsExactly(0.25, 0.7));
        assertThat(next.savedWindowBounds()).hasValueSatisfying(b -> assertThat(b.width()).isEqualTo(1000));
    }

    @Test
    void aboutShowsTheVersionOfTheMavenProject() {
        viewModel.showAbout();

        assertThat(dialogs.abouts()).singleElement().satisfies(about -> {
            assertThat(about.name()).isEqualTo("Phaseshift");
            assertThat(about.version()).isEqualTo(PhaseshiftVersion.current())
                    .isNotEqualTo(AboutInfo.DEVELOPMENT_BUILD);
        });
    }

    @Test
    void anUnexpectedErrorEndsUpInTheLog() {
        viewModel.reportUnexpected(new NullPointerException("x was null"));

        assertThat(messages(LogLevel.ERROR)).containsExactly("unexpected error: NullPointerException: x was null");
    }

    private List<String> messages(LogLevel level) {
        return viewModel.log().entries().stream().filter(e -> e.level() == level).map(LogEntry::message).toList();
    }
}
