package org.multivector.strategy;

import org.moeaframework.algorithm.AbstractEvolutionaryAlgorithm;
import org.moeaframework.algorithm.EpsilonMOEA;
import org.moeaframework.algorithm.NSGAII;
import org.moeaframework.core.PRNG;
import org.moeaframework.core.Solution;
import org.moeaframework.core.indicator.Hypervolume;
import org.moeaframework.core.population.NondominatedPopulation;
import org.moeaframework.core.variable.RealVariable;
import org.moeaframework.problem.AbstractProblem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Many-objective robust search over lever values (MORDM: Kasprzyk, Nataraj, Reed and Lempert 2013,
 * doi:10.1016/j.envsoft.2012.12.007): each candidate policy is scored over a fixed ensemble of
 * scenarios (a statistic of each outcome: the mean or a percentile), and an evolutionary algorithm
 * of the MOEA Framework (Hadka, version 5.0) — NSGA-II (Deb et al. 2002) or ε-MOEA (Deb, Mohan and
 * Mishra 2005) — searches for the Pareto set of those scores.
 *
 * <p>A generation is {@code population} evaluations (ε-MOEA is steady state: one offspring per
 * step). After every generation the non-dominated set found so far is kept; its hypervolume (the share
 * of the objective space it dominates; Zitzler and Thiele 1998) is computed at the end for every
 * generation in the same normalisation (the range of each objective over all generations, reference
 * point at the worst end), so the curve shows whether the search has settled.
 *
 * <p>Reproducible: the MOEA Framework draws from one global generator ({@link PRNG}); a search seeds
 * it and holds a class-wide lock while it runs, so two searches never interleave their draws. A
 * candidate's score may be computed in parallel inside {@link Scorer#score}, which touches no
 * framework randomness.
 */
public final class RobustOptimiser {

    private static final Object PRNG_LOCK = new Object();

    private RobustOptimiser() {}

    /** What is optimised: a candidate's objective values (each to be maximised or minimised). */
    public interface Scorer {
        /** The objective values of candidate {@code x} (one per objective, in its own sense). */
        double[] score(double[] x);
    }

    /** One member of the Pareto set. */
    public record Member(double[] variables, double[] objectives) {}

    /** The search's outcome: the Pareto set (sorted by the first objective) and the hypervolume after each generation. */
    public record Result(List<Member> front, double[] hypervolume, int evaluations) {}

    /**
     * @param lower       lowest value of each variable
     * @param upper       highest value of each variable
     * @param senses      each objective's sense
     * @param generations generations after the initial population
     * @param progress    told the number of each finished generation (0 = the initial population)
     */
    public static Result optimise(
            Scorer scorer,
            double[] lower,
            double[] upper,
            Sense[] senses,
            Study.Algorithm algorithm,
            int population,
            int generations,
            long seed,
            IntConsumer progress) {
        int variables = lower.length;
        int objectives = senses.length;
        AbstractProblem problem = new AbstractProblem(variables, objectives) {
            @Override
            public void evaluate(Solution solution) {
                double[] x = RealVariable.getReal(solution);
                double[] score = scorer.score(x);
                for (int o = 0; o < objectives; o++) {
                    solution.setObjectiveValue(o, -senses[o].sign() * score[o]);
                }
            }

            @Override
            public Solution newSolution() {
                Solution solution = new Solution(variables, objectives);
                for (int i = 0; i < variables; i++) {
                    solution.setVariable(i, new RealVariable(lower[i], upper[i]));
                }
                return solution;
            }
        };
        synchronized (PRNG_LOCK) {
            PRNG.setSeed(seed);
            AbstractEvolutionaryAlgorithm search = switch (algorithm) {
                case NSGA_II -> new NSGAII(problem);
                case EPSILON_MOEA -> new EpsilonMOEA(problem);
            };
            if (search instanceof NSGAII nsga) {
                nsga.setInitialPopulationSize(population);
            } else if (search instanceof EpsilonMOEA eps) {
                eps.setInitialPopulationSize(population);
            }
            List<double[][]> history = new ArrayList<>();
            for (int g = 0; g <= generations; g++) {
                // NSGA-II steps a generation at a time; ε-MOEA is steady state (one offspring a step):
                // a generation is then as many evaluations as the population
                do {
                    search.step();
                } while (search.getNumberOfEvaluations() < (g + 1L) * population);
                history.add(minimised(search.getResult()));
                progress.accept(g);
            }
            NondominatedPopulation result = search.getResult();
            List<Member> front = new ArrayList<>();
            for (Solution solution : result) {
                double[] objectiveValues = new double[objectives];
                for (int o = 0; o < objectives; o++) {
                    objectiveValues[o] = -senses[o].sign() * solution.getObjectiveValue(o);
                }
                front.add(new Member(RealVariable.getReal(solution), objectiveValues));
            }
            front.sort(Comparator.comparingDouble((Member m) -> m.objectives()[0])
                    .thenComparingDouble(m -> m.objectives()[objectives - 1]));
            return new Result(front, hypervolumes(problem, history, objectives), search.getNumberOfEvaluations());
        }
    }

    private static double[][] minimised(NondominatedPopulation population) {
        double[][] points = new double[population.size()][];
        int i = 0;
        for (Solution solution : population) {
            points[i++] = solution.getObjectiveValues().clone();
        }
        return points;
    }

    /** Each generation's hypervolume in one normalisation: the range of every objective over all generations. */
    private static double[] hypervolumes(AbstractProblem problem, List<double[][]> history, int objectives) {
        double[] min = new double[objectives];
        double[] max = new double[objectives];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (double[][] points : history) {
            for (double[] point : points) {
                for (int o = 0; o < objectives; o++) {
                    min[o] = Math.min(min[o], point[o]);
                    max[o] = Math.max(max[o], point[o]);
                }
            }
        }
        for (int o = 0; o < objectives; o++) {
            if (!(max[o] > min[o])) {
                max[o] = min[o] + 1;
            }
        }
        Hypervolume indicator = new Hypervolume(problem, min, max);
        double[] result = new double[history.size()];
        for (int g = 0; g < history.size(); g++) {
            NondominatedPopulation front = new NondominatedPopulation();
            for (double[] point : history.get(g)) {
                Solution solution = new Solution(0, objectives);
                solution.setObjectiveValues(point);
                front.add(solution);
            }
            result[g] = indicator.evaluate(front);
        }
        return result;
    }
}
