package org.multivector.imports;

import org.multivector.world.Actor;
import org.multivector.world.Basis;
import org.multivector.world.Dimension;

/**
 * Turns one bilateral trade figure as a reporter declared it into the figures of the dataset: the
 * reporter's own figure and, when asked, the mirror figure seen from the partner. A row "China
 * (reporter) imports from Kazakhstan, 2023" is Kazakhstan's exports to China on the mirror basis;
 * the two sides are never merged, so a gap between Kazakh and Chinese customs stays visible as two
 * sourced figures.
 */
final class TradeFigures {

    private TradeFigures() {}

    /** The other side's dimension: what the reporter imports, the partner exports. */
    static String mirrorOf(String dimension) {
        return Dimension.EXPORTS.equals(dimension) ? Dimension.IMPORTS : Dimension.EXPORTS;
    }

    static void emit(
            ReadContext ctx, String reporter, String partner, String dimension, int year, double millions, int line) {
        ctx.emit(new Figure(reporter, partner, dimension, year, millions, Basis.REPORTER, false, ""), line);
        if (partner.equals(Actor.WORLD) || partner.equals(reporter)) {
            return;
        }
        boolean mirror = switch (ctx.options.mirror()) {
            case ALL -> true;
            case FOCAL -> partner.equals(ctx.focal);
            case NONE -> false;
        };
        if (mirror) {
            String note = "mirror: " + reporter + "'s reported "
                    + (Dimension.IMPORTS.equals(dimension) ? "imports (usually CIF)" : "exports (usually FOB)");
            ctx.emit(
                    new Figure(partner, reporter, mirrorOf(dimension), year, millions, Basis.MIRROR, false, note),
                    line);
        }
    }
}
