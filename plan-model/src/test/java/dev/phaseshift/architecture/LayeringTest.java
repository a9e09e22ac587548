package dev.phaseshift.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering rules of STYLE.md that concern plan-model. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.phaseshift");
    }

    @Test
    void planModelNeverUsesJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..").check(classes);
    }

    @Test
    void jdbcStaysInTheModulesThatTalkToDatabases() {
        noClasses().that().resideOutsideOfPackages("dev.phaseshift.connect..", "dev.phaseshift.introspect..",
                        "dev.phaseshift.dryrun..", "dev.phaseshift.runner..",
                        // the demo command creates real databases from the bundled scripts
                        "dev.phaseshift.demo..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.postgresql..", "com.mysql..")
                .check(classes);
    }

    @Test
    void jacksonStaysInTheFileFormats() {
        // reference: the docs generated from the file formats' JSON Schemas read those schemas as JSON
        noClasses().that().resideOutsideOfPackages("dev.phaseshift.snapshot..", "dev.phaseshift.estate..",
                        "dev.phaseshift.plan.file..", "dev.phaseshift.report..", "dev.phaseshift.reference..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
                .check(classes);
    }

    @Test
    void theModelDoesNotDependOnTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("dev.phaseshift.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.phaseshift.cli..", "picocli..")
                .check(classes);
    }

    @Test
    void theSchemaModelDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("dev.phaseshift.schema..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.phaseshift.estate..", "dev.phaseshift.cli..",
                        "dev.phaseshift.demo..", "dev.phaseshift.snapshot..", "dev.phaseshift.introspect..")
                .check(classes);
    }
}
