package org.multivector.app.cli;

import org.multivector.profile.Coverage;
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

/** {@code multivector coverage ISO3}: what the dataset holds about a country, per dimension and source. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = {"Show what a dataset holds about a country, per dimension and source: years covered, partners, "
                + "world totals, figure counts, and the share of official, hand-curated and assumed figures."})
public final class CoverageCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOption dataset;

    @Parameters(index = "0", paramLabel = "ISO3", description = "The country, as an ISO 3166-1 alpha-3 code (e.g. KAZ).")
    String country;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    static final List<String> CSV_HEADER = List.of("reporter", "dimension", "publisher", "basis", "kind", "first_year", "last_year",
            "years", "partners", "world_total_years", "figures", "estimates");

    @Override
    public void run() {
        World world = dataset.load(country);
        String code = DatasetOption.country(world, country);
        List<Coverage.Row> rows = Coverage.of(world, code);
        Map<Coverage.Kind, Double> shares = Coverage.shares(rows);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case csv -> {
                CsvOutput csv = new CsvOutput(out, CSV_HEADER);
                for (Coverage.Row r : rows) {
                    csv.row(List.of(code, r.dimension(), r.publisher(), r.basis().fileName(), r.kind().label(), r.firstYear(), r.lastYear(),
                            r.yearCount(), r.partners(), r.worldTotal(), r.figures(), r.estimates()));
                }
            }
            case json -> {
                Map<String, Object> root = new LinkedHashMap<>();
                root.put("reporter", code);
                root.put("dataset", Map.of("name", world.info().name(), "version", world.info().version()));
                List<Map<String, Object>> list = new ArrayList<>();
                for (Coverage.Row r : rows) {
                    Map<String, Object> one = new LinkedHashMap<>();
                    one.put("dimension", r.dimension());
                    one.put("publisher", r.publisher());
                    one.put("basis", r.basis().fileName());
                    one.put("kind", r.kind().label());
                    one.put("firstYear", r.firstYear());
                    one.put("lastYear", r.lastYear());
                    one.put("years", r.yearCount());
                    one.put("partners", r.partners());
                    one.put("worldTotalYears", r.worldTotal());
                    one.put("figures", r.figures());
                    one.put("estimates", r.estimates());
                    list.add(one);
                }
                root.put("rows", list);
                Map<String, Object> kinds = new LinkedHashMap<>();
                shares.forEach((k, v) -> kinds.put(k.label(), Numbers.round6(v)));
                root.put("shareOfFigures", kinds);
                out.println(Json.write(root));
            }
            case table -> {
                out.printf("Coverage of %s (%s) — dataset %s %s%n", world.actor(code).orElseThrow().name(), code, world.info().name(),
                        world.info().version());
                TextTable table = new TextTable(List.of("dimension", "source", "basis", "kind", "years", "n", "partners", "WLD years",
                        "figures", "estimates"));
                for (Coverage.Row r : rows) {
                    table.row(List.of(r.dimension(), r.publisher(), r.basis().fileName(), r.kind().label(),
                            r.firstYear() == r.lastYear() ? Integer.toString(r.firstYear()) : r.firstYear() + "–" + r.lastYear(),
                            Integer.toString(r.yearCount()), Integer.toString(r.partners()), Integer.toString(r.worldTotal()),
                            Integer.toString(r.figures()), Integer.toString(r.estimates())));
                }
                out.print(table.render());
                int all = rows.stream().mapToInt(Coverage.Row::figures).sum();
                out.printf("%n%d figures: %s%n", all, String.join(", ", shares.entrySet().stream()
                        .map(e -> Numbers.percent(e.getValue()) + " " + e.getKey().label()).toList()));
                out.println("official: read by an importer from the publisher's database (a source-table entry); hand-curated: typed in "
                        + "from a publication, source on the row; assumption: the analyst's.");
            }
        }
        out.flush();
    }
}
