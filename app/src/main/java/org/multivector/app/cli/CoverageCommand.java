package org.multivector.app.cli;

import org.multivector.profile.Coverage;
import org.multivector.profile.CoverageDocument;
import org.multivector.report.Column;
import org.multivector.report.Report;
import org.multivector.world.World;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** {@code multivector coverage ISO3}: what the dataset holds about a country, per dimension and source. */
@Command(
        name = "coverage",
        mixinStandardHelpOptions = true,
        description = {
            "Show what a dataset holds about a country, per dimension and source: years covered, partners, "
                    + "world totals, figure counts, and the share of official, hand-curated and assumed figures."
        })
public final class CoverageCommand implements Runnable {

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
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "table",
            description = "table, json or csv. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Override
    public void run() {
        World world = dataset.load(country);
        String code = DatasetOption.country(world, country);
        List<Coverage.Row> rows = Coverage.of(world, code);
        Map<Coverage.Kind, Double> shares = Coverage.shares(rows);
        PrintWriter out = spec.commandLine().getOut();
        ReportOutput.print(
                out, format, CoverageDocument.of(world, code, rows), () -> reports(world, code, rows, shares));
    }

    /** The coverage rows as one report: the table shows the span of years, CSV its first and last year. */
    static List<Report> reports(World world, String code, List<Coverage.Row> rows, Map<Coverage.Kind, Double> shares) {
        Report.Builder table = Report.builder(
                        "Coverage of " + world.actor(code).orElseThrow().name() + " (" + code + ") — dataset "
                                + world.info().name() + " " + world.info().version())
                .csvOnly("reporter")
                .text("dimension")
                .column(new Column("publisher", "source", "", Column.Kind.TEXT, 0, Column.Shown.BOTH))
                .text("basis")
                .text("kind")
                .csvOnly("first_year", "last_year")
                .tableOnly("years", Column.Kind.TEXT)
                .column(new Column("years", "n", "", Column.Kind.INTEGER, 0, Column.Shown.BOTH))
                .column("partners", Column.Kind.INTEGER)
                .column(new Column("world_total_years", "WLD years", "", Column.Kind.INTEGER, 0, Column.Shown.BOTH))
                .column("figures", Column.Kind.INTEGER)
                .column("estimates", Column.Kind.INTEGER);
        for (Coverage.Row r : rows) {
            table.row(
                    code,
                    r.dimension(),
                    r.publisher(),
                    r.basis().fileName(),
                    r.kind().label(),
                    r.firstYear(),
                    r.lastYear(),
                    Numbers.span(r.firstYear(), r.lastYear()),
                    r.yearCount(),
                    r.partners(),
                    r.worldTotal(),
                    r.figures(),
                    r.estimates());
        }
        int all = rows.stream().mapToInt(Coverage.Row::figures).sum();
        return List.of(
                table.build(),
                Report.text(
                        all + " figures: "
                                + String.join(
                                        ", ",
                                        shares.entrySet().stream()
                                                .map(e -> Numbers.percent(e.getValue()) + " "
                                                        + e.getKey().label())
                                                .toList()),
                        "official: read by an importer from the publisher's database (a source-table entry); hand-curated: typed in "
                                + "from a publication, source on the row; assumption: the analyst's."));
    }
}
