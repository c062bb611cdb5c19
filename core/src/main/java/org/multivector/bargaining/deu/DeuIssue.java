package org.multivector.bargaining.deu;

import org.multivector.bargaining.Issue;

import java.util.OptionalDouble;

/**
 * One issue of the DEU III dataset (Arregui &amp; Perarnaud 2021, doi:10.34810/data53) with its observed
 * outcome.
 *
 * @param id             the issue identifier (column {@code isnr})
 * @param issue          the stakeholders that took a position, capability from the dataset's weight row,
 *                       salience/100, positions on 0–100
 * @param referencePoint the status quo {@code rp}, when recorded
 * @param outcome        the decision's position on the issue scale ({@code out})
 * @param yesNo          whether every position and the outcome are 0 or 100 (then a hit is an error &lt; 50, else &lt; 10)
 */
public record DeuIssue(String id, Issue issue, OptionalDouble referencePoint, double outcome, boolean yesNo) {

    /** Whether {@code forecast} counts as a hit on this issue. */
    public boolean hit(double forecast) {
        return Math.abs(forecast - outcome) < (yesNo ? 50 : 10);
    }
}
