package org.multivector.app.cli;

import org.multivector.bargaining.Interval;
import org.multivector.bargaining.Issue;
import org.multivector.bargaining.ManoeuvreRoom;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code multivector manoeuvre FILE --focal A --vary B}: the focal actor's unchallenged positions as B's engagement is scaled. */
@Command(name = "manoeuvre", mixinStandardHelpOptions = true,
        header = "Room to manoeuvre: the positions the focal actor can hold unchallenged.",
        description = {"Room to manoeuvre: the positions the focal actor can hold without any actor expecting to gain from challenging it",
                "(expected-utility model, docs/bargaining.md), and how the total width changes as one actor's capability or salience",
                "is multiplied by factors from --from to --to."})
public final class ManoeuvreCommand implements Runnable {

    enum Lever { capability, salience }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The issue: .csv or .yaml/.yml.")
    Path file;

    @Option(names = "--focal", required = true, paramLabel = "NAME", description = "The actor whose room is measured.")
    String focal;

    @Option(names = "--vary", required = true, paramLabel = "NAME", description = "The actor whose engagement is scaled.")
    String vary;

    @Option(names = "--lever", paramLabel = "WHAT", defaultValue = "capability", description = "capability or salience. Default: ${DEFAULT-VALUE}.")
    Lever lever;

    @Option(names = "--from", paramLabel = "F", defaultValue = "0", description = "Smallest factor. Default: ${DEFAULT-VALUE}.")
    double from;

    @Option(names = "--to", paramLabel = "F", defaultValue = "2", description = "Largest factor. Default: ${DEFAULT-VALUE}.")
    double to;

    @Option(names = "--step", paramLabel = "F", defaultValue = "0.25", description = "Factor step. Default: ${DEFAULT-VALUE}.")
    double step;

    @Option(names = "--variant", paramLabel = "NAME", defaultValue = "masad",
            description = "Model variant whose expected utilities decide. Default: ${DEFAULT-VALUE} (see docs/bargaining.md for why not scholz-code).")
    String variantName;

    @Option(names = "--test", paramLabel = "TEST", defaultValue = "credible",
            description = "credible (default: no offer the focal actor would accept) or strict (no actor expects any gain).")
    String test;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Override
    public void run() {
        Issue issue = IssueFiles.read(file);
        Variant variant = IssueFiles.variant(variantName, null);
        for (String name : List.of(focal, vary)) {
            if (issue.indexOf(name) < 0) {
                throw new UserException("actor '" + name + "' is not in " + file + "\nMaybe one of: "
                        + issue.stakeholderList().stream().map(s -> s.name()).collect(Collectors.joining(", ")));
            }
        }
        if (!(step > 0) || !(from >= 0) || !(to >= from)) {
            throw new UserException("need 0 <= --from <= --to and --step > 0, got from " + from + ", to " + to + ", step " + step);
        }
        int count = (int) Math.floor((to - from) / step + 1e-9) + 1;
        if (count > 1000) {
            throw new UserException("--from/--to/--step give " + count + " factors; at most 1000\nMaybe use a larger --step.");
        }
        double[] factors = new double[count];
        for (int k = 0; k < count; k++) {
            factors[k] = Math.round((from + k * step) * 1e9) / 1e9;
        }
        ManoeuvreRoom.Test safety = switch (test.toLowerCase(Locale.ROOT)) {
            case "credible" -> ManoeuvreRoom.Test.NO_CREDIBLE_CHALLENGE;
            case "strict" -> ManoeuvreRoom.Test.NO_EXPECTED_GAIN;
            default -> throw new UserException("--test must be credible or strict, got '" + test + "'");
        };
        List<ManoeuvreRoom.Point> curve = ManoeuvreRoom.curve(issue, focal, vary,
                lever == Lever.capability ? ManoeuvreRoom.Lever.CAPABILITY : ManoeuvreRoom.Lever.SALIENCE, factors, variant, safety);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case table -> printTable(out, issue, variant, curve);
            case json -> out.println(Json.write(json(issue, variant, curve)));
            case csv -> printCsv(out, curve);
        }
        out.flush();
    }

    private void printCsv(PrintWriter out, List<ManoeuvreRoom.Point> curve) {
        CsvOutput csv = new CsvOutput(out, List.of("focal", "varied", "lever", "factor", "total_width", "share_of_scale", "interval", "from", "to"));
        for (ManoeuvreRoom.Point p : curve) {
            List<Interval> intervals = p.room().intervalList();
            if (intervals.isEmpty()) {
                csv.row(Arrays.asList(focal, vary, lever, p.factor(), p.room().totalWidth(), p.room().share(), "", "", ""));
            }
            for (int k = 0; k < intervals.size(); k++) {
                csv.row(Arrays.asList(focal, vary, lever, p.factor(), p.room().totalWidth(), p.room().share(), k + 1,
                        intervals.get(k).from(), intervals.get(k).to()));
            }
        }
    }

    private Map<String, Object> json(Issue issue, Variant variant, List<ManoeuvreRoom.Point> curve) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("issue", issue.name());
        root.put("variant", variant.name());
        root.put("focal", focal);
        root.put("varied", vary);
        root.put("lever", lever.name());
        root.put("test", test);
        root.put("scale", List.of(issue.lowerBound(), issue.upperBound()));
        List<Map<String, Object>> points = new ArrayList<>();
        for (ManoeuvreRoom.Point p : curve) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("factor", p.factor());
            m.put("totalWidth", p.room().totalWidth());
            m.put("share", p.room().share());
            m.put("intervals", p.room().intervalList().stream().map(i -> List.of(i.from(), i.to())).toList());
            points.add(m);
        }
        root.put("curve", points);
        return root;
    }

    private void printTable(PrintWriter out, Issue issue, Variant variant, List<ManoeuvreRoom.Point> curve) {
        out.printf("%s — room to manoeuvre of %s as %s's %s is scaled (variant %s)%n", issue.name(), focal, vary, lever, variant.name());
        out.printf("Scale [%s, %s]%s.%n", Numbers.plain(issue.lowerBound()),
                Numbers.plain(issue.upperBound()), issue.scale().isEmpty() ? "" : ": " + issue.scale());
        out.printf("Safe = %s.%n", curve.getFirst().room().test() == ManoeuvreRoom.Test.NO_CREDIBLE_CHALLENGE
                ? "no actor makes " + focal + " an offer it would accept (no lost confrontation, compromise or capitulation)"
                : "no actor expects any gain from challenging " + focal);
        TextTable table = new TextTable(List.of("factor", "width", "share", "bar", "safe intervals"));
        for (ManoeuvreRoom.Point p : curve) {
            ManoeuvreRoom room = p.room();
            int bar = (int) Math.round(room.share() * 40);
            table.row(List.of(String.format(Locale.ROOT, "%.2f", p.factor()), IssueFiles.fmt(room.totalWidth()),
                    Numbers.percent(room.share()), "#".repeat(bar) + ".".repeat(40 - bar),
                    room.intervalList().isEmpty() ? "none" : room.intervalList().stream()
                            .map(i -> "[" + IssueFiles.fmt(i.from()) + ", " + IssueFiles.fmt(i.to()) + "]").collect(Collectors.joining(" "))));
        }
        out.print(table.render());
    }
}
