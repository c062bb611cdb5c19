package org.multivector.bargaining.deu;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;

/**
 * Out-of-sample validation of the {@link CompromiseFamily} on DEU III. The proposals (not the issues:
 * issues of one proposal share actors and context, so they never straddle a split) are shuffled with a
 * seed and dealt into k folds; on each fold's complement the family member with the lowest mean absolute
 * error among those whose hit rate is at least the compromise model's there is chosen (the compromise
 * model itself when nothing beats it), and it is scored on the fold. Every issue is thus forecast once per repetition
 * by parameters chosen without it.
 *
 * <p>Every grid member's error on every issue is computed once, so a fold costs a sum over the grid.
 */
public final class DeuCrossValidation {

    /**
     * Scores on one set of issues.
     *
     * @param issues  how many
     * @param mae     mean absolute error
     * @param hitRate share of hits
     */
    public record Score(int issues, double mae, double hitRate) {}

    /**
     * One fold.
     *
     * @param fold       its number, from 1
     * @param proposals  proposals held out
     * @param chosen     parameters chosen on the other folds
     * @param train      the chosen parameters' score where they were chosen
     * @param test       their score on the held-out fold
     * @param compromise the compromise model on the held-out fold
     */
    public record Fold(
            int fold, int proposals, CompromiseFamily.Parameters chosen, Score train, Score test, Score compromise) {}

    /**
     * A repeated k-fold cross-validation: the pooled out-of-sample score of each repetition and their mean.
     *
     * @param k            folds per repetition
     * @param repetitions  how many shuffles
     * @param seed         the seed of the first shuffle (repetition r uses seed + r)
     * @param fitted       per repetition, the out-of-sample score pooled over its folds
     * @param compromise   per repetition, the compromise model on the same issues (it has no parameters, so it is the same each time)
     * @param meanMae      mean over repetitions of the fitted family's MAE
     * @param meanHitRate  mean over repetitions of its hit rate
     * @param minMae       best repetition's MAE
     * @param maxMae       worst repetition's MAE
     */
    public record Repeated(
            int k,
            int repetitions,
            long seed,
            List<Score> fitted,
            Score compromise,
            double meanMae,
            double meanHitRate,
            double minMae,
            double maxMae) {}

    private final List<DeuIssue> issues;
    private final List<String> proposalOf;
    private final List<CompromiseFamily.Parameters> grid;
    private final float[][] error; // [grid member][issue]
    private final boolean[][] hit;
    private final int compromiseIndex;

    /**
     * Prepares the validation of {@code grid} (which must contain {@link CompromiseFamily.Parameters#COMPROMISE}).
     *
     * @param procedures each issue's procedure by issue identifier; an issue missing from it is its own proposal
     */
    public DeuCrossValidation(
            List<DeuIssue> issues, Map<String, DeuProcedure> procedures, List<CompromiseFamily.Parameters> grid) {
        this.issues = List.copyOf(issues);
        this.grid = List.copyOf(grid);
        this.compromiseIndex = this.grid.indexOf(CompromiseFamily.Parameters.COMPROMISE);
        if (compromiseIndex < 0) {
            throw new IllegalArgumentException("the grid must contain the compromise model");
        }
        int n = this.issues.size();
        List<DeuProcedure> procedureList = this.issues.stream()
                .map(d -> procedures.getOrDefault(d.id(), DeuProcedure.unrecorded(d.id())))
                .toList();
        this.proposalOf = procedureList.stream().map(DeuProcedure::proposal).toList();
        this.error = new float[this.grid.size()][n];
        this.hit = new boolean[this.grid.size()][n];
        for (int i = 0; i < n; i++) {
            DeuIssue d = this.issues.get(i);
            DeuProcedure procedure = procedureList.get(i);
            OptionalDouble procedural = ProceduralModel.forecast(d, procedure);
            Map<List<Double>, Double> means = new LinkedHashMap<>(); // the mean depends on the weight knobs only
            for (int g = 0; g < this.grid.size(); g++) {
                CompromiseFamily.Parameters p = this.grid.get(g);
                List<Double> key = List.of(
                        p.capabilityExponent(),
                        p.salienceExponent(),
                        p.commission(),
                        p.parliamentCodecision(),
                        p.parliamentConsultation());
                double mean = means.computeIfAbsent(key, unused -> CompromiseFamily.weightedMean(d, procedure, p));
                double x = CompromiseFamily.adjust(d, procedure, p, mean, procedural);
                error[g][i] = (float) Math.abs(x - d.outcome());
                hit[g][i] = d.hit(x);
            }
        }
    }

    /** The issues' proposals shuffled with {@code seed} and dealt round-robin into {@code k} folds of issue indices. */
    public List<List<Integer>> folds(int k, long seed) {
        List<String> proposals = new ArrayList<>(new LinkedHashSet<>(proposalOf));
        if (k < 2 || k > proposals.size()) {
            throw new IllegalArgumentException("need 2 to " + proposals.size() + " folds, not " + k);
        }
        Collections.shuffle(proposals, new Random(seed));
        Map<String, Integer> foldOf = new LinkedHashMap<>();
        for (int p = 0; p < proposals.size(); p++) {
            foldOf.put(proposals.get(p), p % k);
        }
        List<List<Integer>> folds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            folds.add(new ArrayList<>());
        }
        for (int i = 0; i < issues.size(); i++) {
            folds.get(foldOf.get(proposalOf.get(i))).add(i);
        }
        return folds.stream().map(List::copyOf).toList();
    }

    /** Each fold of {@link #folds(int, long)}: parameters chosen on the rest, scored on it. */
    public List<Fold> crossValidate(int k, long seed) {
        List<List<Integer>> folds = folds(k, seed);
        List<Fold> result = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            List<Integer> test = folds.get(f);
            List<Integer> train = new ArrayList<>();
            for (int other = 0; other < k; other++) {
                if (other != f) {
                    train.addAll(folds.get(other));
                }
            }
            int chosen = choose(train);
            result.add(new Fold(
                    f + 1,
                    (int) test.stream().map(proposalOf::get).distinct().count(),
                    grid.get(chosen),
                    score(chosen, train),
                    score(chosen, test),
                    score(compromiseIndex, test)));
        }
        return result;
    }

    /** {@code repetitions} k-fold cross-validations with seeds {@code seed}, {@code seed + 1}, …. */
    public Repeated repeated(int k, int repetitions, long seed) {
        List<Score> fitted = new ArrayList<>();
        for (int r = 0; r < repetitions; r++) {
            double err = 0;
            int hits = 0;
            for (List<Integer> test : folds(k, seed + r)) {
                List<Integer> train = new ArrayList<>();
                for (int i = 0; i < issues.size(); i++) {
                    train.add(i);
                }
                train.removeAll(test);
                int chosen = choose(train);
                for (int i : test) {
                    err += error[chosen][i];
                    hits += hit[chosen][i] ? 1 : 0;
                }
            }
            fitted.add(new Score(issues.size(), err / issues.size(), (double) hits / issues.size()));
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < issues.size(); i++) {
            all.add(i);
        }
        return new Repeated(
                k,
                repetitions,
                seed,
                List.copyOf(fitted),
                score(compromiseIndex, all),
                fitted.stream().mapToDouble(Score::mae).average().orElse(Double.NaN),
                fitted.stream().mapToDouble(Score::hitRate).average().orElse(Double.NaN),
                fitted.stream().mapToDouble(Score::mae).min().orElse(Double.NaN),
                fitted.stream().mapToDouble(Score::mae).max().orElse(Double.NaN));
    }

    /** The grid member chosen on all the issues (in-sample: the best the family can look). */
    public Fold inSample() {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < issues.size(); i++) {
            all.add(i);
        }
        int chosen = choose(all);
        Score s = score(chosen, all);
        return new Fold(
                0, (int) proposalOf.stream().distinct().count(), grid.get(chosen), s, s, score(compromiseIndex, all));
    }

    /** Score of grid member {@code g} on {@code subset}. */
    Score score(int g, List<Integer> subset) {
        double err = 0;
        int hits = 0;
        for (int i : subset) {
            err += error[g][i];
            hits += hit[g][i] ? 1 : 0;
        }
        return new Score(
                subset.size(),
                subset.isEmpty() ? Double.NaN : err / subset.size(),
                subset.isEmpty() ? Double.NaN : (double) hits / subset.size());
    }

    /**
     * Lowest MAE on {@code train} among members with at least the compromise model's hit count there (the
     * compromise model itself qualifies, so it is chosen when nothing beats it); ties go to the earlier member.
     */
    private int choose(List<Integer> train) {
        int[] hits = new int[grid.size()];
        double[] err = new double[grid.size()];
        for (int g = 0; g < grid.size(); g++) {
            for (int i : train) {
                err[g] += error[g][i];
                hits[g] += hit[g][i] ? 1 : 0;
            }
        }
        int best = compromiseIndex;
        for (int g = 0; g < grid.size(); g++) {
            if (hits[g] >= hits[compromiseIndex]
                    && (err[g] < err[best] - 1e-9 || (Math.abs(err[g] - err[best]) <= 1e-9 && g < best))) {
                best = g;
            }
        }
        return best;
    }
}
