/**
 * What should the middle power do? Strategy studies over the scenario model, in the vocabulary of
 * robust decision making (Lempert, Popper and Bankes 2003; Kasprzyk et al. 2013, MORDM): levers
 * ({@link org.multivector.scenario.Lever}), policies (a value per lever), uncertainties, outcomes.
 *
 * <ul>
 *   <li>{@link org.multivector.strategy.ExperimentRunner}: policies × scenarios, streamed to a sink, resumable;</li>
 *   <li>{@link org.multivector.strategy.Robustness}: percentiles, regret, satisficing, bootstrap rank stability;</li>
 *   <li>{@link org.multivector.strategy.RobustOptimiser}: many-objective search (MOEA Framework NSGA-II / ε-MOEA);</li>
 *   <li>{@link org.multivector.strategy.Prim}: scenario discovery (Friedman and Fisher 1999; Bryant and Lempert 2010);</li>
 *   <li>{@link org.multivector.strategy.SobolIndices} and {@link org.multivector.strategy.MorrisScreening}: global sensitivity;</li>
 *   <li>{@link org.multivector.strategy.WesternView}: room to manoeuvre gained per billion US$ of Western money.</li>
 * </ul>
 * docs/strategy.md gives every method, equation and reference.
 */
package org.multivector.strategy;
