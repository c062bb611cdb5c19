package org.multivector.imports;

import org.multivector.world.Basis;
import org.multivector.world.FigureFlag;

/**
 * One figure an importer read, before it is written to the dataset. The source (publisher, title,
 * URL) is the same for every figure of a file and is added by the writer.
 *
 * @param reporter   ISO 3166 alpha-3 code (or table code) of the reporter
 * @param partner    the partner; {@code WLD} for the reporter's world total; the reporter for monadic dimensions
 * @param dimension  the dimension id
 * @param year       the year the figure refers to
 * @param value      the figure in the dimension's unit
 * @param basis      reporter, mirror or independent
 * @param assumption true when the figure rests on an analyst's assumption (SIPRI deliveries split evenly)
 * @param note       a remark that travels with the figure, possibly empty
 * @param flag       what the publisher says of the figure ({@link FigureFlag#ESTIMATE} for an IMF "e")
 */
public record Figure(
        String reporter,
        String partner,
        String dimension,
        int year,
        double value,
        Basis basis,
        boolean assumption,
        String note,
        FigureFlag flag) {

    /** A figure the publisher does not flag. */
    public Figure(
            String reporter,
            String partner,
            String dimension,
            int year,
            double value,
            Basis basis,
            boolean assumption,
            String note) {
        this(reporter, partner, dimension, year, value, basis, assumption, note, FigureFlag.NONE);
    }
}
