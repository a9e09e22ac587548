package dev.phaseshift.app.estate;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** A tree row: icon, name, and muted detail (team, column type) or a "not inspected" badge. */
final class EstateTreeCell extends TreeCell<EstateItem> {
    private final Label name = new Label();
    private final Label detail = new Label();
    private final Label badge = new Label("not inspected");
    private final HBox box = new HBox(5, new Region(), name, detail, badge);
    /** Made on first need and reused: a tooltip is a popup control, costly to create on every update. */
    private Tooltip tip;

    EstateTreeCell() {
        getStyleClass().add("estate-tree-cell");
        name.getStyleClass().add("item-name");
        detail.getStyleClass().addAll("item-detail", Styles.TEXT_MUTED);
        badge.getStyleClass().addAll("item-badge", "badge-warning");
        box.setAlignment(Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(EstateItem item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        box.getChildren().set(0, EstateIcons.forItem(item));
        name.setText(item.name());
        detail.getStyleClass().remove("code");
        boolean showBadge = false;
        String detailText = "";
        String tooltip = null;
        if (item instanceof EstateRootItem root) {
            detailText = EstateTotals.count(root.estate().services().size(), "service", "services");
            tooltip = root.estate().location();
        } else if (item instanceof ServiceItem service) {
            String team = service.service().team();
            detailText = team == null ? "" : team;
            showBadge = !service.inspected();
            tooltip = service.service().engine().displayName() + (team == null ? "" : " · team " + team)
                    + (service.inspected() ? "" : " · not inspected: no snapshot yet");
        } else if (item instanceof SchemaItem schema) {
            detailText = EstateTotals.count(schema.schema().tables().size(), "table", "tables");
        } else if (item instanceof ColumnItem column) {
            detailText = column.column().type() + (column.column().nullable() ? "" : " not null");
            detail.getStyleClass().add("code");
        }
        detail.setText(detailText);
        detail.setVisible(!detailText.isEmpty());
        detail.setManaged(!detailText.isEmpty());
        badge.setVisible(showBadge);
        badge.setManaged(showBadge);
        if (getGraphic() != box) {
            setGraphic(box);
        }
        if (tooltip == null) {
            setTooltip(null);
        } else {
            if (tip == null) {
                tip = new Tooltip();
            }
            tip.setText(tooltip);
            setTooltip(tip);
        }
    }
}
