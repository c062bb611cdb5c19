package org.multivector.bargaining;

import java.util.List;

/**
 * The asymmetric Nash bargaining solution on a one-dimensional issue (Nash 1950; the weighted form used
 * as a baseline in the DEU literature, e.g. Thomson et al., "The European Union Decides", 2006): the
 * position x that maximises Σ_i w_i log(g_i(x)), with gains g_i(x) = (rp − x_i)² − (x − x_i)² over the
 * reference point rp (quadratic losses) and weights w_i = capability × salience. Only actors with w_i &gt; 0
 * count. Every counted actor must gain (unanimity): when no position makes all of them better off than
 * rp — for instance because counted actors stand on both sides of rp — the solution is rp itself.
 */
public final class NashBargaining {

    private NashBargaining() {}

    /** The Nash bargaining solution of {@code stakeholders} against reference point {@code rp}. */
    public static double solve(List<Stakeholder> stakeholders, double rp) {
        double lo = Double.NEGATIVE_INFINITY;
        double hi = Double.POSITIVE_INFINITY;
        int counted = 0;
        for (Stakeholder s : stakeholders) {
            double w = s.capability() * s.salience();
            if (!(w > 0)) {
                continue;
            }
            counted++;
            double reach = Math.abs(rp - s.position());
            // g_i(x) > 0  ⇔  |x − x_i| < |rp − x_i|
            lo = Math.max(lo, s.position() - reach);
            hi = Math.min(hi, s.position() + reach);
        }
        if (counted == 0 || !(hi > lo)) {
            return rp;
        }
        // the objective is strictly concave on (lo, hi): golden-section search
        double a = lo;
        double b = hi;
        double phi = (Math.sqrt(5) - 1) / 2;
        double c = b - phi * (b - a);
        double d = a + phi * (b - a);
        double fc = objective(stakeholders, rp, c);
        double fd = objective(stakeholders, rp, d);
        for (int k = 0; k < 200 && b - a > 1e-12 * Math.max(1, Math.abs(a) + Math.abs(b)); k++) {
            if (fc > fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - phi * (b - a);
                fc = objective(stakeholders, rp, c);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + phi * (b - a);
                fd = objective(stakeholders, rp, d);
            }
        }
        return 0.5 * (a + b);
    }

    private static double objective(List<Stakeholder> stakeholders, double rp, double x) {
        double total = 0;
        for (Stakeholder s : stakeholders) {
            double w = s.capability() * s.salience();
            if (!(w > 0)) {
                continue;
            }
            double gain = (rp - s.position()) * (rp - s.position()) - (x - s.position()) * (x - s.position());
            total += gain > 0 ? w * Math.log(gain) : Double.NEGATIVE_INFINITY;
        }
        return total;
    }
}
