package org.multivector.app.cli;

import org.multivector.bargaining.BargainingDocuments;
import org.multivector.bargaining.Issue;
import org.multivector.bargaining.ManoeuvreRoom;
import org.multivector.bargaining.Variant;
import org.multivector.report.Column;
import org.multivector.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** {@code multivector manoeuvre FILE --focal A --vary B}: the focal actor's unchallenged positions as B's engagement is scaled. */
@Command(
        name = "manoeuvre",
        mixinStandardHelpOptions = true,
        header = "Room to manoeuvre: the positions the focal actor can hold unchallenged.",
        description = {
            "Room to manoeuvre: the positions the focal actor can hold without any actor expecting to gain from challenging it",
            "(expected-utility model, docs/bargaining.md), and how the total width changes as one actor's capability or salience",
            "is multiplied by factors from --from to --to."
        })
public final class ManoeuvreCommand implements Runnable {

    enum Lever {
        capability,
        salience
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The issue: .csv or .yaml/.yml.")
    Path file;

    @Option(names = "--focal", required = true, paramLabel = "NAME", description = "The actor whose room is measured.")
    String focal;

    @Option(
            names = "--vary",
            required = true,
            paramLabel = "NAME",
            description = "The actor whose engagement is scaled.")
    String vary;

    @Option(
            names = "--lever",
            paramLabel = "WHAT",
            defaultValue = "capability",
            description = "capability or salience. Default: ${DEFAULT-VALUE}.")
    Lever lever;

    @Option(
            names = "--from",
            paramLabel = "F",
            defaultValue = "0",
            description = "Smallest factor. Default: ${DEFAULT-VALUE}.")
    double from;

    @Option(
            names = "--to",
            paramLabel = "F",
            defaultValue = "2",
            description = "Largest factor. Default: ${DEFAULT-VALUE}.")
    double to;

    @Option(
            names = "--step",
            paramLabel = "F",
            defaultValue = "0.25",
            description = "Factor step. Default: ${DEFAULT-VALUE}.")
    double step;

    @Option(
            names = "--variant",
            paramLabel = "NAME",
            defaultValue = "masad",
            description =
                    "Model variant whose expected utilities decide. Default: ${DEFAULT-VALUE} (see docs/bargaining.md for why not scholz-code).")
    String variantName;

    @Option(
            names = "--test",
            paramLabel = "TEST",
            defaultValue = "credible",
            description =
                    "credible (default: no offer the focal actor would accept) or strict (no actor expects any gain).")
    String test;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "table",
            description = "table, json or csv. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Override
    public void run() {
        Issue issue = IssueFiles.read(file);
        Variant variant = IssueFiles.variant(variantName, null);
        ManoeuvreRoom.Test safety = switch (test.toLowerCase(Locale.ROOT)) {
            case "credible" -> ManoeuvreRoom.Test.NO_CREDIBLE_CHALLENGE;
            case "strict" -> ManoeuvreRoom.Test.NO_EXPECTED_GAIN;
            default -> throw new UserException("--test must be credible or strict, got '" + test + "'");
        };
        BargainingDocuments.ManoeuvreRequest request = new BargainingDocuments.ManoeuvreRequest(
                focal,
                vary,
                lever == Lever.capability ? ManoeuvreRoom.Lever.CAPABILITY : ManoeuvreRoom.Lever.SALIENCE,
                from,
                to,
                step,
                safety);
        BargainingDocuments.ManoeuvreDocument document = request.answer(issue, variant);
        PrintWriter out = spec.commandLine().getOut();
        ReportOutput.print(
                out, format, document, () -> List.of(table(issue, variant, document)), () -> List.of(csv(document)));
    }

    private Report csv(BargainingDocuments.ManoeuvreDocument document) {
        Report.Builder csv = Report.builder("");
        for (String name : List.of(
                "focal", "varied", "lever", "factor", "total_width", "share_of_scale", "interval", "from", "to")) {
            csv.text(name);
        }
        for (BargainingDocuments.RoomPoint p : document.curve()) {
            List<List<Double>> intervals = p.intervals();
            if (intervals.isEmpty()) {
                csv.row(focal, vary, lever.name(), p.factor(), p.width(), p.share(), "", "", "");
            }
            for (int k = 0; k < intervals.size(); k++) {
                csv.row(
                        focal,
                        vary,
                        lever.name(),
                        p.factor(),
                        p.width(),
                        p.share(),
                        k + 1,
                        intervals.get(k).get(0),
                        intervals.get(k).get(1));
            }
        }
        return csv.build();
    }

    private Report table(Issue issue, Variant variant, BargainingDocuments.ManoeuvreDocument document) {
        Report.Builder table = Report.builder(String.format(
                                "%s — room to manoeuvre of %s as %s's %s is scaled (variant %s)\n",
                                issue.name(), focal, vary, lever, variant.name())
                        + String.format(
                                "Scale [%s, %s]%s.\n",
                                Numbers.plain(issue.lowerBound()),
                                Numbers.plain(issue.upperBound()),
                                issue.scale().isEmpty() ? "" : ": " + issue.scale())
                        + String.format(
                                "Safe = %s.",
                                document.test().equals("credible")
                                        ? "no actor makes " + focal
                                                + " an offer it would accept (no lost confrontation, compromise or capitulation)"
                                        : "no actor expects any gain from challenging " + focal))
                .number("factor", 2)
                .number("width", 4)
                .column("share", Column.Kind.SHARE)
                .text("bar")
                .text("safe intervals");
        for (BargainingDocuments.RoomPoint p : document.curve()) {
            int bar = (int) Math.round(p.share() * 40);
            table.row(
                    p.factor(),
                    p.width(),
                    p.share(),
                    "#".repeat(bar) + ".".repeat(40 - bar),
                    p.intervals().isEmpty()
                            ? "none"
                            : p.intervals().stream()
                                    .map(i -> "[" + IssueFiles.fmt(i.get(0)) + ", " + IssueFiles.fmt(i.get(1)) + "]")
                                    .collect(Collectors.joining(" ")));
        }
        return table.build();
    }
}
