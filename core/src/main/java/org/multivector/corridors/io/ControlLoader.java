package org.multivector.corridors.io;

import org.multivector.corridors.CorridorLink;
import org.multivector.corridors.CorridorNetwork;
import org.multivector.corridors.LinkControl;
import org.multivector.world.Basis;
import org.multivector.world.Source;
import org.multivector.input.CsvFormatException;
import org.multivector.input.CsvReader;
import org.multivector.input.CsvRecord;
import org.multivector.input.InputRule;
import org.multivector.input.Problem;
import org.multivector.input.Rule;
import org.multivector.world.io.DatasetFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads {@code control.csv}, the owners and operators of corridor links (docs/corridors.md, "Who
 * controls the capacity"), beside a corridor network. The file is optional: without it every link is
 * attributed to the states it crosses. Every problem is reported with file, line, column and rule, and
 * nothing is kept when there is one.
 *
 * <p>Columns: {@code link} (one id, or several joined by {@code ;} when one shareholding covers them),
 * {@code section}, {@code role} ({@code owner} or {@code operator}), {@code party}, {@code power}
 * (ISO3, empty for a multinational operator), {@code share_percent} (0..100), {@code first_year},
 * {@code last_year} (optional), then publisher, title, source_year, url, assumption and note.
 */
public final class ControlLoader {

    /** The file's name inside a corridors folder. */
    public static final String FILE = "control.csv";

    private static final List<String> COLUMNS = List.of("link", "section", "role", "party", "power", "share_percent", "first_year",
            "last_year", "publisher", "title", "source_year", "url", "assumption", "note");
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

    private ControlLoader() {
    }

    /** The control rows of the embedded dataset {@code dataset} (e.g. {@code kazakhstan}). */
    public static List<LinkControl> embedded(String dataset, CorridorNetwork network) throws InvalidCorridorDataException {
        return load(new DatasetFiles.Embedded(dataset + "/corridors"), network);
    }

    /** The control rows in a corridors folder; an empty list when it has no {@value #FILE}. */
    public static List<LinkControl> load(Path folder, CorridorNetwork network) throws InvalidCorridorDataException {
        return load(new DatasetFiles.Folder(folder), network);
    }

    /** The control rows of a dataset's corridor files, checked against the network's link ids. */
    public static List<LinkControl> load(DatasetFiles files, CorridorNetwork network) throws InvalidCorridorDataException {
        Set<String> links = network.allLinks().stream().map(CorridorLink::id).collect(Collectors.toSet());
        String file = files.display(FILE);
        List<Problem> problems = new ArrayList<>();
        List<LinkControl> rows = new ArrayList<>();
        Map<String, Double> sums = new HashMap<>();
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
                int before = problems.size();
                List<String> ids = List.of(row.text("link").split(";")).stream().map(String::strip).toList();
                for (String id : ids) {
                    if (!links.contains(id)) {
                        row.problem("link", CorridorRule.UNKNOWN_REFERENCE, "link '" + id + "' is not in links.csv");
                    }
                }
                String section = row.required("section");
                String roleText = row.required("role");
                LinkControl.Role role = null;
                if (roleText != null) {
                    try {
                        role = LinkControl.Role.valueOf(roleText.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        row.problem("role", InputRule.INVALID_VALUE, "'role' must be owner or operator, got '" + roleText + "'");
                    }
                }
                String party = row.required("party");
                String power = row.text("power");
                if (!power.isEmpty() && !ISO3.matcher(power).matches()) {
                    row.problem("power", CorridorRule.BAD_COUNTRY, "'" + power + "' is not an ISO 3166-1 alpha-3 code");
                }
                if (power.isEmpty() && role == LinkControl.Role.OWNER) {
                    row.problem("power", InputRule.MISSING_FIELD, "an owner needs the state it answers to in 'power'");
                }
                Double share = row.number("share_percent");
                if (share != null && (share < 0 || share > 100)) {
                    row.problem("share_percent", InputRule.INVALID_VALUE, "'share_percent' must lie in 0..100, got " + share);
                }
                Optional<Integer> first = row.year("first_year");
                Optional<Integer> last = row.year("last_year");
                Source source = row.source();
                if (problems.size() > before || share == null || source == null || role == null) {
                    continue;
                }
                for (String id : ids) {
                    LinkControl control = new LinkControl(id, section, role, party, power.isEmpty() ? Optional.empty() : Optional.of(power),
                            share / 100, first, last, source, row.text("note"));
                    if (role == LinkControl.Role.OWNER) {
                        for (int year = first.orElse(1900); year <= last.orElse(2100); year++) {
                            double sum = sums.merge(id + "|" + section + "|" + year, share, Double::sum);
                            if (sum > 100 + 1e-6) {
                                row.problem("share_percent", InputRule.INVALID_VALUE, "owner shares of " + id + " (" + section + ") sum to "
                                        + Math.round(sum * 100) / 100.0 + " % in " + year + ", above 100 %");
                                break;
                            }
                        }
                    }
                    rows.add(control);
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (CsvFormatException e) {
            problems.add(new Problem(file, e.line(), e.column(), InputRule.UNREADABLE_FILE, e.getMessage()));
        } catch (IOException e) {
            problems.add(new Problem(file, 0, 0, InputRule.UNREADABLE_FILE, "cannot read the file: " + e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCorridorDataException(problems);
        }
        return List.copyOf(rows);
    }

    private record Row(String file, CsvRecord record, Map<String, Integer> columns, List<Problem> problems) {

        String text(String name) {
            return record.field(columns.get(name)).strip();
        }

        int column(String name) {
            return record.column(columns.get(name));
        }

        void problem(String name, Rule rule, String message) {
            problems.add(new Problem(file, record.line(), column(name), rule, message));
        }

        String required(String name) {
            String value = text(name);
            if (value.isEmpty()) {
                problem(name, InputRule.MISSING_FIELD, "'" + name + "' is empty");
                return null;
            }
            return value;
        }

        Double number(String name) {
            String value = required(name);
            if (value == null) {
                return null;
            }
            try {
                double parsed = Double.parseDouble(value);
                if (Double.isFinite(parsed)) {
                    return parsed;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problem(name, InputRule.NOT_A_NUMBER, "'" + name + "' must be a finite number, got '" + value + "'");
            return null;
        }

        Optional<Integer> year(String name) {
            String value = text(name);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            if (value.matches("\\d{4}")) {
                return Optional.of(Integer.parseInt(value));
            }
            problem(name, InputRule.INVALID_VALUE, "'" + name + "' must be a year, got '" + value + "'");
            return Optional.empty();
        }

        Source source() {
            for (String c : List.of("publisher", "title", "source_year", "url")) {
                if (text(c).isEmpty()) {
                    problem(c, CorridorRule.MISSING_SOURCE, "no " + c + "\nMaybe cite the page the figure was read in.");
                    return null;
                }
            }
            Optional<Integer> year = year("source_year");
            String assumption = text("assumption");
            if (!assumption.equals("true") && !assumption.equals("false")) {
                problem("assumption", InputRule.INVALID_VALUE, "'assumption' must be true or false, got '" + assumption + "'");
                return null;
            }
            if (year.isEmpty()) {
                return null;
            }
            return new Source(text("publisher"), text("title"), year.get(), text("url"), Basis.INDEPENDENT, Boolean.parseBoolean(assumption));
        }
    }
}
