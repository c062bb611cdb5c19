package org.multivector.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How well each policy does across the scenarios, per outcome, in the measures of robust decision
 * making (McPhail et al. 2018, "Robustness metrics", Earth's Future 6, doi:10.1002/2017EF000649):
 *
 * <ul>
 *   <li>percentiles (5, 50, 95) and the mean of each outcome over the scenarios;</li>
 *   <li>regret (Savage 1951): in scenario s, how far policy p falls short of the best policy there,
 *       {@code r(p,s) = max_q x(q,s) − x(p,s)} for an outcome to maximise ({@code x(p,s) − min_q x(q,s)}
 *       to minimise); reported as mean, 90th percentile and maximum (minimax regret);</li>
 *   <li>satisficing (Simon 1955; Starr 1963, the domain criterion): the share of scenarios in which
 *       the policy meets every threshold at once, and each threshold's own share;</li>
 *   <li>a convergence check: policies are ranked by the decision criterion (the satisficing share,
 *       or with no thresholds the mean regret of the first outcome); B bootstrap resamples of the
 *       scenarios (Efron 1979) re-rank them, giving the probability that the best policy stays best
 *       and the mean Spearman correlation of the resampled rankings with the full one. Both near 1
 *       mean more scenarios are unlikely to change the ranking.</li>
 * </ul>
 */
public final class Robustness {

    /** Bootstrap resamples of the convergence check. */
    public static final int BOOTSTRAP = 200;

    private Robustness() {}

    /** One outcome of one policy over the scenarios. */
    public record OutcomeSummary(
            String outcome,
            double mean,
            double p05,
            double p50,
            double p95,
            double meanRegret,
            double p90Regret,
            double maxRegret) {}

    /**
     * @param satisficing     share of scenarios meeting every threshold (NaN when none is stated)
     * @param thresholdShares share meeting each threshold, in the study's order
     * @param rank            1 = best by the decision criterion
     * @param bestProbability share of bootstrap resamples in which this policy ranks first
     */
    public record PolicyRobustness(
            String policy,
            List<OutcomeSummary> outcomeList,
            double satisficing,
            List<Double> thresholdShares,
            int rank,
            double bestProbability) {}

    /**
     * @param criterion     what ranks the policies
     * @param scenarios     how many scenarios the ranking rests on
     * @param topStability  probability that the best policy stays best under resampling
     * @param meanSpearman  mean rank correlation of resampled rankings with the full one
     * @param halfTop       the best policy on the first half of the scenarios alone
     * @param tiedBest      how many policies share the best score on all the scenarios (1 = a clear best)
     * @param stable        whether both measures reach 0.9 and the half-sample agrees
     */
    public record Convergence(
            String criterion,
            int scenarios,
            int bootstrap,
            double topStability,
            double meanSpearman,
            String halfTop,
            int tiedBest,
            boolean stable) {

        /** A sentence for reports. */
        public String verdict() {
            if (tiedBest > 1) {
                return "not decided: " + tiedBest + " policies tie for best on these " + scenarios
                        + " scenarios; run more scenarios or tighten the thresholds";
            }
            return stable
                    ? "stable: the best policy stays best in " + Math.round(topStability * 100) + " % of " + bootstrap
                            + " bootstrap resamples of the " + scenarios
                            + " scenarios; more scenarios are unlikely to change the ranking"
                    : "not yet stable: the best policy stays best in only " + Math.round(topStability * 100)
                            + " % of resamples (rank correlation " + Math.round(meanSpearman * 100) / 100.0
                            + "); run more scenarios";
        }
    }

    /** The whole assessment. */
    public record Report(List<PolicyRobustness> policyList, List<String> thresholdLabels, Convergence convergence) {}

    /** Assesses an experiment over the scenarios done under every policy. */
    public static Report of(
            ExperimentResult result, List<StudyOutcome> outcomes, List<Threshold> thresholds, long seed) {
        int[] common = result.commonScenarios();
        double[][][] x = new double[result.policyCount()][outcomes.size()][];
        List<String> names = new ArrayList<>();
        for (int p = 0; p < result.policyCount(); p++) {
            names.add(result.policyList().get(p).name());
            for (int o = 0; o < outcomes.size(); o++) {
                x[p][o] = result.column(p, o, common);
            }
        }
        return of(names, outcomes, thresholds, x, BOOTSTRAP, seed);
    }

    /**
     * @param x {@code x[p][o][s]}: outcome o of policy p in scenario s (every policy on the same scenarios)
     */
    public static Report of(
            List<String> policyNames,
            List<StudyOutcome> outcomes,
            List<Threshold> thresholds,
            double[][][] x,
            int bootstrap,
            long seed) {
        int policies = policyNames.size();
        int scenarios = policies == 0 || outcomes.isEmpty() ? 0 : x[0][0].length;
        int[] thresholdOutcome = new int[thresholds.size()];
        for (int t = 0; t < thresholds.size(); t++) {
            thresholdOutcome[t] = indexOf(outcomes, thresholds.get(t).outcome());
        }
        // regret[p][o][s]
        double[][][] regret = new double[policies][outcomes.size()][scenarios];
        for (int o = 0; o < outcomes.size(); o++) {
            double sign = outcomes.get(o).sense().sign();
            for (int s = 0; s < scenarios; s++) {
                double best = Double.NEGATIVE_INFINITY;
                for (int p = 0; p < policies; p++) {
                    best = Math.max(best, sign * x[p][o][s]);
                }
                for (int p = 0; p < policies; p++) {
                    regret[p][o][s] = best - sign * x[p][o][s];
                }
            }
        }
        // meets[p][s]: every threshold met
        boolean[][] meets = new boolean[policies][scenarios];
        double[][] thresholdShare = new double[policies][thresholds.size()];
        for (int p = 0; p < policies; p++) {
            for (int s = 0; s < scenarios; s++) {
                boolean all = true;
                for (int t = 0; t < thresholds.size(); t++) {
                    boolean met = thresholds.get(t).met(x[p][thresholdOutcome[t]][s]);
                    thresholdShare[p][t] += met ? 1.0 / scenarios : 0;
                    all &= met;
                }
                meets[p][s] = all;
            }
        }
        boolean bySatisficing = !thresholds.isEmpty();
        String criterion = bySatisficing
                ? "satisficing share (all thresholds met)"
                : "mean regret of "
                        + (outcomes.isEmpty() ? "-" : outcomes.get(0).name());
        int[] all = new int[scenarios];
        for (int s = 0; s < scenarios; s++) {
            all[s] = s;
        }
        double[] score = score(meets, regret, bySatisficing, all);
        double[] fullRank = Statistics.ranks(score);
        int fullBest = Statistics.argMax(score);
        SplittableRandom random = new SplittableRandom(seed);
        double[] bestCount = new double[policies];
        double spearmanSum = 0;
        int[] resample = new int[scenarios];
        for (int b = 0; b < bootstrap && scenarios > 0; b++) {
            for (int s = 0; s < scenarios; s++) {
                resample[s] = random.nextInt(scenarios);
            }
            double[] bootScore = score(meets, regret, bySatisficing, resample);
            // policies tied for best share the credit, so a tie never looks like a stable winner
            double top = bootScore[Statistics.argMax(bootScore)];
            int tied = 0;
            for (double v : bootScore) {
                tied += v == top ? 1 : 0;
            }
            for (int p = 0; p < policies; p++) {
                bestCount[p] += bootScore[p] == top ? 1.0 / tied : 0;
            }
            spearmanSum += Statistics.spearman(fullRank, Statistics.ranks(bootScore));
        }
        int[] half = java.util.Arrays.copyOf(all, Math.max(1, scenarios / 2));
        String halfTop = policies == 0 || scenarios == 0
                ? ""
                : policyNames.get(Statistics.argMax(score(meets, regret, bySatisficing, half)));
        double topStability = policies == 0 ? Double.NaN : bestCount[fullBest] / bootstrap;
        double meanSpearman = spearmanSum / bootstrap;
        int fullTied = 0;
        for (double v : score) {
            fullTied += v == score[fullBest] ? 1 : 0;
        }
        boolean stable = policies > 0
                && fullTied == 1
                && topStability >= 0.9
                && meanSpearman >= 0.9
                && halfTop.equals(policyNames.get(fullBest));
        Convergence convergence =
                new Convergence(criterion, scenarios, bootstrap, topStability, meanSpearman, halfTop, fullTied, stable);

        List<PolicyRobustness> rows = new ArrayList<>();
        for (int p = 0; p < policies; p++) {
            List<OutcomeSummary> summaries = new ArrayList<>();
            for (int o = 0; o < outcomes.size(); o++) {
                double[] v = x[p][o];
                double[] r = regret[p][o];
                double max = Double.NEGATIVE_INFINITY;
                for (double value : r) {
                    max = Math.max(max, value);
                }
                summaries.add(new OutcomeSummary(
                        outcomes.get(o).name(),
                        Statistics.mean(v),
                        Statistics.percentile(v, 5),
                        Statistics.percentile(v, 50),
                        Statistics.percentile(v, 95),
                        Statistics.mean(r),
                        Statistics.percentile(r, 90),
                        scenarios == 0 ? Double.NaN : max));
            }
            double share = 0;
            for (int s = 0; s < scenarios; s++) {
                share += meets[p][s] ? 1.0 / scenarios : 0;
            }
            List<Double> shares = new ArrayList<>();
            for (double t : thresholdShare[p]) {
                shares.add(t);
            }
            rows.add(new PolicyRobustness(
                    policyNames.get(p),
                    summaries,
                    bySatisficing ? share : Double.NaN,
                    shares,
                    (int) Math.ceil(fullRank[p]),
                    bestCount[p] / bootstrap));
        }
        List<String> labels = thresholds.stream().map(Threshold::label).toList();
        return new Report(rows, labels, convergence);
    }

    /** Higher is better: the satisficing share, or minus the mean regret of the first outcome. */
    private static double[] score(boolean[][] meets, double[][][] regret, boolean bySatisficing, int[] sample) {
        double[] score = new double[meets.length];
        for (int p = 0; p < meets.length; p++) {
            double sum = 0;
            for (int s : sample) {
                sum += bySatisficing ? (meets[p][s] ? 1 : 0) : -regret[p][0][s];
            }
            score[p] = sum / Math.max(1, sample.length);
        }
        return score;
    }

    private static int indexOf(List<StudyOutcome> outcomes, String name) {
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("threshold on unknown outcome " + name);
    }
}
