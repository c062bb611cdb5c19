package org.multivector.profile;

import org.multivector.world.Actor;
import org.multivector.world.ActorKind;
import org.multivector.world.Basis;
import org.multivector.world.BasisChoice;
import org.multivector.world.Dimension;
import org.multivector.world.DimensionKind;
import org.multivector.world.Tie;
import org.multivector.world.World;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Builds a country's partner profile for one year, or for each dimension's latest year.
 *
 * <p>Shares are of the country's own reported world total for the dimension and year (the figure
 * with partner {@link Actor#WORLD}, on the reporter's basis), never of the sum of whichever partners
 * the dataset happens to list: a partial list of partners would otherwise inflate every share. Mirror
 * figures, when asked for, are divided by the same reported total, so their shares say "what the
 * partner's statistics would make of the country's reported total".
 *
 * <p>Where several publishers give a figure, the entry holds the preferred one (the one analyses
 * read) and lists the others with their difference in percent; {@link #sideBySide} puts the
 * reporter's and the partner's figures in one row with the mirror gap.
 */
public final class CountryProfile {

    private CountryProfile() {}

    /**
     * The profile of {@code reporter} in {@code year}.
     *
     * @param dimensionId a dimension to restrict to, or null for every dimension
     * @param views       the basis choices to show, one after the other (usually one)
     * @throws IllegalArgumentException when the reporter or dimension is not in the world
     */
    public static List<ProfileEntry> of(
            World world, String reporter, int year, String dimensionId, List<BasisChoice> views) {
        check(world, reporter, dimensionId);
        List<ProfileEntry> entries = new ArrayList<>();
        for (Dimension dimension : dimensions(world, dimensionId)) {
            List<BasisChoice> dimensionViews = dimension.kind().isDyadic() ? views : List.of(views.getFirst());
            for (BasisChoice view : dimensionViews) {
                entries.addAll(entries(world, reporter, year, dimension, view));
            }
        }
        return List.copyOf(entries);
    }

    /**
     * The profile of {@code reporter} with each dimension at its own {@linkplain #latestYear(World, String, Dimension)
     * latest year}: what {@code profile} shows when the user names no year.
     */
    public static List<ProfileEntry> latest(World world, String reporter, String dimensionId, List<BasisChoice> views) {
        check(world, reporter, dimensionId);
        List<ProfileEntry> entries = new ArrayList<>();
        for (Map.Entry<Dimension, Integer> shown :
                latestYears(world, reporter, dimensionId).entrySet()) {
            Dimension dimension = shown.getKey();
            List<BasisChoice> dimensionViews = dimension.kind().isDyadic() ? views : List.of(views.getFirst());
            for (BasisChoice view : dimensionViews) {
                entries.addAll(entries(world, reporter, shown.getValue(), dimension, view));
            }
        }
        return List.copyOf(entries);
    }

    /** Each dimension with figures for {@code reporter} and its latest year, in declaration order. */
    public static Map<Dimension, Integer> latestYears(World world, String reporter, String dimensionId) {
        check(world, reporter, dimensionId);
        Map<Dimension, Integer> result = new LinkedHashMap<>();
        for (Dimension dimension : dimensions(world, dimensionId)) {
            latestYear(world, reporter, dimension).ifPresent(y -> result.put(dimension, y));
        }
        return result;
    }

    /**
     * The year a profile shows for one dimension when the user names none: for pair figures, the
     * latest year with the reporter's reported world total ({@code WLD}), since only there are shares
     * known; without any such total, the year with the most partners (the latest of equals), so that a
     * stray year with two partners does not stand for the country; for the reporter's own figures
     * (GDP) and memberships, the latest year with one. Empty when the reporter has no figure on it.
     */
    public static OptionalInt latestYear(World world, String reporter, Dimension dimension) {
        int best = Integer.MIN_VALUE;
        int bestPartners = 0;
        for (int year = world.years().to(); year >= world.years().from(); year--) {
            if (dimension.kind().isDyadic()
                    && world.value(reporter, Actor.WORLD, dimension.id(), year, BasisChoice.REPORTER)
                            .isPresent()) {
                return OptionalInt.of(year);
            }
            int partners = world.crossSection(reporter, dimension.id(), year).size();
            if (partners > bestPartners) {
                bestPartners = partners;
                best = year;
            }
        }
        if (best == Integer.MIN_VALUE) {
            return OptionalInt.empty();
        }
        if (!dimension.kind().isDyadic()) {
            for (int year = world.years().to(); year >= world.years().from(); year--) {
                if (!world.crossSection(reporter, dimension.id(), year).isEmpty()) {
                    return OptionalInt.of(year);
                }
            }
        }
        return OptionalInt.of(best);
    }

    /**
     * The latest year in which {@code reporter} has a reported world total on some pair dimension, else
     * the latest year with a pair figure, else the dataset's last year: one year for callers that show one.
     */
    public static int latestYear(World world, String reporter) {
        int withTotal = Integer.MIN_VALUE;
        int any = Integer.MIN_VALUE;
        for (Dimension dimension : world.dimensions()) {
            if (!dimension.kind().isDyadic()) {
                continue;
            }
            for (int year = world.years().to(); year >= world.years().from() && year > withTotal; year--) {
                if (world.value(reporter, Actor.WORLD, dimension.id(), year, BasisChoice.REPORTER)
                        .isPresent()) {
                    withTotal = year;
                    break;
                }
            }
            for (int year = world.years().to(); year >= world.years().from() && year > any; year--) {
                if (!world.crossSection(reporter, dimension.id(), year).isEmpty()) {
                    any = year;
                    break;
                }
            }
        }
        return withTotal != Integer.MIN_VALUE
                ? withTotal
                : any != Integer.MIN_VALUE ? any : world.years().to();
    }

    /**
     * The reporter's and the partners' figures on one pair dimension and year, one row per partner
     * with the mirror gap: the world total first, then by the reporter's figure, largest first.
     */
    public static List<BasisPair> sideBySide(World world, String reporter, int year, Dimension dimension) {
        check(world, reporter, dimension.id());
        if (!dimension.kind().isDyadic()) {
            return List.of();
        }
        Map<String, Tie[]> byPartner = new LinkedHashMap<>();
        for (Tie tie : world.crossSection(reporter, dimension.id(), year)) {
            if (tie.partner().equals(reporter)) {
                continue;
            }
            Tie[] sides = byPartner.computeIfAbsent(tie.partner(), p -> new Tie[2]);
            if (tie.basis() == Basis.REPORTER || tie.basis() == Basis.INDEPENDENT && sides[0] == null) {
                sides[0] = tie;
            } else if (tie.basis() == Basis.MIRROR) {
                sides[1] = tie;
            }
        }
        OptionalDouble total = world.value(reporter, Actor.WORLD, dimension.id(), year, BasisChoice.REPORTER);
        Comparator<Map.Entry<String, Tie[]>> order = Comparator.comparing(
                        (Map.Entry<String, Tie[]> e) -> !e.getKey().equals(Actor.WORLD))
                .thenComparing(Comparator.comparingDouble((Map.Entry<String, Tie[]> e) -> size(e.getValue()))
                        .reversed())
                .thenComparing(Map.Entry::getKey);
        List<Map.Entry<String, Tie[]>> sorted =
                byPartner.entrySet().stream().sorted(order).toList();
        List<BasisPair> result = new ArrayList<>();
        int rank = 0;
        for (Map.Entry<String, Tie[]> e : sorted) {
            Actor partner = world.actor(e.getKey()).orElseThrow();
            Tie own = e.getValue()[0];
            Tie mirror = e.getValue()[1];
            OptionalInt position = partner.kind().isState() ? OptionalInt.of(++rank) : OptionalInt.empty();
            result.add(new BasisPair(
                    dimension.id(),
                    year,
                    partner.code(),
                    partner.name(),
                    partner.kind(),
                    Optional.ofNullable(own),
                    Optional.ofNullable(mirror),
                    share(own, total),
                    share(mirror, total),
                    own != null && mirror != null ? Gap.percent(own.value(), mirror.value()) : OptionalDouble.empty(),
                    position));
        }
        return List.copyOf(result);
    }

    private static double size(Tie[] sides) {
        return sides[0] != null ? sides[0].value() : sides[1].value();
    }

    private static OptionalDouble share(Tie tie, OptionalDouble total) {
        return tie != null && total.isPresent() && total.getAsDouble() > 0
                ? OptionalDouble.of(tie.value() / total.getAsDouble())
                : OptionalDouble.empty();
    }

    private static void check(World world, String reporter, String dimensionId) {
        Objects.requireNonNull(world, "world");
        if (world.actor(reporter).isEmpty()) {
            throw new IllegalArgumentException("unknown actor " + reporter);
        }
        if (dimensionId != null && world.dimension(dimensionId).isEmpty()) {
            throw new IllegalArgumentException("unknown dimension " + dimensionId);
        }
    }

    private static List<Dimension> dimensions(World world, String dimensionId) {
        return dimensionId == null
                ? world.dimensions()
                : List.of(world.dimension(dimensionId).orElseThrow());
    }

    private static List<ProfileEntry> entries(
            World world, String reporter, int year, Dimension dimension, BasisChoice view) {
        List<Tie> ties = world.crossSection(reporter, dimension.id(), year, view);
        if (ties.isEmpty()) {
            return List.of();
        }
        OptionalDouble total = dimension.kind().isDyadic()
                ? world.value(reporter, Actor.WORLD, dimension.id(), year, BasisChoice.REPORTER)
                : OptionalDouble.empty();
        List<Tie> ranked = ties.stream()
                .filter(t -> kindOf(world, t.partner()).isState()
                        && !t.partner().equals(reporter)
                        && dimension.kind().isDyadic())
                .sorted(Comparator.comparingDouble(Tie::value).reversed().thenComparing(Tie::partner))
                .toList();
        Map<Tie, Integer> rankOf = new HashMap<>(); // the first position of each, as List.indexOf gives it
        for (int i = 0; i < ranked.size(); i++) {
            rankOf.putIfAbsent(ranked.get(i), i);
        }
        List<ProfileEntry> result = new ArrayList<>();
        Comparator<Tie> order = Comparator.comparing((Tie t) -> !t.partner().equals(Actor.WORLD))
                .thenComparing(Comparator.comparingDouble(Tie::value).reversed())
                .thenComparing(Tie::partner);
        for (Tie tie : ties.stream().sorted(order).toList()) {
            Actor partner = world.actor(tie.partner()).orElseThrow();
            OptionalDouble share = hasShares(dimension) && total.isPresent() && total.getAsDouble() > 0
                    ? OptionalDouble.of(tie.value() / total.getAsDouble())
                    : OptionalDouble.empty();
            Integer position = rankOf.get(tie);
            OptionalInt rank = position != null ? OptionalInt.of(position + 1) : OptionalInt.empty();
            List<Tie> sources = world.sources(tie);
            List<SourceDifference> others = sources.size() < 2
                    ? List.of()
                    : sources.subList(1, sources.size()).stream()
                            .map(other -> SourceDifference.of(tie, other))
                            .toList();
            result.add(new ProfileEntry(tie, partner.name(), partner.kind(), view, share, rank, others));
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
