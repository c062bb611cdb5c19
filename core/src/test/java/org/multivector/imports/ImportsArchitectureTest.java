package org.multivector.imports;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The importers are pure Java over the input layer and the world model (CoreArchitectureTest keeps databases,
 * web servers and clusters out of core); Apache POI, for Excel workbooks, is used by the workbook readers alone.
 */
class ImportsArchitectureTest {

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.multivector");

    @Test
    void importersUseOnlyTheJdkTheInputLayerTheWorldModelAndPoi() {
        classes()
                .that()
                .resideInAPackage("org.multivector.imports..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "org.multivector.imports..",
                        "org.multivector.world..",
                        "org.multivector.input..",
                        "org.apache.poi..")
                .check(core);
    }

    @Test
    void onlyTheWorkbookReadersTouchPoi() {
        noClasses()
                .that()
                .resideInAPackage("org.multivector..")
                .and()
                .haveNameNotMatching(
                        "org\\.multivector\\.imports\\.(ExcelWorkbook|ImfDotsWorkbookReader|BnsTradeReader)(\\$.*)?")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.poi..")
                .check(core);
    }
}
