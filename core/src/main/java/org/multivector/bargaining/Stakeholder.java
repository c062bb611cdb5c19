package org.multivector.bargaining;

import java.util.Objects;

/**
 * One actor in a bargaining issue: how much it can bring to bear, where it stands, and how much it cares.
 *
 * @param name       the actor's name as the user wrote it (unique within an issue)
 * @param capability resources the actor can mobilise on the issue, any non-negative unit (only ratios matter)
 * @param position   the outcome it prefers, on the one-dimensional scale
 * @param salience   how much the issue matters to it, in [0, 1] (also the probability that it resists a challenge)
 */
public record Stakeholder(String name, double capability, double position, double salience) {

    public Stakeholder {
        Objects.requireNonNull(name, "name");
        if (!(capability >= 0) || Double.isInfinite(capability)) {
            throw new IllegalArgumentException(
                    "capability of " + name + " must be a finite number >= 0, got " + capability);
        }
        if (!Double.isFinite(position)) {
            throw new IllegalArgumentException("position of " + name + " must be finite, got " + position);
        }
        if (!(salience >= 0 && salience <= 1)) {
            throw new IllegalArgumentException("salience of " + name + " must lie in [0, 1], got " + salience);
        }
    }

    /** The same actor with another capability. */
    public Stakeholder withCapability(double newCapability) {
        return new Stakeholder(name, newCapability, position, salience);
    }

    /** The same actor with another salience. */
    public Stakeholder withSalience(double newSalience) {
        return new Stakeholder(name, capability, position, newSalience);
    }

    /** The same actor at another position. */
    public Stakeholder withPosition(double newPosition) {
        return new Stakeholder(name, capability, newPosition, salience);
    }
}
