/**
 * Exposure analytics: how exposed a country is, to whom, and whether its ties with the great powers
 * look like equal closeness, equidistance or a tilt.
 *
 * <p>Entry points: {@link org.multivector.exposure.ExposureAnalysis#of} (every metric for one country
 * as time series with the figures behind them), {@link org.multivector.exposure.InfluenceScore}
 * (the FBIC-style influence of one actor on another, usable on any {@code World}) and
 * {@link org.multivector.exposure.DyadSweep} (every metric for every pair, for bulk use). The
 * formulas live in {@link org.multivector.exposure.Concentration},
 * {@link org.multivector.exposure.Dependence} and {@link org.multivector.exposure.PowerBalance};
 * {@code docs/metrics.md} gives each equation with its reference and limits.
 */
package org.multivector.exposure;
