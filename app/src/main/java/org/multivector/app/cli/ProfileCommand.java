package org.multivector.app.cli;

import org.multivector.profile.BasisPair;
import org.multivector.profile.CountryProfile;
import org.multivector.profile.ProfileEntry;
import org.multivector.profile.ProfileDocument;
import org.multivector.profile.ProfileRequest;
import org.multivector.report.DatasetRef;
import org.multivector.report.SourceRef;
import org.multivector.profile.SourceDifference;
import org.multivector.world.Actor;
import org.multivector.world.BasisChoice;
import org.multivector.world.Dimension;
import org.multivector.world.Source;
import org.multivector.world.Tie;
import org.multivector.world.World;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code multivector profile ISO3}: each partner's figure, share and rank per dimension, with sources. */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = {"Show a country's partners per dimension: value, share of the country's reported world total, rank and source.",
                "Shares divide by the reported world total (partner WLD), never by the sum of the partners listed."})
public final class ProfileCommand implements Runnable {

    /** How many sides to show for dyadic figures. */
    enum BasisView { reporter, mirror, both }

    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOption dataset;

    @Parameters(index = "0", paramLabel = "ISO3", description = "The country, as an ISO 3166-1 alpha-3 code (e.g. KAZ).")
    String country;

    @Option(names = "--year", paramLabel = "Y", description = "The year. Default: each dimension's latest year with the country's reported world total.")
    Integer year;

    @Option(names = "--dimension", paramLabel = "D", description = "Only this dimension (e.g. exports, trade, fdi_inflow).")
    String dimension;

    @Option(names = "--basis", paramLabel = "SIDE", defaultValue = "reporter",
            description = "Whose statistics for pair figures: reporter (the country's own, default), mirror (its partners'), or both side by side.")
    BasisView basis;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Override
    public void run() {
        World world = dataset.load(country);
        String code = DatasetOption.country(world, country);
        BasisChoice view = basis == BasisView.mirror ? BasisChoice.MIRROR : BasisChoice.REPORTER;
        ProfileRequest request = new ProfileRequest(code, year, dimension, view);
        Map<Dimension, Integer> shownYears = request.shownYears(world);
        PrintWriter out = spec.commandLine().getOut();
        if (basis == BasisView.both) {
            List<BasisPair> pairs = new ArrayList<>();
            List<ProfileEntry> own = new ArrayList<>();
            shownYears.forEach((dim, y) -> {
                if (dim.kind().isDyadic()) {
                    pairs.addAll(CountryProfile.sideBySide(world, code, y, dim));
                } else {
                    own.addAll(CountryProfile.of(world, code, y, dim.id(), List.of(BasisChoice.REPORTER)));
                }
            });
            switch (format) {
                case csv -> printPairCsv(out, code, pairs, own);
                case json -> out.println(Json.write(pairJson(world, code, pairs, own)));
                case table -> printPairTable(out, world, code, shownYears, pairs, own);
            }
        } else {
            List<ProfileEntry> entries = request.entries(world);
            switch (format) {
                case csv -> printCsv(out, code, entries);
                case json -> out.println(Json.write(ProfileDocument.of(world, request, entries)));
                case table -> printTable(out, world, code, year, entries);
            }
        }
        out.flush();
    }

    static final List<String> CSV_HEADER = List.of("reporter", "dimension", "partner", "year", "value", "unit", "share", "rank",
            "partner_name", "basis", "publisher", "title", "source_year", "url", "assumption", "note", "flag", "other_sources");

    static final List<String> PAIR_CSV_HEADER = List.of("reporter", "dimension", "partner", "year", "unit", "reporter_value", "mirror_value",
            "gap_pct", "reporter_share", "mirror_share", "rank", "partner_name", "reporter_source", "mirror_source");

    /** The other publishers' figures in one field: {@code publisher: value (+x.x %)}, separated by {@code ; }. */
    static String others(ProfileEntry entry) {
        List<String> parts = new ArrayList<>();
        for (SourceDifference other : entry.others()) {
            parts.add(other.tie().source().publisher() + ": " + Numbers.plain(other.tie().value())
                    + (other.tie().estimate() ? " estimate" : "")
                    + (other.percent().isPresent() ? " (" + signedPercent(other.percent().getAsDouble()) + ")" : ""));
        }
        return String.join("; ", parts);
    }

    /** A difference in percent with its sign and one decimal: {@code +4.2 %}, {@code -3.9 %}. */
    static String signedPercent(double percent) {
        return String.format(java.util.Locale.ROOT, "%+.1f %%", percent);
    }

    private static void printCsv(PrintWriter out, String reporter, List<ProfileEntry> entries) {
        CsvOutput csv = new CsvOutput(out, CSV_HEADER);
        for (ProfileEntry entry : entries) {
            Tie tie = entry.tie();
            Source source = tie.source();
            csv.row(java.util.Arrays.asList(reporter, tie.dimension(), tie.partner(), tie.year(), Numbers.plain(tie.value()), tie.unit(),
                    entry.share().isPresent() ? Numbers.plain(Numbers.round6(entry.share().getAsDouble())) : "",
                    entry.rank().isPresent() ? entry.rank().getAsInt() : "",
                    entry.partnerName(), source.basis().fileName(), source.publisher(), source.title(), source.year(), source.url(),
                    source.assumption(), tie.note(), tie.flag().fileName(), others(entry)));
        }
    }

    private static void printPairCsv(PrintWriter out, String reporter, List<BasisPair> pairs, List<ProfileEntry> own) {
        CsvOutput csv = new CsvOutput(out, PAIR_CSV_HEADER);
        for (BasisPair pair : pairs) {
            csv.row(java.util.Arrays.asList(reporter, pair.dimension(), pair.partner(), pair.year(),
                    pair.reporter().or(pair::mirror).map(Tie::unit).orElse(""),
                    pair.reporter().map(t -> Numbers.plain(t.value())).orElse(""),
                    pair.mirror().map(t -> Numbers.plain(t.value())).orElse(""),
                    pair.gapPercent().isPresent() ? Numbers.plain(Math.round(pair.gapPercent().getAsDouble() * 100) / 100.0) : "",
                    pair.reporterShare().isPresent() ? Numbers.plain(Numbers.round6(pair.reporterShare().getAsDouble())) : "",
                    pair.mirrorShare().isPresent() ? Numbers.plain(Numbers.round6(pair.mirrorShare().getAsDouble())) : "",
                    pair.rank().isPresent() ? pair.rank().getAsInt() : "", pair.partnerName(),
                    pair.reporter().map(t -> t.source().citation()).orElse(""),
                    pair.mirror().map(t -> t.source().citation()).orElse("")));
        }
        for (ProfileEntry entry : own) {
            Tie tie = entry.tie();
            csv.row(java.util.Arrays.asList(reporter, tie.dimension(), tie.partner(), tie.year(), tie.unit(), Numbers.plain(tie.value()),
                    "", "", "", "", "", entry.partnerName(), tie.source().citation(), ""));
        }
    }

    /** Whose statistics a dyadic group shows: the country's own, its partners' (mirror), or an independent publisher's. */
    private static String heading(List<ProfileEntry> group) {
        if (group.stream().allMatch(e -> e.tie().basis() == org.multivector.world.Basis.INDEPENDENT)) {
            List<String> publishers = group.stream().map(e -> e.tie().source().publisher()).distinct().toList();
            return " — independent estimates (" + String.join(", ", publishers) + ")";
        }
        return group.getFirst().view() == BasisChoice.REPORTER ? " — the country's own statistics" : " — partners' statistics (mirror)";
    }

    private static Map<String, Object> pairJson(World world, String reporter, List<BasisPair> pairs, List<ProfileEntry> own) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("country", reporter);
        root.put("dataset", new DatasetRef(world.info().name(), world.info().version()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (BasisPair pair : pairs) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("dimension", pair.dimension());
            row.put("partner", pair.partner());
            row.put("partnerName", pair.partnerName());
            row.put("year", pair.year());
            row.put("reporterValue", pair.reporter().map(Tie::value).orElse(null));
            row.put("mirrorValue", pair.mirror().map(Tie::value).orElse(null));
            row.put("gapPercent", pair.gapPercent().isPresent() ? Numbers.round6(pair.gapPercent().getAsDouble()) : null);
            row.put("reporterShare", pair.reporterShare().isPresent() ? Numbers.round6(pair.reporterShare().getAsDouble()) : null);
            row.put("mirrorShare", pair.mirrorShare().isPresent() ? Numbers.round6(pair.mirrorShare().getAsDouble()) : null);
            row.put("rank", pair.rank().isPresent() ? pair.rank().getAsInt() : null);
            row.put("reporterSource", pair.reporter().map(t -> SourceRef.of(t.source())).orElse(null));
            row.put("mirrorSource", pair.mirror().map(t -> SourceRef.of(t.source())).orElse(null));
            rows.add(row);
        }
        root.put("pairs", rows);
        root.put("entries", own.stream().map(ProfileDocument.Entry::of).toList());
        return root;
    }

    private static void printTable(PrintWriter out, World world, String reporter, Integer year, List<ProfileEntry> entries) {
        Actor actor = world.actor(reporter).orElseThrow();
        out.printf("%s (%s), %s — dataset %s %s%n", actor.name(), reporter,
                year != null ? Integer.toString(year) : "each dimension's latest year with a reported world total",
                world.info().name(), world.info().version());
        if (entries.isEmpty()) {
            out.println("No figures for this country and year. Try another --year; the dataset covers " + world.years() + ".");
            return;
        }
        Map<String, List<ProfileEntry>> byDimension = new LinkedHashMap<>();
        for (ProfileEntry entry : entries) {
            byDimension.computeIfAbsent(entry.tie().dimension() + "|" + entry.view(), k -> new ArrayList<>()).add(entry);
        }
        for (List<ProfileEntry> group : byDimension.values()) {
            Dimension dim = world.dimension(group.getFirst().tie().dimension()).orElseThrow();
            boolean dyadic = dim.kind().isDyadic();
            out.println();
            out.printf("%s [%s], %d%s%n", dim.name(), dim.unit(), group.getFirst().tie().year(),
                    dyadic ? heading(group) : "");
            boolean membership = dim.kind() == org.multivector.world.DimensionKind.MEMBERSHIP;
            TextTable table = new TextTable(dyadic ? List.of("rank", "partner", "value", "share", "basis", "src")
                    : membership ? List.of("organisation or format", "src") : List.of("value", "src"));
            List<Source> sources = new ArrayList<>();
            for (ProfileEntry entry : group) {
                Tie tie = entry.tie();
                String src = "[" + ref(sources, tie.source()) + "]" + (tie.estimate() ? " e" : "");
                String name = Numbers.named(entry.partnerName(), tie.partner())
                        + (tie.note().isEmpty() ? "" : " *") + (entry.others().isEmpty() ? "" : " +");
                String value = Numbers.grouped(tie.value(), Math.abs(tie.value()) < 100 ? 3 : 1);
                if (dyadic) {
                    table.row(List.of(entry.rank().isPresent() ? Integer.toString(entry.rank().getAsInt()) : "",
                            name, value, entry.share().isPresent() ? Numbers.percent(entry.share().getAsDouble()) : "",
                            tie.basis().fileName(), src));
                } else if (membership) {
                    table.row(List.of(name, src));
                } else {
                    table.row(List.of(value, src));
                }
            }
            out.print(table.render());
            if (dyadic && CountryProfile.hasShares(dim) && group.stream().noneMatch(e -> e.share().isPresent())) {
                out.printf("  No reported world total (partner WLD) for %d: shares are not computed, never guessed from the partners listed.%n",
                        group.getFirst().tie().year());
            }
            List<String> otherLines = new ArrayList<>();
            for (ProfileEntry entry : group) {
                for (SourceDifference other : entry.others()) {
                    Tie o = other.tie();
                    otherLines.add("  + " + entry.tie().partner() + ": " + Numbers.grouped(o.value(), Math.abs(o.value()) < 100 ? 3 : 1)
                            + (other.percent().isPresent() ? " (" + signedPercent(other.percent().getAsDouble()) + " on the figure shown)" : "")
                            + (o.estimate() ? ", the publisher's estimate" : "") + " [" + ref(sources, o.source()) + "]");
                }
            }
            for (int i = 0; i < sources.size(); i++) {
                Source s = sources.get(i);
                out.printf("  [%d] %s%s%n", i + 1, s.citation(), s.assumption() ? " (analyst assumption)" : "");
            }
            if (!otherLines.isEmpty()) {
                out.println("  Other publishers' figures (the one shown is preferred by the dataset's sourcePreference):");
                otherLines.forEach(out::println);
            }
            if (group.stream().anyMatch(e -> e.tie().estimate())) {
                out.println("  e: the publisher marks the figure as its own estimate.");
            }
            for (ProfileEntry entry : group) {
                if (!entry.tie().note().isEmpty()) {
                    out.printf("  * %s: %s%n", entry.tie().partner(), entry.tie().note());
                }
            }
        }
        out.println();
        out.println("Shares are of the country's reported world total (partner WLD). A bloc's share overlaps its members'; blocs are not ranked.");
    }

    private static int ref(List<Source> sources, Source source) {
        int ref = sources.indexOf(source);
        if (ref < 0) {
            sources.add(source);
            ref = sources.size() - 1;
        }
        return ref + 1;
    }

    private static void printPairTable(PrintWriter out, World world, String reporter, Map<Dimension, Integer> shownYears,
                                       List<BasisPair> pairs, List<ProfileEntry> own) {
        Actor actor = world.actor(reporter).orElseThrow();
        out.printf("%s (%s): its own statistics and its partners' (mirror) side by side — dataset %s %s%n", actor.name(), reporter,
                world.info().name(), world.info().version());
        if (pairs.isEmpty() && own.isEmpty()) {
            out.println("No figures for this country and year. Try another --year; the dataset covers " + world.years() + ".");
            return;
        }
        Map<String, List<BasisPair>> byDimension = new LinkedHashMap<>();
        for (BasisPair pair : pairs) {
            byDimension.computeIfAbsent(pair.dimension(), k -> new ArrayList<>()).add(pair);
        }
        for (List<BasisPair> group : byDimension.values()) {
            Dimension dim = world.dimension(group.getFirst().dimension()).orElseThrow();
            out.println();
            out.printf("%s [%s], %d — reporter %s vs mirror%n", dim.name(), dim.unit(), group.getFirst().year(), reporter);
            TextTable table = new TextTable(List.of("rank", "partner", "reporter", "share", "mirror", "share (mirror)", "gap", "src"));
            List<Source> sources = new ArrayList<>();
            for (BasisPair pair : group) {
                String refs = pair.reporter().map(t -> "[" + ref(sources, t.source()) + "]").orElse("–") + " / "
                        + pair.mirror().map(t -> "[" + ref(sources, t.source()) + "]").orElse("–");
                table.row(List.of(pair.rank().isPresent() ? Integer.toString(pair.rank().getAsInt()) : "",
                        pair.partnerName() + " (" + pair.partner() + ")",
                        pair.reporter().map(t -> Numbers.grouped(t.value(), t.value() < 100 ? 3 : 1)).orElse("–"),
                        pair.reporterShare().isPresent() ? Numbers.percent(pair.reporterShare().getAsDouble()) : "",
                        pair.mirror().map(t -> Numbers.grouped(t.value(), t.value() < 100 ? 3 : 1)).orElse("–"),
                        pair.mirrorShare().isPresent() ? Numbers.percent(pair.mirrorShare().getAsDouble()) : "",
                        pair.gapPercent().isPresent() ? signedPercent(pair.gapPercent().getAsDouble()) : "",
                        refs));
            }
            out.print(table.render());
            for (int i = 0; i < sources.size(); i++) {
                Source s = sources.get(i);
                out.printf("  [%d] %s%s%n", i + 1, s.citation(), s.assumption() ? " (analyst assumption)" : "");
            }
        }
        if (!own.isEmpty()) {
            out.println();
            out.println("The country's own figures (no mirror side):");
            TextTable table = new TextTable(List.of("dimension", "year", "value", "unit", "source"));
            for (ProfileEntry entry : own) {
                Tie tie = entry.tie();
                if (tie.partner().equals(reporter)) {
                    table.row(List.of(tie.dimension(), Integer.toString(tie.year()), Numbers.grouped(tie.value(), 3), tie.unit(),
                            tie.source().publisher()));
                }
            }
            out.print(table.render());
        }
        out.println();
        out.println("gap = (mirror − reporter) / reporter. – : no figure on that side; the gap is then unknown, never taken against zero.");
    }
}
