package com.reportqa;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The feature packages keep their promises: no cycles, the faces (UI, API, CLI) go through answering. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.reportqa");
    }

    @Test
    void should_have_no_cycles_between_feature_packages() {
        slices().matching("com.reportqa.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void should_keep_the_ui_and_the_api_away_from_lucene_and_the_index() {
        noClasses().that().resideInAnyPackage("com.reportqa.ui..", "com.reportqa.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "com.reportqa.search..",
                        "com.reportqa.figures..", "com.reportqa.llm..")
                .check(classes);
    }

    @Test
    void should_never_let_a_service_depend_on_the_ui() {
        noClasses().that().resideOutsideOfPackage("com.reportqa.ui..")
                .should().dependOnClassesThat().resideInAPackage("com.reportqa.ui..").check(classes);
    }
}
