package org.multivector.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The engine stays an engine: no web server, database, cluster or command line inside {@code core},
 * so that every analysis can run in a test, a batch job or a Spark executor alike.
 */
@AnalyzeClasses(packages = "org.multivector", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule core_uses_no_web_server = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.javalin..", "jakarta.servlet..", "org.eclipse.jetty..")
            .because("the web server belongs in app");

    @ArchTest
    static final ArchRule core_uses_no_database = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.duckdb..", "java.sql..", "javax.sql..")
            .because("the run store belongs in app");

    @ArchTest
    static final ArchRule core_uses_no_cluster = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.apache.spark..", "org.apache.hadoop..", "scala..")
            .because("Spark belongs in its own module");

    @ArchTest
    static final ArchRule core_has_no_command_line = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("picocli..", "me.tongfei.progressbar..")
            .because("the command line belongs in app");

    @ArchTest
    static final ArchRule core_packages_are_free_of_cycles = slices().matching("org.multivector.(**)")
            .should()
            .beFreeOfCycles()
            .because(
                    "a capability package depends on those below it (input, world, dataset), never back: each can be read, tested and moved alone");

    @ArchTest
    static final ArchRule results_are_written_by_the_analyses_not_read_by_them = noClasses()
            .that()
            .resideInAPackage("org.multivector.report..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.multivector.profile..",
                    "org.multivector.exposure..",
                    "org.multivector.corridors..",
                    "org.multivector.bargaining..",
                    "org.multivector.scenario..",
                    "org.multivector.strategy..")
            .because("the result contract (org.multivector.report) sits below every analysis, whose documents use it");
}
