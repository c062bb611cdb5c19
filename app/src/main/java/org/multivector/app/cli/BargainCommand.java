package org.multivector.app.cli;

import org.multivector.bargaining.BargainingDocuments;
import org.multivector.bargaining.ExpectedUtilityModel;
import org.multivector.bargaining.Forecast;
import org.multivector.bargaining.Issue;
import org.multivector.bargaining.MonteCarlo;
import org.multivector.bargaining.Offer;
import org.multivector.bargaining.Perturbation;
import org.multivector.bargaining.RoundResult;
import org.multivector.bargaining.Stakeholder;
import org.multivector.bargaining.Summary;
import org.multivector.bargaining.Variant;
import org.multivector.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@code multivector bargain FILE}: the expected-utility bargaining forecast, round by round, or its Monte Carlo distribution. */
@Command(
        name = "bargain",
        mixinStandardHelpOptions = true,
        description = {
            "Forecast a one-dimensional bargaining issue with Bueno de Mesquita's expected-utility model (Scholz et al. 2011).",
            "FILE is CSV (Actor,Capability,Position,Salience) or YAML with metadata; see docs/bargaining.md.",
            "With --runs N: Monte Carlo robustness, perturbing capability, salience and position."
        })
public final class BargainCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The issue: .csv or .yaml/.yml.")
    Path file;

    @Option(
            names = "--rounds",
            paramLabel = "N",
            description = "Run exactly N rounds (default: the variant's stopping rule; 10 for scholz-code).")
    Integer rounds;

    @Option(
            names = "--variant",
            paramLabel = "NAME",
            defaultValue = "scholz-code",
            description =
                    "Model variant: scholz-code (default), scholz-paper, masad, bdm-1994. See docs/bargaining.md.")
    String variantName;

    @Option(
            names = "--runs",
            paramLabel = "N",
            description = "Monte Carlo: run the model N times on perturbed inputs and report the distribution.")
    Integer runs;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "1",
            description = "Master seed for --runs. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(
            names = "--noise-capability",
            paramLabel = "SD",
            defaultValue = "0.2",
            description = "Relative sd of capability noise. Default: ${DEFAULT-VALUE}.")
    double noiseCapability;

    @Option(
            names = "--noise-salience",
            paramLabel = "SD",
            defaultValue = "0.1",
            description = "Absolute sd of salience noise. Default: ${DEFAULT-VALUE}.")
    double noiseSalience;

    @Option(
            names = "--noise-position",
            paramLabel = "SD",
            defaultValue = "0.05",
            description = "Sd of position noise, share of the scale. Default: ${DEFAULT-VALUE}.")
    double noisePosition;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "table",
            description = "table, json or csv. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Override
    public void run() {
        Issue issue = IssueFiles.read(file);
        Variant variant = IssueFiles.variant(variantName, rounds);
        PrintWriter out = spec.commandLine().getOut();
        if (runs != null) {
            if (runs < 1) {
                throw new UserException("--runs must be >= 1, got " + runs);
            }
            if ((long) runs * issue.size() > 50_000_000L) {
                throw new UserException(
                        "--runs " + runs + " with " + issue.size() + " actors keeps " + (long) runs * issue.size()
                                + " final positions in memory; the limit is 50 million\nMaybe use fewer runs.");
            }
            Perturbation noise;
            try {
                noise = new Perturbation(noiseCapability, noiseSalience, noisePosition);
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage());
            }
            MonteCarlo.Result result = MonteCarlo.run(issue, variant, noise, runs, seed, true);
            ReportOutput.print(
                    out,
                    format,
                    BargainingDocuments.monteCarlo(issue, variant, result),
                    () -> robustnessTables(issue, variant, result),
                    () -> List.of(robustnessCsv(result)));
        } else {
            Forecast forecast = ExpectedUtilityModel.of(variant).run(issue);
            ReportOutput.print(
                    out,
                    format,
                    BargainingDocuments.forecast(forecast),
                    () -> tables(forecast),
                    () -> List.of(csv(forecast)));
        }
    }

    private static Report csv(Forecast forecast) {
        Report.Builder csv = Report.builder("");
        for (String name : List.of(
                "round",
                "actor",
                "position",
                "risk",
                "offer_type",
                "offer_from",
                "receiver_eu",
                "sender_eu",
                "weighted_mean",
                "weighted_median")) {
            csv.text(name);
        }
        List<Stakeholder> stakeholders = forecast.issue().stakeholderList();
        for (RoundResult round : forecast.roundList()) {
            for (int i = 0; i < stakeholders.size(); i++) {
                String name = stakeholders.get(i).name();
                Offer offer = round.offerList().stream()
                        .filter(o -> o.receiver().equals(name))
                        .findFirst()
                        .orElse(null);
                csv.row(
                        round.round(),
                        name,
                        round.position(i),
                        round.riskList().get(i),
                        offer == null ? "" : offer.type().name().toLowerCase(java.util.Locale.ROOT),
                        offer == null ? "" : offer.sender(),
                        offer == null ? null : offer.receiverEu(),
                        offer == null ? null : offer.senderEu(),
                        round.weightedMean(),
                        round.weightedMedian());
            }
        }
        return csv.build();
    }

    private static List<Report> tables(Forecast forecast) {
        Issue issue = forecast.issue();
        Report.Builder table = Report.builder(String.format(
                                "%s — expected-utility model, variant %s, %d rounds",
                                issue.name(), forecast.variant().name(), forecast.rounds())
                        + (issue.scale().isEmpty() ? "" : "\nScale: " + issue.scale()))
                .text("actor");
        for (RoundResult round : forecast.roundList()) {
            table.number(round.round() == 0 ? "input" : "r" + round.round(), 4);
        }
        List<Stakeholder> stakeholders = issue.stakeholderList();
        for (int i = 0; i < stakeholders.size(); i++) {
            List<Object> row = new ArrayList<>();
            row.add(stakeholders.get(i).name());
            for (RoundResult round : forecast.roundList()) {
                row.add(round.position(i));
            }
            table.row(row);
        }
        List<Object> mean = new ArrayList<>(List.of("weighted mean"));
        List<Object> median = new ArrayList<>(List.of("weighted median"));
        for (RoundResult round : forecast.roundList()) {
            mean.add(round.weightedMean());
            median.add(round.weightedMedian());
        }
        table.row(mean).row(median);
        List<String> offers = new ArrayList<>();
        for (RoundResult round : forecast.roundList()) {
            for (Offer o : round.offerList()) {
                String verb = switch (o.type()) {
                    case CONFRONTATION -> "loses a confrontation to";
                    case COMPROMISE -> "compromises with";
                    case CAPITULATION -> "capitulates to";
                };
                offers.add(String.format(
                        "  round %d: %s %s %s (E_i %s, E_j %s): %s -> %s",
                        round.round(),
                        o.receiver(),
                        verb,
                        o.sender(),
                        IssueFiles.fmt(o.receiverEu()),
                        IssueFiles.fmt(o.senderEu()),
                        IssueFiles.fmt(o.fromPosition()),
                        IssueFiles.fmt(o.toPosition())));
            }
        }
        String offersHeading = String.format(
                "Offers accepted (%d made in all; --format json lists every one). The receiver moves; E_i = receiver's,\n"
                        + "E_j = sender's expected utility of challenging the other:",
                forecast.roundList().stream()
                        .mapToInt(r -> r.madeOfferList().size())
                        .sum());
        List<Report> reports = new ArrayList<>(List.of(
                table.build(),
                Report.text(offersHeading, offers.toArray(String[]::new)),
                Report.text(String.format(
                        "Forecast: weighted median %s, weighted mean %s.",
                        IssueFiles.fmt(forecast.last().weightedMedian()),
                        IssueFiles.fmt(forecast.last().weightedMean())))));
        reports.addAll(provenance(issue));
        return reports;
    }

    /** The issue file's sources and analyst assumptions, as the file states them. */
    static List<Report> provenance(Issue issue) {
        List<Report> reports = new ArrayList<>();
        if (!issue.sourceList().isEmpty()) {
            reports.add(Report.text(
                    "Sources:", issue.sourceList().stream().map(s -> "  - " + s).toArray(String[]::new)));
        }
        if (!issue.assumptionList().isEmpty()) {
            Report.Builder assumptions = Report.builder("");
            issue.assumptionList().forEach(assumptions::assumption);
            reports.add(assumptions.build());
        }
        return reports;
    }

    private static List<Object> summaryCells(String quantity, String actor, Summary s) {
        return Arrays.asList(
                quantity, actor, s.count(), s.mean(), s.sd(), s.min(), s.p05(), s.p25(), s.p50(), s.p75(), s.p95(),
                s.max());
    }

    private static Report robustnessCsv(MonteCarlo.Result result) {
        Report.Builder csv = Report.builder("");
        for (String name :
                List.of("quantity", "actor", "runs", "mean", "sd", "min", "p05", "p25", "p50", "p75", "p95", "max")) {
            csv.text(name);
        }
        csv.row(summaryCells("weighted_median", "", result.finalMedian()));
        csv.row(summaryCells("weighted_mean", "", result.finalMean()));
        for (int i = 0; i < result.actorList().size(); i++) {
            csv.row(summaryCells(
                    "final_position",
                    result.actorList().get(i),
                    result.finalPositionList().get(i)));
        }
        return csv.build();
    }

    private static List<Report> robustnessTables(Issue issue, Variant variant, MonteCarlo.Result result) {
        Perturbation p = result.perturbation();
        Report.Builder table = Report.builder(String.format(
                                "%s — robustness of the %s forecast: %d runs, seed %d\n",
                                issue.name(), variant.name(), result.runs(), result.seed())
                        + String.format(
                                "Noise per run: capability x (1 + %s z), salience + %s z, position + %s x range z (z standard normal, clamped).",
                                Numbers.plain(p.capability()),
                                Numbers.plain(p.salience()),
                                Numbers.plain(p.position())))
                .text("quantity")
                .number("mean", 4)
                .number("sd", 4)
                .number("p05", 4)
                .number("p25", 4)
                .number("p50", 4)
                .number("p75", 4)
                .number("p95", 4);
        addSummary(table, "forecast: weighted median", result.finalMedian());
        addSummary(table, "forecast: weighted mean", result.finalMean());
        for (int i = 0; i < result.actorList().size(); i++) {
            addSummary(
                    table,
                    result.actorList().get(i) + " (final)",
                    result.finalPositionList().get(i));
        }
        List<Report> reports = new ArrayList<>(List.of(table.build()));
        reports.addAll(provenance(issue));
        return reports;
    }

    private static void addSummary(Report.Builder table, String name, Summary s) {
        table.row(name, s.mean(), s.sd(), s.p05(), s.p25(), s.p50(), s.p75(), s.p95());
    }
}
