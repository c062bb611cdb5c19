package org.multivector.app.cli;

import org.multivector.profile.BasisPair;
import org.multivector.profile.CountryProfile;
import org.multivector.profile.ProfileDocument;
import org.multivector.profile.ProfileEntry;
import org.multivector.profile.ProfileRequest;
import org.multivector.profile.SideBySideDocument;
import org.multivector.profile.SourceDifference;
import org.multivector.report.Column;
import org.multivector.report.Report;
import org.multivector.report.SourceRef;
import org.multivector.world.Actor;
import org.multivector.world.BasisChoice;
import org.multivector.world.Dimension;
import org.multivector.world.Source;
import org.multivector.world.Tie;
import org.multivector.world.World;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code multivector profile ISO3}: each partner's figure, share and rank per dimension, with sources. */
@Command(
        name = "profile",
        mixinStandardHelpOptions = true,
        description = {
            "Show a country's partners per dimension: value, share of the country's reported world total, rank and source.",
            "Shares divide by the reported world total (partner WLD), never by the sum of the partners listed."
        })
public final class ProfileCommand implements Runnable {

    /** How many sides to show for dyadic figures. */
    enum BasisView {
        reporter,
        mirror,
        both
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

    @Option(
            names = "--year",
            paramLabel = "Y",
            description = "The year. Default: each dimension's latest year with the country's reported world total.")
    Integer year;

    @Option(
            names = "--dimension",
            paramLabel = "D",
            description = "Only this dimension (e.g. exports, trade, fdi_inflow).")
    String dimension;

    @Option(
            names = "--basis",
            paramLabel = "SIDE",
            defaultValue = "reporter",
            description =
                    "Whose statistics for pair figures: reporter (the country's own, default), mirror (its partners'), or both side by side.")
    BasisView basis;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "table",
            description = "table, json or csv. Default: ${DEFAULT-VALUE}.")
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
            ReportOutput.print(
                    out,
                    format,
                    SideBySideDocument.of(world, code, pairs, own),
                    () -> pairTable(world, code, pairs, own),
                    () -> List.of(pairCsv(code, pairs, own)));
        } else {
            List<ProfileEntry> entries = request.entries(world);
            ReportOutput.print(
                    out,
                    format,
                    ProfileDocument.of(world, request, entries),
                    () -> reports(world, code, year, entries));
        }
    }

    /** The other publishers' figures in one field: {@code publisher: value (+x.x %)}, separated by {@code ; }. */
    static String others(ProfileEntry entry) {
        List<String> parts = new ArrayList<>();
        for (SourceDifference other : entry.others()) {
            parts.add(other.tie().source().publisher() + ": "
                    + Numbers.plain(other.tie().value())
                    + (other.tie().estimate() ? " estimate" : "")
                    + (other.percent().isPresent()
                            ? " (" + signedPercent(other.percent().getAsDouble()) + ")"
                            : ""));
        }
        return String.join("; ", parts);
    }

    /** A difference in percent with its sign and one decimal: {@code +4.2 %}, {@code -3.9 %}. */
    static String signedPercent(double percent) {
        return String.format(java.util.Locale.ROOT, "%+.1f %%", percent);
    }

    /** Whose statistics a dyadic group shows: the country's own, its partners' (mirror), or an independent publisher's. */
    private static String heading(List<ProfileEntry> group) {
        if (group.stream().allMatch(e -> e.tie().basis() == org.multivector.world.Basis.INDEPENDENT)) {
            List<String> publishers = group.stream()
                    .map(e -> e.tie().source().publisher())
                    .distinct()
                    .toList();
            return " — independent estimates (" + String.join(", ", publishers) + ")";
        }
        return group.getFirst().view() == BasisChoice.REPORTER
                ? " — the country's own statistics"
                : " — partners' statistics (mirror)";
    }

    /** One report per dimension (and side) shown; the table and CSV share the rows, each view with its own columns. */
    static List<Report> reports(World world, String reporter, Integer year, List<ProfileEntry> entries) {
        Actor actor = world.actor(reporter).orElseThrow();
        List<Report> reports = new ArrayList<>();
        String heading = String.format(
                "%s (%s), %s — dataset %s %s",
                actor.name(),
                reporter,
                year != null ? Integer.toString(year) : "each dimension's latest year with a reported world total",
                world.info().name(),
                world.info().version());
        if (entries.isEmpty()) {
            return List.of(Report.text(
                    heading,
                    "No figures for this country and year. Try another --year; the dataset covers " + world.years()
                            + "."));
        }
        reports.add(Report.text(heading));
        Map<String, List<ProfileEntry>> byDimension = new LinkedHashMap<>();
        for (ProfileEntry entry : entries) {
            byDimension
                    .computeIfAbsent(entry.tie().dimension() + "|" + entry.view(), k -> new ArrayList<>())
                    .add(entry);
        }
        for (List<ProfileEntry> group : byDimension.values()) {
            reports.add(group(world, reporter, group));
        }
        reports.add(
                Report.text(
                        "Shares are of the country's reported world total (partner WLD). A bloc's share overlaps its members'; blocs are not ranked."));
        return reports;
    }

    private static Report group(World world, String reporter, List<ProfileEntry> group) {
        Dimension dim = world.dimension(group.getFirst().tie().dimension()).orElseThrow();
        boolean dyadic = dim.kind().isDyadic();
        boolean membership = dim.kind() == org.multivector.world.DimensionKind.MEMBERSHIP;
        boolean labelled = membership || dyadic;
        Column.Shown figures = membership ? Column.Shown.CSV : Column.Shown.BOTH;
        Column.Shown dyadicOnly = dyadic ? Column.Shown.BOTH : Column.Shown.CSV;
        Report.Builder report = Report.builder(String.format(
                "%s [%s], %d%s", dim.name(), dim.unit(), group.getFirst().tie().year(), dyadic ? heading(group) : ""));
        if (dyadic) {
            report.tableOnly("rank", Column.Kind.INTEGER);
        }
        report.csvOnly("reporter", "dimension", "partner", "year");
        if (labelled) {
            report.column(new Column(
                    "partner_shown",
                    membership ? "organisation or format" : "partner",
                    "",
                    Column.Kind.TEXT,
                    0,
                    Column.Shown.TABLE));
        }
        report.column(new Column("value", "value", "", Column.Kind.FIGURE, 0, figures))
                .csvOnly("unit")
                .column(new Column("share", "share", "", Column.Kind.SHARE, 0, dyadicOnly))
                .csvOnly("rank", "partner_name")
                .column(new Column("basis", "basis", "", Column.Kind.TEXT, 0, dyadicOnly))
                .csvOnly("publisher", "title", "source_year", "url", "assumption", "note", "flag", "other_sources")
                .tableOnly("src", Column.Kind.TEXT);
        for (ProfileEntry entry : group) {
            Tie tie = entry.tie();
            Source source = tie.source();
            String src = "[" + report.source(SourceRef.of(source)) + "]" + (tie.estimate() ? " e" : "");
            String name = Numbers.named(entry.partnerName(), tie.partner())
                    + (tie.note().isEmpty() ? "" : " *")
                    + (entry.others().isEmpty() ? "" : " +");
            Integer rank = entry.rank().isPresent() ? entry.rank().getAsInt() : null;
            List<Object> row = new ArrayList<>();
            if (dyadic) {
                row.add(rank);
            }
            row.addAll(List.of(reporter, tie.dimension(), tie.partner(), tie.year()));
            if (labelled) {
                row.add(name);
            }
            row.addAll(java.util.Arrays.asList(
                    tie.value(),
                    tie.unit(),
                    entry.share().isPresent() ? Numbers.round6(entry.share().getAsDouble()) : null,
                    rank,
                    entry.partnerName(),
                    source.basis().fileName(),
                    source.publisher(),
                    source.title(),
                    source.year(),
                    source.url(),
                    source.assumption(),
                    tie.note(),
                    tie.flag().fileName(),
                    others(entry),
                    src));
            report.row(row);
        }
        if (dyadic
                && CountryProfile.hasShares(dim)
                && group.stream().noneMatch(e -> e.share().isPresent())) {
            report.note(String.format(
                    "No reported world total (partner WLD) for %d: shares are not computed, never guessed from the partners listed.",
                    group.getFirst().tie().year()));
        }
        List<String> otherLines = new ArrayList<>();
        for (ProfileEntry entry : group) {
            for (SourceDifference other : entry.others()) {
                Tie o = other.tie();
                otherLines.add("+ " + entry.tie().partner() + ": "
                        + Numbers.grouped(o.value(), Math.abs(o.value()) < 100 ? 3 : 1)
                        + (other.percent().isPresent()
                                ? " (" + signedPercent(other.percent().getAsDouble()) + " on the figure shown)"
                                : "")
                        + (o.estimate() ? ", the publisher's estimate" : "") + " ["
                        + report.source(SourceRef.of(o.source())) + "]");
            }
        }
        if (!otherLines.isEmpty()) {
            report.note("Other publishers' figures (the one shown is preferred by the dataset's sourcePreference):");
            otherLines.forEach(report::note);
        }
        if (group.stream().anyMatch(e -> e.tie().estimate())) {
            report.note("e: the publisher marks the figure as its own estimate.");
        }
        for (ProfileEntry entry : group) {
            if (!entry.tie().note().isEmpty()) {
                report.note("* " + entry.tie().partner() + ": " + entry.tie().note());
            }
        }
        return report.build();
    }

    /** The side-by-side view as tables: one per dyadic dimension, then the country's own figures. */
    private static List<Report> pairTable(World world, String reporter, List<BasisPair> pairs, List<ProfileEntry> own) {
        Actor actor = world.actor(reporter).orElseThrow();
        String heading = String.format(
                "%s (%s): its own statistics and its partners' (mirror) side by side — dataset %s %s",
                actor.name(), reporter, world.info().name(), world.info().version());
        if (pairs.isEmpty() && own.isEmpty()) {
            return List.of(Report.text(
                    heading,
                    "No figures for this country and year. Try another --year; the dataset covers " + world.years()
                            + "."));
        }
        List<Report> reports = new ArrayList<>();
        reports.add(Report.text(heading));
        Map<String, List<BasisPair>> byDimension = new LinkedHashMap<>();
        for (BasisPair pair : pairs) {
            byDimension
                    .computeIfAbsent(pair.dimension(), k -> new ArrayList<>())
                    .add(pair);
        }
        for (List<BasisPair> group : byDimension.values()) {
            Dimension dim = world.dimension(group.getFirst().dimension()).orElseThrow();
            Report.Builder table = Report.builder(String.format(
                            "%s [%s], %d — reporter %s vs mirror",
                            dim.name(), dim.unit(), group.getFirst().year(), reporter))
                    .column("rank", Column.Kind.INTEGER)
                    .text("partner")
                    .text("reporter")
                    .column("share", Column.Kind.SHARE)
                    .text("mirror")
                    .column("share (mirror)", Column.Kind.SHARE)
                    .column("gap", Column.Kind.CHANGE)
                    .text("src");
            for (BasisPair pair : group) {
                String refs = pair.reporter()
                                .map(t -> "[" + table.source(SourceRef.of(t.source())) + "]")
                                .orElse("–") + " / "
                        + pair.mirror()
                                .map(t -> "[" + table.source(SourceRef.of(t.source())) + "]")
                                .orElse("–");
                table.row(
                        pair.rank().isPresent() ? pair.rank().getAsInt() : null,
                        Numbers.named(pair.partnerName(), pair.partner()),
                        pair.reporter()
                                .map(t -> Numbers.grouped(t.value(), t.value() < 100 ? 3 : 1))
                                .orElse("–"),
                        pair.reporterShare().isPresent() ? pair.reporterShare().getAsDouble() : null,
                        pair.mirror()
                                .map(t -> Numbers.grouped(t.value(), t.value() < 100 ? 3 : 1))
                                .orElse("–"),
                        pair.mirrorShare().isPresent() ? pair.mirrorShare().getAsDouble() : null,
                        pair.gapPercent().isPresent() ? pair.gapPercent().getAsDouble() : null,
                        refs);
            }
            reports.add(table.build());
        }
        if (!own.isEmpty()) {
            Report.Builder table = Report.builder("The country's own figures (no mirror side):")
                    .text("dimension")
                    .column("year", Column.Kind.INTEGER)
                    .number("value", 3)
                    .text("unit")
                    .text("source");
            for (ProfileEntry entry : own) {
                Tie tie = entry.tie();
                if (tie.partner().equals(reporter)) {
                    table.row(
                            tie.dimension(),
                            tie.year(),
                            tie.value(),
                            tie.unit(),
                            tie.source().publisher());
                }
            }
            reports.add(table.build());
        }
        reports.add(
                Report.text(
                        "gap = (mirror − reporter) / reporter. – : no figure on that side; the gap is then unknown, never taken against zero."));
        return reports;
    }

    /** The side-by-side view as tidy CSV: a row per pair, then the country's own figures (reporter side only). */
    private static Report pairCsv(String reporter, List<BasisPair> pairs, List<ProfileEntry> own) {
        Report.Builder csv = Report.builder("")
                .text("reporter")
                .text("dimension")
                .text("partner")
                .text("year")
                .text("unit")
                .text("reporter_value")
                .text("mirror_value")
                .text("gap_pct")
                .text("reporter_share")
                .text("mirror_share")
                .text("rank")
                .text("partner_name")
                .text("reporter_source")
                .text("mirror_source");
        for (BasisPair pair : pairs) {
            csv.row(
                    reporter,
                    pair.dimension(),
                    pair.partner(),
                    pair.year(),
                    pair.reporter().or(pair::mirror).map(Tie::unit).orElse(""),
                    pair.reporter().map(Tie::value).orElse(null),
                    pair.mirror().map(Tie::value).orElse(null),
                    pair.gapPercent().isPresent() ? Math.round(pair.gapPercent().getAsDouble() * 100) / 100.0 : null,
                    pair.reporterShare().isPresent()
                            ? Numbers.round6(pair.reporterShare().getAsDouble())
                            : null,
                    pair.mirrorShare().isPresent()
                            ? Numbers.round6(pair.mirrorShare().getAsDouble())
                            : null,
                    pair.rank().isPresent() ? pair.rank().getAsInt() : null,
                    pair.partnerName(),
                    pair.reporter().map(t -> t.source().citation()).orElse(""),
                    pair.mirror().map(t -> t.source().citation()).orElse(""));
        }
        for (ProfileEntry entry : own) {
            Tie tie = entry.tie();
            csv.row(
                    reporter,
                    tie.dimension(),
                    tie.partner(),
                    tie.year(),
                    tie.unit(),
                    tie.value(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    entry.partnerName(),
                    tie.source().citation(),
                    "");
        }
        return csv.build();
    }
}
