package org.multivector.app.cli;

import org.multivector.exposure.BalanceThresholds;
import org.multivector.exposure.BalanceYear;
import org.multivector.exposure.ExposureAnalysis;
import org.multivector.exposure.ExposureReport;
import org.multivector.exposure.Metric;
import org.multivector.exposure.MetricValue;
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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** {@code multivector exposure ISO3}: every exposure metric as a yearly series, the balance among the powers, and the sources. */
@Command(name = "exposure", mixinStandardHelpOptions = true,
        header = "How exposed a country is, and to whom, year by year.",
        description = {"How exposed a country is and to whom: partner shares and concentration, dependence and its asymmetry,",
                "FBIC-style influence of each power, and per year whether its ties with the powers look like equal closeness,",
                "equidistance, a tilt or alignment. Gaps stay gaps. Equations: docs/metrics.md."})
public final class ExposureCommand implements Runnable {

    /** Whose statistics to read for pair figures. */
    enum BasisOption { reporter, mirror }

    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOption dataset;

    @Parameters(index = "0", paramLabel = "ISO3", description = "The country, as an ISO 3166-1 alpha-3 code (e.g. KAZ).")
    String country;

    @Option(names = "--from", paramLabel = "Y", description = "First year. Default: the dataset's first year.")
    Integer from;

    @Option(names = "--to", paramLabel = "Y", description = "Last year. Default: the dataset's last year.")
    Integer to;

    /** The powers balanced among when none are named: those of these the dataset declares. */
    static final List<String> DEFAULT_POWERS = List.of("RUS", "CHN", "USA", "EU");

    @Option(names = "--powers", paramLabel = "CODES", split = ",",
            description = "The powers to balance among, comma-separated. Default: those of RUS, CHN, USA, EU the dataset declares.")
    List<String> powers;

    @Option(names = "--basis", paramLabel = "SIDE", defaultValue = "reporter",
            description = "Whose statistics for pair figures: reporter (the country's own, default) or mirror (its partners').")
    BasisOption basis;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Override
    public void run() {
        World world = dataset.load(country, powers != null ? powers : DEFAULT_POWERS);
        String code = DatasetOption.country(world, country);
        int first = from != null ? from : world.years().from();
        int last = to != null ? to : world.years().to();
        if (first > last) {
            throw new UserException("--from " + first + " comes after --to " + last);
        }
        if (!world.years().contains(first) || !world.years().contains(last)) {
            throw new UserException("years " + first + " to " + last + " lie outside the dataset's years " + world.years()
                    + "\nMaybe use --from and --to within them.");
        }
        List<String> named = powers != null ? powers
                : DEFAULT_POWERS.stream().filter(p -> world.actor(p).isPresent() && !p.equals(code)).toList();
        List<String> powerCodes = new ArrayList<>();
        for (String power : named) {
            String p = power.strip().toUpperCase(Locale.ROOT);
            if (p.isEmpty()) {
                continue;
            }
            if (world.actor(p).isEmpty()) {
                throw new UserException("power '" + power + "' is not in dataset " + world.info().name()
                        + "\nMaybe one of: " + String.join(", ", world.actors().stream()
                        .filter(a -> a.kind() != org.multivector.world.ActorKind.AGGREGATE).map(Actor::code).toList()));
            }
            if (powerCodes.contains(p)) {
                throw new UserException("power " + p + " is given twice in --powers");
            }
            powerCodes.add(p);
        }
        if (powerCodes.stream().filter(p -> !p.equals(code)).count() < 2) {
            throw new UserException("--powers needs at least two powers besides " + code + ", got " + named
                    + (powers == null ? "\nMaybe name the powers of this dataset with --powers." : ""));
        }
        BasisChoice choice = basis == BasisOption.mirror ? BasisChoice.MIRROR : BasisChoice.REPORTER;
        ExposureReport report = ExposureAnalysis.of(world, code, new YearRange(first, last), powerCodes, choice, BalanceThresholds.DEFAULT);
        PrintWriter out = spec.commandLine().getOut();
        SourceIndex sources = new SourceIndex(report);
        switch (format) {
            case table -> printTable(out, world, report, sources);
            case json -> out.println(Json.write(json(world, report, sources)));
            case csv -> printCsv(out, report, sources);
        }
        out.flush();
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

    private record Section(String title, Set<Metric> metrics) {
    }

    private static final List<Section> SECTIONS = List.of(
            new Section("Shares of the reported world total (partner WLD)", EnumSet.of(Metric.SHARE)),
            new Section("Concentration over state partners plus the rest of the world (blocs are not counted beside their members)",
                    EnumSet.of(Metric.HHI, Metric.HIRSCHMAN, Metric.EFFECTIVE_PARTNERS)),
            new Section("Dependence (bilateral trade over GDP) and Barbieri interdependence, with each power",
                    EnumSet.of(Metric.DEPENDENCE_ON_PARTNER, Metric.DEPENDENCE_OF_PARTNER, Metric.ASYMMETRY,
                            Metric.SALIENCE, Metric.SYMMETRY, Metric.INTERDEPENDENCE)),
            new Section("FBIC-style influence capacity of each power over the country (0-1, relative to the strongest tie in the dataset)",
                    EnumSet.of(Metric.BANDWIDTH_ECONOMIC, Metric.BANDWIDTH_POLITICAL, Metric.BANDWIDTH_SECURITY, Metric.BANDWIDTH,
                            Metric.DEPENDENCE_ECONOMIC, Metric.DEPENDENCE_SECURITY, Metric.DEPENDENCE, Metric.INFLUENCE)),
            new Section("Closeness to the powers (mean share over the balance dimensions) and evenness",
                    EnumSet.of(Metric.CLOSENESS, Metric.CLOSENESS_LEVEL, Metric.EVENNESS)));

    private static void printTable(PrintWriter out, World world, ExposureReport report, SourceIndex sources) {
        Actor actor = world.actor(report.focal()).orElseThrow();
        YearRange years = report.years();
        out.printf("Exposure of %s (%s), %s — dataset %s %s, %s basis; powers %s%n", actor.name(), report.focal(), years,
                world.info().name(), world.info().version(), report.basis().optionName(), String.join(", ", report.powers()));
        out.printf("Each trend runs %d→%d, scaled from the row's smallest to its largest value; %c marks a year without a value.%n",
                years.from(), years.to(), Sparkline.GAP);
        if (report.values().isEmpty()) {
            out.println();
            out.println("No figures for this country in these years. The dataset covers " + world.years() + ".");
            return;
        }
        Map<MetricValue.SeriesKey, double[]> series = report.series();
        Map<MetricValue.SeriesKey, List<MetricValue>> valuesByKey = new LinkedHashMap<>();
        for (MetricValue value : report.values()) {
            valuesByKey.computeIfAbsent(value.key(), k -> new ArrayList<>()).add(value);
        }
        for (Section section : SECTIONS) {
            TextTable table = new TextTable(List.of("metric", "dimension", "partner", "trend", "first", "last", "src"));
            for (Map.Entry<MetricValue.SeriesKey, double[]> entry : series.entrySet()) {
                MetricValue.SeriesKey key = entry.getKey();
                if (!section.metrics().contains(key.metric())) {
                    continue;
                }
                double[] slots = entry.getValue();
                table.row(List.of(key.metric().id(), key.dimension(), partnerLabel(world, key.partner()), Sparkline.of(slots),
                        endpoint(key.metric(), slots, years, true), endpoint(key.metric(), slots, years, false),
                        compact(sources.numbers(valuesByKey.get(key)))));
            }
            if (!table.isEmpty()) {
                out.println();
                out.println(section.title());
                out.print(table.render());
            }
        }
        out.println();
        BalanceThresholds t = report.thresholds();
        out.println("Balance among the powers per year: alignment when one power's weight ≥ " + t.alignmentWeight()
                + "; else even ties (evenness ≥ " + t.evenEvenness() + ") are equal closeness at level ≥ " + t.deepLevel()
                + " and equidistance below; else a tilt. Each power's weight: its share of the powers' sum per channel"
                + " (material ties, UN voting), averaged over the channels");
        List<String> header = new ArrayList<>(List.of("year", "level", "evenness"));
        report.powers().forEach(p -> header.add("w " + p));
        header.addAll(List.of("balance", "dimensions"));
        TextTable balance = new TextTable(header);
        for (int year = years.from(); year <= years.to(); year++) {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(year));
            var found = report.balanceIn(year);
            if (found.isEmpty()) {
                row.addAll(List.of(String.valueOf(Sparkline.GAP), String.valueOf(Sparkline.GAP)));
                report.powers().forEach(p -> row.add(String.valueOf(Sparkline.GAP)));
                row.addAll(List.of("gap (no dimension with a total and every power's figure)", ""));
            } else {
                BalanceYear b = found.get();
                row.add(Numbers.percent(b.level()));
                row.add(Numbers.fixed("%.3f", b.evenness()));
                report.powers().forEach(p -> row.add(Numbers.fixed("%.3f", b.weights().get(p))));
                row.add(b.balance().label());
                row.add(String.join("+", b.dimensions()));
            }
            balance.row(row);
        }
        out.print(balance.render());
        for (BalanceYear b : report.balance()) {
            if (!b.note().isEmpty()) {
                out.println("  " + b.note());
            }
        }
        out.println();
        out.println("Sources of the figures used");
        for (Source source : sources.sourceList) {
            out.printf("  [%d] %s (%s basis)%s%n", sources.number(source), source.citation(), source.basis().fileName(),
                    source.assumption() ? " (analyst assumption)" : "");
        }
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
            case FRACTION -> Math.abs(value) >= 0.01 || value == 0
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

    static final List<String> CSV_HEADER = List.of("metric", "dimension", "partner", "year", "value", "label", "sources", "urls");

    private static void printCsv(PrintWriter out, ExposureReport report, SourceIndex sources) {
        CsvOutput csv = new CsvOutput(out, CSV_HEADER);
        for (MetricValue value : report.values()) {
            Set<Source> used = new LinkedHashSet<>();
            value.ties().forEach(t -> used.add(t.source()));
            csv.row(Arrays.asList(value.metric().id(), value.dimension(), value.partner(), value.year(), Numbers.plain(Numbers.round6(value.value())),
                    "", String.join(";", used.stream().map(s -> s.publisher() + " " + s.year()).distinct().toList()),
                    String.join(" ", used.stream().map(Source::url).distinct().toList())));
        }
        for (BalanceYear year : report.balance()) {
            year.weights().forEach((power, weight) -> csv.row(Arrays.asList("balance_weight", "", power, year.year(),
                    Numbers.plain(Numbers.round6(weight)), "", "", "")));
            csv.row(Arrays.asList("balance", "", year.balance().power(), year.year(), "",
                    year.balance().label() + (year.note().isEmpty() ? "" : " (" + year.note() + ")"), "", ""));
        }
    }

    // ------------------------------------------------------------------ json

    private static Map<String, Object> json(World world, ExposureReport report, SourceIndex sources) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("focal", report.focal());
        Map<String, Object> datasetInfo = new LinkedHashMap<>();
        datasetInfo.put("name", world.info().name());
        datasetInfo.put("version", world.info().version());
        root.put("dataset", datasetInfo);
        Map<String, Object> span = new LinkedHashMap<>();
        span.put("from", report.years().from());
        span.put("to", report.years().to());
        root.put("years", span);
        root.put("basis", report.basis().optionName());
        root.put("powers", report.powers());
        Map<String, Object> thresholds = new LinkedHashMap<>();
        thresholds.put("evenEvenness", report.thresholds().evenEvenness());
        thresholds.put("deepLevel", report.thresholds().deepLevel());
        thresholds.put("alignmentWeight", report.thresholds().alignmentWeight());
        root.put("thresholds", thresholds);
        Map<MetricValue.SeriesKey, List<MetricValue>> byKey = new LinkedHashMap<>();
        for (MetricValue value : report.values()) {
            byKey.computeIfAbsent(value.key(), k -> new ArrayList<>()).add(value);
        }
        List<Map<String, Object>> series = new ArrayList<>();
        for (Map.Entry<MetricValue.SeriesKey, List<MetricValue>> entry : byKey.entrySet()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("metric", entry.getKey().metric().id());
            one.put("dimension", entry.getKey().dimension());
            one.put("partner", entry.getKey().partner());
            List<Map<String, Object>> points = new ArrayList<>();
            for (int year = report.years().from(); year <= report.years().to(); year++) {
                final int y = year;
                Map<String, Object> point = new LinkedHashMap<>();
                point.put("year", year);
                MetricValue value = entry.getValue().stream().filter(v -> v.year() == y).findFirst().orElse(null);
                point.put("value", value == null ? null : value.value());
                point.put("sources", value == null ? List.of() : sources.numbers(List.of(value)));
                points.add(point);
            }
            one.put("values", points);
            series.add(one);
        }
        root.put("series", series);
        List<Map<String, Object>> balance = new ArrayList<>();
        for (BalanceYear year : report.balance()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("year", year.year());
            one.put("closeness", year.closeness());
            one.put("weights", year.weights());
            one.put("level", year.level());
            one.put("evenness", year.evenness());
            one.put("balance", year.balance().label());
            one.put("power", year.balance().power().isEmpty() ? null : year.balance().power());
            one.put("dimensions", year.dimensions());
            one.put("note", year.note().isEmpty() ? null : year.note());
            balance.add(one);
        }
        root.put("balance", balance);
        List<Map<String, Object>> sourceList = new ArrayList<>();
        for (Source source : sources.sourceList) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("id", sources.number(source));
            one.put("publisher", source.publisher());
            one.put("title", source.title());
            one.put("year", source.year());
            one.put("url", source.url());
            one.put("basis", source.basis().fileName());
            one.put("assumption", source.assumption());
            sourceList.add(one);
        }
        root.put("sources", sourceList);
        return root;
    }
}
