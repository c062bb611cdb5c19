package org.multivector.exposure;

import org.multivector.report.InvalidRequestException;
import org.multivector.world.Actor;
import org.multivector.world.ActorKind;
import org.multivector.world.BasisChoice;
import org.multivector.world.World;
import org.multivector.world.YearRange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A question to the exposure analysis, as both the command line ({@code multivector exposure}) and the
 * API ({@code GET /api/datasets/{dataset}/exposure/{country}}) ask it; the rules and defaults live here
 * once.
 *
 * @param country the focal country, an actor code of the dataset
 * @param from    the first year, or null for the dataset's first
 * @param to      the last year, or null for the dataset's last
 * @param powers  the powers to balance among as given (codes, any case), or null for those of
 *                {@link ExposureAnalysis#DEFAULT_POWERS} the dataset declares
 * @param basis   whose statistics for pair figures
 */
public record ExposureRequest(String country, Integer from, Integer to, List<String> powers, BasisChoice basis) {

    /** The fewest powers a balance needs besides the focal country. */
    public static final int MIN_POWERS = 2;

    public ExposureRequest {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(basis, "basis");
        powers = powers == null ? null : List.copyOf(powers);
    }

    /** The years analysed. @throws InvalidRequestException when they are reversed or outside the dataset's years */
    public YearRange years(World world) {
        int first = from != null ? from : world.years().from();
        int last = to != null ? to : world.years().to();
        if (first > last) {
            throw new InvalidRequestException("to", "the last year " + last + " comes before the first year " + first);
        }
        if (!world.years().contains(first) || !world.years().contains(last)) {
            throw new InvalidRequestException(
                    world.years().contains(first) ? "to" : "from",
                    "years " + first + " to " + last + " lie outside the dataset's years " + world.years()
                            + "\nMaybe choose the first and last year within them.");
        }
        return new YearRange(first, last);
    }

    /** The powers, upper-cased and checked. @throws InvalidRequestException for an unknown or repeated power, or too few or many */
    public List<String> powerCodes(World world) {
        List<String> named = powers != null
                ? powers
                : ExposureAnalysis.DEFAULT_POWERS.stream()
                        .filter(p -> world.actor(p).isPresent() && !p.equals(country))
                        .toList();
        List<String> codes = new ArrayList<>();
        for (String power : named) {
            String code = power.strip().toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                continue;
            }
            if (world.actor(code).isEmpty()) {
                throw new InvalidRequestException(
                        "powers",
                        "power '" + power.strip() + "' is not in dataset "
                                + world.info().name()
                                + "\nMaybe one of: "
                                + String.join(
                                        ", ",
                                        world.actors().stream()
                                                .filter(a -> a.kind() != ActorKind.AGGREGATE)
                                                .map(Actor::code)
                                                .toList()));
            }
            if (codes.contains(code)) {
                throw new InvalidRequestException("powers", "power " + code + " is given twice");
            }
            codes.add(code);
        }
        long others = codes.stream().filter(p -> !p.equals(country)).count();
        if (others < MIN_POWERS) {
            throw new InvalidRequestException(
                    "powers",
                    "a balance needs at least " + MIN_POWERS + " powers besides " + country + ", got " + named
                            + (powers == null ? "\nMaybe name the powers of this dataset." : ""));
        }
        if (others > ExposureAnalysis.MAX_POWERS) {
            throw new InvalidRequestException("powers", others + " powers; at most " + ExposureAnalysis.MAX_POWERS);
        }
        return codes;
    }

    /** The exposure report for this request. */
    public ExposureReport report(World world) {
        return ExposureAnalysis.of(world, country, years(world), powerCodes(world), basis, BalanceThresholds.DEFAULT);
    }

    /** The answer: the exposure document both doors return. */
    public ExposureDocument answer(World world) {
        return ExposureDocument.of(world, report(world));
    }
}
