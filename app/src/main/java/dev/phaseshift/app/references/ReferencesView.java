package dev.phaseshift.app.references;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The References tab: one card per open proposal (from → to, confidence, evidence) with Accept and Reject;
 * cards rather than a table, since the names and the evidence are long and the tab is often narrow.
 */
public final class ReferencesView extends BorderPane {
    private final ReferencesViewModel viewModel;
    private final VBox cards = new VBox(8);

    public ReferencesView(ReferencesViewModel viewModel) {
        this.viewModel = viewModel;
        setId("referencesView");
        getStyleClass().add("references-view");

        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(Bindings.size(viewModel.lines()).asString("%d open inferred references"));
        Label explain = new Label("Inferred from column names and types across services. Accepted ones count as "
                + "references in the graph and the impact analysis; rejected ones are not proposed again.");
        explain.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        explain.setWrapText(true);
        Label readOnly = new Label(viewModel.readOnlyReason(), new FontIcon(Material2AL.LOCK));
        readOnly.setId("referencesReadOnly");
        readOnly.getStyleClass().add("references-banner");
        readOnly.setWrapText(true);
        readOnly.setMaxWidth(Double.MAX_VALUE);
        readOnly.visibleProperty().bind(viewModel.readOnlyBinding());
        readOnly.managedProperty().bind(readOnly.visibleProperty());
        Label message = new Label();
        message.setId("referencesMessage");
        message.getStyleClass().add(Styles.TEXT_SMALL);
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        message.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        VBox header = new VBox(4, title, explain, readOnly, message);
        header.getStyleClass().add("references-header");
        setTop(header);

        cards.setId("referencesList");
        cards.getStyleClass().add("references-list");
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("references-scroll");
        setCenter(scroll);
        viewModel.lines().addListener((ListChangeListener<ReferenceLine>) c -> fill());
        fill();
    }

    private void fill() {
        cards.getChildren().setAll(viewModel.lines().stream().map(this::card).toList());
        if (viewModel.lines().isEmpty()) {
            Label none = new Label("No open proposals: every inferred reference has been decided on.");
            none.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_ITALIC);
            cards.getChildren().add(none);
        }
    }

    private Node card(ReferenceLine line) {
        Label from = new Label(line.from());
        from.getStyleClass().addAll("code", Styles.TEXT_BOLD);
        from.setWrapText(true);
        Label arrow = new Label("→ " + line.to());
        arrow.getStyleClass().addAll("code", Styles.TEXT_BOLD);
        arrow.setWrapText(true);
        Label confidence = new Label("confidence " + line.confidenceText());
        confidence.getStyleClass().addAll("item-badge", "reference-confidence");
        confidence.setMinWidth(Label.USE_PREF_SIZE);
        Label evidence = new Label(line.evidence());
        evidence.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        evidence.setWrapText(true);
        VBox text = new VBox(2, from, arrow, evidence);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);

        Button accept = new Button("Accept", new FontIcon(Material2AL.CHECK));
        accept.getStyleClass().addAll(Styles.SMALL, Styles.SUCCESS);
        accept.setOnAction(e -> viewModel.accept(line));
        Button reject = new Button("Reject", new FontIcon(Material2AL.CLOSE));
        reject.getStyleClass().addAll(Styles.SMALL, Styles.DANGER);
        reject.setOnAction(e -> viewModel.reject(line));
        HBox buttons = new HBox(6, accept, reject);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        for (Button b : new Button[] {accept, reject}) {
            b.disableProperty().bind(viewModel.readOnlyBinding().or(viewModel.busyProperty()));
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        VBox side = new VBox(6, confidence, buttons);
        side.setAlignment(Pos.TOP_RIGHT);
        side.setMinWidth(Region.USE_PREF_SIZE);
        // a disabled button shows no tooltip, so the card's side carries the reason
        Tooltip reason = new Tooltip(viewModel.readOnlyReason());
        reason.setWrapText(true);
        reason.setMaxWidth(360);
        if (viewModel.readOnlyBinding().get()) {
            Tooltip.install(side, reason);
        }

        HBox card = new HBox(12, text, side);
        card.getStyleClass().add("reference-card");
        return card;
    }
}
