package org.multivector.app.cli;

import org.multivector.profile.CountryProfile;
import org.multivector.profile.ProfileEntry;
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

    @Option(names = "--year", paramLabel = "Y", description = "The year. Default: the latest year with figures for the country.")
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
        World world = dataset.load();
        String code = DatasetOption.country(world, country);
        if (dimension != null && world.dimension(dimension).isEmpty()) {
            throw new UserException("dimension '" + dimension + "' is not in dataset " + world.info().name()
                    + "\nMaybe one of: " + String.join(", ", world.dimensions().stream().map(Dimension::id).toList()));
        }
        int shownYear = year != null ? year : CountryProfile.latestYear(world, code);
        if (!world.years().contains(shownYear)) {
            throw new UserException("year " + shownYear + " lies outside the dataset's years " + world.years());
        }
        List<BasisChoice> views = switch (basis) {
            case reporter -> List.of(BasisChoice.REPORTER);
            case mirror -> List.of(BasisChoice.MIRROR);
            case both -> List.of(BasisChoice.REPORTER, BasisChoice.MIRROR);
        };
        List<ProfileEntry> entries = CountryProfile.of(world, code, shownYear, dimension, views);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case csv -> printCsv(out, code, entries);
            case json -> out.println(Json.write(json(world, code, shownYear, entries)));
            case table -> printTable(out, world, code, shownYear, entries);
        }
        out.flush();
    }

    static final List<String> CSV_HEADER = List.of("reporter", "dimension", "partner", "year", "value", "unit", "share", "rank",
            "partner_name", "basis", "publisher", "title", "source_year", "url", "assumption", "note");

    private static void printCsv(PrintWriter out, String reporter, List<ProfileEntry> entries) {
        CsvOutput csv = new CsvOutput(out, CSV_HEADER);
        for (ProfileEntry entry : entries) {
            Tie tie = entry.tie();
            Source source = tie.source();
            csv.row(java.util.Arrays.asList(reporter, tie.dimension(), tie.partner(), tie.year(), Numbers.plain(tie.value()), tie.unit(),
                    entry.share().isPresent() ? Numbers.plain(Numbers.round6(entry.share().getAsDouble())) : "",
                    entry.rank().isPresent() ? entry.rank().getAsInt() : "",
                    entry.partnerName(), source.basis().fileName(), source.publisher(), source.title(), source.year(), source.url(),
                    source.assumption(), tie.note()));
        }
    }

    private static Map<String, Object> json(World world, String reporter, int year, List<ProfileEntry> entries) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("reporter", reporter);
        root.put("year", year);
        root.put("dataset", Map.of("name", world.info().name(), "version", world.info().version()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ProfileEntry entry : entries) {
            Tie tie = entry.tie();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("dimension", tie.dimension());
            row.put("partner", tie.partner());
            row.put("partnerName", entry.partnerName());
            row.put("year", tie.year());
            row.put("value", tie.value());
            row.put("unit", tie.unit());
            row.put("share", entry.share().isPresent() ? Numbers.round6(entry.share().getAsDouble()) : null);
            row.put("rank", entry.rank().isPresent() ? entry.rank().getAsInt() : null);
            row.put("basis", tie.basis().fileName());
            Source source = tie.source();
            Map<String, Object> src = new LinkedHashMap<>();
            src.put("publisher", source.publisher());
            src.put("title", source.title());
            src.put("year", source.year());
            src.put("url", source.url());
            src.put("assumption", source.assumption());
            row.put("source", src);
            row.put("note", tie.note());
            rows.add(row);
        }
        root.put("entries", rows);
        return root;
    }

    /** Whose statistics a dyadic group shows: the country's own, its partners' (mirror), or an independent publisher's. */
    private static String heading(List<ProfileEntry> group) {
        if (group.stream().allMatch(e -> e.tie().basis() == org.multivector.world.Basis.INDEPENDENT)) {
            List<String> publishers = group.stream().map(e -> e.tie().source().publisher()).distinct().toList();
            return " — independent estimates (" + String.join(", ", publishers) + ")";
        }
        return group.getFirst().view() == BasisChoice.REPORTER ? " — the country's own statistics" : " — partners' statistics (mirror)";
    }

    private static void printTable(PrintWriter out, World world, String reporter, int year, List<ProfileEntry> entries) {
        Actor actor = world.actor(reporter).orElseThrow();
        out.printf("%s (%s), %d — dataset %s %s%n", actor.name(), reporter, year, world.info().name(), world.info().version());
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
            out.printf("%s [%s]%s%n", dim.name(), dim.unit(),
                    dyadic ? heading(group) : "");
            boolean membership = dim.kind() == org.multivector.world.DimensionKind.MEMBERSHIP;
            TextTable table = new TextTable(dyadic ? List.of("rank", "partner", "value", "share", "basis", "src")
                    : membership ? List.of("organisation or format", "src") : List.of("value", "src"));
            List<Source> sources = new ArrayList<>();
            for (ProfileEntry entry : group) {
                Tie tie = entry.tie();
                int ref = sources.indexOf(tie.source());
                if (ref < 0) {
                    sources.add(tie.source());
                    ref = sources.size() - 1;
                }
                String name = Numbers.named(entry.partnerName(), tie.partner()) + (tie.note().isEmpty() ? "" : " *");
                String src = "[" + (ref + 1) + "]";
                String value = Numbers.grouped(tie.value(), tie.value() < 100 ? 3 : 1);
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
            if (dyadic && group.stream().noneMatch(e -> e.share().isPresent())) {
                out.printf("  No reported world total (partner WLD) for %d: shares are not computed, never guessed from the partners listed.%n",
                        group.getFirst().tie().year());
            }
            for (int i = 0; i < sources.size(); i++) {
                Source s = sources.get(i);
                out.printf("  [%d] %s%s%n", i + 1, s.citation(), s.assumption() ? " (analyst assumption)" : "");
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
}
