package org.multivector.scenario;

import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * How an uncertain parameter is spread. Every distribution is sampled through its quantile function
 * {@link #quantile(double)}, so that Monte Carlo (a uniform draw) and Latin hypercube (a draw within
 * a stratum) designs share one code path.
 */
public sealed interface Distribution {

    /** The value below which a share {@code u} (0 &lt; u &lt; 1) of the probability lies. */
    double quantile(double u);

    /** The name as written in scenario files. */
    String kind();

    /** Every value between {@code min} and {@code max} equally likely. */
    record Uniform(double min, double max) implements Distribution {
        public Uniform {
            if (!(max >= min)) {
                throw new IllegalArgumentException("uniform: max " + max + " is below min " + min);
            }
        }

        @Override
        public double quantile(double u) {
            return min + u * (max - min);
        }

        @Override
        public String kind() {
            return "uniform";
        }
    }

    /** The triangular distribution on [min, max] peaking at {@code mode}: an analyst's low, likely and high guess. */
    record Triangular(double min, double mode, double max) implements Distribution {
        public Triangular {
            if (!(min <= mode && mode <= max && min < max)) {
                throw new IllegalArgumentException(
                        "triangular: need min <= mode <= max and min < max, got " + min + ", " + mode + ", " + max);
            }
        }

        @Override
        public double quantile(double u) {
            double split = (mode - min) / (max - min);
            if (u < split) {
                return min + Math.sqrt(u * (max - min) * (mode - min));
            }
            return max - Math.sqrt((1 - u) * (max - min) * (max - mode));
        }

        @Override
        public String kind() {
            return "triangular";
        }
    }

    /**
     * The normal distribution, optionally truncated to [min, max] (the truncation keeps the shape
     * inside the bounds: the quantile is taken within the bounds' probability range).
     */
    record Normal(double mean, double sd, double min, double max) implements Distribution {
        public Normal {
            if (!(sd > 0)) {
                throw new IllegalArgumentException("normal: sd must be positive, got " + sd);
            }
            if (!(max > min)) {
                throw new IllegalArgumentException("normal: max " + max + " must exceed min " + min);
            }
        }

        @Override
        public double quantile(double u) {
            NormalDistribution normal = new NormalDistribution(mean, sd);
            double low = Double.isInfinite(min) ? 0 : normal.cumulativeProbability(min);
            double high = Double.isInfinite(max) ? 1 : normal.cumulativeProbability(max);
            double p = low + u * (high - low);
            p = Math.min(Math.max(p, 1e-12), 1 - 1e-12);
            return Math.min(Math.max(normal.inverseCumulativeProbability(p), min), max);
        }

        @Override
        public String kind() {
            return "normal";
        }
    }

    /** The log-normal distribution with the given median and log-scale spread {@code sigma}: for positive, skewed quantities. */
    record LogNormal(double median, double sigma) implements Distribution {
        public LogNormal {
            if (!(median > 0 && sigma > 0)) {
                throw new IllegalArgumentException(
                        "lognormal: median and sigma must be positive, got " + median + ", " + sigma);
            }
        }

        @Override
        public double quantile(double u) {
            double p = Math.min(Math.max(u, 1e-12), 1 - 1e-12);
            return median * Math.exp(sigma * new NormalDistribution(0, 1).inverseCumulativeProbability(p));
        }

        @Override
        public String kind() {
            return "lognormal";
        }
    }
}
