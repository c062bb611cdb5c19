package org.multivector.bargaining.deu;

import org.multivector.bargaining.Issue;
import org.multivector.bargaining.Stakeholder;
import org.multivector.bargaining.io.InvalidIssueException;
import org.multivector.input.CsvFormatException;
import org.multivector.input.CsvReader;
import org.multivector.input.CsvRecord;
import org.multivector.input.InputRule;
import org.multivector.input.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Reads DEU III in the tab-separated layout distributed with blksv/predictioneers_game: a quoted header
 * naming {@code isnr}, position columns {@code p<actor>}, salience columns {@code s<actor>}, {@code rp}
 * and {@code out}; a second line holding each actor's capability weight in its position column; then one
 * issue per line. Actors with an empty position took none and are left out; an empty salience beside a
 * position counts as 0 (it then carries no weight). Issues without an outcome are skipped.
 */
public final class DeuReader {

    private DeuReader() {}

    /** Reads {@code file} ({@code deu3.tsv}), or {@code deu3.tsv} inside it when it is a folder. */
    public static List<DeuIssue> read(Path file) throws InvalidIssueException {
        Path tsv = Files.isDirectory(file) ? file.resolve("deu3.tsv") : file;
        try (InputStream in = Files.newInputStream(tsv)) {
            return read(in, tsv.toString());
        } catch (IOException e) {
            throw new InvalidIssueException(List.of(new Problem(
                    tsv.toString(), 0, 0, InputRule.UNREADABLE_FILE, "cannot read the file: " + e.getMessage())));
        }
    }

    /** Reads the TSV text; {@code file} names it in messages. */
    public static List<DeuIssue> read(InputStream in, String file) throws InvalidIssueException, IOException {
        List<Problem> problems = new ArrayList<>();
        List<DeuIssue> issues = new ArrayList<>();
        try (CsvReader tsv = CsvReader.utf8(in, '\t')) {
            CsvRecord header = tsv.next();
            CsvRecord weights = header == null ? null : tsv.next();
            if (header == null || weights == null) {
                throw new InvalidIssueException(List.of(
                        new Problem(file, 0, 0, InputRule.UNREADABLE_FILE, "need a header and a capability line")));
            }
            List<String> names = header.fieldList().stream().map(String::strip).toList();
            int id = names.indexOf("isnr");
            int rp = names.indexOf("rp");
            int out = names.indexOf("out");
            List<String> actors = new ArrayList<>();
            List<Integer> positionColumn = new ArrayList<>();
            List<Integer> salienceColumn = new ArrayList<>();
            for (int c = 0; c < names.size(); c++) {
                String name = names.get(c);
                if (name.length() > 1
                        && name.charAt(0) == 'p'
                        && !name.equals("prnr")
                        && !name.equals("prname")
                        && !name.equals("proc")
                        && !name.equals("proccde")
                        && !name.equals("prnrnmc")) {
                    int s = names.indexOf("s" + name.substring(1));
                    if (s >= 0 && actors.contains(name.substring(1))) {
                        problems.add(new Problem(
                                file,
                                header.line(),
                                header.column(c),
                                InputRule.DUPLICATE_KEY,
                                "column '" + name + "' appears twice"));
                    } else if (s >= 0) {
                        actors.add(name.substring(1));
                        positionColumn.add(c);
                        salienceColumn.add(s);
                    }
                }
            }
            for (String required : List.of("isnr", "rp", "out")) {
                if (!names.contains(required)) {
                    problems.add(
                            new Problem(file, header.line(), 0, InputRule.HEADER, "missing column '" + required + "'"));
                }
            }
            if (actors.isEmpty()) {
                problems.add(new Problem(
                        file, header.line(), 0, InputRule.HEADER, "no pairs of p<actor> and s<actor> columns"));
            }
            if (weights.size() != header.size()) {
                problems.add(new Problem(
                        file,
                        weights.line(),
                        0,
                        InputRule.FIELD_COUNT,
                        "the capability line has " + weights.size() + " fields, the header " + header.size()));
            }
            if (!problems.isEmpty()) {
                throw new InvalidIssueException(problems);
            }
            double[] capability = new double[actors.size()];
            for (int a = 0; a < actors.size(); a++) {
                capability[a] = number(weights, positionColumn.get(a), file, problems);
                if (!Double.isNaN(capability[a]) && !(capability[a] >= 0 && Double.isFinite(capability[a]))) {
                    problems.add(new Problem(
                            file,
                            weights.line(),
                            weights.column(positionColumn.get(a)),
                            InputRule.INVALID_VALUE,
                            "capability " + capability[a] + " of '" + actors.get(a)
                                    + "' must be a finite number >= 0"));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidIssueException(problems);
            }
            CsvRecord row;
            while ((row = tsv.next()) != null) {
                if (row.size() == 1 && row.field(0).isBlank()) {
                    continue;
                }
                if (row.size() != header.size()) {
                    problems.add(new Problem(
                            file,
                            row.line(),
                            0,
                            InputRule.FIELD_COUNT,
                            "the row has " + row.size() + " fields, the header " + header.size()));
                    continue;
                }
                if (row.field(out).isBlank()) {
                    continue;
                }
                double outcome = number(row, out, file, problems);
                OptionalDouble reference = row.field(rp).isBlank()
                        ? OptionalDouble.empty()
                        : OptionalDouble.of(number(row, rp, file, problems));
                List<Stakeholder> stakeholders = new ArrayList<>();
                boolean yesNo = outcome == 0 || outcome == 100;
                for (int a = 0; a < actors.size(); a++) {
                    if (row.field(positionColumn.get(a)).isBlank()) {
                        continue;
                    }
                    double x = number(row, positionColumn.get(a), file, problems);
                    double s = row.field(salienceColumn.get(a)).isBlank()
                            ? 0.0
                            : number(row, salienceColumn.get(a), file, problems) / 100.0;
                    if (!problems.isEmpty()) {
                        continue;
                    }
                    if (!Double.isFinite(x)) {
                        problems.add(new Problem(
                                file,
                                row.line(),
                                row.column(positionColumn.get(a)),
                                InputRule.INVALID_VALUE,
                                "position " + x + " must be a finite number"));
                        continue;
                    }
                    if (!(s >= 0 && s <= 1)) {
                        problems.add(new Problem(
                                file,
                                row.line(),
                                row.column(salienceColumn.get(a)),
                                InputRule.INVALID_VALUE,
                                "salience " + s * 100 + " lies outside 0-100"));
                        continue;
                    }
                    yesNo &= x == 0 || x == 100;
                    stakeholders.add(new Stakeholder(actors.get(a), capability[a], x, s));
                }
                if (problems.isEmpty() && stakeholders.size() >= 2) {
                    String name = row.field(id).strip();
                    issues.add(new DeuIssue(name, Issue.of(name, stakeholders), reference, outcome, yesNo));
                }
            }
        } catch (CsvFormatException e) {
            problems.add(e.problem(file));
        }
        if (!problems.isEmpty()) {
            throw new InvalidIssueException(problems);
        }
        return issues;
    }

    private static double number(CsvRecord row, int column, String file, List<Problem> problems) {
        String text = row.field(column).strip();
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            problems.add(new Problem(
                    file, row.line(), row.column(column), InputRule.NOT_A_NUMBER, "'" + text + "' is not a number"));
            return Double.NaN;
        }
    }
}
