package org.multivector.imports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multivector.input.InputRule;
import org.multivector.input.Problem;
import org.multivector.world.Basis;
import org.multivector.world.DimensionKind;
import org.multivector.world.Tie;
import org.multivector.world.World;
import org.multivector.world.io.DatasetLoader;
import org.multivector.world.io.DatasetRule;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.multivector.imports.Fixtures.file;
import static org.multivector.imports.Fixtures.kaz;
import static org.multivector.imports.Fixtures.value;

/** World Bank WDI, IMF DOTS and the SIPRI trade register, each in its own layout. */
class WideAndRegisterImportTest {

    private final DatasetImporter importer = DatasetImporter.standard();

    @TempDir
    Path temp;

    private World load(ImportFormat format, String fixture, ImportOptions options) throws Exception {
        Path dir = temp.resolve(format.id());
        importer.run(format, List.of(file(fixture)), dir, options);
        return DatasetLoader.load(dir);
    }

    @Test
    void wdiGivesGdpInMillionsAfterThePreamble() throws Exception {
        World world = load(ImportFormat.WDI, "wdi-API_KAZ.csv", kaz());
        assertThat(value(world, "KAZ", "KAZ", "gdp", 2022, Basis.REPORTER).orElseThrow())
                .isCloseTo(225496.4553402, within(1e-6));
        assertThat(value(world, "KAZ", "KAZ", "gdp", 2021, Basis.REPORTER).orElseThrow())
                .isCloseTo(197112.2553604, within(1e-6));
        assertThat(value(world, "WLD", "WLD", "gdp", 2022, Basis.REPORTER)).hasValue(100880000);
        assertThat(world.dimension("gdp").orElseThrow().kind()).isEqualTo(DimensionKind.MONADIC);
        assertThat(world.actor("ARB")).isEmpty();
        assertThat(value(world, "EU", "EU", "gdp", 2022, Basis.REPORTER).orElseThrow())
                .isCloseTo(16761496.59076522, within(1e-6));
        assertThat(world.tie("EU", "EU", "gdp", 2022, Basis.REPORTER)
                        .orElseThrow()
                        .note())
                .contains("27 EU member states of 2020");
        assertThat(world.dimension("wdi_sp_pop_totl")).isEmpty();
        assertThat(world.ties())
                .allSatisfy(t -> assertThat(t.source().publisher()).isEqualTo("World Bank"));
    }

    @Test
    void wdiImportsOtherIndicatorsOnlyWhenNamed() throws Exception {
        Path dir = temp.resolve("wdi");
        ImportReport report = importer.run(
                ImportFormat.WDI, List.of(file("wdi-API_KAZ.csv")), dir, kaz().withIndicators(Set.of("SP.POP.TOTL")));
        World world = DatasetLoader.load(dir);
        assertThat(value(world, "KAZ", "KAZ", "wdi_sp_pop_totl", 2022, Basis.REPORTER))
                .hasValue(19621972);
        assertThat(world.dimension("wdi_sp_pop_totl").orElseThrow().name()).isEqualTo("Population, total");
        assertThat(report.setAside().keySet()).anyMatch(r -> r.contains("not asked for"));
        assertThat(report.setAside().keySet()).anyMatch(r -> r.contains("Arab World") || r.contains("ARB"));
    }

    @Test
    void wdiRefusesAValueThatIsNotANumberAndAnUnknownCountry() {
        assertThatThrownBy(() -> importer.run(ImportFormat.WDI, List.of(file("wdi-bad.csv")), temp.resolve("x"), kaz()))
                .isInstanceOfSatisfying(
                        ImportFailedException.class,
                        e -> assertThat(e.problems())
                                .satisfiesExactly(
                                        p -> assertThat(p)
                                                .extracting(Problem::line, Problem::column, Problem::rule)
                                                .containsExactly(2, 64, InputRule.NOT_A_NUMBER),
                                        p -> {
                                            assertThat(p)
                                                    .extracting(Problem::line, Problem::rule)
                                                    .containsExactly(3, DatasetRule.UNKNOWN_ACTOR);
                                            assertThat(p.message()).contains("ATL");
                                        }));
    }

    @Test
    void imfDotsReadsAnnualValuesInMillionsAndMirrorsPartnerReports() throws Exception {
        Path dir = temp.resolve("dots");
        ImportReport report = importer.run(ImportFormat.IMF_DOTS, List.of(file("imf-dots.csv")), dir, kaz());
        World world = DatasetLoader.load(dir);
        assertThat(value(world, "KAZ", "WLD", "exports", 2021, Basis.REPORTER)).hasValue(60321.5);
        assertThat(value(world, "KAZ", "CHN", "exports", 2022, Basis.REPORTER)).hasValue(13200);
        assertThat(value(world, "KAZ", "CHN", "exports", 2022, Basis.MIRROR)).hasValue(15300);
        assertThat(value(world, "CHN", "KAZ", "imports", 2021, Basis.REPORTER)).hasValue(9100);
        assertThat(report.setAside())
                .containsKeys(
                        "rows of attribute 'Status' (only Value rows are imported)",
                        "rows of indicator 'TBG_USD' (only TXG_FOB_USD and TMG_CIF_USD are imported)");
        assertThat(world.ties())
                .allSatisfy(t -> assertThat(t.source().publisher()).isEqualTo("International Monetary Fund"));
    }

    @Test
    void imfDotsRefusesBrokenValuesAndUnknownCodes() throws Exception {
        Path bad = temp.resolve("dots-bad.csv");
        java.nio.file.Files.writeString(bad, """
                "Country Name","Country Code","Indicator Name","Indicator Code","Counterpart Country Name","Counterpart Country Code","Attribute","2021","2022",
                "Kazakhstan","916","Goods, Value of Exports, Free on board (FOB), US Dollars","TXG_FOB_USD","World","1","Value","60321.5","84,393.5",
                "Kazakhstan","916","Goods, Value of Exports, Free on board (FOB), US Dollars","TXG_FOB_USD","Advanced Economies","110","Value","40000","50000",
                "Kazakhstan","916","Goods, Value of Exports, Free on board (FOB), US Dollars","TXG_FOB_USD","China, P.R.: Mainland","924","Value","10200.1"
                """);
        assertThatThrownBy(() -> importer.run(ImportFormat.IMF_DOTS, List.of(bad), temp.resolve("x"), kaz()))
                .isInstanceOfSatisfying(
                        ImportFailedException.class,
                        e -> assertThat(e.problems())
                                .satisfiesExactly(
                                        p -> assertThat(p)
                                                .extracting(Problem::line, Problem::rule)
                                                .containsExactly(2, InputRule.NOT_A_NUMBER),
                                        p -> {
                                            assertThat(p)
                                                    .extracting(Problem::line, Problem::rule)
                                                    .containsExactly(3, DatasetRule.UNKNOWN_ACTOR);
                                            assertThat(p.message()).contains("'110'");
                                        },
                                        p -> assertThat(p)
                                                .extracting(Problem::line, Problem::rule)
                                                .containsExactly(4, InputRule.FIELD_COUNT)));
        ImportReport lenient =
                importer.run(ImportFormat.IMF_DOTS, List.of(bad), temp.resolve("y"), kaz().withLenient(true));
        assertThat(lenient.skippedCount()).isEqualTo(3);
        assertThat(value(DatasetLoader.load(temp.resolve("y")), "KAZ", "WLD", "exports", 2021, Basis.REPORTER))
                .hasValue(60321.5);
    }

    @Test
    void sipriSumsDeliveredTivPerRecipientSupplierAndYear() throws Exception {
        Path dir = temp.resolve("sipri");
        ImportReport report =
                importer.run(ImportFormat.SIPRI_REGISTER, List.of(file("sipri-register-kaz.csv")), dir, kaz());
        World world = DatasetLoader.load(dir);
        assertThat(value(world, "KAZ", "RUS", "arms_imports", 2020, Basis.INDEPENDENT))
                .hasValue(100);
        assertThat(value(world, "KAZ", "RUS", "arms_imports", 2021, Basis.INDEPENDENT))
                .hasValue(16);
        assertThat(value(world, "KAZ", "ESP", "arms_imports", 2022, Basis.INDEPENDENT))
                .hasValue(11);
        // the world total counts deliveries from unknown suppliers too
        assertThat(value(world, "KAZ", "WLD", "arms_imports", 2020, Basis.INDEPENDENT))
                .hasValue(102);
        // a deal delivered over two years is not split without the user's say
        assertThat(value(world, "KAZ", "TUR", "arms_imports", 2021, Basis.INDEPENDENT))
                .isEmpty();
        assertThat(report.setAside().keySet())
                .anyMatch(r -> r.startsWith("deals delivered over several years"))
                .anyMatch(r -> r.startsWith("deals with no deliveries identified"));
        assertThat(world.dimension("arms_imports").orElseThrow().unit()).isEqualTo("TIV_M");
        assertThat(world.ties()).noneMatch(t -> t.source().assumption());
    }

    @Test
    void sipriSplitsMultiYearDealsOnlyAsALabelledAssumption() throws Exception {
        World world = load(ImportFormat.SIPRI_REGISTER, "sipri-register-kaz.csv", kaz().withSplitDeliveries(true));
        Tie turkish =
                world.tie("KAZ", "TUR", "arms_imports", 2021, Basis.INDEPENDENT).orElseThrow();
        assertThat(turkish.value()).isEqualTo(6);
        assertThat(turkish.source().assumption()).isTrue();
        assertThat(turkish.note()).contains("split evenly");
        assertThat(world.tie("KAZ", "RUS", "arms_imports", 2020, Basis.INDEPENDENT)
                        .orElseThrow()
                        .source()
                        .assumption())
                .isFalse();
        // "Türkiye" arrived intact from the windows-1252 file
        assertThat(world.actor("TUR").orElseThrow().name()).isEqualTo("Türkiye");
    }

    @Test
    void sipriReadsUncertainYearsAndRanges() throws Exception {
        Path register = temp.resolve("register.csv");
        java.nio.file.Files.writeString(register, """
                Transfers of major conventional arms to Uzbekistan.
                Recipient,Supplier,Year of order,,Number ordered,,Weapon designation,Weapon description,Number delivered,,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons
                Uzbekistan,China,2017,?,2,,FD-2000,SAM system,2,,2019?,,,10,20,20
                Uzbekistan,France,2016,,4,,H225M,helicopter,4,,2018-2019,,,6,24,24
                Uzbekistan,Russia,2018,,12,,Su-30SM,FGA aircraft,12,,(2020),,,25,300,300
                """, java.nio.charset.Charset.forName("windows-1252"));
        Path dir = temp.resolve("uzb");
        importer.run(
                ImportFormat.SIPRI_REGISTER,
                List.of(register),
                dir,
                ImportOptions.defaults("UZB", Fixtures.DOWNLOADED).withSplitDeliveries(true));
        World world = DatasetLoader.load(dir);
        assertThat(value(world, "UZB", "CHN", "arms_imports", 2019, Basis.INDEPENDENT))
                .hasValue(20);
        assertThat(value(world, "UZB", "FRA", "arms_imports", 2018, Basis.INDEPENDENT))
                .hasValue(12);
        assertThat(value(world, "UZB", "RUS", "arms_imports", 2020, Basis.INDEPENDENT))
                .hasValue(300);
        assertThat(value(world, "UZB", "WLD", "arms_imports", 2019, Basis.INDEPENDENT))
                .hasValue(32);
        assertThat(world.info().focal()).isEqualTo("UZB");
    }

    @Test
    void sipriRefusesUnknownNamesAndBrokenYears() {
        assertThatThrownBy(() -> importer.run(
                        ImportFormat.SIPRI_REGISTER, List.of(file("sipri-register-bad.csv")), temp.resolve("x"), kaz()))
                .isInstanceOfSatisfying(
                        ImportFailedException.class,
                        e -> assertThat(e.problems())
                                .satisfiesExactly(
                                        p -> {
                                            assertThat(p)
                                                    .extracting(Problem::line, Problem::rule)
                                                    .containsExactly(14, DatasetRule.UNKNOWN_ACTOR);
                                            assertThat(p.message()).contains("Narnia");
                                        },
                                        p -> assertThat(p)
                                                .extracting(Problem::line, Problem::rule)
                                                .containsExactly(15, InputRule.INVALID_VALUE)));
    }

    @Test
    void refusesAFileOfAnotherFormat() {
        assertThatThrownBy(() -> importer.run(
                        ImportFormat.SIPRI_REGISTER, List.of(file("comtrade-kaz-2022.csv")), temp.resolve("x"), kaz()))
                .isInstanceOfSatisfying(
                        ImportFailedException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .satisfies(p -> assertThat(p.message()).contains("Recipient", "SIPRI")));
        assertThatThrownBy(
                        () -> importer.run(ImportFormat.WDI, List.of(file("imf-dots.csv")), temp.resolve("x"), kaz()))
                .isInstanceOf(ImportFailedException.class);
    }
}
