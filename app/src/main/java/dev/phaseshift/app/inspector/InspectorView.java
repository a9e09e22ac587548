package dev.phaseshift.app.inspector;

import atlantafx.base.theme.Styles;
import dev.phaseshift.app.estate.EstateIcons;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** Lays out the inspector's content: a header and one block per section. */
public final class InspectorView extends VBox {
    private final VBox body = new VBox();

    public InspectorView(InspectorViewModel viewModel) {
        setId("inspector");
        getStyleClass().add("inspector-panel");
        setMinWidth(220);

        Label caption = new Label("INSPECTOR");
        caption.getStyleClass().add("panel-caption");
        HBox header = new HBox(caption);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("panel-header");

        body.getStyleClass().add("inspector-body");
        ScrollPane scroll = new ScrollPane(body);
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
        } else {
            throw new IllegalArgumentException("unknown section " + section);
        }
        VBox box = new VBox(6, title, content);
        box.getStyleClass().add("inspector-section");
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
