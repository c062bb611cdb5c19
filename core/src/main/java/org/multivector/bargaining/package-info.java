/**
 * Bargaining forecasts: Bueno de Mesquita's expected-utility group-decision model as formalised by
 * Scholz, Calbert &amp; Smith (2011), with every point on which its sources differ as a named
 * {@link org.multivector.bargaining.Variant} option; Monte Carlo robustness
 * ({@link org.multivector.bargaining.MonteCarlo}); and a focal actor's room to manoeuvre, as safe
 * intervals ({@link org.multivector.bargaining.ManoeuvreRoom}) or graded and continuous
 * ({@link org.multivector.bargaining.GradedRoom}). Entry points: {@link org.multivector.bargaining.Issue},
 * {@link org.multivector.bargaining.ExpectedUtilityModel#run(Issue)}, {@link org.multivector.bargaining.ManoeuvreRoom#of(Issue, String)}.
 * Equations, variants, replication and limits: docs/bargaining.md.
 */
package org.multivector.bargaining;
