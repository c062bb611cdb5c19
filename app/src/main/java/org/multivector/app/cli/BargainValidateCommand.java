package org.multivector.app.cli;

import org.multivector.bargaining.Variant;
import org.multivector.bargaining.deu.CompromiseFamily;
import org.multivector.bargaining.deu.DeuCrossValidation;
import org.multivector.bargaining.deu.DeuIssue;
import org.multivector.bargaining.deu.DeuProcedure;
import org.multivector.bargaining.deu.DeuProcedureReader;
import org.multivector.bargaining.deu.DeuReader;
import org.multivector.bargaining.deu.DeuValidation;
import org.multivector.bargaining.deu.ProceduralModel;
import org.multivector.bargaining.io.InvalidIssueException;
import org.multivector.input.Problem;
import org.multivector.input.ProblemRenderer;
import org.multivector.report.Column;
import org.multivector.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** {@code multivector bargain-validate DIR}: scores every model variant and the baselines on DEU III. */
@Command(
        name = "bargain-validate",
        mixinStandardHelpOptions = true,
        header = "Score the bargaining model and its baselines against real EU decisions (DEU III).",
        description = {
            "Score the expected-utility model (every variant, final weighted median and mean) and the baselines",
            "(weighted mean, weighted median, unweighted mean, Nash bargaining) against real EU decisions (DEU III).",
            "DIR holds deu3.tsv (or give the file). MAE on 0-100; hit = error < 10 (< 50 on yes/no issues).",
            "Then the out-of-sample test of the compromise-model family (capability and salience transforms, procedural",
            "weights, shrinkage to the status quo, a procedural hybrid, snapping): parameters chosen on one half of the",
            "proposals (seeded split by proposal) and scored on the other, both ways, and repeated k-fold means."
        })
public final class BargainValidateCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder with deu3.tsv, or the file itself.")
    Path dir;

    @Option(
            names = "--capability",
            paramLabel = "MEASURE",
            split = ",",
            defaultValue = "dataset,council_votes,equal",
            description =
                    "Capability measures to report, comma-separated: dataset (the file's weights), council_votes (Treaty of Nice; "
                            + "Commission = Parliament = 29), equal. Default: all three.")
    List<org.multivector.bargaining.deu.CapabilityMeasure> measures;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "1",
            description =
                    "Seed of the split by proposal (repetition r of the repeated k-fold uses S + r). Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(
            names = "--repeats",
            paramLabel = "N",
            defaultValue = "20",
            description = "Repetitions of the 2-fold and 5-fold cross-validations. Default: ${DEFAULT-VALUE}.")
    int repeats;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "table",
            description = "table, json or csv. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Override
    public void run() {
        if (!Files.exists(dir)) {
            throw new UserException("no such file or folder: " + dir);
        }
        List<DeuIssue> issues;
        try {
            issues = DeuReader.read(dir);
        } catch (InvalidIssueException e) {
            throw new UserException(ProblemRenderer.text(e));
        }
        Map<String, DeuProcedure> procedures;
        try {
            procedures = DeuProcedureReader.read(dir);
        } catch (InvalidIssueException e) {
            throw new UserException(e.problems().stream().map(Problem::format).collect(Collectors.joining("\n")));
        }
        if (repeats < 1) {
            throw new UserException("--repeats must be at least 1, not " + repeats);
        }
        Map<org.multivector.bargaining.deu.CapabilityMeasure, List<DeuValidation.Score>> byMeasure =
                new LinkedHashMap<>();
        Map<org.multivector.bargaining.deu.CapabilityMeasure, List<OutOfSample>> outOfSample = new LinkedHashMap<>();
        for (var measure : measures) {
            List<DeuIssue> measured = issues.stream().map(measure::apply).toList();
            List<DeuValidation.Forecaster> forecasters = new java.util.ArrayList<>(DeuValidation.standardForecasters(
                    List.copyOf(Variant.presets().values())));
            forecasters.add(new DeuValidation.Forecaster(
                    "procedural model (Steunenberg; needs rp)",
                    d -> ProceduralModel.forecast(d, procedure(procedures, d))));
            forecasters.add(new DeuValidation.Forecaster(
                    "compromise, capability^0.5 x salience^0.5 (picked in sample)",
                    d -> OptionalDouble.of(CompromiseFamily.forecast(
                            d,
                            procedure(procedures, d),
                            new CompromiseFamily.Parameters(0.5, 0.5, 1, 1, 1, 0, 0, 0)))));
            byMeasure.put(measure, DeuValidation.score(measured, forecasters));
            if (measured.stream()
                            .map(d -> procedure(procedures, d).proposal())
                            .distinct()
                            .count()
                    >= 5) {
                List<OutOfSample> families = new java.util.ArrayList<>();
                for (var family : List.of(
                        Map.entry("full family", CompromiseFamily.grid()),
                        Map.entry("transforms only (a, b)", CompromiseFamily.transformsGrid()))) {
                    DeuCrossValidation cv = new DeuCrossValidation(measured, procedures, family.getValue());
                    families.add(new OutOfSample(
                            family.getKey(),
                            family.getValue().size(),
                            cv.inSample(),
                            cv.crossValidate(2, seed),
                            cv.repeated(2, repeats, seed),
                            cv.repeated(5, repeats, seed)));
                }
                outOfSample.put(measure, List.copyOf(families));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("issues", issues.size());
        Map<String, Object> scores = new LinkedHashMap<>();
        byMeasure.forEach((measure, list) -> scores.put(measure.name().toLowerCase(Locale.ROOT), list));
        root.put("scores", scores);
        Map<String, Object> oos = new LinkedHashMap<>();
        outOfSample.forEach((measure, o) -> oos.put(measure.name().toLowerCase(Locale.ROOT), o));
        root.put("seed", seed);
        root.put("out_of_sample", oos);
        long proposals = issues.stream()
                .map(d -> procedure(procedures, d).proposal())
                .distinct()
                .count();
        ReportOutput.print(
                out,
                format,
                root,
                () -> {
                    List<Report> reports = new java.util.ArrayList<>();
                    reports.add(Report.text(String.format(
                            "DEU III: %d issues with an outcome (%d with a reference point). MAE on 0-100; hit = error < 10 (< 50 on yes/no issues).",
                            issues.size(),
                            issues.stream()
                                    .filter(d -> d.referencePoint().isPresent())
                                    .count())));
                    for (var entry : byMeasure.entrySet()) {
                        Report.Builder table = scores(entry.getKey());
                        entry.getValue()
                                .forEach(s -> table.row(
                                        entry.getKey().name().toLowerCase(Locale.ROOT),
                                        s.model(),
                                        s.scored(),
                                        s.mae(),
                                        s.hitRate()));
                        reports.add(table.build());
                        for (OutOfSample o : outOfSample.getOrDefault(entry.getKey(), List.of())) {
                            reports.add(outOfSample(o));
                        }
                        if (!outOfSample.containsKey(entry.getKey())) {
                            reports.add(Report.text(String.format(
                                    "Out of sample: not run (%d proposals; the split needs at least 5).", proposals)));
                        }
                    }
                    return reports;
                },
                () -> byMeasure.entrySet().stream()
                        .map(entry -> {
                            Report.Builder table = scores(entry.getKey());
                            entry.getValue()
                                    .forEach(s -> table.row(
                                            entry.getKey().name().toLowerCase(Locale.ROOT),
                                            s.model(),
                                            s.scored(),
                                            s.mae(),
                                            s.hitRate()));
                            return table.build();
                        })
                        .toList());
    }

    /** The score table of one capability measure: in CSV the measure is a column, in the table the heading. */
    private static Report.Builder scores(org.multivector.bargaining.deu.CapabilityMeasure measure) {
        return Report.builder("Capability: " + measure.name().toLowerCase(Locale.ROOT))
                .csvOnly("capability")
                .text("model")
                .column("issues", Column.Kind.INTEGER)
                .column(new Column("mae", "MAE", "", Column.Kind.NUMBER, 2, Column.Shown.BOTH))
                .column(new Column("hit_rate", "hit rate", "", Column.Kind.NUMBER, 3, Column.Shown.BOTH));
    }

    /** The out-of-sample results for one capability measure. */
    record OutOfSample(
            String family,
            int members,
            DeuCrossValidation.Fold inSample,
            List<DeuCrossValidation.Fold> halves,
            DeuCrossValidation.Repeated twoFold,
            DeuCrossValidation.Repeated fiveFold) {}

    private static DeuProcedure procedure(Map<String, DeuProcedure> procedures, DeuIssue d) {
        return procedures.getOrDefault(d.id(), DeuProcedure.unrecorded(d.id()));
    }

    private Report outOfSample(OutOfSample oos) {
        Report.Builder table = Report.builder(
                        String.format(
                                        "Out of sample: compromise-model %s (%d members), split by proposal with seed %d.\n",
                                        oos.family(), oos.members(), seed)
                                + "Chosen on the training part: lowest MAE among members whose hit rate there is at least the compromise model's.")
                .text("part")
                .text("proposals")
                .column("issues", Column.Kind.INTEGER)
                .text("chosen parameters")
                .text("train MAE")
                .text("train hit")
                .text("test MAE")
                .text("test hit")
                .number("compromise test MAE", 2)
                .number("compromise test hit", 3);
        DeuCrossValidation.Fold all = oos.inSample();
        table.row(
                "all (in sample)",
                Integer.toString(all.proposals()),
                all.test().issues(),
                all.chosen().label(),
                f2(all.train().mae()),
                f3(all.train().hitRate()),
                "-",
                "-",
                all.compromise().mae(),
                all.compromise().hitRate());
        for (DeuCrossValidation.Fold fold : oos.halves()) {
            table.row(
                    "half " + fold.fold() + " held out",
                    Integer.toString(fold.proposals()),
                    fold.test().issues(),
                    fold.chosen().label(),
                    f2(fold.train().mae()),
                    f3(fold.train().hitRate()),
                    f2(fold.test().mae()),
                    f3(fold.test().hitRate()),
                    fold.compromise().mae(),
                    fold.compromise().hitRate());
        }
        double err = 0;
        double hits = 0;
        int n = 0;
        for (DeuCrossValidation.Fold fold : oos.halves()) {
            err += fold.test().mae() * fold.test().issues();
            hits += fold.test().hitRate() * fold.test().issues();
            n += fold.test().issues();
        }
        table.row(
                "both halves pooled",
                "-",
                n,
                "-",
                "-",
                "-",
                f2(err / n),
                f3(hits / n),
                all.compromise().mae(),
                all.compromise().hitRate());
        for (DeuCrossValidation.Repeated r : List.of(oos.twoFold(), oos.fiveFold())) {
            table.row(
                    r.k() + "-fold x " + r.repetitions() + " (mean; MAE " + f2(r.minMae()) + "-" + f2(r.maxMae()) + ")",
                    "-",
                    r.compromise().issues(),
                    "-",
                    "-",
                    "-",
                    f2(r.meanMae()),
                    f3(r.meanHitRate()),
                    r.compromise().mae(),
                    r.compromise().hitRate());
        }
        return table.build();
    }

    private static String f2(double x) {
        return String.format(Locale.ROOT, "%.2f", x);
    }

    private static String f3(double x) {
        return String.format(Locale.ROOT, "%.3f", x);
    }
}
