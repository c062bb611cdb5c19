package org.multivector.scenario;

/**
 * One recorded series of a run: an outcome, for one power when the outcome is per power.
 *
 * @param outcome what is measured
 * @param power   the power's code, or empty for outcomes of the focal country as a whole
 */
public record Series(Outcome outcome, String power) {

    /** The label used in tables and files, e.g. {@code trade-share:CHN} or {@code room}. */
    public String label() {
        return power.isEmpty() ? outcome.fileName() : outcome.fileName() + ":" + power;
    }
}
