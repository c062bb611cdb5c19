package org.multivector.bench.scenario;

import org.multivector.dataset.Dataset;
import org.multivector.dataset.Datasets;
import org.multivector.scenario.At;
import org.multivector.scenario.Channel;
import org.multivector.scenario.Design;
import org.multivector.scenario.EnsembleListener;
import org.multivector.scenario.EnsembleRequest;
import org.multivector.scenario.EnsembleResult;
import org.multivector.scenario.LocalEnsembleRunner;
import org.multivector.scenario.Quantity;
import org.multivector.scenario.Scenario;
import org.multivector.scenario.ScenarioModel;
import org.multivector.scenario.ScenarioReader;
import org.multivector.scenario.Series;
import org.multivector.scenario.Shock;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The elasticity of the room to manoeuvre to Western engagement (docs/model.md, "Room and Western
 * engagement"): each example scenario is run twice with the same seed, parameter draws and outage
 * dates, once with every power of group {@code west} engaged × (1 + h) and once × (1 − h) on every
 * channel from the start of the horizon (h = 0.05), and the elasticity of each run's average room over
 * the horizon is ε = ln(M̄₊ / M̄₋) / ln((1 + h) / (1 − h)). Prints per scenario the median and 5–95 %
 * interval of ε over the runs, the share of runs with ε &lt; 0, and the share of (run, period) pairs in
 * which the room falls as engagement rises. Run from the repository root:
 * {@code java -cp bench/target/benchmarks.jar org.multivector.bench.scenario.RoomElasticity [RUNS] [FILES...]}.
 */
public final class RoomElasticity {

    private static final double H = 0.05;

    private RoomElasticity() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        List<Path> files = new ArrayList<>();
        for (int a = 1; a < args.length; a++) {
            files.add(Path.of(args[a]));
        }
        if (files.isEmpty()) {
            for (String name : List.of(
                    "baseline",
                    "western-disengagement",
                    "russian-refocus",
                    "repeated-cpc-outages",
                    "middle-corridor-10mt-2027",
                    "chinese-investment-doubles")) {
                files.add(Path.of("examples/scenarios/" + name + ".yaml"));
            }
        }
        Dataset world = Datasets.defaultDataset();
        System.out.printf(
                Locale.ROOT,
                "elasticity of the room to Western engagement (h = %.2f), %d runs each, Latin hypercube, seed 20240101%n",
                H,
                runs);
        System.out.printf(
                Locale.ROOT,
                "%-28s %8s %8s %8s %12s %14s%n",
                "scenario",
                "p05",
                "median",
                "p95",
                "runs eps<0",
                "periods falls");
        for (Path file : files) {
            Scenario scenario = ScenarioReader.read(file);
            EnsembleResult up = run(withWest(scenario, 1 + H), world, file, runs);
            EnsembleResult down = run(withWest(scenario, 1 - H), world, file, runs);
            ScenarioModel model = ScenarioModel.compile(scenario, world, file.toString());
            int room = model.series().stream().map(Series::label).toList().indexOf("room");
            if (room < 0) {
                System.out.printf(Locale.ROOT, "%-28s does not record the room%n", scenario.name());
                continue;
            }
            double[] elasticity = new double[runs];
            int count = 0;
            int negativeRuns = 0;
            int falls = 0;
            int pairs = 0;
            for (int r = 0; r < runs; r++) {
                double sumUp = 0;
                double sumDown = 0;
                for (int k = 0; k < model.periods(); k++) {
                    double a = up.value(r, room, k);
                    double b = down.value(r, room, k);
                    sumUp += a;
                    sumDown += b;
                    pairs++;
                    falls += a < b - 1e-12 ? 1 : 0;
                }
                if (sumDown > 0 && sumUp > 0) {
                    double e = Math.log(sumUp / sumDown) / Math.log((1 + H) / (1 - H));
                    elasticity[count++] = e;
                    negativeRuns += e < 0 ? 1 : 0;
                }
            }
            double[] sorted = Arrays.copyOf(elasticity, count);
            Arrays.sort(sorted);
            System.out.printf(
                    Locale.ROOT,
                    "%-28s %8.3f %8.3f %8.3f %11.1f%% %13.1f%%%n",
                    scenario.name(),
                    quantile(sorted, 0.05),
                    quantile(sorted, 0.5),
                    quantile(sorted, 0.95),
                    100.0 * negativeRuns / count,
                    100.0 * falls / pairs);
        }
    }

    private static EnsembleResult run(Scenario scenario, Dataset world, Path file, int runs) throws Exception {
        ScenarioModel model = ScenarioModel.compile(scenario, world, file.toString());
        return new LocalEnsembleRunner()
                .run(
                        model,
                        new EnsembleRequest(runs, 20240101, Design.LATIN_HYPERCUBE, 2),
                        EnsembleListener.NONE,
                        () -> false);
    }

    /** The scenario with every Western power's engagement × factor on every channel from the start of the horizon. */
    static Scenario withWest(Scenario s, double factor) {
        List<Shock> shocks = new ArrayList<>(s.shockList());
        for (Scenario.Power power : s.powerList()) {
            if ("west".equals(power.group())) {
                shocks.add(new Shock.EngagementChange(
                        power.code(),
                        List.of(Channel.values()),
                        new Quantity.Fixed(s.baseYear() + 1),
                        null,
                        new Quantity.Fixed(factor),
                        At.NOWHERE));
            }
        }
        return new Scenario(
                s.name(),
                s.description(),
                s.dataset(),
                s.baseYear(),
                s.horizon(),
                s.focal(),
                s.powerList(),
                s.pathList(),
                shocks,
                s.corridors(),
                s.parameterMap(),
                s.uncertaintyList(),
                s.levers(),
                s.outcomeList(),
                s.ensemble(),
                s.assumptionList(),
                s.keyAtMap());
    }

    /** Type-7 quantile of sorted values. */
    private static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
