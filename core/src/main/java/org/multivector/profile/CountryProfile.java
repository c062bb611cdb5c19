package org.multivector.profile;

import org.multivector.world.Actor;
import org.multivector.world.ActorKind;
import org.multivector.world.BasisChoice;
import org.multivector.world.Dimension;
import org.multivector.world.DimensionKind;
import org.multivector.world.Tie;
import org.multivector.world.World;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Builds a country's partner profile for one year.
 *
 * <p>Shares are of the country's own reported world total for the dimension and year (the figure
 * with partner {@link Actor#WORLD}, on the reporter's basis), never of the sum of whichever partners
 * the dataset happens to list: a partial list of partners would otherwise inflate every share. Mirror
 * figures, when asked for, are divided by the same reported total, so their shares say "what the
 * partner's statistics would make of the country's reported total".
 */
public final class CountryProfile {

    private CountryProfile() {
    }

    /**
     * The profile of {@code reporter} in {@code year}.
     *
     * @param dimensionId a dimension to restrict to, or null for every dimension
     * @param views       the basis choices to show, side by side (usually one)
     * @throws IllegalArgumentException when the reporter or dimension is not in the world
     */
    public static List<ProfileEntry> of(World world, String reporter, int year, String dimensionId, List<BasisChoice> views) {
        Objects.requireNonNull(world, "world");
        if (world.actor(reporter).isEmpty()) {
            throw new IllegalArgumentException("unknown actor " + reporter);
        }
        if (dimensionId != null && world.dimension(dimensionId).isEmpty()) {
            throw new IllegalArgumentException("unknown dimension " + dimensionId);
        }
        List<ProfileEntry> entries = new ArrayList<>();
        for (Dimension dimension : world.dimensions()) {
            if (dimensionId != null && !dimension.id().equals(dimensionId)) {
                continue;
            }
            List<BasisChoice> dimensionViews = dimension.kind().isDyadic() ? views : List.of(views.getFirst());
            for (BasisChoice view : dimensionViews) {
                entries.addAll(entries(world, reporter, year, dimension, view));
            }
        }
        return List.copyOf(entries);
    }

    /**
     * The latest year in which {@code reporter} has a dyadic figure, or the dataset's last year when
     * it has none: the year a profile shows when the user names none.
     */
    public static int latestYear(World world, String reporter) {
        int latest = Integer.MIN_VALUE;
        for (Tie tie : world.ties()) {
            if (tie.reporter().equals(reporter) && world.dimension(tie.dimension()).orElseThrow().kind().isDyadic()) {
                latest = Math.max(latest, tie.year());
            }
        }
        return latest == Integer.MIN_VALUE ? world.years().to() : latest;
    }

    private static List<ProfileEntry> entries(World world, String reporter, int year, Dimension dimension, BasisChoice view) {
        List<Tie> ties = world.crossSection(reporter, dimension.id(), year, view);
        if (ties.isEmpty()) {
            return List.of();
        }
        OptionalDouble total = dimension.kind().isDyadic()
                ? world.value(reporter, Actor.WORLD, dimension.id(), year, BasisChoice.REPORTER)
                : OptionalDouble.empty();
        List<Tie> ranked = ties.stream()
                .filter(t -> kindOf(world, t.partner()).isState() && !t.partner().equals(reporter) && dimension.kind().isDyadic())
                .sorted(Comparator.comparingDouble(Tie::value).reversed().thenComparing(Tie::partner))
                .toList();
        List<ProfileEntry> result = new ArrayList<>();
        Comparator<Tie> order = Comparator.comparing((Tie t) -> !t.partner().equals(Actor.WORLD))
                .thenComparing(Comparator.comparingDouble(Tie::value).reversed())
                .thenComparing(Tie::partner);
        for (Tie tie : ties.stream().sorted(order).toList()) {
            Actor partner = world.actor(tie.partner()).orElseThrow();
            OptionalDouble share = total.isPresent() && total.getAsDouble() > 0
                    ? OptionalDouble.of(tie.value() / total.getAsDouble())
                    : OptionalDouble.empty();
            int position = ranked.indexOf(tie);
            OptionalInt rank = position >= 0 ? OptionalInt.of(position + 1) : OptionalInt.empty();
            result.add(new ProfileEntry(tie, partner.name(), partner.kind(), view, share, rank));
        }
        return result;
    }

    private static ActorKind kindOf(World world, String code) {
        return world.actor(code).map(Actor::kind).orElse(ActorKind.AGGREGATE);
    }

    /** Whether a dimension has shares at all (flows and stocks do; GDP and memberships do not). */
    public static boolean hasShares(Dimension dimension) {
        return dimension.kind() == DimensionKind.FLOW || dimension.kind() == DimensionKind.STOCK;
    }
}
