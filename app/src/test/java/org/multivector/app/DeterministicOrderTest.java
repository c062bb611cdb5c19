package org.multivector.app;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Same input, same bytes, in every process. {@code Map.of}, {@code Map.ofEntries}, {@code Map.copyOf},
 * {@code Set.of} and {@code Set.copyOf} iterate in an order drawn anew at each JVM start, so a document
 * built from one listed its keys in another order on the next run (the strategy document's outcomes
 * and assumptions did, found by {@code StrategyDocumentGoldenTest}; a scenario's fixed parameters took
 * their array positions, and an export its columns, in that order; the corridor documents listed and
 * summed undelivered volumes so). Only lookup tables, never iterated, may use them; each class below
 * was read for that.
 */
@AnalyzeClasses(packages = "org.multivector", importOptions = ImportOption.DoNotIncludeTests.class)
class DeterministicOrderTest {

    /** Classes whose immutable maps and sets are only looked up (contains, get), or iterated into a sorted copy. */
    private static final Set<String> LOOKUP_ONLY = Set.of(
            "org.multivector.app.server.DashboardServer", // guarded HTTP methods; response headers
            "org.multivector.app.cli.ImportCommand", // the WDI indicator codes asked for
            "org.multivector.bargaining.deu.NiceVotes", // vote weight by member state
            "org.multivector.bargaining.io.IssueReader", // allowed keys, listed through a TreeSet
            "org.multivector.scenario.LeverReader", // allowed keys, listed through a TreeSet
            "org.multivector.strategy.StudyReader", // allowed keys, listed through a TreeSet
            "org.multivector.imports.DatasetImporter", // the great powers' codes
            "org.multivector.imports.ImportOptions", // the WDI indicator codes asked for
            "org.multivector.world.io.DatasetLoader", // the countries a lazy load is asked for
            "org.multivector.input.YamlInput"); // allowed keys; messages list the caller's own collection

    private static final DescribedPredicate<JavaMethodCall> UNORDERED_COLLECTION =
            new DescribedPredicate<>("build a Map or Set whose iteration order changes between JVM runs") {
                @Override
                public boolean test(JavaMethodCall call) {
                    String owner = call.getTarget().getOwner().getName();
                    String name = call.getTarget().getName();
                    int arguments = call.getTarget().getRawParameterTypes().size();
                    if (owner.equals("java.util.Map")) {
                        return name.equals("ofEntries")
                                || name.equals("copyOf")
                                || (name.equals("of") && arguments >= 4);
                    }
                    if (owner.equals("java.util.Set")) {
                        return name.equals("copyOf") || (name.equals("of") && arguments >= 2);
                    }
                    return false;
                }
            };

    @ArchTest
    static final ArchRule documents_do_not_depend_on_the_jvms_hash_seed = noClasses()
            .that(new DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass>("are not lookup-only tables") {
                @Override
                public boolean test(com.tngtech.archunit.core.domain.JavaClass type) {
                    String name = type.getName();
                    int nested = name.indexOf('$');
                    return !LOOKUP_ONLY.contains(nested < 0 ? name : name.substring(0, nested));
                }
            })
            .should()
            .callMethodWhere(UNORDERED_COLLECTION)
            .because("their order differs from one process to the next; use List.of, a LinkedHashMap, a record, "
                    + "or a sorted collection where the order can reach a result, a message or an array layout");
}
