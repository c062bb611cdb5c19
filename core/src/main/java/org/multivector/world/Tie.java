package org.multivector.world;

import java.util.Objects;

/**
 * One sourced figure: the value of a dimension between a reporter and a partner in a year.
 * Seen from the reporter: {@code Tie(KAZ, CHN, exports, 2023, ...)} is Kazakhstan's exports to China,
 * whether the source is Kazakh customs ({@link Basis#REPORTER}) or Chinese customs ({@link Basis#MIRROR}).
 *
 * @param reporter  the actor the figure is about
 * @param partner   the counterpart; {@link Actor#WORLD} for the reporter's world total; the reporter itself for monadic dimensions
 * @param dimension the dimension id
 * @param year      the calendar year the figure refers to
 * @param value     the figure in {@code unit}; negative only on a {@link Dimension#signed() signed} dimension
 * @param unit      the dimension's unit
 * @param source    where it comes from
 * @param note      a remark for readers (e.g. that the source rounds), possibly empty
 * @param flag      what the publisher says about the figure (e.g. that it is its own estimate)
 */
public record Tie(
        String reporter,
        String partner,
        String dimension,
        int year,
        double value,
        String unit,
        Source source,
        String note,
        FigureFlag flag) {

    public Tie {
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        note = note == null ? "" : note;
        flag = flag == null ? FigureFlag.NONE : flag;
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("figure " + reporter + "-" + partner + " " + dimension + " " + year
                    + " must be a finite number, was " + value);
        }
    }

    /** A figure the publisher flags in no way. */
    public Tie(
            String reporter,
            String partner,
            String dimension,
            int year,
            double value,
            String unit,
            Source source,
            String note) {
        this(reporter, partner, dimension, year, value, unit, source, note, FigureFlag.NONE);
    }

    /** Whether the publisher marks this figure as its own estimate. */
    public boolean estimate() {
        return flag == FigureFlag.ESTIMATE;
    }

    /** Shorthand for {@code source().basis()}. */
    public Basis basis() {
        return source.basis();
    }
}
