package org.multivector.app.cli;

import org.multivector.exposure.BalanceThresholds;
import org.multivector.exposure.BalanceYear;
import org.multivector.exposure.ExposureAnalysis;
import org.multivector.exposure.ExposureDocument;
import org.multivector.exposure.ExposureReport;
import org.multivector.exposure.ExposureRequest;
import org.multivector.exposure.Metric;
import org.multivector.exposure.MetricValue;
import org.multivector.report.Column;
import org.multivector.report.Report;
import org.multivector.world.Actor;
import org.multivector.world.BasisChoice;
import org.multivector.world.Source;
import org.multivector.world.Tie;
import org.multivector.world.World;
import org.multivector.world.YearRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** {@code multivector exposure ISO3}: every exposure metric as a yearly series, the balance among the powers, and the sources. */
@Command(
        name = "exposure",
        mixinStandardHelpOptions = true,
        header = "How exposed a country is, and to whom, year by year.",
        description = {
            "How exposed a country is and to whom: partner shares and concentration, dependence and its asymmetry,",
            "FBIC-style influence of each power, and per year whether its ties with the powers look like equal closeness,",
            "equidistance, a tilt or alignment. Gaps stay gaps. Equations: docs/metrics.md."
        })
public final class ExposureCommand implements Runnable {

    /** Whose statistics to read for pair figures. */
    enum BasisOption {
        reporter,
        mirror
    }

    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOption dataset;

    @Parameters(
            index = "0",
            paramLabel = "ISO3",
            description = "The country, as an ISO 3166-1 alpha-3 code (e.g. KAZ).")
    String country;

    @Option(names = "--from", paramLabel = "Y", description = "First year. Default: the dataset's first year.")
    Integer from;

    @Option(names = "--to", paramLabel = "Y", description = "Last year. Default: the dataset's last year.")
    Integer to;

    @Option(
            names = "--powers",
            paramLabel = "CODES",
            split = ",",
            description =
                    "The powers to balance among, comma-separated. Default: those of RUS, CHN, USA, EU the dataset declares.")
    List<String> powers;

    @Option(
            names = "--basis",
            paramLabel = "SIDE",
            defaultValue = "reporter",
            description =
                    "Whose statistics for pair figures: reporter (the country's own, default) or mirror (its partners').")
    BasisOption basis;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "table",
            description = "table, json or csv. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Override
    public void run() {
        World world = dataset.load(country, powers != null ? powers : ExposureAnalysis.DEFAULT_POWERS);
        String code = DatasetOption.country(world, country);
        BasisChoice choice = basis == BasisOption.mirror ? BasisChoice.MIRROR : BasisChoice.REPORTER;
        ExposureReport report = new ExposureRequest(code, from, to, powers, choice).report(world);
        PrintWriter out = spec.commandLine().getOut();
        SourceIndex sources = new SourceIndex(report);
        ReportOutput.print(
                out,
                format,
                ExposureDocument.of(world, report),
                () -> tables(world, report, sources),
                () -> List.of(tidy(report)));
    }

    /** Numbers every source in order of first use. */
    private static final class SourceIndex {
        final List<Source> sourceList;

        SourceIndex(ExposureReport report) {
            sourceList = report.sources();
        }

        int number(Source source) {
            return sourceList.indexOf(source) + 1;
        }

        Set<Integer> numbers(List<MetricValue> values) {
            Set<Integer> result = new TreeSet<>();
            for (MetricValue value : values) {
                for (Tie tie : value.ties()) {
                    result.add(number(tie.source()));
                }
            }
            return result;
        }
    }

    // ------------------------------------------------------------------ table

    private record Section(String title, Set<Metric> metrics) {}

    private static final List<Section> SECTIONS = List.of(
            new Section("Shares of the reported world total (partner WLD)", EnumSet.of(Metric.SHARE)),
            new Section(
                    "Concentration over state partners plus the rest of the world (blocs are not counted beside their members)",
                    EnumSet.of(Metric.HHI, Metric.HIRSCHMAN, Metric.EFFECTIVE_PARTNERS)),
            new Section(
                    "Dependence (bilateral trade over GDP) and Barbieri interdependence, with each power",
                    EnumSet.of(
                            Metric.DEPENDENCE_ON_PARTNER,
                            Metric.DEPENDENCE_OF_PARTNER,
                            Metric.ASYMMETRY,
                            Metric.SALIENCE,
                            Metric.SYMMETRY,
                            Metric.INTERDEPENDENCE)),
            new Section(
                    "FBIC-style influence capacity of each power over the country (0-1, relative to the strongest tie in the dataset)",
                    EnumSet.of(
                            Metric.BANDWIDTH_ECONOMIC,
                            Metric.BANDWIDTH_POLITICAL,
                            Metric.BANDWIDTH_SECURITY,
                            Metric.BANDWIDTH,
                            Metric.DEPENDENCE_ECONOMIC,
                            Metric.DEPENDENCE_SECURITY,
                            Metric.DEPENDENCE,
                            Metric.INFLUENCE)),
            new Section(
                    "Closeness to the powers (mean share over the balance dimensions) and evenness",
                    EnumSet.of(Metric.CLOSENESS, Metric.CLOSENESS_LEVEL, Metric.EVENNESS)));

    private static List<Report> tables(World world, ExposureReport report, SourceIndex sources) {
        Actor actor = world.actor(report.focal()).orElseThrow();
        YearRange years = report.years();
        String heading = String.format(
                        "Exposure of %s (%s), %s — dataset %s %s, %s basis; powers %s\n",
                        actor.name(),
                        report.focal(),
                        years,
                        world.info().name(),
                        world.info().version(),
                        report.basis().optionName(),
                        String.join(", ", report.powers()))
                + String.format(
                        "Each trend runs %d→%d, scaled from the row's smallest to its largest value; %c marks a year without a value.",
                        years.from(), years.to(), Sparkline.GAP);
        List<Report> reports = new ArrayList<>();
        reports.add(Report.text(heading));
        if (report.values().isEmpty()) {
            reports.add(Report.text(
                    "No figures for this country in these years. The dataset covers " + world.years() + "."));
            return reports;
        }
        Map<MetricValue.SeriesKey, double[]> series = report.series();
        Map<MetricValue.SeriesKey, List<MetricValue>> valuesByKey = new LinkedHashMap<>();
        for (MetricValue value : report.values()) {
            valuesByKey.computeIfAbsent(value.key(), k -> new ArrayList<>()).add(value);
        }
        for (Section section : SECTIONS) {
            Report.Builder table = Report.builder(section.title())
                    .text("metric")
                    .text("dimension")
                    .text("partner")
                    .text("trend")
                    .text("first")
                    .text("last")
                    .text("src");
            for (Map.Entry<MetricValue.SeriesKey, double[]> entry : series.entrySet()) {
                MetricValue.SeriesKey key = entry.getKey();
                if (!section.metrics().contains(key.metric())) {
                    continue;
                }
                double[] slots = entry.getValue();
                table.row(
                        key.metric().id(),
                        key.dimension(),
                        partnerLabel(world, key.partner()),
                        Sparkline.of(slots),
                        endpoint(key.metric(), slots, years, true),
                        endpoint(key.metric(), slots, years, false),
                        compact(sources.numbers(valuesByKey.get(key))));
            }
            if (!table.isEmpty()) {
                reports.add(table.build());
            }
        }
        BalanceThresholds t = report.thresholds();
        Report.Builder balance = Report.builder(
                "Balance among the powers per year: alignment when one power's weight ≥ " + t.alignmentWeight()
                        + "; else even ties (evenness ≥ " + t.evenEvenness() + ") are equal closeness at level ≥ "
                        + t.deepLevel()
                        + " and equidistance below; else a tilt. Each power's weight: its share of the powers' sum per channel"
                        + " (material ties, UN voting), averaged over the channels");
        balance.column("year", Column.Kind.INTEGER)
                .column("level", Column.Kind.SHARE)
                .number("evenness", 3);
        report.powers().forEach(p -> balance.number("w " + p, 3));
        balance.text("balance").text("dimensions");
        String gap = String.valueOf(Sparkline.GAP);
        for (int year = years.from(); year <= years.to(); year++) {
            List<Object> row = new ArrayList<>();
            row.add(year);
            var found = report.balanceIn(year);
            if (found.isEmpty()) {
                row.addAll(List.of(gap, gap));
                report.powers().forEach(p -> row.add(gap));
                row.addAll(List.of("gap (no dimension with a total and every power's figure)", ""));
            } else {
                BalanceYear b = found.get();
                row.add(b.level());
                row.add(b.evenness());
                report.powers().forEach(p -> row.add(b.weights().get(p)));
                row.add(b.balance().label());
                row.add(String.join("+", b.dimensions()));
            }
            balance.row(row);
        }
        for (BalanceYear b : report.balance()) {
            if (!b.note().isEmpty()) {
                balance.note(b.note());
            }
        }
        reports.add(balance.build());
        reports.add(Report.text(
                "Sources of the figures used",
                sources.sourceList.stream()
                        .map(source -> String.format(
                                "  [%d] %s (%s basis)%s",
                                sources.number(source),
                                source.citation(),
                                source.basis().fileName(),
                                source.assumption() ? " (analyst assumption)" : ""))
                        .toArray(String[]::new)));
        return reports;
    }

    private static String partnerLabel(World world, String partner) {
        if (partner.isEmpty()) {
            return "";
        }
        return world.actor(partner).map(a -> Numbers.named(a.name(), partner)).orElse(partner);
    }

    private static String endpoint(Metric metric, double[] slots, YearRange years, boolean firstOne) {
        for (int i = 0; i < slots.length; i++) {
            int at = firstOne ? i : slots.length - 1 - i;
            if (!Double.isNaN(slots[at])) {
                return format(metric, slots[at]) + " (" + (years.from() + at) + ")";
            }
        }
        return "";
    }

    static String format(Metric metric, double value) {
        return switch (metric.scale()) {
            case FRACTION ->
                Math.abs(value) >= 0.01 || value == 0
                        ? String.format(Locale.ROOT, "%.1f%%", value * 100)
                        : Numbers.fixed("%.3f%%", value * 100);
            case INDEX -> Numbers.fixed("%.3f", value);
            case NUMBER -> String.format(Locale.ROOT, "%.2f", value);
        };
    }

    private static String compact(Set<Integer> numbers) {
        if (numbers.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        Integer[] list = numbers.toArray(new Integer[0]);
        int i = 0;
        while (i < list.length) {
            int j = i;
            while (j + 1 < list.length && list[j + 1] == list[j] + 1) {
                j++;
            }
            if (!text.isEmpty()) {
                text.append(',');
            }
            text.append(list[i]);
            if (j > i) {
                text.append('-').append(list[j]);
            }
            i = j + 1;
        }
        return text.toString();
    }

    // ------------------------------------------------------------------ csv

    /** Every metric value and balance weight as a tidy row: metric, dimension, partner, year, value. */
    private static Report tidy(ExposureReport report) {
        Report.Builder csv = Report.builder("")
                .text("metric")
                .text("dimension")
                .text("partner")
                .text("year")
                .text("value")
                .text("label")
                .text("sources")
                .text("urls");
        for (MetricValue value : report.values()) {
            Set<Source> used = new LinkedHashSet<>();
            value.ties().forEach(t -> used.add(t.source()));
            csv.row(
                    value.metric().id(),
                    value.dimension(),
                    value.partner(),
                    value.year(),
                    Numbers.round6(value.value()),
                    "",
                    String.join(
                            ";",
                            used.stream()
                                    .map(s -> s.publisher() + " " + s.year())
                                    .distinct()
                                    .toList()),
                    String.join(" ", used.stream().map(Source::url).distinct().toList()));
        }
        for (BalanceYear year : report.balance()) {
            year.weights()
                    .forEach((power, weight) ->
                            csv.row("balance_weight", "", power, year.year(), Numbers.round6(weight), "", "", ""));
            csv.row(
                    "balance",
                    "",
                    year.balance().power(),
                    year.year(),
                    "",
                    year.balance().label() + (year.note().isEmpty() ? "" : " (" + year.note() + ")"),
                    "",
                    "");
        }
        return csv.build();
    }
}
