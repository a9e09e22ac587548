package dev.phaseshift.app.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import dev.phaseshift.app.settings.ColorScheme;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Selector;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The build's binary stylesheets exist and hold the same rules as the CSS they were made from. */
class StylesheetsTest {
    @Test
    void eachThemeIsReadFromItsBinaryFormWithTheRulesOfAtlantaFxsCss() throws IOException {
        for (ColorScheme scheme : ColorScheme.values()) {
            String userAgent = Stylesheets.userAgent(scheme);
            assertThat(userAgent).endsWith(".bss");
            Theme theme = scheme == ColorScheme.DARK ? new PrimerDark() : new PrimerLight();
            Stylesheet parsed = new CssParser().parse(Theme.class.getResource(theme.getUserAgentStylesheet()));
            assertThat(selectors(Stylesheet.loadBinary(URI.create(userAgent).toURL())))
                    .as(scheme + " theme").isEqualTo(selectors(parsed));
        }
    }

    @Test
    void everyStylesheetOfOursHasItsBinaryFormBesideIt() throws IOException {
        Path classes = Path.of("target/classes/dev/phaseshift/app");
        List<Path> css;
        try (Stream<Path> files = Files.walk(classes)) {
            css = files.filter(f -> f.toString().endsWith(".css")).toList();
        }
        assertThat(css).isNotEmpty();
        for (Path file : css) {
            Path bss = file.resolveSibling(file.getFileName().toString().replace(".css", ".bss"));
            assertThat(bss).exists();
            URL source = file.toUri().toURL();
            assertThat(selectors(Stylesheet.loadBinary(bss.toUri().toURL())))
                    .as(file.toString()).isEqualTo(selectors(new CssParser().parse(source)));
        }
    }

    private static List<String> selectors(Stylesheet sheet) {
        return sheet.getRules().stream().map(Rule::getSelectors).flatMap(List::stream).map(Selector::toString)
                .toList();
    }
}
