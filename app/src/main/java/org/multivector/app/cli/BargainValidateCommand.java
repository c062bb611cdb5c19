package org.multivector.app.cli;

import org.multivector.bargaining.Variant;
import org.multivector.bargaining.deu.DeuIssue;
import org.multivector.bargaining.deu.DeuReader;
import org.multivector.bargaining.deu.DeuValidation;
import org.multivector.bargaining.io.InvalidIssueException;
import org.multivector.input.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code multivector bargain-validate DIR}: scores every model variant and the baselines on DEU III. */
@Command(name = "bargain-validate", mixinStandardHelpOptions = true,
        description = {"Score the expected-utility model (every variant, final weighted median and mean) and the baselines",
                "(weighted mean, weighted median, unweighted mean, Nash bargaining) against real EU decisions (DEU III).",
                "DIR holds deu3.tsv (or give the file). MAE on 0-100; hit = error < 10 (< 50 on yes/no issues)."})
public final class BargainValidateCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder with deu3.tsv, or the file itself.")
    Path dir;

    @Option(names = "--capability", paramLabel = "MEASURE", split = ",", defaultValue = "dataset,council_votes,equal",
            description = "Capability measures to report, comma-separated: dataset (the file's weights), council_votes (Treaty of Nice; "
                    + "Commission = Parliament = 29), equal. Default: all three.")
    List<org.multivector.bargaining.deu.CapabilityMeasure> measures;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv. Default: ${DEFAULT-VALUE}.")
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
            throw new UserException(e.problems().stream().map(Problem::format).collect(Collectors.joining("\n")));
        }
        Map<org.multivector.bargaining.deu.CapabilityMeasure, List<DeuValidation.Score>> byMeasure = new LinkedHashMap<>();
        for (var measure : measures) {
            List<DeuIssue> measured = issues.stream().map(measure::apply).toList();
            byMeasure.put(measure, DeuValidation.score(measured, DeuValidation.standardForecasters(List.copyOf(Variant.presets().values()))));
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case table -> {
                out.printf("DEU III: %d issues with an outcome (%d with a reference point). MAE on 0-100; hit = error < 10 (< 50 on yes/no issues).%n",
                        issues.size(), issues.stream().filter(d -> d.referencePoint().isPresent()).count());
                for (var entry : byMeasure.entrySet()) {
                    out.printf("%nCapability: %s%n", entry.getKey().name().toLowerCase(Locale.ROOT));
                    TextTable table = new TextTable(List.of("model", "issues", "MAE", "hit rate"));
                    for (DeuValidation.Score s : entry.getValue()) {
                        table.row(List.of(s.model(), Integer.toString(s.scored()), String.format(Locale.ROOT, "%.2f", s.mae()),
                                String.format(Locale.ROOT, "%.3f", s.hitRate())));
                    }
                    out.print(table.render());
                }
            }
            case csv -> {
                CsvOutput csv = new CsvOutput(out, List.of("capability", "model", "issues", "mae", "hit_rate"));
                byMeasure.forEach((measure, scores) -> scores.forEach(s -> csv.row(Arrays.asList(
                        measure.name().toLowerCase(Locale.ROOT), s.model(), s.scored(), s.mae(), s.hitRate()))));
            }
            case json -> {
                Map<String, Object> root = new LinkedHashMap<>();
                root.put("issues", issues.size());
                Map<String, Object> scores = new LinkedHashMap<>();
                byMeasure.forEach((measure, list) -> scores.put(measure.name().toLowerCase(Locale.ROOT), list));
                root.put("scores", scores);
                out.println(Json.write(root));
            }
        }
        out.flush();
    }
}
