package org.multivector.imports;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The importers are pure Java over the input layer and the world model (CoreArchitectureTest keeps databases, web servers and clusters out of core). */
class ImportsArchitectureTest {

    private final JavaClasses core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.multivector");

    @Test
    void importersUseOnlyTheJdkTheInputLayerAndTheWorldModel() {
        classes().that().resideInAPackage("org.multivector.imports..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.multivector.imports..", "org.multivector.world..",
                        "org.multivector.input..")
                .check(core);
    }
}
