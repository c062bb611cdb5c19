package org.multivector.strategy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The Western partner's view of the policies: how much room to manoeuvre (or another outcome) each
 * billion US$ of Western money buys, against a baseline policy and against the other policies.
 *
 * <p>For policy p with Western cost W_p (Σ over its levers of cost × Western share, USD billion) and
 * scenario s: the gain is {@code g(p,s) = x(p,s) − x(baseline,s)} (the same scenario under both:
 * common random numbers), and the cost-effectiveness is {@code E_p = mean_s g(p,s) / W_p}. Its 95 %
 * interval is a bootstrap percentile interval over the scenarios (Efron and Tibshirani 1993); the
 * 5–95 % range of {@code g(p,s) / W_p} over scenarios shows how much it depends on the future.
 * Policies with no Western cost get no ratio (their gain is still shown).
 */
public final class WesternView {

    private WesternView() {}

    /**
     * @param gain          mean gain over the baseline, outcome units
     * @param westernCost   USD billion
     * @param perBillion    mean gain per billion (NaN without Western cost)
     * @param low           95 % bootstrap interval, lower end
     * @param high          upper end
     * @param scenarioP05   5th percentile over scenarios of gain / cost
     * @param scenarioP95   95th percentile
     * @param rank          1 = most gain per billion among policies with a Western cost (0 = none)
     */
    public record Row(
            String policy,
            double gain,
            double totalCost,
            double westernCost,
            double perBillion,
            double low,
            double high,
            double scenarioP05,
            double scenarioP95,
            int rank) {}

    /** The rows, policies with a Western cost first by rank, then the others. */
    public record Result(String outcome, String baseline, List<Row> rowList) {}

    /**
     * @param x           {@code x[p][s]}: the outcome of policy p in scenario s
     * @param totalCost   each policy's total cost
     * @param westernCost each policy's Western cost
     * @param baseline    index of the baseline policy
     */
    public static Result of(
            String outcome,
            List<String> policyNames,
            double[][] x,
            double[] totalCost,
            double[] westernCost,
            int baseline,
            int bootstrap,
            long seed) {
        int policies = policyNames.size();
        int scenarios = x[baseline].length;
        SplittableRandom random = new SplittableRandom(seed);
        List<Row> rows = new ArrayList<>();
        for (int p = 0; p < policies; p++) {
            if (p == baseline) {
                continue;
            }
            double[] gain = new double[scenarios];
            for (int s = 0; s < scenarios; s++) {
                gain[s] = x[p][s] - x[baseline][s];
            }
            double meanGain = Statistics.mean(gain);
            double w = westernCost[p];
            if (!(w > 0)) {
                rows.add(new Row(
                        policyNames.get(p),
                        meanGain,
                        totalCost[p],
                        w,
                        Double.NaN,
                        Double.NaN,
                        Double.NaN,
                        Double.NaN,
                        Double.NaN,
                        0));
                continue;
            }
            double[] boot = new double[bootstrap];
            for (int b = 0; b < bootstrap; b++) {
                double sum = 0;
                for (int s = 0; s < scenarios; s++) {
                    sum += gain[random.nextInt(scenarios)];
                }
                boot[b] = sum / scenarios / w;
            }
            double[] ratio = Arrays.stream(gain).map(g -> g / w).toArray();
            rows.add(new Row(
                    policyNames.get(p),
                    meanGain,
                    totalCost[p],
                    w,
                    meanGain / w,
                    Statistics.percentile(boot, 2.5),
                    Statistics.percentile(boot, 97.5),
                    Statistics.percentile(ratio, 5),
                    Statistics.percentile(ratio, 95),
                    0));
        }
        List<Row> paid = new ArrayList<>(
                rows.stream().filter(r -> !Double.isNaN(r.perBillion())).toList());
        paid.sort(Comparator.comparingDouble(Row::perBillion).reversed());
        List<Row> ranked = new ArrayList<>();
        for (int i = 0; i < paid.size(); i++) {
            Row r = paid.get(i);
            ranked.add(new Row(
                    r.policy(),
                    r.gain(),
                    r.totalCost(),
                    r.westernCost(),
                    r.perBillion(),
                    r.low(),
                    r.high(),
                    r.scenarioP05(),
                    r.scenarioP95(),
                    i + 1));
        }
        rows.stream().filter(r -> Double.isNaN(r.perBillion())).forEach(ranked::add);
        return new Result(outcome, policyNames.get(baseline), ranked);
    }
}
