package dev.phaseshift.app.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import dev.phaseshift.app.settings.ColorScheme;
import javafx.css.Stylesheet;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The app's stylesheets, and their binary form made at build time.
 *
 * <p>Parsing AtlantaFX's theme (about 170 kB of CSS, a thousand rules) costs the first frame a few hundred
 * milliseconds on a cold JVM; JavaFX reads the same rules from its binary stylesheet format ({@code .bss}) in a
 * tenth of that. The build runs {@link #main} after compiling, writing a {@code .bss} of each theme and of each of
 * our stylesheets into the classes; JavaFX itself prefers a {@code .bss} beside a {@code .css} it is asked for, and
 * for the themes, whose CSS lives in AtlantaFX's jar, {@link #userAgent} names ours. Where the binary forms are missing
 * (a run from sources that skipped the build step) the CSS is used, with the same look.
 */
public final class Stylesheets {
    private static final String THEMES = "/dev/phaseshift/app/theme/";

    private Stylesheets() {
    }

    /** The user-agent stylesheet of {@code scheme}: the compiled theme when the build made it, else AtlantaFX's CSS. */
    public static String userAgent(ColorScheme scheme) {
        Theme theme = theme(scheme);
        URL compiled = Stylesheets.class.getResource(THEMES + binaryName(theme));
        return compiled != null ? compiled.toExternalForm() : theme.getUserAgentStylesheet();
    }

    /**
     * Build step: writes the binary form of each theme, and of every stylesheet of ours beside it, into the class
     * output folder given as the only argument ({@code target/classes}).
     */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        for (ColorScheme scheme : ColorScheme.values()) {
            Theme theme = theme(scheme);
            compile(Theme.class.getResource(theme.getUserAgentStylesheet()),
                    classes.resolve(THEMES.substring(1) + binaryName(theme)));
        }
        List<Path> ours;
        try (Stream<Path> files = Files.walk(classes.resolve("dev/phaseshift/app"))) {
            ours = files.filter(f -> f.getFileName().toString().endsWith(".css")).toList();
        }
        for (Path css : ours) {
            compile(css.toUri().toURL(), css.resolveSibling(css.getFileName().toString()
                    .replaceFirst("\\.css$", ".bss")));
        }
    }

    private static void compile(URL css, Path bss) throws IOException {
        Objects.requireNonNull(css, "stylesheet not found");
        Files.createDirectories(bss.getParent());
        Path source = Files.createTempFile("phaseshift-theme", ".css");
        try (InputStream in = css.openStream()) {
            Files.copy(in, source, StandardCopyOption.REPLACE_EXISTING);
            Stylesheet.convertToBinary(source.toFile(), bss.toFile());
        } finally {
            Files.deleteIfExists(source);
        }
    }

    private static Theme theme(ColorScheme scheme) {
        return scheme == ColorScheme.DARK ? new PrimerDark() : new PrimerLight();
    }

    private static String binaryName(Theme theme) {
        String css = theme.getUserAgentStylesheet();
        return css.substring(css.lastIndexOf('/') + 1).replaceFirst("\\.css$", ".bss");
    }
}
