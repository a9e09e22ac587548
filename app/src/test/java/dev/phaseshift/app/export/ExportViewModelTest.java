package dev.phaseshift.app.export;

import dev.phaseshift.app.fixtures.InMemorySettingsStore;
import dev.phaseshift.app.fixtures.RecordingDialogService;
import dev.phaseshift.app.main.MainViewModel;
import dev.phaseshift.app.settings.AppSettings;
import dev.phaseshift.app.task.InlineTaskRunner;
import dev.phaseshift.export.ExportTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Export dialog's model on a demo plan: every target previews its files, and Export writes exactly those. */
class ExportViewModelTest {
    @TempDir
    Path dir;

    private final MainViewModel main = new MainViewModel(new InlineTaskRunner(),
            new AppSettings(new InMemorySettingsStore()), new RecordingDialogService(), Clock.systemUTC());

    private ExportViewModel export() {
        main.start(List.of());
        main.openDemoPlan("rename-phone");
        return main.planTools().export().orElseThrow();
    }

    @Test
    void everyTargetPreviewsTheFilesItWouldWriteWithoutWritingThem() {
        ExportViewModel export = export();
        export.directoryProperty().set(dir.resolve("out").toString());
        for (ExportTarget target : ExportTarget.values()) {
            export.targetProperty().set(target);
            assertThat(export.files()).as(target.id()).isNotEmpty();
            assertThat(export.selectedProperty().get()).as(target.id()).isEqualTo(export.files().get(0));
        }
        assertThat(export.files()).extracting(PreviewFile::path).containsExactly("rename_phone_to_phone_number.review.html");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void flywayAndGithubActionsExportsWriteThePreviewedFiles() throws Exception {
        ExportViewModel export = export();
        Path out = dir.resolve("db");
        export.directoryProperty().set(out.toString());

        export.export();
        List<String> flyway = export.files().stream().map(PreviewFile::path).toList();
        assertThat(flyway).anyMatch(p -> p.startsWith("flyway/customers/migrations/V1__"))
                .anyMatch(p -> p.startsWith("flyway/shipping/"));
        for (PreviewFile file : export.files()) {
            assertThat(out.resolve(file.path())).as(file.path()).exists();
            if (!file.picture()) {
                assertThat(Files.readString(out.resolve(file.path()))).isEqualTo(file.text());
            }
        }

        export.targetProperty().set(ExportTarget.GITHUB_ACTIONS);
        export.export();
        assertThat(export.written()).singleElement().satisfies(p -> {
            assertThat(p.toString()).endsWith(".yml").contains(".github/workflows/phaseshift-");
            assertThat(Files.readString(p)).contains("phaseshift apply");
        });
        assertThat(export.messageProperty().get()).startsWith("Wrote 1 file (github-actions) to ");
    }
}
