package org.multivector.profile;

import org.multivector.world.Tie;

import java.util.OptionalDouble;

/**
 * Another publisher's figure for the same pair, dimension, year and basis as the one a profile shows,
 * and how far it lies from it: the Kazakh statistics bureau and IMF DOTS both publish Kazakhstan's
 * 2018 imports and differ by about 4 %.
 *
 * @param tie     the other publisher's figure, with its source and flag
 * @param percent {@code (other − shown) / shown × 100}; empty when the shown figure is zero
 */
public record SourceDifference(Tie tie, OptionalDouble percent) {

    /** The difference of {@code other} from {@code shown}. */
    public static SourceDifference of(Tie shown, Tie other) {
        return new SourceDifference(other, Gap.percent(shown.value(), other.value()));
    }
}
