package org.multivector.app.server;

import io.javalin.http.Context;
import org.multivector.world.BasisChoice;
import org.multivector.world.World;

import java.util.Locale;

/** Reading request parameters, each mistake reported as a 400 problem naming the parameter. */
final class Params {

    private Params() {}

    /** An optional whole-number query parameter within [min, max]; null when absent. */
    static Integer optionalInt(Context ctx, String name, int min, int max) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        return parseInt(name, text, min, max);
    }

    /** A required whole-number path parameter within [min, max]. */
    static int pathInt(Context ctx, String name, int min, int max) {
        return parseInt(name, ctx.pathParam(name), min, max);
    }

    private static int parseInt(String name, String text, int min, int max) {
        int value;
        try {
            value = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw ApiProblem.invalidField(name, "'" + printable(text) + "' is not a whole number");
        }
        if (value < min || value > max) {
            throw ApiProblem.invalidField(name, value + " is not between " + min + " and " + max);
        }
        return value;
    }

    /** An optional decimal query parameter within [min, max]; {@code fallback} when absent. */
    static double optionalDouble(Context ctx, String name, double min, double max, double fallback) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        double value;
        try {
            value = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw ApiProblem.invalidField(name, "'" + printable(text) + "' is not a number");
        }
        if (!(value >= min && value <= max)) {
            throw ApiProblem.invalidField(name, text.strip() + " is not between " + min + " and " + max);
        }
        return value;
    }

    /** The {@code basis} query parameter: reporter (default) or mirror. */
    static BasisChoice basis(Context ctx) {
        String text = ctx.queryParam("basis");
        if (text == null || text.isBlank()) {
            return BasisChoice.DEFAULT;
        }
        for (BasisChoice choice : BasisChoice.values()) {
            if (choice.optionName().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return choice;
            }
        }
        throw ApiProblem.invalidField("basis", "'" + printable(text) + "' is not reporter or mirror");
    }

    /** A country code path parameter that must name an actor of {@code world}. */
    static String actor(Context ctx, World world, String name) {
        String code = ctx.pathParam(name).strip().toUpperCase(Locale.ROOT);
        if (world.actor(code).isEmpty()) {
            throw ApiProblem.notFound(
                    name,
                    "'" + printable(ctx.pathParam(name)) + "' is not an actor of dataset "
                            + world.info().name() + "; countries with figures: "
                            + String.join(", ", world.reporters()));
        }
        return code;
    }

    /** An optional dimension query parameter that must name a dimension of {@code world}; null when absent. */
    static String dimension(Context ctx, World world, String name) {
        String id = ctx.queryParam(name);
        if (id == null || id.isBlank()) {
            return null;
        }
        if (world.dimension(id.strip()).isEmpty()) {
            throw ApiProblem.invalidField(
                    name,
                    "'" + printable(id) + "' is not a dimension of dataset "
                            + world.info().name() + "; it has: "
                            + String.join(
                                    ", ",
                                    world.dimensions().stream().map(d -> d.id()).toList()));
        }
        return id.strip();
    }

    /** A rule's message (which may quote user text) made safe to send: no control characters but line breaks, at most 400 characters. */
    static String message(String text) {
        String clean = text == null ? "" : text.replaceAll("[\\p{Cntrl}&&[^\\n]]", "?");
        return clean.length() > 400 ? clean.substring(0, 397) + "..." : clean;
    }

    /** User text made safe to echo in a message: short, one line, no control characters. */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 60 ? clean.substring(0, 57) + "..." : clean;
    }
}
