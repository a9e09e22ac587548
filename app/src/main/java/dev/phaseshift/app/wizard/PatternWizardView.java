package dev.phaseshift.app.wizard;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The wizard's two pages and its buttons; binds to a {@link PatternWizardViewModel} and calls {@code close}. */
public final class PatternWizardView extends VBox {
    private final VBox phases = new VBox(10);
    private final VBox problems = new VBox(4);

    public PatternWizardView(PatternWizardViewModel viewModel, Runnable close) {
        setId("patternWizard");
        getStyleClass().add("tool-window");

        Label step = new Label();
        step.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        step.textProperty().bind(javafx.beans.binding.Bindings.when(
                        viewModel.pageProperty().isEqualTo(PatternWizardViewModel.INTENT))
                .then("Step 1 of 2 · the change and whom it affects")
                .otherwise("Step 2 of 2 · the phases it inserts"));
        Label title = new Label(viewModel.kind().title());
        title.getStyleClass().add(Styles.TITLE_3);
        Label target = new Label(viewModel.target().label());
        target.getStyleClass().addAll("code", Styles.TEXT_MUTED);
        VBox header = new VBox(2, step, title, target);
        header.getStyleClass().add("tool-header");

        ScrollPane intent = scroll(intentPage(viewModel));
        intent.setId("wizardIntentPage");
        ScrollPane review = scroll(reviewPage(viewModel));
        review.setId("wizardReviewPage");
        intent.visibleProperty().bind(viewModel.pageProperty().isEqualTo(PatternWizardViewModel.INTENT));
        review.visibleProperty().bind(viewModel.pageProperty().isEqualTo(PatternWizardViewModel.REVIEW));
        StackPane pages = new StackPane(intent, review);
        VBox.setVgrow(pages, Priority.ALWAYS);

        Label message = new Label();
        message.setId("wizardMessage");
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        Button cancel = new Button("Cancel");
        cancel.setId("wizardCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close.run());
        Button back = new Button("Back", new FontIcon(Material2AL.ARROW_BACK));
        back.setId("wizardBack");
        back.disableProperty().bind(viewModel.pageProperty().isEqualTo(PatternWizardViewModel.INTENT));
        back.setOnAction(e -> viewModel.back());
        Button next = new Button("Next", new FontIcon(Material2AL.ARROW_FORWARD));
        next.setId("wizardNext");
        next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        next.disableProperty().bind(viewModel.canNextBinding().not());
        next.visibleProperty().bind(viewModel.pageProperty().isEqualTo(PatternWizardViewModel.INTENT));
        next.managedProperty().bind(next.visibleProperty());
        next.setDefaultButton(true);
        next.setOnAction(e -> viewModel.next());
        Button finish = new Button("Insert phases", new FontIcon(Material2AL.DONE));
        finish.setId("wizardFinish");
        finish.getStyleClass().add(Styles.ACCENT);
        finish.disableProperty().bind(viewModel.canFinishBinding().not());
        finish.visibleProperty().bind(next.visibleProperty().not());
        finish.managedProperty().bind(finish.visibleProperty());
        finish.setOnAction(e -> viewModel.finish());
        HBox buttons = new HBox(8, message, cancel, back, next, finish);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.getStyleClass().add("tool-footer");

        getChildren().addAll(header, pages, buttons);
        viewModel.finishedProperty().addListener((obs, old, now) -> {
            if (now) {
                close.run();
            }
        });
        viewModel.phases().addListener((javafx.collections.ListChangeListener<PhasePreview>) c -> showPhases(viewModel));
        viewModel.problems().addListener((javafx.collections.ListChangeListener<String>) c -> showProblems(viewModel));
        showPhases(viewModel);
        showProblems(viewModel);
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("tool-scroll");
        return scroll;
    }

    private Node intentPage(PatternWizardViewModel viewModel) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(140);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, inputs);
        int row = 0;
        for (WizardField field : viewModel.fields()) {
            Label label = new Label(field.label() + (field.required() ? "" : " (optional)"));
            TextField input = new TextField();
            input.setId("wizardField-" + field.id());
            input.setPromptText(field.prompt());
            input.textProperty().bindBidirectional(field.valueProperty());
            label.setLabelFor(input);
            grid.addRow(row++, label, input);
        }

        VBox page = new VBox(14, section("CHANGE", grid));
        ConsumerImpact impact = viewModel.impact();
        HBox services = new HBox(6);
        services.setId("wizardServices");
        for (String service : impact.services()) {
            Label badge = new Label(service);
            badge.getStyleClass().add("service-badge");
            services.getChildren().add(badge);
        }
        page.getChildren().add(section("AFFECTED SERVICES", services));

        VBox consumers = new VBox(6);
        consumers.setId("wizardConsumers");
        if (impact.consumers().isEmpty()) {
            consumers.getChildren().add(muted("No consumer contract uses " + viewModel.target().label() + "."));
        }
        for (DeploymentChoice choice : impact.consumers()) {
            consumers.getChildren().add(consumerRow(choice, viewModel.offersDeployments()));
        }
        page.getChildren().add(section("CONSUMER VERSIONS", consumers));

        VBox downstream = new VBox(3);
        downstream.setId("wizardDownstream");
        if (impact.explanations().isEmpty()) {
            downstream.getChildren().add(muted("Nothing else in the estate graph depends on it."));
        }
        impact.explanations().forEach(text -> {
            Label line = new Label("• " + text);
            line.setWrapText(true);
            downstream.getChildren().add(line);
        });
        page.getChildren().add(section("DOWNSTREAM IN THE GRAPH", downstream));
        page.setPadding(new Insets(12, 16, 12, 16));
        return page;
    }

    private static Node consumerRow(DeploymentChoice choice, boolean deploys) {
        Label reason = new Label(choice.reason());
        reason.setWrapText(true);
        reason.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(reason, Priority.ALWAYS);
        if (!deploys) {
            HBox row = new HBox(8, new FontIcon(Material2MZ.PERSON_OUTLINE), reason);
            row.setAlignment(Pos.CENTER_LEFT);
            return row;
        }
        CheckBox deploy = new CheckBox("deploy " + choice.service() + " " + choice.version() + " →");
        deploy.setId("wizardDeploy-" + choice.service() + "-" + choice.version());
        deploy.selectedProperty().bindBidirectional(choice.includedProperty());
        TextField to = new TextField();
        to.setId("wizardDeployTo-" + choice.service() + "-" + choice.version());
        to.setPrefColumnCount(6);
        to.textProperty().bindBidirectional(choice.toProperty());
        to.disableProperty().bind(deploy.selectedProperty().not());
        HBox line = new HBox(8, deploy, to);
        line.setAlignment(Pos.CENTER_LEFT);
        VBox row = new VBox(2, reason, line);
        row.getStyleClass().add("consumer-row");
        return row;
    }

    private Node reviewPage(PatternWizardViewModel viewModel) {
        phases.setId("wizardPhases");
        problems.setId("wizardProblems");
        problems.getStyleClass().add("tool-problems");
        problems.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.problems()));
        problems.managedProperty().bind(problems.visibleProperty());

        Label destination = muted(viewModel.destination());
        destination.setId("wizardDestination");
        destination.visibleProperty().bind(viewModel.generatedProperty().isNotNull());
        destination.managedProperty().bind(destination.visibleProperty());

        VBox page = new VBox(14, problems, section("PHASES", phases), destination);
        page.setPadding(new Insets(12, 16, 12, 16));
        return page;
    }

    private void showPhases(PatternWizardViewModel viewModel) {
        phases.getChildren().clear();
        for (PhasePreview phase : viewModel.phases()) {
            Label heading = new Label(phase.heading());
            heading.getStyleClass().addAll(Styles.TEXT_BOLD, "phase-heading");
            Label description = muted(phase.description());
            VBox box = new VBox(3, heading, description);
            box.getStyleClass().addAll("phase-box", "phase-" + phase.kind());
            phase.gates().forEach(g -> box.getChildren().add(muted("gate · " + g)));
            for (String stepLine : phase.steps()) {
                Label line = new Label(stepLine);
                line.getStyleClass().addAll("code", "phase-step");
                box.getChildren().add(line);
            }
            phases.getChildren().add(box);
        }
    }

    private void showProblems(PatternWizardViewModel viewModel) {
        problems.getChildren().clear();
        for (String text : viewModel.problems()) {
            Label line = new Label(text);
            line.setWrapText(true);
            line.getStyleClass().add("code");
            problems.getChildren().add(line);
        }
    }

    static VBox section(String caption, Node content) {
        Label title = new Label(caption);
        title.getStyleClass().add("section-title");
        return new VBox(6, title, content);
    }

    static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }
}
