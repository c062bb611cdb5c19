package org.multivector.profile;

import org.multivector.world.Basis;
import org.multivector.world.Tie;
import org.multivector.world.World;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a dataset holds about one country, per dimension and source: the years covered, the partners,
 * how many figures, and what kind of figures they are. Every publisher's figure counts, the ones
 * analyses pass over too (see {@link World#allTies()}).
 *
 * <p>Kinds: <b>official</b> figures were read by an importer from a publisher's database and cite it
 * through the dataset's source table (a source with an id: IMF DOTS, the Kazakh statistics bureau, World
 * Bank WDI, SIPRI, the UN voting data); <b>hand-curated</b> figures were typed in from a publication and
 * carry their source on their row; <b>assumptions</b> are the analyst's, whichever way they are written.
 */
public final class Coverage {

    private Coverage() {}

    /** What kind of figure: see the class comment. */
    public enum Kind {
        OFFICIAL,
        HAND_CURATED,
        ASSUMPTION;

        /** The spelling in reports. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        static Kind of(Tie tie) {
            if (tie.source().assumption()) {
                return ASSUMPTION;
            }
            return tie.source().id().isEmpty() ? HAND_CURATED : OFFICIAL;
        }
    }

    /**
     * One dimension and source of the country's figures.
     *
     * @param dimension  the dimension id
     * @param publisher  the source's publisher
     * @param basis      whose statistics
     * @param kind       official, hand-curated or assumption
     * @param firstYear  the first year with a figure
     * @param lastYear   the last year with a figure
     * @param yearCount  how many years have a figure
     * @param partners   how many partners (the country itself and the world total not counted)
     * @param worldTotal how many years have the country's world total from this source
     * @param figures    how many figures
     * @param estimates  how many of them the publisher marks as its own estimates
     */
    public record Row(
            String dimension,
            String publisher,
            Basis basis,
            Kind kind,
            int firstYear,
            int lastYear,
            int yearCount,
            int partners,
            int worldTotal,
            int figures,
            int estimates) {}

    /** The coverage of {@code country}: one row per dimension, publisher, basis and kind, in the dataset's dimension order. */
    public static List<Row> of(World world, String country) {
        Objects.requireNonNull(world, "world");
        Map<String, Integer> dimensionOrder = new java.util.HashMap<>();
        world.dimensions().forEach(d -> dimensionOrder.put(d.id(), dimensionOrder.size()));
        Map<List<Object>, Accumulator> groups =
                new TreeMap<>(Comparator.comparing((List<Object> k) -> dimensionOrder.get((String) k.get(0)))
                        .thenComparing(k -> (String) k.get(1))
                        .thenComparing(k -> (Basis) k.get(2))
                        .thenComparing(k -> (Kind) k.get(3)));
        for (Tie tie : world.allTies()) {
            if (!tie.reporter().equals(country)) {
                continue;
            }
            List<Object> key = List.of(tie.dimension(), tie.source().publisher(), tie.basis(), Kind.of(tie));
            groups.computeIfAbsent(key, k -> new Accumulator()).add(tie, country);
        }
        List<Row> rows = new ArrayList<>();
        groups.forEach((key, a) -> rows.add(new Row(
                (String) key.get(0),
                (String) key.get(1),
                (Basis) key.get(2),
                (Kind) key.get(3),
                a.years.first(),
                a.years.last(),
                a.years.size(),
                a.partners.size(),
                a.totals.size(),
                a.figures,
                a.estimates)));
        return List.copyOf(rows);
    }

    /** The share of the rows' figures of each kind, in [0, 1]; empty rows give an empty map. */
    public static Map<Kind, Double> shares(List<Row> rows) {
        Map<Kind, Double> result = new java.util.EnumMap<>(Kind.class);
        int all = rows.stream().mapToInt(Row::figures).sum();
        if (all == 0) {
            return result;
        }
        for (Kind kind : Kind.values()) {
            result.put(
                    kind,
                    rows.stream()
                                    .filter(r -> r.kind() == kind)
                                    .mapToInt(Row::figures)
                                    .sum()
                            / (double) all);
        }
        return result;
    }

    private static final class Accumulator {
        final TreeSet<Integer> years = new TreeSet<>();
        final Set<String> partners = new java.util.HashSet<>();
        final Set<Integer> totals = new java.util.HashSet<>();
        int figures;
        int estimates;

        void add(Tie tie, String country) {
            years.add(tie.year());
            if (tie.partner().equals(org.multivector.world.Actor.WORLD)) {
                totals.add(tie.year());
            } else if (!tie.partner().equals(country)) {
                partners.add(tie.partner());
            }
            figures++;
            if (tie.estimate()) {
                estimates++;
            }
        }
    }
}
