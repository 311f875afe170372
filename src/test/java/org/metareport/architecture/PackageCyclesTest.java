package org.metareport.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The import graph between metareport's top-level packages has no cycles: each stage sees only what lies upstream of
 * it, and the vocabulary every stage shares lives in the leaf package {@code org.metareport.vocabulary}. A new
 * cycle fails here with the classes that form it.
 */
class PackageCyclesTest {
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.metareport");
    }

    @Test
    void topLevelPackagesAreFreeOfCycles() {
        slices().matching("org.metareport.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void vocabularyIsALeaf() {
        noClasses().that().resideInAPackage("org.metareport.vocabulary..")
                .should().dependOnClassesThat(resideInAPackage("org.metareport..")
                        .and(resideOutsideOfPackage("org.metareport.vocabulary..")))
                .because("the shared vocabulary must not depend on any stage")
                .check(classes);
    }
}
