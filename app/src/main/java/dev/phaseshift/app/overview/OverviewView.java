package dev.phaseshift.app.overview;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.phaseshift.app.estate.EstateIcons;
import dev.phaseshift.app.estate.EstateTotals;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/** The overview tab: the estate's name, its totals as small cards, and the table of services. */
public final class OverviewView extends VBox {
    private final FlowPane cards = new FlowPane(10, 10);

    public OverviewView(OverviewViewModel viewModel) {
        setId("overview");
        getStyleClass().add("overview");
        setSpacing(14);

        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_2);
        title.textProperty().bind(viewModel.titleProperty());
        Label description = new Label();
        description.getStyleClass().add(Styles.TEXT_MUTED);
        description.setWrapText(true);
        description.textProperty().bind(viewModel.descriptionProperty());
        Label location = new Label();
        location.getStyleClass().addAll("code", Styles.TEXT_SMALL, Styles.TEXT_SUBTLE);
        location.textProperty().bind(viewModel.locationProperty());
        VBox heading = new VBox(4, title, description, location);

        cards.getStyleClass().add("stat-cards");
        cards.setId("overviewTotals");
        viewModel.totalsProperty().addListener((obs, old, now) -> showTotals(now));
        showTotals(viewModel.totalsProperty().get());
        Label headline = new Label();
        headline.setId("overviewHeadline");
        headline.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        headline.textProperty().bind(viewModel.headlineProperty());

        Label servicesCaption = new Label("SERVICES");
        servicesCaption.getStyleClass().add("section-title");
        TableView<ServiceSummary> table = table(viewModel);
        VBox.setVgrow(table, Priority.ALWAYS);

        getChildren().addAll(heading, cards, headline, servicesCaption, table);
    }

    private void showTotals(EstateTotals totals) {
        cards.getChildren().clear();
        if (totals == null) {
            return;
        }
        cards.getChildren().addAll(
                card("Services", Integer.toString(totals.services()),
                        totals.notInspected() == 0 ? "all inspected" : totals.inspected() + " inspected",
                        totals.notInspected() > 0),
                card("Tables", Integer.toString(totals.tables()), null, false),
                card("Columns", Integer.toString(totals.columns()), null, false),
                card("Foreign keys", Integer.toString(totals.foreignKeys()), null, false),
                card("Indexes", Integer.toString(totals.indexes()), null, false),
                card("Views", Integer.toString(totals.views()), null, false));
    }

    private static Node card(String name, String value, String note, boolean warning) {
        Label number = new Label(value);
        number.getStyleClass().addAll(Styles.TITLE_3, "stat-value");
        Label label = new Label(name);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox card = new VBox(2, number, label);
        if (note != null) {
            Label hint = new Label(note);
            hint.getStyleClass().addAll(Styles.TEXT_SMALL, warning ? "text-warning" : Styles.TEXT_SUBTLE);
            card.getChildren().add(hint);
        }
        card.getStyleClass().add("stat-card");
        return card;
    }

    private static TableView<ServiceSummary> table(OverviewViewModel viewModel) {
        TableView<ServiceSummary> table = new TableView<>(viewModel.services());
        table.setId("servicesTable");
        table.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE, "services-table");
        table.setPlaceholder(new Label("No services"));

        TableColumn<ServiceSummary, ServiceSummary> service = new TableColumn<>("Service");
        service.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        service.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ServiceSummary item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                } else {
                    setText(item.service());
                    setGraphic(EstateIcons.forEngine(item.engine()));
                }
            }
        });
        service.setPrefWidth(140);
        table.getColumns().add(service);
        table.getColumns().add(text("Team", ServiceSummary::team, 124));
        table.getColumns().add(text("Engine", s -> s.engine().displayName(), 124));
        TableColumn<ServiceSummary, String> database = text("Database", ServiceSummary::database, 160);
        database.getStyleClass().add("code-column");
        table.getColumns().add(database);
        table.getColumns().add(count("Tables", ServiceSummary::tables, 66));
        table.getColumns().add(count("Columns", ServiceSummary::columns, 76));
        table.getColumns().add(count("FKs", ServiceSummary::foreignKeys, 54));
        table.getColumns().add(count("Indexes", ServiceSummary::indexes, 72));
        table.getColumns().add(count("Views", ServiceSummary::views, 60));
        TableColumn<ServiceSummary, ServiceSummary> version = new TableColumn<>("Server version");
        version.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        version.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ServiceSummary item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("not-inspected");
                if (empty || item == null) {
                    setText(null);
                } else if (!item.inspected()) {
                    setText("not inspected");
                    getStyleClass().add("not-inspected");
                } else {
                    setText(item.serverVersion() == null ? "—" : item.serverVersion());
                }
            }
        });
        version.setPrefWidth(130);
        table.getColumns().add(version);
        for (TableColumn<ServiceSummary, ?> column : table.getColumns()) {
            column.setMinWidth(column.getPrefWidth());
        }
        fitOrScroll(table);

        table.getSelectionModel().selectedItemProperty()
                .addListener((obs, old, now) -> viewModel.selectService(now));
        return table;
    }

    /**
     * Columns stretch to fill a wide table but never get narrower than their content: when the table is too narrow
     * for that, it scrolls sideways instead. Constrained resize policies hide the horizontal scroll bar, so the
     * policy follows the width.
     */
    private static void fitOrScroll(TableView<ServiceSummary> table) {
        double needed = table.getColumns().stream().mapToDouble(TableColumn::getMinWidth).sum() + 4;
        Runnable choose = () -> table.setColumnResizePolicy(table.getWidth() >= needed
                ? TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN
                : TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.widthProperty().addListener((obs, old, now) -> choose.run());
        choose.run();
    }

    private static TableColumn<ServiceSummary, String> text(String title, Function<ServiceSummary, String> value,
                                                            double width) {
        TableColumn<ServiceSummary, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(orDash(value.apply(c.getValue()))));
        column.setPrefWidth(width);
        return column;
    }

    /** A number column; a service without snapshot shows a dash, since its counts are unknown, not zero. */
    private static TableColumn<ServiceSummary, String> count(String title,
                                                             java.util.function.ToIntFunction<ServiceSummary> value,
                                                             double width) {
        TableColumn<ServiceSummary, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().inspected() ? Integer.toString(value.applyAsInt(c.getValue())) : "—"));
        column.getStyleClass().add(Tweaks.ALIGN_RIGHT);
        column.setPrefWidth(width);
        return column;
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
