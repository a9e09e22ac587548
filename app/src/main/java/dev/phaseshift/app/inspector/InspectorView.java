package dev.phaseshift.app.inspector;

import atlantafx.base.theme.Styles;
import dev.phaseshift.app.estate.EstateIcons;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Lays out the inspector's content: a header and one block per section. */
public final class InspectorView extends VBox {
    private final VBox body = new VBox();

    /** @param showInGraph opens the Graph tab on the inspected item */
    public InspectorView(InspectorViewModel viewModel, Runnable showInGraph) {
        setId("inspector");
        getStyleClass().add("inspector-panel");
        setMinWidth(220);

        Label caption = new Label("INSPECTOR");
        caption.getStyleClass().add("panel-caption");
        Button graph = new Button("Show in graph", new FontIcon(Material2AL.ACCOUNT_TREE));
        graph.setId("showInGraphButton");
        graph.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        graph.setTooltip(new Tooltip("Open the dependency diagram around it (Ctrl+G)"));
        graph.setOnAction(e -> showInGraph.run());
        graph.visibleProperty().bind(viewModel.graphableProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(caption, spacer, graph);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("panel-header");

        body.getStyleClass().add("inspector-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setId("inspectorScroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("inspector-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(header, scroll);

        viewModel.contentProperty().addListener((obs, old, now) -> {
            show(now);
            scroll.setVvalue(0);
        });
        show(viewModel.contentProperty().get());
    }

    /**
     * Adds a "Change safely" menu to the header with {@code items} (the pattern wizards); it shows while one of
     * them applies to the inspected item.
     */
    public void addActions(java.util.List<MenuItem> items) {
        javafx.scene.control.MenuButton change = new javafx.scene.control.MenuButton("Change safely",
                new FontIcon(Material2AL.BUILD));
        change.setId("inspectorChangeSafely");
        change.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        change.getItems().addAll(items);
        change.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> items.stream().anyMatch(MenuItem::isVisible),
                items.stream().map(MenuItem::visibleProperty).toArray(javafx.beans.Observable[]::new)));
        change.managedProperty().bind(change.visibleProperty());
        if (getChildren().get(0) instanceof HBox header) {
            header.getChildren().add(header.getChildren().size() - 1, change);
        }
    }

    private void show(InspectorContent content) {
        body.getChildren().clear();
        if (content.isEmpty()) {
            body.getChildren().add(placeholder(content));
            return;
        }
        Label kind = new Label(content.kind().toUpperCase(java.util.Locale.ROOT));
        kind.getStyleClass().add("inspector-kind");
        Label title = new Label(content.title());
        title.getStyleClass().addAll(Styles.TITLE_3, "inspector-title");
        title.setWrapText(true);
        HBox titleRow = new HBox(8, EstateIcons.forItem(content.item()), title);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        Label subtitle = new Label(content.subtitle());
        subtitle.getStyleClass().addAll(Styles.TEXT_MUTED, "inspector-subtitle");
        subtitle.setWrapText(true);
        VBox head = new VBox(2, kind, titleRow, subtitle);
        head.getStyleClass().add("inspector-head");
        body.getChildren().add(head);
        for (InspectorSection section : content.sections()) {
            body.getChildren().add(section(section));
        }
    }

    private static Node placeholder(InspectorContent content) {
        FontIcon icon = new FontIcon(Material2MZ.TOUCH_APP);
        icon.getStyleClass().add("placeholder-icon");
        Label title = new Label(content.title());
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label hint = new Label(content.subtitle());
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        hint.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        VBox box = new VBox(8, icon, title, hint);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("inspector-placeholder");
        return box;
    }

    private static Node section(InspectorSection section) {
        Label title = new Label(section.title().toUpperCase(java.util.Locale.ROOT));
        title.getStyleClass().add("section-title");
        Node content;
        if (section instanceof PropertiesSection properties) {
            content = properties(properties);
        } else if (section instanceof ColumnsSection columns) {
            title.setText(title.getText() + "  " + columns.columns().size());
            content = columns(columns);
        } else if (section instanceof EntriesSection entries) {
            if (!entries.entries().isEmpty() && entries.entries().size() > 1) {
                title.setText(title.getText() + "  " + entries.entries().size());
            }
            content = entries(entries);
        } else if (section instanceof TextSection text) {
            content = text(text);
        } else if (section instanceof ImpactSection impact) {
            title.setText(title.getText() + "  " + impact.lines().size());
            content = impact(impact);
        } else {
            throw new IllegalArgumentException("unknown section " + section);
        }
        VBox box = new VBox(6, title, content);
        box.getStyleClass().add("inspector-section");
        if (section instanceof ImpactSection) {
            box.setId("impactSection");
            box.getStyleClass().add("impact-section");
        }
        return box;
    }

    private static Node properties(PropertiesSection section) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("property-grid");
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(96);
        names.setHalignment(HPos.LEFT);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().addAll(names, values);
        int row = 0;
        for (InspectorProperty p : section.properties()) {
            Label name = new Label(p.name());
            name.getStyleClass().addAll("property-name", Styles.TEXT_MUTED);
            name.setMinWidth(Label.USE_PREF_SIZE);
            Label value = new Label(p.value());
            value.getStyleClass().add("property-value");
            if (p.code()) {
                value.getStyleClass().add("code");
            }
            value.setWrapText(true);
            value.setMaxWidth(Double.MAX_VALUE);
            copyable(value, p.value());
            GridPane.setValignment(name, javafx.geometry.VPos.TOP);
            grid.addRow(row++, name, value);
        }
        return grid;
    }

    private static Node columns(ColumnsSection section) {
        VBox list = new VBox();
        list.getStyleClass().add("column-list");
        for (ColumnLine c : section.columns()) {
            Label name = new Label(c.name());
            name.getStyleClass().addAll("code", "column-name");
            HBox top = new HBox(6, name);
            top.setAlignment(Pos.CENTER_LEFT);
            for (String flag : c.flags()) {
                Label badge = new Label(flag);
                badge.getStyleClass().addAll("item-badge", "badge-" + flag.toLowerCase(java.util.Locale.ROOT));
                top.getChildren().add(badge);
            }
            StringBuilder detail = new StringBuilder(c.type());
            detail.append(c.nullable() ? " null" : " not null");
            if (c.defaultExpression() != null) {
                detail.append(" default ").append(c.defaultExpression());
            }
            Label type = new Label(detail.toString());
            type.getStyleClass().addAll("code", "column-type", Styles.TEXT_MUTED);
            type.setWrapText(true);
            VBox entry = new VBox(1, top, type);
            entry.getStyleClass().add("column-entry");
            copyable(entry, c.name() + " " + detail);
            list.getChildren().add(entry);
        }
        if (section.columns().isEmpty()) {
            list.getChildren().add(none());
        }
        return list;
    }

    private static Node entries(EntriesSection section) {
        VBox list = new VBox(6);
        for (InspectorEntry e : section.entries()) {
            Label name = new Label(e.name());
            name.getStyleClass().addAll("code", "entry-name");
            name.setWrapText(true);
            VBox entry = new VBox(1, name);
            entry.getStyleClass().add("entry");
            if (!e.detail().isBlank()) {
                Label detail = new Label(e.detail());
                detail.getStyleClass().addAll("code", "entry-detail", Styles.TEXT_MUTED);
                detail.setWrapText(true);
                entry.getChildren().add(detail);
            }
            copyable(entry, e.detail().isBlank() ? e.name() : e.name() + " " + e.detail());
            list.getChildren().add(entry);
        }
        if (section.entries().isEmpty()) {
            list.getChildren().add(none());
        }
        return list;
    }

    private static Node impact(ImpactSection section) {
        Label headline = new Label(section.headline());
        headline.setId("impactHeadline");
        headline.getStyleClass().add("impact-headline");
        headline.setWrapText(true);
        headline.setMaxWidth(Double.MAX_VALUE);
        copyable(headline, section.headline());
        VBox list = new VBox(6, headline);
        for (ImpactLine line : section.lines()) {
            Label object = new Label(line.object());
            object.getStyleClass().addAll("code", "entry-name");
            object.setWrapText(true);
            object.setMinWidth(0);
            Label service = new Label(line.service());
            service.getStyleClass().addAll("item-badge", "impact-service");
            service.setMinWidth(Label.USE_PREF_SIZE);
            HBox meta = new HBox(6, service);
            meta.setAlignment(Pos.CENTER_LEFT);
            if (!line.certain()) {
                Label uncertain = new Label("proposed");
                uncertain.getStyleClass().addAll("item-badge", "impact-uncertain");
                uncertain.setMinWidth(Label.USE_PREF_SIZE);
                uncertain.setTooltip(new Tooltip("Reached only through an inferred reference nobody has accepted yet"));
                meta.getChildren().add(uncertain);
            }
            Label kind = new Label(line.kind() + " · " + line.distance() + (line.distance() == 1 ? " hop" : " hops"));
            kind.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_SUBTLE);
            kind.setMinWidth(Label.USE_PREF_SIZE);
            meta.getChildren().add(kind);
            Label path = new Label(line.explanation().replace("; ", ";\n"));
            path.getStyleClass().addAll("entry-detail", "impact-path", Styles.TEXT_MUTED);
            path.setWrapText(true);
            VBox entry = new VBox(2, object, meta, path);
            entry.getStyleClass().addAll("entry", "impact-line", line.certain() ? "impact-certain" : "impact-proposed");
            copyable(entry, line.object() + " (" + line.service() + (line.certain() ? "" : ", uncertain") + "): "
                    + line.explanation());
            list.getChildren().add(entry);
        }
        return list;
    }

    private static Node text(TextSection section) {
        Label text = new Label(section.text());
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        if (section.code()) {
            text.getStyleClass().addAll("code", "code-block");
        } else {
            text.getStyleClass().add("text-block");
        }
        copyable(text, section.text());
        return text;
    }

    private static Label none() {
        Label none = new Label("None");
        none.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_ITALIC);
        return none;
    }

    /** A right click offers to copy what the node shows, since labels cannot be selected. */
    private static void copyable(Node node, String text) {
        MenuItem copy = new MenuItem("Copy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
        ContextMenu menu = new ContextMenu(copy);
        node.setOnContextMenuRequested(e -> menu.show(node, e.getScreenX(), e.getScreenY()));
    }
}
