package org.multivector.exposure;

import org.junit.jupiter.api.Test;
import org.multivector.world.BasisChoice;
import org.multivector.world.Tie;
import org.multivector.world.World;
import org.multivector.world.YearRange;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The exposure of the fictional country FOC in the demo dataset, every number worked out by hand. */
class ExposureAnalysisTest {

    private static final org.assertj.core.data.Offset<Double> CLOSE = within(1e-9);
    private static final World WORLD = DemoWorld.load();
    private static final YearRange YEARS = new YearRange(2020, 2022);
    private static final ExposureReport REPORT =
            ExposureAnalysis.of(WORLD, "FOC", YEARS, ExposureAnalysis.DEFAULT_POWERS, BasisChoice.REPORTER);

    private static double value(Metric metric, String dimension, String partner, int year) {
        return REPORT.value(metric, dimension, partner, year)
                .orElseThrow(
                        () -> new AssertionError("no " + metric.id() + " " + dimension + " " + partner + " " + year))
                .value();
    }

    @Test
    void sharesDivideByTheReportedWorldTotal() {
        assertThat(value(Metric.SHARE, "trade", "CHN", 2020)).isCloseTo(0.30, CLOSE);
        assertThat(value(Metric.SHARE, "trade", "EU", 2020)).isCloseTo(0.25, CLOSE);
        assertThat(value(Metric.SHARE, "trade", "CHN", 2022)).isCloseTo(0.40, CLOSE);
    }

    @Test
    void aShareKeepsTheFiguresItWasComputedFrom() {
        List<Tie> ties =
                REPORT.value(Metric.SHARE, "trade", "CHN", 2020).orElseThrow().ties();
        assertThat(ties)
                .extracting(Tie::partner, Tie::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CHN", 30.0),
                        org.assertj.core.groups.Tuple.tuple("WLD", 100.0));
    }

    @Test
    void withoutAReportedTotalThereAreNoSharesEvenWhenPartnersAreListed() {
        // 2021 lists trade with China (50) but no world total: a gap, not 50/50 = 100 %
        assertThat(REPORT.value(Metric.SHARE, "trade", "CHN", 2021)).isEmpty();
        assertThat(REPORT.value(Metric.HHI, "trade", "", 2021)).isEmpty();
        double[] shares = REPORT.series().get(new MetricValue.SeriesKey(Metric.SHARE, "trade", "CHN"));
        assertThat(shares[0]).isCloseTo(0.30, CLOSE);
        assertThat(shares[1]).isNaN();
        assertThat(shares[2]).isCloseTo(0.40, CLOSE);
    }

    @Test
    void concentrationCountsStatesAndTheRestOfTheWorldButNotTheBloc() {
        // states CHN .30, RUS .20, USA .05, DEU .15, FRA .10; rest of world .20; the EU (.25) overlaps DEU and FRA
        assertThat(value(Metric.HHI, "trade", "", 2020)).isCloseTo(0.205, CLOSE);
        assertThat(value(Metric.HIRSCHMAN, "trade", "", 2020)).isCloseTo(45.27692569068708, CLOSE);
        assertThat(value(Metric.EFFECTIVE_PARTNERS, "trade", "", 2020)).isCloseTo(4.878048780487805, CLOSE);
        // 2022: CHN .40, RUS .20, USA .02, rest .38
        assertThat(value(Metric.HHI, "trade", "", 2022)).isCloseTo(0.3448, CLOSE);
    }

    @Test
    void dependenceRunsBothWaysWithItsAsymmetry() {
        assertThat(value(Metric.DEPENDENCE_ON_PARTNER, "trade", "CHN", 2020)).isCloseTo(30.0 / 200, CLOSE);
        assertThat(value(Metric.DEPENDENCE_OF_PARTNER, "trade", "CHN", 2020)).isCloseTo(30.0 / 14000, CLOSE);
        assertThat(value(Metric.ASYMMETRY, "trade", "CHN", 2020)).isCloseTo(0.14785714285714285, CLOSE);
        assertThat(REPORT.value(Metric.DEPENDENCE_ON_PARTNER, "trade", "CHN", 2021))
                .as("no GDP in 2021")
                .isEmpty();
    }

    @Test
    void barbieriNeedsBothSidesReportedTotals() {
        // FOC's share .30; China's 30/4600
        assertThat(value(Metric.SALIENCE, "trade", "CHN", 2020)).isCloseTo(0.044232586846469135, CLOSE);
        assertThat(value(Metric.SYMMETRY, "trade", "CHN", 2020)).isCloseTo(0.7065217391304348, CLOSE);
        assertThat(value(Metric.INTERDEPENDENCE, "trade", "CHN", 2020)).isCloseTo(0.03125128418500537, CLOSE);
        assertThat(REPORT.value(Metric.SALIENCE, "trade", "RUS", 2020))
                .as("Russia reports no total")
                .isEmpty();
    }

    @Test
    void influenceOfChinaIsTheMeanOfBandwidthAndDependence() {
        // maxima: trade 80, FDI 500, shared organisations 2, arms 40, trade/GDP 0.32, FDI share 0.5, arms share 0.8
        double economicBandwidth = (30.0 / 80 + 100.0 / 500) / 2;
        double bandwidth = (economicBandwidth + 1.0 / 2 + 5.0 / 40) / 3;
        double economicDependence = (0.15 / 0.32 + 0.1 / 0.5) / 2;
        double dependence = (economicDependence + 0.1 / 0.8) / 2;
        assertThat(value(Metric.BANDWIDTH_ECONOMIC, "", "CHN", 2020)).isCloseTo(economicBandwidth, CLOSE);
        assertThat(value(Metric.BANDWIDTH_POLITICAL, "", "CHN", 2020)).isCloseTo(0.5, CLOSE);
        assertThat(value(Metric.BANDWIDTH, "", "CHN", 2020)).isCloseTo(bandwidth, CLOSE);
        assertThat(value(Metric.DEPENDENCE, "", "CHN", 2020)).isCloseTo(dependence, CLOSE);
        assertThat(value(Metric.INFLUENCE, "", "CHN", 2020)).isCloseTo((bandwidth + dependence) / 2, CLOSE);
    }

    @Test
    void influenceWithoutAnyDependenceFigureIsAGap() {
        // 2021: trade and memberships give bandwidth, but no GDP, FDI or arms figure gives dependence
        assertThat(value(Metric.BANDWIDTH, "", "CHN", 2021)).isCloseTo((50.0 / 80 + 0.5) / 2, CLOSE);
        assertThat(REPORT.value(Metric.INFLUENCE, "", "CHN", 2021)).isEmpty();
    }

    @Test
    void influenceScoreOnAWorldAgreesWithTheReport() {
        InfluenceScore score = InfluenceScore.calibrate(WORLD, BasisChoice.REPORTER);
        Influence influence = score.score(WORLD, "CHN", "FOC", 2020, BasisChoice.REPORTER);
        assertThat(influence.score()).isCloseTo(value(Metric.INFLUENCE, "", "CHN", 2020), CLOSE);
        assertThat(score.maxima()).containsEntry("trade", 80.0).containsEntry("shared_organisations", 2.0);
    }

    @Test
    void deepButUnevenTiesIn2020TiltTowardTheEu() {
        // closeness = mean share over trade and FDI stock (arms lack an EU figure): RUS .125, CHN .2, USA .125, EU .375
        BalanceYear year = REPORT.balanceIn(2020).orElseThrow();
        assertThat(year.dimensions()).containsExactly("trade", "fdi_stock");
        assertThat(year.closeness()).containsEntry("CHN", 0.2).containsEntry("EU", 0.375);
        assertThat(year.level()).isCloseTo(0.825, CLOSE);
        assertThat(year.evenness()).isCloseTo(0.9188237281185995, CLOSE);
        // evenness 0.919 < 0.95 and the EU's weight 0.375 / 0.825 = 0.45 < 0.6
        assertThat(year.balance()).isEqualTo(new Balance.TiltToward("EU"));
    }

    @Test
    void unevenTiesIn2022TiltTowardChina() {
        BalanceYear year = REPORT.balanceIn(2022).orElseThrow();
        assertThat(year.evenness()).isCloseTo(0.8144208340713041, CLOSE);
        // China's weight 0.40 / 0.82 = 0.49 < 0.6
        assertThat(year.balance()).isEqualTo(new Balance.TiltToward("CHN"));
    }

    @Test
    void aYearWithoutTotalsHasNoBalance() {
        assertThat(REPORT.balanceIn(2021)).isEmpty();
    }

    @Test
    void mirrorBasisReadsThePartnersStatisticsOverTheReportedTotal() {
        ExposureReport mirror =
                ExposureAnalysis.of(WORLD, "FOC", YEARS, ExposureAnalysis.DEFAULT_POWERS, BasisChoice.MIRROR);
        assertThat(mirror.value(Metric.SHARE, "trade", "CHN", 2020)
                        .orElseThrow()
                        .value())
                .isCloseTo(0.36, CLOSE);
        assertThat(mirror.value(Metric.SHARE, "trade", "RUS", 2020))
                .as("no Russian mirror figure")
                .isEmpty();
    }

    @Test
    void sourcesListEveryPublicationBehindTheFigures() {
        // one publication, cited on two bases (customs-style reporter figures, independent GDP/SIPRI-style figures)
        assertThat(REPORT.sources())
                .extracting(org.multivector.world.Source::url)
                .containsOnly("https://example.org/multivector/demo");
        assertThat(REPORT.sources())
                .extracting(org.multivector.world.Source::basis)
                .containsExactlyInAnyOrder(
                        org.multivector.world.Basis.REPORTER, org.multivector.world.Basis.INDEPENDENT);
        assertThat(REPORT.ties()).allSatisfy(tie -> assertThat(tie.year()).isBetween(2020, 2022));
    }

    @Test
    void unknownActorsAndYearsAreRejectedByName() {
        assertThatThrownBy(() -> ExposureAnalysis.of(WORLD, "XYZ", YEARS, List.of(), BasisChoice.REPORTER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("XYZ");
        assertThatThrownBy(() -> ExposureAnalysis.of(WORLD, "FOC", YEARS, List.of("RUS", "IND"), BasisChoice.REPORTER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("IND");
        assertThatThrownBy(() ->
                        ExposureAnalysis.of(WORLD, "FOC", new YearRange(2019, 2022), List.of(), BasisChoice.REPORTER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2019");
    }

    @Test
    void exportsAndImportsEnterTheBalanceOnlyWhenTradeCannot() {
        org.multivector.world.Source source = new org.multivector.world.Source(
                "tests", "hand-made", 2026, "https://example.org", org.multivector.world.Basis.REPORTER, true);
        List<org.multivector.world.Dimension> dimensions = List.of(
                new org.multivector.world.Dimension(
                        "trade", "Trade", "USD_M", org.multivector.world.DimensionKind.FLOW, ""),
                new org.multivector.world.Dimension(
                        "exports", "Exports", "USD_M", org.multivector.world.DimensionKind.FLOW, ""),
                new org.multivector.world.Dimension(
                        "imports", "Imports", "USD_M", org.multivector.world.DimensionKind.FLOW, ""));
        List<org.multivector.world.Actor> actors = List.of(
                org.multivector.world.Actor.of("FOC", "Focal", org.multivector.world.ActorKind.MIDDLE_POWER),
                org.multivector.world.Actor.of("PA", "Power A", org.multivector.world.ActorKind.GREAT_POWER),
                org.multivector.world.Actor.of("PB", "Power B", org.multivector.world.ActorKind.GREAT_POWER),
                org.multivector.world.Actor.of("WLD", "World", org.multivector.world.ActorKind.AGGREGATE));
        List<Tie> ties = new java.util.ArrayList<>();
        for (String dimension : List.of("exports", "imports")) {
            for (int year : List.of(2020, 2021)) {
                ties.add(new Tie("FOC", "WLD", dimension, year, 100, "USD_M", source, ""));
                ties.add(new Tie("FOC", "PA", dimension, year, 30, "USD_M", source, ""));
                ties.add(new Tie("FOC", "PB", dimension, year, 10, "USD_M", source, ""));
            }
        }
        // 2021 also has trade with a total: trade then stands for exports and imports
        ties.add(new Tie("FOC", "WLD", "trade", 2021, 200, "USD_M", source, ""));
        ties.add(new Tie("FOC", "PA", "trade", 2021, 20, "USD_M", source, ""));
        ties.add(new Tie("FOC", "PB", "trade", 2021, 20, "USD_M", source, ""));
        World world = World.of(
                new org.multivector.world.DatasetInfo(
                        "hand", "hand", "1", "", "FOC", new YearRange(2020, 2021), BasisChoice.REPORTER),
                actors,
                dimensions,
                ties);
        ExposureReport report =
                ExposureAnalysis.of(world, "FOC", world.years(), List.of("PA", "PB"), BasisChoice.REPORTER);
        assertThat(report.balanceIn(2020).orElseThrow().dimensions()).containsExactly("exports", "imports");
        assertThat(report.balanceIn(2020).orElseThrow().closeness())
                .containsEntry("PA", 0.3)
                .containsEntry("PB", 0.1);
        assertThat(report.balanceIn(2021).orElseThrow().dimensions()).containsExactly("trade");
        assertThat(report.balanceIn(2021).orElseThrow().balance()).isEqualTo(new Balance.Equidistance());
    }
}
