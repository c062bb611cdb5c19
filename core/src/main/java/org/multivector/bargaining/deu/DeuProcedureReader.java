package org.multivector.bargaining.deu;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the procedural columns of DEU III ({@code isnr}, {@code prnr}, {@code proc}, {@code counvte}) from
 * the same tab-separated file {@link DeuReader} reads, keyed by issue identifier. A file without
 * {@code prnr} makes every issue its own proposal; without {@code proc} or {@code counvte} the procedure
 * or rule is {@code UNRECORDED}. Kept apart from {@link DeuReader} so the issue reader stays as it is.
 */
public final class DeuProcedureReader {

    private DeuProcedureReader() {}

    /** Reads {@code file} ({@code deu3.tsv}), or {@code deu3.tsv} inside it when it is a folder. */
    public static Map<String, DeuProcedure> read(Path file) throws InvalidIssueException {
        Path tsv = Files.isDirectory(file) ? file.resolve("deu3.tsv") : file;
        try (InputStream in = Files.newInputStream(tsv)) {
            return read(in, tsv.toString());
        } catch (IOException e) {
            throw new InvalidIssueException(List.of(new Problem(
                    tsv.toString(), 0, 0, InputRule.UNREADABLE_FILE, "cannot read the file: " + e.getMessage())));
        }
    }

    /** Reads the TSV text; {@code file} names it in messages. */
    public static Map<String, DeuProcedure> read(InputStream in, String file)
            throws InvalidIssueException, IOException {
        Map<String, DeuProcedure> byIssue = new LinkedHashMap<>();
        try (CsvReader tsv = CsvReader.utf8(in, '\t')) {
            CsvRecord header = tsv.next();
            if (header == null || tsv.next() == null) {
                throw new InvalidIssueException(List.of(
                        new Problem(file, 0, 0, InputRule.UNREADABLE_FILE, "need a header and a capability line")));
            }
            List<String> names = header.fieldList().stream().map(String::strip).toList();
            int id = names.indexOf("isnr");
            if (id < 0) {
                throw new InvalidIssueException(
                        List.of(new Problem(file, header.line(), 0, InputRule.HEADER, "missing column 'isnr'")));
            }
            int proposal = names.indexOf("prnr");
            int procedure = names.indexOf("proc");
            int rule = names.indexOf("counvte");
            CsvRecord row;
            while ((row = tsv.next()) != null) {
                if (row.size() != header.size()) {
                    continue; // DeuReader reports malformed rows
                }
                String issue = row.field(id).strip();
                byIssue.put(
                        issue,
                        new DeuProcedure(
                                proposal < 0 || row.field(proposal).isBlank()
                                        ? issue
                                        : row.field(proposal).strip(),
                                procedure < 0
                                        ? DeuProcedure.Procedure.UNRECORDED
                                        : DeuProcedure.Procedure.parse(row.field(procedure)),
                                rule < 0
                                        ? DeuProcedure.VotingRule.UNRECORDED
                                        : DeuProcedure.VotingRule.parse(row.field(rule))));
            }
        } catch (CsvFormatException e) {
            throw new InvalidIssueException(
                    List.of(new Problem(file, e.line(), e.column(), InputRule.UNREADABLE_FILE, e.getMessage())));
        }
        return byIssue;
    }
}
