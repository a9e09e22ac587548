package dev.phaseshift.app.plan;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The compatibility matrix drawn as a grid: consumer versions down, states across, a symbol per cell whose
 * tooltip tells why. The Plan review tab and the plan editor both show it; the editor also reacts to clicks.
 */
public final class MatrixGrid extends GridPane {
    private Consumer<MatrixMark> onCellClicked;

    public MatrixGrid() {
        getStyleClass().add("plan-matrix");
    }

    /** What a click on a cell with a reason does; null for nothing. */
    public void setOnCellClicked(Consumer<MatrixMark> action) {
        onCellClicked = action;
    }

    /** Draws the matrix; {@code empty} is said instead when there are no rows. */
    public void show(List<String> states, List<MatrixRow> rows, String empty) {
        getChildren().clear();
        getColumnConstraints().clear();
        ColumnConstraints first = new ColumnConstraints();
        first.setMinWidth(Region.USE_PREF_SIZE);
        getColumnConstraints().add(first);
        for (int i = 0; i < states.size(); i++) {
            getColumnConstraints().add(new ColumnConstraints(80, 96, 140));
        }
        if (rows.isEmpty()) {
            Label none = new Label(empty);
            none.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_ITALIC);
            add(none, 0, 0);
            return;
        }
        add(headerCell("Consumer version", false), 0, 0);
        for (int i = 0; i < states.size(); i++) {
            add(headerCell(states.get(i), true), i + 1, 0);
        }
        int r = 1;
        for (MatrixRow row : rows) {
            Label version = new Label(row.assumedFrom() == null ? row.version() : row.version() + " (assumed)");
            version.getStyleClass().addAll("matrix-version", "matrix-row-" + (r % 2 == 0 ? "even" : "odd"));
            if (row.assumedFrom() != null) {
                version.getStyleClass().add(Styles.TEXT_ITALIC);
                version.setTooltip(wrapping(row.assumption()));
            }
            version.setMaxWidth(Double.MAX_VALUE);
            version.setMinWidth(Region.USE_PREF_SIZE);
            add(version, 0, r);
            int c = 1;
            for (MatrixMark mark : row.marks()) {
                add(cell(mark, r), c++, r);
            }
            r++;
        }
    }

    private Label cell(MatrixMark mark, int r) {
        Label cell = new Label(mark.verdict().symbol());
        cell.setId("matrix-" + (mark.version() + "-" + mark.state()).replaceAll("[^A-Za-z0-9_-]", "-"));
        cell.getStyleClass().addAll("matrix-cell", "matrix-" + mark.verdict().name().toLowerCase(Locale.ROOT)
                .replace('_', '-'), "matrix-row-" + (r % 2 == 0 ? "even" : "odd"));
        cell.setMaxWidth(Double.MAX_VALUE);
        cell.setAlignment(Pos.CENTER);
        cell.setTooltip(wrapping(mark.explanation()));
        cell.setUserData(mark);
        if (mark.reason() != null) {
            cell.setCursor(Cursor.HAND);
            cell.setOnMouseClicked(e -> {
                if (onCellClicked != null) {
                    onCellClicked.accept(mark);
                }
            });
        }
        return cell;
    }

    private static Label headerCell(String text, boolean centred) {
        Label label = new Label(text);
        label.getStyleClass().add("matrix-header");
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinWidth(Region.USE_PREF_SIZE);
        if (centred) {
            label.setAlignment(Pos.CENTER);
        }
        return label;
    }

    static Tooltip wrapping(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(640);
        return tip;
    }
}
