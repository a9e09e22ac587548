package dev.phaseshift.app.estate;

import dev.phaseshift.schema.Engine;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The icon of each kind of estate item; colours come from style classes in {@code phaseshift.css}. */
public final class EstateIcons {
    private EstateIcons() {
    }

    public static FontIcon forItem(EstateItem item) {
        if (item instanceof EstateRootItem) {
            return icon(Material2AL.ACCOUNT_TREE, "icon-estate");
        } else if (item instanceof ServiceItem service) {
            return forEngine(service.service().engine());
        } else if (item instanceof SchemaItem) {
            return icon(Material2AL.LAYERS, "icon-schema");
        } else if (item instanceof TableItem) {
            return icon(Material2MZ.TABLE_CHART, "icon-table");
        } else if (item instanceof ViewItem) {
            return icon(Material2MZ.PREVIEW, "icon-view");
        } else if (item instanceof ColumnItem column) {
            return forColumn(column);
        }
        throw new IllegalArgumentException("no icon for " + item);
    }

    /** PostgreSQL and MySQL services differ in shape and colour, so the engine shows at a glance. */
    public static FontIcon forEngine(Engine engine) {
        return engine == Engine.POSTGRESQL
                ? icon(Material2MZ.STORAGE, "icon-postgresql")
                : icon(Material2AL.DNS, "icon-mysql");
    }

    private static FontIcon forColumn(ColumnItem column) {
        var table = column.table();
        if (table != null) {
            if (table.primaryKey().filter(pk -> pk.columns().contains(column.name())).isPresent()) {
                return icon(Material2MZ.VPN_KEY, "icon-primary-key");
            }
            if (table.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(column.name()))) {
                return icon(Material2AL.LINK, "icon-foreign-key");
            }
        }
        return icon(Material2MZ.VIEW_COLUMN, "icon-column");
    }

    public static FontIcon icon(Ikon ikon, String styleClass) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().addAll("item-icon", styleClass);
        return icon;
    }
}
