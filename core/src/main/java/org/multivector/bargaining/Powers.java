package org.multivector.bargaining;

/**
 * x^r for the expected-utility model, as exp(r·ln x) with a table-driven logarithm and exponential:
 * about five times cheaper than {@link Math#pow} and within a stated tolerance of it.
 *
 * <p>Why: a 12-actor round of the Scholz-code variant takes about 400 powers (votes with each voter's
 * risk exponent, success and failure utilities with the receiver's), which were over half of a
 * Monte Carlo run's time with {@code Math.pow} (docs/performance.md).
 *
 * <p>Method (Tang, "Table-driven implementation of the exponential function in IEEE floating-point
 * arithmetic", ACM TOMS 15(2):144–157, 1989, and the same idea for the logarithm): ln x = e·ln 2 +
 * ln c_j + ln(1 + t) with x = m·2^e, c_j the centre of the mantissa's 1/256-wide cell j and
 * |t| ≤ 2^-9, ln(1 + t) by a degree-5 series; exp y = 2^(k/64)·exp(ρ) with |ρ| ≤ ln 2/128, exp(ρ) − 1
 * by a degree-5 series. ln 2 is split in a high part with trailing zeros so that k·ln 2/64 is exact.
 *
 * <p>Accuracy: the relative difference from {@code Math.pow(x, r)} is below
 * {@link #RELATIVE_TOLERANCE}·(1 + r·|ln x|) for every x in [2^-1022, 2^1023] and r in [0, 4]
 * whose x^r is a normal number (checked in {@code PowersTest} over a million random pairs and the
 * edges); the factor r·|ln x| is the rounding of the product r·ln x, which no exp(r·ln x) can avoid.
 * 0^r is 0 for r &gt; 0; outside that range (negative x, NaN, infinities, subnormals, r outside
 * [0, 4]) it is {@code Math.pow} itself.
 */
final class Powers {

    /** Bound on the relative difference from Math.pow, per unit of 1 + r·|ln x|. */
    static final double RELATIVE_TOLERANCE = 1e-15;

    private static final int LOG_BITS = 8;
    private static final int LOG_CELLS = 1 << LOG_BITS;
    private static final int EXP_CELLS = 64;
    /** ln 2 split so that the high part has 32 significant bits (fdlibm's ln2_hi and ln2_lo). */
    private static final double LN2_HI = 6.93147180369123816490e-01;

    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double LN2_64_HI = LN2_HI / EXP_CELLS;
    private static final double LN2_64_LO = LN2_LO / EXP_CELLS;
    private static final double SIXTY_FOUR_OVER_LN2 = EXP_CELLS / Math.log(2);

    /** Per mantissa cell j: its centre c_j = 1 + (j + 0.5)/256, 1/c_j, and ln c_j. */
    private static final double[] CENTRE = new double[LOG_CELLS];

    private static final double[] INVERSE = new double[LOG_CELLS];
    private static final double[] LOG_CENTRE = new double[LOG_CELLS];
    /** 2^(j/64). */
    private static final double[] TWO_TO = new double[EXP_CELLS];

    static {
        for (int j = 0; j < LOG_CELLS; j++) {
            CENTRE[j] = 1 + (j + 0.5) / LOG_CELLS;
            INVERSE[j] = 1 / CENTRE[j];
            LOG_CENTRE[j] = StrictMath.log(CENTRE[j]);
        }
        for (int j = 0; j < EXP_CELLS; j++) {
            TWO_TO[j] = StrictMath.pow(2, j / (double) EXP_CELLS);
        }
    }

    private Powers() {}

    /** x^r within the tolerance above; exactly x when r = 1. */
    static double pow(double x, double r) {
        if (r == 1.0) {
            return x;
        }
        if (x == 0.0 && r > 0) {
            return 0.0;
        }
        if (!inDomain(x) || !(r >= 0 && r <= 4)) {
            return Math.pow(x, r);
        }
        return exp(r * log(x));
    }

    /** Whether {@link #log} takes x: a normal positive finite number. */
    static boolean inDomain(double x) {
        return x >= 0x1p-1022 && x <= 0x1p1023;
    }

    /** ln x for a normal positive finite x. */
    static double log(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int exponent = (int) (bits >>> 52) - 1023;
        long mantissa = bits & 0x000F_FFFF_FFFF_FFFFL;
        int cell = (int) (mantissa >>> (52 - LOG_BITS));
        double m = Double.longBitsToDouble(mantissa | 0x3FF0_0000_0000_0000L);
        double t = (m - CENTRE[cell]) * INVERSE[cell];
        double t2 = t * t;
        // ln(1 + t) = t − t²/2 + t³/3 − t⁴/4 + t⁵/5, |t| ≤ 2^-9: the next term is below 2^-57
        double series = t2 * (-0.5 + t * (1.0 / 3 + t * (-0.25 + t * 0.2)));
        return (exponent * LN2_HI + LOG_CENTRE[cell]) + (t + (series + exponent * LN2_LO));
    }

    /** e^y for |y| ≤ 700 (so that the result is a normal number); falls back on Math.exp outside. */
    static double exp(double y) {
        if (!(y >= -700 && y <= 700)) {
            return Math.exp(y);
        }
        double kd = Math.rint(y * SIXTY_FOUR_OVER_LN2);
        long k = (long) kd;
        double rho = (y - kd * LN2_64_HI) - kd * LN2_64_LO;
        // exp(ρ) − 1 = ρ + ρ²/2 + ρ³/6 + ρ⁴/24 + ρ⁵/120, |ρ| ≤ ln 2/128: the next term is below 2^-55 ρ
        double p = rho + rho * rho * (0.5 + rho * (1.0 / 6 + rho * (1.0 / 24 + rho * (1.0 / 120))));
        double base = TWO_TO[(int) (k & (EXP_CELLS - 1))];
        double scaled = base + base * p;
        return Double.longBitsToDouble(Double.doubleToRawLongBits(scaled) + ((k >> 6) << 52));
    }
}
