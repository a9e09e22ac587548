package dev.phaseshift.app;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.phaseshift.app.main.EarlyEstate;
import dev.phaseshift.app.task.FxTaskRunner;
import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.estate.DecisionEditor;
import dev.phaseshift.estate.EstateFile;
import dev.phaseshift.estate.EstateLoader;
import dev.phaseshift.estate.ServiceEditor;
import dev.phaseshift.introspect.EstateIntrospection;
import dev.phaseshift.introspect.ServerDiscovery;
import dev.phaseshift.snapshot.SnapshotFile;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layer rules of the app, as tests (STYLE.md: views only bind, view models never touch a Node). */
class ArchitectureTest {
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.phaseshift.app");

    @Test
    void viewModelsDoNotDependOnNodesOrControls() {
        ArchRule rule = classes().that().haveSimpleNameEndingWith("ViewModel")
                .should().onlyDependOnClassesThat().resideOutsideOfPackage("javafx.scene..")
                .because("a view model holds state and commands and is tested without the FX toolkit");
        rule.check(APP);
    }

    @Test
    void settingsAndTasksDoNotDependOnNodesOrControls() {
        ArchRule rule = noClasses().that().resideInAnyPackage("dev.phaseshift.app.settings..",
                        "dev.phaseshift.app.task..")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .because("settings and background work are used by view models");
        rule.check(APP);
    }

    @Test
    void estateTreeAndInspectorModelsDoNotDependOnNodes() {
        ArchRule rule = noClasses().that().resideInAnyPackage("dev.phaseshift.app.estate..",
                        "dev.phaseshift.app.inspector..")
                .and().haveSimpleNameNotEndingWith("View")
                .and().haveSimpleNameNotEndingWith("Cell")
                .and().haveSimpleNameNotEndingWith("Icons")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .because("the tree and the inspector content are plain values, built and tested headless");
        rule.check(APP);
    }

    @Test
    void graphFindingsAndReferencesModelsDoNotDependOnNodes() {
        ArchRule rule = noClasses().that().resideInAnyPackage("dev.phaseshift.app.graph..",
                        "dev.phaseshift.app.findings..", "dev.phaseshift.app.references..")
                .and().haveSimpleNameNotEndingWith("View")
                .and().haveSimpleNameNotEndingWith("Canvas")
                .and().haveSimpleNameNotEndingWith("Cell")
                .and().areNotNestedClasses()
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .because("what the graph, findings and references tabs show is plain values and view models");
        rule.check(APP);
    }

    @Test
    void planToolModelsDoNotDependOnNodes() {
        ArchRule rule = noClasses().that().resideInAnyPackage("dev.phaseshift.app.wizard..",
                        "dev.phaseshift.app.sqlpreview..", "dev.phaseshift.app.dryrun..", "dev.phaseshift.app.export..")
                .and().haveSimpleNameNotEndingWith("View")
                .and().haveSimpleNameNotEndingWith("Pane")
                .and().areNotNestedClasses()
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .because("the wizards, SQL preview, dry-run and export are view models and values, tested headless");
        rule.check(APP);
    }

    @Test
    void onlyViewModelsWriteDecisionsIntoEstateFiles() {
        ArchRule rule = noClasses().that().haveSimpleNameNotEndingWith("ViewModel")
                .should().dependOnClassesThat().belongToAnyOf(DecisionEditor.class)
                .because("writing a file is a view-model command run through the task runner");
        rule.check(APP);
    }

    @Test
    void onlyViewModelsWriteServicesOrReadDatabases() {
        ArchRule rule = noClasses().that().haveSimpleNameNotEndingWith("ViewModel")
                .should().dependOnClassesThat().belongToAnyOf(ServiceEditor.class, ServerDiscovery.class,
                        EstateIntrospection.class)
                .because("writing the estate file and reaching databases are view-model commands run through the "
                        + "task runner");
        rule.check(APP);
    }

    @Test
    void onlyTheFxTaskRunnerCallsPlatformRunLater() {
        ArchRule rule = noClasses().that().doNotBelongToAnyOf(FxTaskRunner.class)
                .should().callMethod(Platform.class, "runLater", Runnable.class)
                .because("work reaches the FX thread through the task runner, not from scattered places");
        rule.check(APP);
    }

    @Test
    void nobodyCreatesThreads() {
        ArchRule rule = noClasses().should().callConstructorWhere(
                        DescribedPredicate.describe("a constructor of java.lang.Thread or a subclass",
                                (JavaConstructorCall call) -> call.getTargetOwner().isAssignableTo(Thread.class)))
                .because("background work goes through the task runner");
        rule.check(APP);
    }

    @Test
    void onlyViewModelsLoadEstates() {
        ArchRule rule = noClasses().that().haveSimpleNameNotEndingWith("ViewModel")
                .and().doNotBelongToAnyOf(EarlyEstate.class)
                .should().dependOnClassesThat().belongToAnyOf(EstateLoader.class, EstateFile.class,
                        DemoEstate.class, SnapshotFile.class)
                .because("views only bind; loading is a view-model command run through the task runner (the "
                        + "launch estate is read ahead before the toolkit and its runner exist, and handed to the "
                        + "main view model's first load)");
        rule.check(APP);
    }
}
