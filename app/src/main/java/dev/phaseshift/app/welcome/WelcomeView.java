package dev.phaseshift.app.welcome;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.nio.file.Path;

/** The welcome tab. */
public final class WelcomeView extends ScrollPane {
    static final String TAGLINE = "Phaseshift plans zero-downtime schema changes across the PostgreSQL and "
            + "MySQL databases of all your services: it shows how their schemas depend on each other, composes "
            + "phased expand/contract plans, rehearses them on a scratch server and exports what CI runs.";

    private final WelcomeViewModel viewModel;
    private final VBox recent = new VBox(4);

    public WelcomeView(WelcomeViewModel viewModel) {
        this.viewModel = viewModel;
        setId("welcome");
        getStyleClass().addAll("welcome", "edge-to-edge");
        setFitToWidth(true);
        setFitToHeight(true);

        FontIcon logo = new FontIcon(Material2MZ.TIMELINE);
        logo.getStyleClass().add("welcome-logo");
        Label name = new Label("Phaseshift");
        name.getStyleClass().add(Styles.TITLE_1);
        HBox brand = new HBox(12, logo, name);
        brand.setAlignment(Pos.CENTER_LEFT);

        Label tagline = new Label(TAGLINE);
        tagline.setWrapText(true);
        tagline.getStyleClass().add(Styles.TEXT_MUTED);

        Button demo = new Button("Open demo estate", new FontIcon(Material2MZ.PLAY_ARROW));
        demo.setId("openDemoButton");
        demo.getStyleClass().add(Styles.ACCENT);
        demo.setDefaultButton(true);
        demo.setOnAction(e -> viewModel.openDemoEstate());
        demo.setTooltip(new Tooltip("An online shop of seven services on PostgreSQL and MySQL"));
        Button open = new Button("Open estate file…", new FontIcon(Material2AL.FOLDER_OPEN));
        open.setId("openFileButton");
        open.setOnAction(e -> viewModel.chooseEstateFile());
        HBox actions = new HBox(10, demo, open);

        Label keys = new Label("Ctrl+O open an estate file  ·  Ctrl+Shift+D open the demo  ·  Ctrl+F search");
        keys.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_SUBTLE);

        Label recentTitle = new Label("RECENT ESTATES");
        recentTitle.getStyleClass().add("section-title");
        recent.setId("recentEstates");
        viewModel.recentFiles().addListener((ListChangeListener<Path>) c -> showRecent());
        showRecent();

        VBox card = new VBox(16, brand, tagline, actions, keys, new Separator(), recentTitle, recent);
        card.getStyleClass().add("welcome-card");
        card.setMaxWidth(640);
        card.setMaxHeight(VBox.USE_PREF_SIZE);
        StackPane center = new StackPane(card);
        center.setAlignment(Pos.TOP_CENTER);
        center.getStyleClass().add("welcome-page");
        setContent(center);
    }

    private void showRecent() {
        recent.getChildren().clear();
        if (viewModel.recentFiles().isEmpty()) {
            Label none = new Label("No recent estates yet. Opened estate files appear here.");
            none.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_ITALIC);
            recent.getChildren().add(none);
            return;
        }
        for (Path file : viewModel.recentFiles()) {
            Hyperlink link = new Hyperlink(String.valueOf(file.getFileName()), new FontIcon(Material2AL.DESCRIPTION));
            link.setOnAction(e -> viewModel.openRecent(file));
            link.setTooltip(new Tooltip(file.toString()));
            Label where = new Label(file.getParent() == null ? "" : file.getParent().toString());
            where.getStyleClass().addAll("code", Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            HBox row = new HBox(8, link, where);
            row.setAlignment(Pos.CENTER_LEFT);
            recent.getChildren().add(row);
        }
    }
}
