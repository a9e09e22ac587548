package dev.phaseshift.app.settings;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WindowBoundsTest {
    private static final List<ScreenArea> ONE_SCREEN = List.of(new ScreenArea(0, 0, 1920, 1080));
    private static final List<ScreenArea> TWO_SCREENS = List.of(new ScreenArea(0, 0, 1920, 1080),
            new ScreenArea(1920, 0, 2560, 1440));

    @Test
    void aWindowOnAScreenIsVisible() {
        assertThat(new WindowBounds(100, 100, 1400, 900, false).isVisibleOn(ONE_SCREEN)).isTrue();
    }

    @Test
    void aWindowPartlyOffTheScreenIsStillVisibleIfItsTitleBarCanBeGrabbed() {
        assertThat(new WindowBounds(1700, 900, 1400, 900, false).isVisibleOn(ONE_SCREEN)).isTrue();
    }

    @Test
    void aWindowSavedOnAMonitorThatIsGoneIsNotVisible() {
        WindowBounds onSecondScreen = new WindowBounds(2200, 200, 1400, 900, false);

        assertThat(onSecondScreen.isVisibleOn(TWO_SCREENS)).isTrue();
        assertThat(onSecondScreen.isVisibleOn(ONE_SCREEN)).isFalse();
    }

    @Test
    void aWindowWhoseTitleBarIsAboveTheScreenIsNotVisible() {
        assertThat(new WindowBounds(100, -2000, 1400, 900, false).isVisibleOn(ONE_SCREEN)).isFalse();
    }
}
