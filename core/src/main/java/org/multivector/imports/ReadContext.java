package org.multivector.imports;

import org.multivector.input.CsvFormatException;
import org.multivector.input.CsvReader;
import org.multivector.input.CsvRecord;
import org.multivector.input.InputRule;
import org.multivector.input.Problem;
import org.multivector.input.Rule;
import org.multivector.world.io.DatasetRule;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What a {@link SourceReader} needs while it reads one file: the code table, the options, the report and where figures go. */
final class ReadContext {

    /** Receives the figures a reader produces. */
    interface FigureSink {
        void accept(Figure figure, String file, int line);
    }

    /** Opens the bytes a CSV reader reads: the file itself, or bytes already in memory (the fuzz targets). */
    interface Opener {
        InputStream open() throws IOException;
    }

    final CountryCodes codes;
    final ImportOptions options;
    final ImportReport report;
    final ImportFormat format;
    final Path path;
    final String file;
    final String focal;
    final double divisor;
    final Charset charset;
    private final FigureSink sink;
    private final Opener opener;
    /** The title every figure of the file cites when the reader finds it in the file (a BNS publication), else null. */
    String title;
    /** The source year when the reader finds it in the file, else null (the download year). */
    String sourceYear;
    /** For BNS: the years this file is the newest publication of (null: every year). */
    java.util.Set<Integer> publication;
    /** Dimensions a reader defines from the file (WDI indicators), by id. */
    final Map<String, org.multivector.world.Dimension> describedMap;

    ReadContext(
            CountryCodes codes,
            ImportOptions options,
            ImportReport report,
            ImportFormat format,
            Path path,
            String focal,
            Map<String, org.multivector.world.Dimension> describedMap,
            FigureSink sink) {
        this(codes, options, report, format, path, focal, describedMap, sink, () -> Files.newInputStream(path));
    }

    /** A context whose CSV bytes come from {@code opener}; {@code path} still names the file in every problem. */
    ReadContext(
            CountryCodes codes,
            ImportOptions options,
            ImportReport report,
            ImportFormat format,
            Path path,
            String focal,
            Map<String, org.multivector.world.Dimension> describedMap,
            FigureSink sink,
            Opener opener) {
        this.opener = opener;
        this.describedMap = describedMap;
        this.codes = codes;
        this.options = options;
        this.report = report;
        this.format = format;
        this.path = path;
        this.file = path.toString();
        this.focal = focal;
        this.sink = sink;
        this.divisor = (options.scale() != null ? options.scale() : format.defaultScale()).toMillions();
        this.charset = options.charset() != null ? options.charset() : format.defaultCharset();
    }

    void describe(org.multivector.world.Dimension dimension) {
        describedMap.putIfAbsent(dimension.id(), dimension);
    }

    void emit(Figure figure, int line) {
        sink.accept(figure, file, line);
    }

    /** A CSV reader over the file that refuses bytes not in the expected encoding. */
    CsvReader open() throws IOException {
        InputStream in = opener.open();
        return new CsvReader(new StrictDecodingReader(in, charset));
    }

    /** Turns a CSV syntax or encoding error into a problem that fails the import. */
    void unreadable(CsvFormatException e) {
        String message = e.getMessage();
        if (message.startsWith("the file is not valid UTF-8")) {
            message = "the bytes near this line are not valid " + charset.name()
                    + (charset.equals(StandardCharsets.UTF_8)
                            ? "\nMaybe the file was saved in another encoding; pass --encoding windows-1252 (or the file's encoding)."
                            : "\nMaybe pass --encoding with the file's real encoding (e.g. UTF-8).");
        }
        report.fatal(new Problem(file, e.line(), e.column(), InputRule.UNREADABLE_FILE, message));
    }

    Problem problem(CsvRecord row, int index, Rule rule, String message) {
        int column = index >= 0 && index < row.size() ? row.column(index) : 0;
        return new Problem(file, row.line(), column, rule, message);
    }

    /** Whether a record is a blank line. */
    static boolean blank(CsvRecord row) {
        return row.size() == 1 && row.field(0).isBlank();
    }

    /** Checks a data row has as many fields as the header; reports a bad row otherwise. */
    boolean fieldCountOk(CsvRecord row, CsvRecord header) {
        if (row.size() == header.size()) {
            return true;
        }
        report.bad(new Problem(
                file,
                row.line(),
                1,
                InputRule.FIELD_COUNT,
                "the row has " + row.size() + " fields but the header has " + header.size()
                        + "\nMaybe the row is cut short or a field containing a comma lacks quotes."));
        return false;
    }

    /**
     * Parses a non-negative figure in the file's scale and returns it in millions, or null after
     * reporting a bad row.
     */
    Double millions(CsvRecord row, int index, String what) {
        Double value = number(row, index, what);
        return value == null ? null : value / divisor;
    }

    /** Parses a non-negative figure as written, or returns null after reporting a bad row. */
    Double number(CsvRecord row, int index, String what) {
        String text = row.field(index).strip();
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            report.bad(problem(
                    row,
                    index,
                    InputRule.NOT_A_NUMBER,
                    what + " '" + text + "' is not a number"
                            + (text.contains(",") ? "\nMaybe drop the thousands separator." : "")));
            return null;
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            report.bad(problem(row, index, InputRule.NOT_A_NUMBER, what + " '" + text + "' is not a finite number"));
            return null;
        }
        if (value < 0) {
            report.bad(problem(row, index, InputRule.NEGATIVE_VALUE, what + " " + text + " is negative"));
            return null;
        }
        return value;
    }

    /** Parses a year, or returns null after reporting a bad row. */
    Integer year(CsvRecord row, int index) {
        String text = row.field(index).strip();
        try {
            int year = Integer.parseInt(text);
            if (year >= 1800 && year <= 2200) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        report.bad(problem(row, index, InputRule.NOT_A_NUMBER, "year '" + text + "' is not a year"));
        return null;
    }

    /**
     * Resolves a country: the result is empty after the row has been reported (unknown code) or set
     * aside (an aggregate such as "Areas, nes").
     */
    Optional<CountryCodes.Country> actor(
            CsvRecord row, int index, Optional<CountryCodes.Country> found, String role, String shown) {
        if (found.isEmpty()) {
            report.bad(
                    problem(
                            row,
                            index,
                            DatasetRule.UNKNOWN_ACTOR,
                            role + " " + shown + " is not in the country-code table"
                                    + "\nMaybe it is a new or regional code; see docs/importers.md (country codes) for the table and how to extend it."));
            return Optional.empty();
        }
        CountryCodes.Country country = found.get();
        if (!country.status().isActor()) {
            report.setAside(
                    "rows whose " + role + " is the aggregate " + country.name() + " (" + shown + "), not an actor");
            return Optional.empty();
        }
        return found;
    }

    /** Positions of named columns in a header. */
    static final class Columns {
        private final Map<String, Integer> positionMap = new HashMap<>();
        private final CsvRecord header;

        Columns(CsvRecord header) {
            this.header = header;
            for (int i = 0; i < header.size(); i++) {
                positionMap.putIfAbsent(header.field(i).strip().toLowerCase(Locale.ROOT), i);
            }
        }

        /** The position of the first of {@code names} present, or -1. */
        int find(String... names) {
            for (String name : names) {
                Integer at = positionMap.get(name.toLowerCase(Locale.ROOT));
                if (at != null) {
                    return at;
                }
            }
            return -1;
        }

        /** Like {@link #find} but reports a missing column (the import then fails). */
        int require(ReadContext ctx, String layout, String... names) {
            int at = find(names);
            if (at < 0) {
                ctx.report.fatal(new Problem(
                        ctx.file,
                        header.line(),
                        0,
                        InputRule.HEADER,
                        "the header lacks the column '" + names[0] + "'"
                                + (names.length > 1
                                        ? " (or "
                                                + String.join(
                                                        ", ", List.of(names).subList(1, names.length)) + ")"
                                        : "")
                                + "\nMaybe this is not a " + layout
                                + "; see docs/importers.md for the expected layout."));
            }
            return at;
        }
    }
}
