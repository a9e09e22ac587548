package dev.phaseshift.app.findings;

import dev.phaseshift.estate.Severity;
import javafx.scene.control.TableCell;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** A table cell showing a severity as a coloured icon and its word, in any table of problems or findings. */
public final class SeverityCell<S> extends TableCell<S, Severity> {
    /** The icon of a severity, coloured by the {@code level-*} style classes. */
    public static FontIcon icon(Severity severity) {
        FontIcon icon = switch (severity) {
            case ERROR -> new FontIcon(Material2AL.ERROR);
            case WARNING -> new FontIcon(Material2MZ.WARNING);
            case INFO -> new FontIcon(Material2AL.INFO);
        };
        icon.getStyleClass().add("level-" + severity.word());
        return icon;
    }

    @Override
    protected void updateItem(Severity severity, boolean empty) {
        super.updateItem(severity, empty);
        if (empty || severity == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        setText(severity.word());
        setGraphic(icon(severity));
    }
}
