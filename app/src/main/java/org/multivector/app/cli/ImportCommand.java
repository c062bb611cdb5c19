package org.multivector.app.cli;

import org.multivector.imports.DatasetImporter;
import org.multivector.imports.ImportFailedException;
import org.multivector.imports.ImportFormat;
import org.multivector.imports.ImportOptions;
import org.multivector.imports.ImportReport;
import org.multivector.input.Problem;
import org.multivector.input.ProblemRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code multivector import FORMAT FILE... --into DIR}: turns standard bulk downloads into a sourced dataset. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Import downloaded files (UN Comtrade, IMF DOTS, World Bank WDI, SIPRI trade register, Kazakh BNS trade tables, UNGA ideal points) into a dataset folder.",
            "Creates DIR (manifest with actors, dimensions and years, one CSV per file) or adds to the dataset in it.",
            "Every figure cites the database, the file, the download date and the licence. A bad file imports nothing.",
            "FORMAT: comtrade, imf-dots (CSV or the per-reporter .xlsx), wdi, sipri-register, bns-kaz (.xls) or unga. See docs/importers.md for where to download each file."
        })
public final class ImportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "FORMAT",
            description = "comtrade, imf-dots, wdi, sipri-register, bns-kaz or unga.")
    String format;

    @Parameters(
            index = "1..*",
            arity = "1..*",
            paramLabel = "FILE",
            description = "The downloaded files (CSV; Excel for imf-dots workbooks and bns-kaz).")
    List<Path> files;

    @Option(
            names = "--into",
            required = true,
            paramLabel = "DIR",
            description = "The dataset folder to create or add to.")
    Path into;

    @Option(
            names = "--focal",
            paramLabel = "ISO3",
            description =
                    "The country the dataset is about (required for a new dataset unless the files have one reporter: bns-kaz, an IMF DOTS workbook; default: the dataset's focal country). Mirror figures are derived for it.")
    String focal;

    @Option(
            names = "--mirror",
            paramLabel = "WHICH",
            defaultValue = "focal",
            description =
                    "Mirror figures from partners' reports: focal (about the focal country, default), all (every pair) or none.")
    ImportOptions.MirrorMode mirror;

    @Option(
            names = "--merge",
            paramLabel = "MODE",
            description =
                    "When a figure is already in the dataset: keep (the dataset's) or replace (with the imported). Without it, such a conflict stops the import.")
    ImportOptions.MergeMode merge;

    @Option(names = "--lenient", description = "Skip bad rows (each is reported) instead of refusing the file.")
    boolean lenient;

    @Option(
            names = "--downloaded",
            paramLabel = "YYYY-MM-DD",
            description =
                    "The day you downloaded the files, cited with every figure. Default: the first file's last-modified date.")
    String downloaded;

    @Option(
            names = "--licence",
            paramLabel = "TEXT",
            description = "The licence to cite instead of the publisher's standard terms.")
    String licence;

    @Option(
            names = "--encoding",
            paramLabel = "CHARSET",
            description = "The files' encoding. Default: UTF-8, windows-1252 for sipri-register.")
    String encoding;

    @Option(
            names = "--scale",
            paramLabel = "SCALE",
            description =
                    "The scale of money figures in the files: units, thousands or millions. Default: units for comtrade and wdi, millions for imf-dots and sipri-register.")
    ImportFormat.Scale scale;

    @Option(
            names = "--indicator",
            paramLabel = "CODE",
            description =
                    "wdi: also import this indicator (repeatable), e.g. SP.POP.TOTL; GDP (NY.GDP.MKTP.CD) is always imported.")
    List<String> indicators = new ArrayList<>();

    @Option(
            names = "--split-deliveries",
            description =
                    "sipri-register: split a deal delivered over several years evenly across them (figures are labelled as an analyst assumption).")
    boolean splitDeliveries;

    @Option(
            names = "--no-check",
            description =
                    "Do not load the finished dataset with the validating loader (faster for very large imports).")
    boolean noCheck;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "table",
            description = "table, json or csv. Default: ${DEFAULT-VALUE}.")
    OutputFormat output;

    @Override
    public void run() {
        ImportFormat importFormat = ImportFormat.fromId(format);
        if (importFormat == null) {
            throw new UserException(
                    "format '" + format + "' is not one of comtrade, imf-dots, wdi, sipri-register, bns-kaz, unga");
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new UserException("no such file: " + file);
            }
        }
        ImportOptions options = new ImportOptions(
                focal,
                mirror,
                merge,
                lenient,
                downloadDate(),
                licence,
                charset(),
                scale,
                Set.copyOf(indicators),
                splitDeliveries,
                !noCheck);
        ImportReport report;
        try {
            report = DatasetImporter.standard().run(importFormat, files, into, options);
        } catch (ImportFailedException e) {
            throw new UserException(describe(e));
        } catch (IOException e) {
            throw new UserException("cannot write the dataset in " + into + ": " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (output) {
            case json -> out.println(Json.write(ImportDocument.of(report)));
            case csv -> printCsv(out, report);
            case table -> printTable(out, report);
        }
        out.flush();
    }

    private LocalDate downloadDate() {
        if (downloaded != null) {
            try {
                return LocalDate.parse(downloaded);
            } catch (DateTimeParseException e) {
                throw new UserException("--downloaded '" + downloaded + "' is not a date like 2024-03-11");
            }
        }
        try {
            return LocalDate.ofInstant(
                    Files.getLastModifiedTime(files.getFirst()).toInstant(), ZoneId.systemDefault());
        } catch (IOException e) {
            throw new UserException("cannot read the date of " + files.getFirst() + ": " + e.getMessage()
                    + "\nMaybe pass --downloaded YYYY-MM-DD.");
        }
    }

    private Charset charset() {
        if (encoding == null) {
            return null;
        }
        try {
            return Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UserException("--encoding '" + encoding
                    + "' is not a known character set\nMaybe UTF-8, windows-1252 or ISO-8859-1.");
        }
    }

    static String describe(ImportFailedException e) {
        StringBuilder text = new StringBuilder(e.getMessage());
        for (Problem problem : e.problems()) {
            text.append(System.lineSeparator()).append("  ").append(ProblemRenderer.line(problem));
        }
        if (e.problemCount() > e.problems().size()) {
            text.append(System.lineSeparator())
                    .append("  ... and ")
                    .append(e.problemCount() - e.problems().size())
                    .append(" more");
        }
        return text.toString();
    }

    private void printTable(PrintWriter out, ImportReport report) {
        out.printf(
                "Imported %d figures from %d %s (%d rows read) into %s%n",
                report.figuresWritten(), files.size(), files.size() == 1 ? "file" : "files", report.rowsRead(), into);
        report.files().forEach(f -> out.println("  wrote " + f));
        report.updatedFiles().forEach(f -> out.println("  rewrote " + f + " without the replaced figures"));
        if (report.keptExisting() > 0) {
            out.printf("Kept %d figures already in the dataset (--merge keep).%n", report.keptExisting());
        }
        if (report.replacedExisting() > 0) {
            out.printf("Replaced %d figures of the dataset (--merge replace).%n", report.replacedExisting());
        }
        if (!report.setAside().isEmpty()) {
            out.println("Set aside (valid rows not imported):");
            report.setAside().forEach((reason, count) -> out.printf("  %8d  %s%n", count, reason));
        }
        if (report.skippedCount() > 0) {
            out.printf("Skipped %d bad rows (--lenient):%n", report.skippedCount());
            report.skipped().forEach(p -> out.println("  " + ProblemRenderer.line(p)));
            if (report.skippedCount() > report.skipped().size()) {
                out.printf(
                        "  ... and %d more%n",
                        report.skippedCount() - report.skipped().size());
            }
        }
        out.printf("Next: multivector profile ISO3 --dataset %s%n", into);
    }

    private static void printCsv(PrintWriter out, ImportReport report) {
        org.multivector.report.Report.Builder csv = org.multivector.report.Report.builder("")
                .text("kind")
                .text("count")
                .text("what");
        csv.row("figures_written", report.figuresWritten(), "");
        csv.row("rows_read", report.rowsRead(), "");
        report.files().forEach(f -> csv.row("file_written", 1, f));
        report.setAside().forEach((reason, count) -> csv.row("set_aside", count, reason));
        report.skipped().forEach(p -> csv.row("skipped", 1, p.format()));
        out.print(CsvRenderer.render(List.of(csv.build())));
    }

    /** What an import wrote and left out ({@code --format json}). */
    record ImportDocument(
            long figuresWritten,
            long rowsRead,
            List<String> files,
            List<String> updatedFiles,
            long keptExisting,
            long replacedExisting,
            Map<String, Long> setAside,
            long skippedCount,
            List<String> skipped) {

        static ImportDocument of(ImportReport report) {
            return new ImportDocument(
                    report.figuresWritten(),
                    report.rowsRead(),
                    report.files(),
                    report.updatedFiles(),
                    report.keptExisting(),
                    report.replacedExisting(),
                    report.setAside(),
                    report.skippedCount(),
                    report.skipped().stream().map(Problem::format).toList());
        }
    }
}
