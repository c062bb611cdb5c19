package org.multivector.corridors.io;

import org.multivector.corridors.CorridorLink;
import org.multivector.corridors.CorridorNetwork;
import org.multivector.corridors.LinkControl;
import org.multivector.input.CsvColumns;
import org.multivector.input.CsvRow;
import org.multivector.input.InputRule;
import org.multivector.input.Problem;
import org.multivector.world.Source;
import org.multivector.world.io.DatasetFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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

    private static final CsvColumns COLUMNS = CsvColumns.required(
            "link",
            "section",
            "role",
            "party",
            "power",
            "share_percent",
            "first_year",
            "last_year",
            "publisher",
            "title",
            "source_year",
            "url",
            "assumption",
            "note");
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

    private ControlLoader() {}

    /** The control rows of the embedded dataset {@code dataset} (e.g. {@code kazakhstan}). */
    public static List<LinkControl> embedded(String dataset, CorridorNetwork network)
            throws InvalidCorridorDataException {
        return load(new DatasetFiles.Embedded(dataset + "/corridors"), network);
    }

    /** The control rows in a corridors folder; an empty list when it has no {@value #FILE}. */
    public static List<LinkControl> load(Path folder, CorridorNetwork network) throws InvalidCorridorDataException {
        return load(new DatasetFiles.Folder(folder), network);
    }

    /** The control rows of a dataset's corridor files, checked against the network's link ids. */
    public static List<LinkControl> load(DatasetFiles files, CorridorNetwork network)
            throws InvalidCorridorDataException {
        Set<String> links = network.allLinks().stream().map(CorridorLink::id).collect(Collectors.toSet());
        List<Problem> problems = new ArrayList<>();
        List<LinkControl> rows = new ArrayList<>();
        Map<String, Double> sums = new HashMap<>();
        boolean present = CorridorCsv.read(files, FILE, COLUMNS, problems, row -> {
            int before = problems.size();
            List<String> ids = List.of(row.text("link").split(";")).stream()
                    .map(String::strip)
                    .toList();
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
                    row.problem(
                            "role",
                            InputRule.INVALID_VALUE,
                            "'role' must be owner or operator, got '" + roleText + "'");
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
                row.problem(
                        "share_percent", InputRule.INVALID_VALUE, "'share_percent' must lie in 0..100, got " + share);
            }
            Optional<Integer> first = optionalYear(row, "first_year");
            Optional<Integer> last = optionalYear(row, "last_year");
            Source source = CorridorCsv.source(row, "the page the figure was read in");
            if (problems.size() > before
                    || section == null
                    || party == null
                    || share == null
                    || source == null
                    || role == null) {
                return;
            }
            for (String id : ids) {
                LinkControl control = new LinkControl(
                        id,
                        section,
                        role,
                        party,
                        power.isEmpty() ? Optional.empty() : Optional.of(power),
                        share / 100,
                        first,
                        last,
                        source,
                        row.text("note"));
                if (role == LinkControl.Role.OWNER) {
                    for (int year = first.orElse(1900); year <= last.orElse(2100); year++) {
                        double sum = sums.merge(id + "|" + section + "|" + year, share, Double::sum);
                        if (sum > 100 + 1e-6) {
                            row.problem(
                                    "share_percent",
                                    InputRule.INVALID_VALUE,
                                    "owner shares of " + id + " (" + section + ") sum to "
                                            + Math.round(sum * 100) / 100.0 + " % in " + year + ", above 100 %");
                            break;
                        }
                    }
                }
                rows.add(control);
            }
        });
        if (!present) {
            return List.of();
        }
        if (!problems.isEmpty()) {
            throw new InvalidCorridorDataException(problems);
        }
        return List.copyOf(rows);
    }

    private static Optional<Integer> optionalYear(CsvRow row, String column) {
        String text = row.text(column);
        return text.isEmpty() ? Optional.empty() : Optional.ofNullable(CorridorCsv.year(row, column, text));
    }
}
