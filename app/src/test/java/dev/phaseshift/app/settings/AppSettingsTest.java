package dev.phaseshift.app.settings;

import dev.phaseshift.app.fixtures.InMemorySettingsStore;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AppSettingsTest {
    private final InMemorySettingsStore store = new InMemorySettingsStore();

    @Test
    void defaultsWhenNothingWasSaved() {
        AppSettings settings = new AppSettings(store);

        assertThat(settings.colorScheme()).isEqualTo(ColorScheme.LIGHT);
        assertThat(settings.windowBounds()).isEmpty();
        assertThat(settings.recentFiles().paths()).isEmpty();
        assertThat(settings.dividerPositions("workbench")).isEmpty();
    }

    @Test
    void everythingSurvivesARoundTripThroughTheStore() {
        AppSettings first = new AppSettings(store);
        first.setColorScheme(ColorScheme.DARK);
        first.setWindowBounds(new WindowBounds(40, 30, 1280, 800, true));
        first.setRecentFiles(RecentFiles.empty().withOpened(Path.of("/a.yaml")).withOpened(Path.of("/b.yaml")));
        first.setDividerPositions("workbench", 0.2, 0.75);
        first.flush();

        AppSettings second = new AppSettings(store);
        assertThat(second.colorScheme()).isEqualTo(ColorScheme.DARK);
        assertThat(second.windowBounds()).contains(new WindowBounds(40, 30, 1280, 800, true));
        assertThat(second.recentFiles().paths()).containsExactly(Path.of("/b.yaml"), Path.of("/a.yaml"));
        assertThat(second.dividerPositions("workbench")).hasValueSatisfying(
                p -> assertThat(p).containsExactly(0.2, 0.75));
        assertThat(store.flushes()).isEqualTo(1);
    }

    @Test
    void aShorterRecentListRemovesTheOldEntries() {
        AppSettings settings = new AppSettings(store);
        settings.setRecentFiles(RecentFiles.empty().withOpened(Path.of("/a.yaml")).withOpened(Path.of("/b.yaml")));
        settings.setRecentFiles(RecentFiles.empty().withOpened(Path.of("/c.yaml")));

        assertThat(settings.recentFiles().paths()).containsExactly(Path.of("/c.yaml"));
        assertThat(store.values()).doesNotContainKey("recent.1");
    }

    @Test
    void unreadableValuesCountAsAbsent() {
        store.put("theme", "purple");
        store.put("window.x", "left");
        store.put("window.y", "0");
        store.put("window.width", "800");
        store.put("window.height", "600");
        store.put("dividers.workbench", "0.2,banana");
        store.put("dividers.bottom", "1.5");

        AppSettings settings = new AppSettings(store);
        assertThat(settings.colorScheme()).isEqualTo(ColorScheme.LIGHT);
        assertThat(settings.windowBounds()).isEmpty();
        assertThat(settings.dividerPositions("workbench")).isEmpty();
        assertThat(settings.dividerPositions("bottom")).isEmpty();
    }
}
