package org.multivector.corridors.io;

import org.multivector.corridors.CorridorLink;
import org.multivector.corridors.CorridorNetwork;
import org.multivector.corridors.RouteCommitment;
import org.multivector.corridors.RouteSchedule;
import org.multivector.input.CsvFormatException;
import org.multivector.input.CsvReader;
import org.multivector.input.CsvRecord;
import org.multivector.input.InputRule;
import org.multivector.input.Problem;
import org.multivector.input.Rule;
import org.multivector.world.Basis;
import org.multivector.world.Source;
import org.multivector.world.io.DatasetFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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

    private static final List<String> COLUMNS = List.of("year", "link", "commodity", "volume", "kind", "fit_years", "publisher", "title",
            "source_year", "url", "assumption", "note");

    private ScheduleLoader() {
    }

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
        String file = files.display(FILE);
        List<Problem> problems = new ArrayList<>();
        List<RouteCommitment> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (InputStream in = files.open(FILE); CsvReader reader = CsvReader.utf8(in)) {
            CsvRecord header = reader.next();
            if (header == null) {
                throw new InvalidCorridorDataException(List.of(new Problem(file, 0, 0, InputRule.UNREADABLE_FILE,
                        "the file is empty; it needs a header: " + String.join(",", COLUMNS))));
            }
            Map<String, Integer> column = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                column.putIfAbsent(header.field(i).strip(), i);
            }
            List<String> missing = COLUMNS.stream().filter(c -> !column.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new InvalidCorridorDataException(List.of(new Problem(file, header.line(), 0, InputRule.HEADER,
                        "the header lacks " + String.join(", ", missing) + "\nMaybe start the file with: " + String.join(",", COLUMNS))));
            }
            CsvRecord record;
            while ((record = reader.next()) != null) {
                if (record.size() == 1 && record.field(0).isBlank()) {
                    continue;
                }
                if (record.size() != header.size()) {
                    problems.add(new Problem(file, record.line(), 0, InputRule.FIELD_COUNT, "the row has " + record.size()
                            + " fields, the header " + header.size() + "\nMaybe a field holding a comma needs double quotes."));
                    continue;
                }
                Row row = new Row(file, record, column, problems);
                RouteCommitment commitment = row.commitment(linkCommodity);
                if (commitment == null) {
                    continue;
                }
                if (!seen.add(commitment.commodity() + "|" + commitment.year() + "|" + commitment.link())) {
                    row.problem("link", CorridorRule.DUPLICATE, "link '" + commitment.link() + "' is scheduled twice in " + commitment.year());
                    continue;
                }
                try {
                    RouteSchedule.of(network, List.of(commitment));
                } catch (IllegalArgumentException e) {
                    row.problem(commitment.kind() == RouteCommitment.Kind.ESTIMATE ? "fit_years" : "year", InputRule.INVALID_VALUE,
                            e.getMessage());
                    continue;
                }
                rows.add(commitment);
            }
        } catch (NoSuchFileException e) {
            return RouteSchedule.none();
        } catch (CsvFormatException e) {
            problems.add(new Problem(file, e.line(), e.column(), InputRule.UNREADABLE_FILE, e.getMessage()));
        } catch (IOException e) {
            problems.add(new Problem(file, 0, 0, InputRule.UNREADABLE_FILE, "cannot read the file: " + e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCorridorDataException(problems);
        }
        return RouteSchedule.of(network, rows);
    }

    private record Row(String file, CsvRecord record, Map<String, Integer> columns, List<Problem> problems) {

        String text(String name) {
            return record.field(columns.get(name)).strip();
        }

        void problem(String name, Rule rule, String message) {
            problems.add(new Problem(file, record.line(), record.column(columns.get(name)), rule, message));
        }

        String required(String name) {
            String value = text(name);
            if (value.isEmpty()) {
                problem(name, InputRule.MISSING_FIELD, "'" + name + "' is empty");
                return null;
            }
            return value;
        }

        Integer year(String name, String value) {
            if (value.matches("\\d{4}")) {
                return Integer.parseInt(value);
            }
            problem(name, InputRule.INVALID_VALUE, "'" + name + "' must be a year, got '" + value + "'");
            return null;
        }

        RouteCommitment commitment(Map<String, String> linkCommodity) {
            int before = problems.size();
            String yearText = required("year");
            Integer year = yearText == null ? null : year("year", yearText);
            String link = required("link");
            if (link != null && !linkCommodity.containsKey(link)) {
                problem("link", CorridorRule.UNKNOWN_REFERENCE, "link '" + link + "' is not in links.csv");
            }
            String commodity = required("commodity");
            if (link != null && commodity != null && linkCommodity.containsKey(link) && !commodity.equals(linkCommodity.get(link))) {
                problem("commodity", InputRule.INVALID_VALUE, "link '" + link + "' carries " + linkCommodity.get(link) + ", not " + commodity);
            }
            String kindText = required("kind");
            RouteCommitment.Kind kind = null;
            if (kindText != null) {
                try {
                    kind = RouteCommitment.Kind.valueOf(kindText.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    problem("kind", InputRule.INVALID_VALUE, "'kind' must be contract, plan, quota or estimate, got '" + kindText + "'");
                }
            }
            String volumeText = text("volume");
            OptionalDouble volume = OptionalDouble.empty();
            if (kind == RouteCommitment.Kind.ESTIMATE && !volumeText.isEmpty()) {
                problem("volume", InputRule.INVALID_VALUE, "an estimate takes no volume: it is computed from the fit years' observations");
            } else if (kind != null && kind != RouteCommitment.Kind.ESTIMATE) {
                if (volumeText.isEmpty()) {
                    problem("volume", InputRule.MISSING_FIELD, "a " + kindText + " needs its published volume");
                } else {
                    try {
                        double v = Double.parseDouble(volumeText);
                        if (!Double.isFinite(v) || v < 0) {
                            problem("volume", InputRule.INVALID_VALUE, "'volume' must be a non-negative number, got '" + volumeText + "'");
                        } else if (v > org.multivector.corridors.Commodity.MAX_QUANTITY) {
                            problem("volume", CorridorRule.QUANTITY_TOO_LARGE, "'volume' must not exceed 1e9, got " + volumeText);
                        } else {
                            volume = OptionalDouble.of(v);
                        }
                    } catch (NumberFormatException e) {
                        problem("volume", InputRule.NOT_A_NUMBER, "'volume' must be a number, got '" + volumeText + "'");
                    }
                }
            }
            List<Integer> fit = new ArrayList<>();
            String fitText = text("fit_years");
            if (kind == RouteCommitment.Kind.ESTIMATE) {
                if (fitText.isEmpty()) {
                    problem("fit_years", InputRule.MISSING_FIELD, "an estimate needs the years it is fitted on, e.g. 2022;2023");
                } else {
                    for (String part : fitText.split(";")) {
                        Integer y = year("fit_years", part.strip());
                        if (y != null) {
                            fit.add(y);
                        }
                    }
                }
            } else if (kind != null && !fitText.isEmpty()) {
                problem("fit_years", InputRule.INVALID_VALUE, "only an estimate has fit years");
            }
            for (String c : List.of("publisher", "title", "source_year", "url")) {
                if (text(c).isEmpty()) {
                    problem(c, CorridorRule.MISSING_SOURCE, "no " + c + "\nMaybe cite the page the figure (or, for an estimate, the mechanism) was read in.");
                }
            }
            String sourceYear = text("source_year");
            Integer published = sourceYear.isEmpty() ? null : year("source_year", sourceYear);
            String assumption = text("assumption");
            if (!assumption.equals("true") && !assumption.equals("false")) {
                problem("assumption", InputRule.INVALID_VALUE, "'assumption' must be true or false, got '" + assumption + "'");
            } else if (kind == RouteCommitment.Kind.ESTIMATE && assumption.equals("false")) {
                problem("assumption", InputRule.INVALID_VALUE, "an estimate is an analyst's figure: mark it assumption=true");
            }
            if (problems.size() > before || year == null || kind == null || published == null) {
                return null;
            }
            Source source = new Source(text("publisher"), text("title"), published, text("url"), Basis.INDEPENDENT, Boolean.parseBoolean(assumption));
            return new RouteCommitment(year, link, commodity, kind, volume, fit, source, text("note"));
        }
    }
}
