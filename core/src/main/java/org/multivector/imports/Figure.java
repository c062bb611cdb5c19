package org.multivector.imports;

import org.multivector.world.Basis;

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
 */
public record Figure(String reporter, String partner, String dimension, int year, double value, Basis basis,
                     boolean assumption, String note) {
}
