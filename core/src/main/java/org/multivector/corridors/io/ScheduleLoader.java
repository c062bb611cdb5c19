package org.multivector.corridors.io;

import org.jspecify.annotations.Nullable;
import org.multivector.corridors.CorridorLink;
import org.multivector.corridors.CorridorNetwork;
import org.multivector.corridors.RouteCommitment;
import org.multivector.corridors.RouteSchedule;
import org.multivector.input.CsvColumns;
import org.multivector.input.CsvRow;
import org.multivector.input.InputRule;
import org.multivector.input.Problem;
import org.multivector.world.Source;
import org.multivector.world.io.DatasetFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads {@code schedules.csv}, the scheduled link volumes the calibration holds the allocation to
 * (docs/corridors.md, "Calibration"), beside a corridor network. The file is optional: without it the
 * schedule is empty. Columns: {@code year,link,commodity,volume,kind,fit_years}, then publisher, title,
 * source_year, url, assumption and note. {@code kind} is contract, plan or quota (with a published
 * volume) or estimate (no volume; {@code fit_years} such as {@code 2022;2023}, and {@code assumption=true}).
 * Every problem of the file is reported with its line and column; nothing is loaded when there is one.
 */
public final class ScheduleLoader {

    /** The file's name inside a corridors folder. */
    public static final String FILE = "schedules.csv";

    private static final CsvColumns COLUMNS = CsvColumns.required(
            "year",
            "link",
            "commodity",
            "volume",
            "kind",
            "fit_years",
            "publisher",
            "title",
            "source_year",
            "url",
            "assumption",
            "note");

    private ScheduleLoader() {}

    /** The schedule of the embedded dataset {@code dataset} (e.g. {@code kazakhstan}). */
    public static RouteSchedule embedded(String dataset, CorridorNetwork network) throws InvalidCorridorDataException {
        return load(new DatasetFiles.Embedded(dataset + "/corridors"), network);
    }

    /** The schedule in a corridors folder; empty when it has no {@value #FILE}. */
    public static RouteSchedule load(Path folder, CorridorNetwork network) throws InvalidCorridorDataException {
        return load(new DatasetFiles.Folder(folder), network);
    }

    /** The schedule of a dataset's corridor files, checked against the network's links, supplies and volumes. */
    public static RouteSchedule load(DatasetFiles files, CorridorNetwork network) throws InvalidCorridorDataException {
        Map<String, String> linkCommodity = new HashMap<>();
        for (CorridorLink link : network.allLinks()) {
            linkCommodity.put(link.id(), link.commodity());
        }
        List<Problem> problems = new ArrayList<>();
        List<RouteCommitment> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean present = CorridorCsv.read(files, FILE, COLUMNS, problems, row -> {
            RouteCommitment commitment = commitment(row, linkCommodity, problems);
            if (commitment == null) {
                return;
            }
            if (!seen.add(commitment.commodity() + "|" + commitment.year() + "|" + commitment.link())) {
                row.problem(
                        "link",
                        CorridorRule.DUPLICATE,
                        "link '" + commitment.link() + "' is scheduled twice in " + commitment.year());
                return;
            }
            try {
                RouteSchedule.of(network, List.of(commitment));
            } catch (IllegalArgumentException e) {
                row.problem(
                        commitment.kind() == RouteCommitment.Kind.ESTIMATE ? "fit_years" : "year",
                        InputRule.INVALID_VALUE,
                        String.valueOf(e.getMessage()));
                return;
            }
            rows.add(commitment);
        });
        if (!present) {
            return RouteSchedule.none();
        }
        if (!problems.isEmpty()) {
            throw new InvalidCorridorDataException(problems);
        }
        return RouteSchedule.of(network, rows);
    }

    /** The row's commitment, or null after reporting what is wrong with it. */
    private static @Nullable RouteCommitment commitment(
            CsvRow row, Map<String, String> linkCommodity, List<Problem> problems) {
        int before = problems.size();
        String yearText = row.required("year");
        Integer year = yearText == null ? null : CorridorCsv.year(row, "year", yearText);
        String link = row.required("link");
        if (link != null && !linkCommodity.containsKey(link)) {
            row.problem("link", CorridorRule.UNKNOWN_REFERENCE, "link '" + link + "' is not in links.csv");
        }
        String commodity = row.required("commodity");
        if (link != null
                && commodity != null
                && linkCommodity.containsKey(link)
                && !commodity.equals(linkCommodity.get(link))) {
            row.problem(
                    "commodity",
                    InputRule.INVALID_VALUE,
                    "link '" + link + "' carries " + linkCommodity.get(link) + ", not " + commodity);
        }
        String kindText = row.required("kind");
        RouteCommitment.Kind kind = null;
        if (kindText != null) {
            try {
                kind = RouteCommitment.Kind.valueOf(kindText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                row.problem(
                        "kind",
                        InputRule.INVALID_VALUE,
                        "'kind' must be contract, plan, quota or estimate, got '" + kindText + "'");
            }
        }
        String volumeText = row.text("volume");
        OptionalDouble volume = OptionalDouble.empty();
        if (kind == RouteCommitment.Kind.ESTIMATE && !volumeText.isEmpty()) {
            row.problem(
                    "volume",
                    InputRule.INVALID_VALUE,
                    "an estimate takes no volume: it is computed from the fit years' observations");
        } else if (kind != null && kind != RouteCommitment.Kind.ESTIMATE) {
            if (volumeText.isEmpty()) {
                row.problem("volume", InputRule.MISSING_FIELD, "a " + kindText + " needs its published volume");
            } else {
                try {
                    double v = Double.parseDouble(volumeText);
                    if (!Double.isFinite(v) || v < 0) {
                        row.problem(
                                "volume",
                                InputRule.INVALID_VALUE,
                                "'volume' must be a non-negative number, got '" + volumeText + "'");
                    } else if (v > org.multivector.corridors.Commodity.MAX_QUANTITY) {
                        row.problem(
                                "volume",
                                CorridorRule.QUANTITY_TOO_LARGE,
                                "'volume' must not exceed 1e9, got " + volumeText);
                    } else {
                        volume = OptionalDouble.of(v);
                    }
                } catch (NumberFormatException e) {
                    row.problem(
                            "volume", InputRule.NOT_A_NUMBER, "'volume' must be a number, got '" + volumeText + "'");
                }
            }
        }
        List<Integer> fit = new ArrayList<>();
        String fitText = row.text("fit_years");
        if (kind == RouteCommitment.Kind.ESTIMATE) {
            if (fitText.isEmpty()) {
                row.problem(
                        "fit_years",
                        InputRule.MISSING_FIELD,
                        "an estimate needs the years it is fitted on, e.g. 2022;2023");
            } else {
                for (String part : fitText.split(";")) {
                    Integer y = CorridorCsv.year(row, "fit_years", part.strip());
                    if (y != null) {
                        fit.add(y);
                    }
                }
            }
        } else if (kind != null && !fitText.isEmpty()) {
            row.problem("fit_years", InputRule.INVALID_VALUE, "only an estimate has fit years");
        }
        Source source = CorridorCsv.source(row, "the page the figure (or, for an estimate, the mechanism) was read in");
        if (source != null && kind == RouteCommitment.Kind.ESTIMATE && !source.assumption()) {
            row.problem(
                    "assumption",
                    InputRule.INVALID_VALUE,
                    "an estimate is an analyst's figure: mark it assumption=true");
        }
        if (problems.size() > before
                || year == null
                || link == null
                || commodity == null
                || kind == null
                || source == null) {
            return null;
        }
        return new RouteCommitment(year, link, commodity, kind, volume, fit, source, row.text("note"));
    }
}
