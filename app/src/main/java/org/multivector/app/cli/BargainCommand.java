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
@Command(name = "bargain", mixinStandardHelpOptions = true,
        description = {"Forecast a one-dimensional bargaining issue with Bueno de Mesquita's expected-utility model (Scholz et al. 2011).",
                "FILE is CSV (Actor,Capability,Position,Salience) or YAML with metadata; see docs/bargaining.md.",
                "With --runs N: Monte Carlo robustness, perturbing capability, salience and position."})
public final class BargainCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The issue: .csv or .yaml/.yml.")
    Path file;

    @Option(names = "--rounds", paramLabel = "N", description = "Run exactly N rounds (default: the variant's stopping rule; 10 for scholz-code).")
    Integer rounds;

    @Option(names = "--variant", paramLabel = "NAME", defaultValue = "scholz-code",
            description = "Model variant: scholz-code (default), scholz-paper, masad, bdm-1994. See docs/bargaining.md.")
    String variantName;

    @Option(names = "--runs", paramLabel = "N", description = "Monte Carlo: run the model N times on perturbed inputs and report the distribution.")
    Integer runs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Master seed for --runs. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--noise-capability", paramLabel = "SD", defaultValue = "0.2", description = "Relative sd of capability noise. Default: ${DEFAULT-VALUE}.")
    double noiseCapability;

    @Option(names = "--noise-salience", paramLabel = "SD", defaultValue = "0.1", description = "Absolute sd of salience noise. Default: ${DEFAULT-VALUE}.")
    double noiseSalience;

    @Option(names = "--noise-position", paramLabel = "SD", defaultValue = "0.05", description = "Sd of position noise, share of the scale. Default: ${DEFAULT-VALUE}.")
    double noisePosition;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv. Default: ${DEFAULT-VALUE}.")
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
                throw new UserException("--runs " + runs + " with " + issue.size() + " actors keeps " + (long) runs * issue.size()
                        + " final positions in memory; the limit is 50 million\nMaybe use fewer runs.");
            }
            Perturbation noise;
            try {
                noise = new Perturbation(noiseCapability, noiseSalience, noisePosition);
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage());
            }
            MonteCarlo.Result result = MonteCarlo.run(issue, variant, noise, runs, seed, true);
            switch (format) {
                case table -> printRobustnessTable(out, issue, variant, result);
                case json -> out.println(Json.write(BargainingDocuments.monteCarlo(issue, variant, result)));
                case csv -> printRobustnessCsv(out, result);
            }
        } else {
            Forecast forecast = ExpectedUtilityModel.of(variant).run(issue);
            switch (format) {
                case table -> printTable(out, forecast);
                case json -> out.println(Json.write(BargainingDocuments.forecast(forecast)));
                case csv -> printCsv(out, forecast);
            }
        }
        out.flush();
    }

    static final List<String> CSV_HEADER = List.of("round", "actor", "position", "risk", "offer_type", "offer_from",
            "receiver_eu", "sender_eu", "weighted_mean", "weighted_median");

    private static void printCsv(PrintWriter out, Forecast forecast) {
        CsvOutput csv = new CsvOutput(out, CSV_HEADER);
        List<Stakeholder> stakeholders = forecast.issue().stakeholderList();
        for (RoundResult round : forecast.roundList()) {
            for (int i = 0; i < stakeholders.size(); i++) {
                String name = stakeholders.get(i).name();
                Offer offer = round.offerList().stream().filter(o -> o.receiver().equals(name)).findFirst().orElse(null);
                csv.row(Arrays.asList(round.round(), name, Double.toString(round.position(i)), Double.toString(round.riskList().get(i)),
                        offer == null ? "" : offer.type().name().toLowerCase(java.util.Locale.ROOT),
                        offer == null ? "" : offer.sender(),
                        offer == null ? "" : Double.toString(offer.receiverEu()),
                        offer == null ? "" : Double.toString(offer.senderEu()),
                        Double.toString(round.weightedMean()), Double.toString(round.weightedMedian())));
            }
        }
    }

    private static void printTable(PrintWriter out, Forecast forecast) {
        Issue issue = forecast.issue();
        out.printf("%s — expected-utility model, variant %s, %d rounds%n", issue.name(), forecast.variant().name(), forecast.rounds());
        if (!issue.scale().isEmpty()) {
            out.println("Scale: " + issue.scale());
        }
        List<String> header = new ArrayList<>();
        header.add("actor");
        for (RoundResult round : forecast.roundList()) {
            header.add(round.round() == 0 ? "input" : "r" + round.round());
        }
        TextTable table = new TextTable(header);
        List<Stakeholder> stakeholders = issue.stakeholderList();
        for (int i = 0; i < stakeholders.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(stakeholders.get(i).name());
            for (RoundResult round : forecast.roundList()) {
                row.add(IssueFiles.fmt(round.position(i)));
            }
            table.row(row);
        }
        List<String> mean = new ArrayList<>(List.of("weighted mean"));
        List<String> median = new ArrayList<>(List.of("weighted median"));
        for (RoundResult round : forecast.roundList()) {
            mean.add(IssueFiles.fmt(round.weightedMean()));
            median.add(IssueFiles.fmt(round.weightedMedian()));
        }
        table.row(mean);
        table.row(median);
        out.print(table.render());
        out.println();
        out.printf("Offers accepted (%d made in all; --format json lists every one). The receiver moves; E_i = receiver's,%n"
                + "E_j = sender's expected utility of challenging the other:%n",
                forecast.roundList().stream().mapToInt(r -> r.madeOfferList().size()).sum());
        for (RoundResult round : forecast.roundList()) {
            for (Offer o : round.offerList()) {
                String verb = switch (o.type()) {
                    case CONFRONTATION -> "loses a confrontation to";
                    case COMPROMISE -> "compromises with";
                    case CAPITULATION -> "capitulates to";
                };
                out.printf("  round %d: %s %s %s (E_i %s, E_j %s): %s -> %s%n", round.round(), o.receiver(), verb, o.sender(),
                        IssueFiles.fmt(o.receiverEu()), IssueFiles.fmt(o.senderEu()), IssueFiles.fmt(o.fromPosition()), IssueFiles.fmt(o.toPosition()));
            }
        }
        out.printf("%nForecast: weighted median %s, weighted mean %s.%n", IssueFiles.fmt(forecast.last().weightedMedian()),
                IssueFiles.fmt(forecast.last().weightedMean()));
        printProvenance(out, issue);
    }

    private static void printProvenance(PrintWriter out, Issue issue) {
        if (!issue.sourceList().isEmpty()) {
            out.println("Sources:");
            issue.sourceList().forEach(s -> out.println("  - " + s));
        }
        if (!issue.assumptionList().isEmpty()) {
            out.println("Analyst assumptions:");
            issue.assumptionList().forEach(s -> out.println("  - " + s));
        }
    }

    static final List<String> ROBUSTNESS_HEADER = List.of("quantity", "actor", "runs", "mean", "sd", "min", "p05", "p25", "p50", "p75", "p95", "max");

    private static List<Object> summaryCells(String quantity, String actor, Summary s) {
        return Arrays.asList(quantity, actor, s.count(), s.mean(), s.sd(), s.min(), s.p05(), s.p25(), s.p50(), s.p75(), s.p95(), s.max());
    }

    private static void printRobustnessCsv(PrintWriter out, MonteCarlo.Result result) {
        CsvOutput csv = new CsvOutput(out, ROBUSTNESS_HEADER);
        csv.row(summaryCells("weighted_median", "", result.finalMedian()));
        csv.row(summaryCells("weighted_mean", "", result.finalMean()));
        for (int i = 0; i < result.actorList().size(); i++) {
            csv.row(summaryCells("final_position", result.actorList().get(i), result.finalPositionList().get(i)));
        }
    }

    private static void printRobustnessTable(PrintWriter out, Issue issue, Variant variant, MonteCarlo.Result result) {
        Perturbation p = result.perturbation();
        out.printf("%s — robustness of the %s forecast: %d runs, seed %d%n", issue.name(), variant.name(), result.runs(), result.seed());
        out.printf("Noise per run: capability x (1 + %s z), salience + %s z, position + %s x range z (z standard normal, clamped).%n",
                Numbers.plain(p.capability()), Numbers.plain(p.salience()), Numbers.plain(p.position()));
        TextTable table = new TextTable(List.of("quantity", "mean", "sd", "p05", "p25", "p50", "p75", "p95"));
        addSummary(table, "forecast: weighted median", result.finalMedian());
        addSummary(table, "forecast: weighted mean", result.finalMean());
        for (int i = 0; i < result.actorList().size(); i++) {
            addSummary(table, result.actorList().get(i) + " (final)", result.finalPositionList().get(i));
        }
        out.print(table.render());
        printProvenance(out, issue);
    }

    private static void addSummary(TextTable table, String name, Summary s) {
        table.row(List.of(name, IssueFiles.fmt(s.mean()), IssueFiles.fmt(s.sd()), IssueFiles.fmt(s.p05()), IssueFiles.fmt(s.p25()),
                IssueFiles.fmt(s.p50()), IssueFiles.fmt(s.p75()), IssueFiles.fmt(s.p95())));
    }
}
