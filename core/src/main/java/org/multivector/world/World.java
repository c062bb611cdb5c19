package org.multivector.world;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An immutable, indexed snapshot of a dataset: actors, dimensions and sourced figures by year.
 *
 * <p>Look-ups by reporter, partner, dimension and year take constant time and allocate nothing
 * beyond their result. Figures on different {@link Basis bases} for the same pair and year are all
 * kept; the {@code BasisChoice} argument of a query decides which one an analysis reads, with no
 * silent fall-back from one side to the other.
 *
 * <p>Several publishers may give the same figure (the Kazakh statistics bureau and IMF DOTS both
 * publish Kazakhstan's 2019 exports to China). All are kept; every query an analysis uses returns the
 * preferred one, as {@link DatasetInfo#sourcePreference()} orders them, and {@link #sources} returns
 * them all, so a report can show the others and how far they differ.
 *
 * <p>Build one with {@link #of}; datasets on disk are read by {@code org.multivector.world.io.DatasetLoader},
 * which validates them first.
 */
public final class World {

    private static final Basis[] BASES = Basis.values();

    private final DatasetInfo info;
    private final Map<String, Actor> actorMap;
    private final Map<String, Dimension> dimensionMap;
    private final Map<String, Integer> actorIndex = new HashMap<>();
    private final Map<String, Integer> dimensionIndex = new HashMap<>();
    /** The figure of each slot an analysis reads (the preferred source's), in file order. */
    private final List<Tie> tieList;
    /** Every figure given, the passed-over sources' too, in file order. */
    private final List<Tie> allTieList;
    /** (series, slot) → every source's figure for that slot, preferred first; only slots with two or more. */
    private final Map<Long, List<Tie>> alternativeMap = new HashMap<>();

    private final List<Actor> actorList;
    private final List<Dimension> dimensionList;
    /** (reporter, partner, dimension) → ties by [yearOffset * BASES + basis]. */
    private final Map<Long, Tie[]> seriesMap = new HashMap<>();
    /** (reporter, dimension, year) → ties of every partner and basis, sorted by partner then basis. */
    private final Map<Long, List<Tie>> crossSectionMap = new HashMap<>();

    private World(DatasetInfo info, List<Actor> actorList, List<Dimension> dimensionList, List<Tie> tieList) {
        this.info = info;
        Map<String, Actor> actors = new LinkedHashMap<>();
        for (Actor actor : actorList) {
            if (actors.putIfAbsent(actor.code(), actor) != null) {
                throw new IllegalArgumentException("actor " + actor.code() + " is declared twice");
            }
            actorIndex.put(actor.code(), actorIndex.size());
        }
        Map<String, Dimension> dimensions = new LinkedHashMap<>();
        for (Dimension dimension : dimensionList) {
            if (dimensions.putIfAbsent(dimension.id(), dimension) != null) {
                throw new IllegalArgumentException("dimension " + dimension.id() + " is declared twice");
            }
            dimensionIndex.put(dimension.id(), dimensionIndex.size());
        }
        this.actorMap = java.util.Collections.unmodifiableMap(actors);
        this.dimensionMap = java.util.Collections.unmodifiableMap(dimensions);
        this.actorList = List.copyOf(actors.values());
        this.dimensionList = List.copyOf(dimensions.values());

        int yearCount = info.years().length();
        int slotsPerSeries = yearCount * BASES.length;
        // several publishers may give one figure: collect them per slot, then keep the preferred one in the index
        Map<Long, List<Tie>> sharedSlots = new HashMap<>();
        for (Tie tie : tieList) {
            int reporter = indexOf(actorIndex, tie.reporter(), "actor");
            int partner = indexOf(actorIndex, tie.partner(), "actor");
            int dimension = indexOf(dimensionIndex, tie.dimension(), "dimension");
            Dimension declared = dimensionList.get(dimension);
            if (!declared.unit().equals(tie.unit())) {
                throw new IllegalArgumentException("figure " + describe(tie) + " is in " + tie.unit()
                        + " but dimension " + declared.id() + " is in " + declared.unit());
            }
            if (tie.value() < 0 && !declared.signed()) {
                throw new IllegalArgumentException("figure " + describe(tie) + " is negative (" + tie.value()
                        + ") but dimension " + declared.id() + " is not signed");
            }
            if (!info.years().contains(tie.year())) {
                throw new IllegalArgumentException(
                        "figure " + describe(tie) + " lies outside the years " + info.years());
            }
            long seriesKey = seriesKey(reporter, partner, dimension);
            Tie[] series = seriesMap.computeIfAbsent(seriesKey, k -> new Tie[slotsPerSeries]);
            int slot = (tie.year() - info.years().from()) * BASES.length
                    + tie.basis().ordinal();
            if (series[slot] == null) {
                series[slot] = tie;
                continue;
            }
            List<Tie> shared = sharedSlots.computeIfAbsent(
                    seriesKey * slotsPerSeries + slot, k -> new ArrayList<>(List.of(series[slot])));
            for (Tie other : shared) {
                if (other.source().publisher().equals(tie.source().publisher())) {
                    throw new IllegalArgumentException("figure " + describe(tie) + " on basis "
                            + tie.basis().fileName() + " is given twice by "
                            + tie.source().publisher());
                }
            }
            shared.add(tie);
        }
        java.util.Set<Tie> passedOver = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<String> preference = info.sourcePreference();
        Comparator<Tie> preferred = Comparator.comparingInt(t -> {
            int rank = preference.indexOf(t.source().publisher());
            return rank < 0 ? preference.size() : rank;
        });
        sharedSlots.forEach((key, shared) -> {
            shared.sort(preferred); // stable: unlisted publishers keep their file order
            Tie[] series = Objects.requireNonNull(seriesMap.get(key / slotsPerSeries));
            series[(int) (key % slotsPerSeries)] = shared.getFirst();
            passedOver.addAll(shared.subList(1, shared.size()));
            alternativeMap.put(key, List.copyOf(shared));
        });
        this.allTieList = List.copyOf(tieList);
        this.tieList = passedOver.isEmpty()
                ? this.allTieList
                : this.allTieList.stream().filter(t -> !passedOver.contains(t)).toList();

        Map<Long, List<Tie>> sections = new HashMap<>();
        for (Tie tie : this.tieList) {
            int reporter = Objects.requireNonNull(actorIndex.get(tie.reporter()));
            int dimension = Objects.requireNonNull(dimensionIndex.get(tie.dimension()));
            sections.computeIfAbsent(sectionKey(reporter, dimension, tie.year()), k -> new ArrayList<>())
                    .add(tie);
        }
        Comparator<Tie> order = Comparator.comparing(Tie::partner).thenComparing(Tie::basis);
        sections.forEach((key, list) -> {
            list.sort(order);
            crossSectionMap.put(key, List.copyOf(list));
        });
    }

    /**
     * A world of the given actors, dimensions and figures.
     *
     * @throws IllegalArgumentException when a figure names an undeclared actor or dimension, uses
     *                                  another unit than its dimension, is negative on an unsigned dimension,
     *                                  lies outside the years or is given twice by the same publisher
     */
    public static World of(
            DatasetInfo info, Collection<Actor> actors, Collection<Dimension> dimensions, Collection<Tie> ties) {
        return new World(info, List.copyOf(actors), List.copyOf(dimensions), List.copyOf(ties));
    }

    /** What this dataset is. */
    public DatasetInfo info() {
        return info;
    }

    /** The years figures may cover. */
    public YearRange years() {
        return info.years();
    }

    /** Every actor, in declaration order. */
    public List<Actor> actors() {
        return actorList;
    }

    /** The actor with this code. */
    public Optional<Actor> actor(String code) {
        return Optional.ofNullable(actorMap.get(code));
    }

    /** Every dimension, in declaration order. */
    public List<Dimension> dimensions() {
        return dimensionList;
    }

    /** The dimension with this id. */
    public Optional<Dimension> dimension(String id) {
        return Optional.ofNullable(dimensionMap.get(id));
    }

    /**
     * Every figure an analysis reads, in the order it was given: where several publishers give one
     * figure, only the preferred one (see {@link #allTies()} for all).
     */
    public List<Tie> ties() {
        return tieList;
    }

    /** Every figure given, the passed-over publishers' too, in the order it was given. */
    public List<Tie> allTies() {
        return allTieList;
    }

    /**
     * Every publisher's figure for exactly this pair, dimension, year and basis, the preferred one
     * (the one {@link #tie} returns) first; empty when there is none.
     */
    public List<Tie> sources(String reporter, String partner, String dimension, int year, Basis basis) {
        Integer r = actorIndex.get(reporter);
        Integer p = actorIndex.get(partner);
        Integer d = dimensionIndex.get(dimension);
        if (r == null || p == null || d == null || !info.years().contains(year)) {
            return List.of();
        }
        long seriesKey = seriesKey(r, p, d);
        Tie[] series = seriesMap.get(seriesKey);
        if (series == null) {
            return List.of();
        }
        int slot = (year - info.years().from()) * BASES.length + basis.ordinal();
        if (series[slot] == null) {
            return List.of();
        }
        List<Tie> shared = alternativeMap.get(seriesKey * series.length + slot);
        return shared != null ? shared : List.of(series[slot]);
    }

    /** Every publisher's figure for the same slot as {@code tie}, preferred first (see {@link #sources}). */
    public List<Tie> sources(Tie tie) {
        return sources(tie.reporter(), tie.partner(), tie.dimension(), tie.year(), tie.basis());
    }

    /** The figure for exactly this pair, dimension, year and basis. */
    public Optional<Tie> tie(String reporter, String partner, String dimension, int year, Basis basis) {
        Tie[] series = series(reporter, partner, dimension);
        if (series == null || !info.years().contains(year)) {
            return Optional.empty();
        }
        return Optional.ofNullable(series[(year - info.years().from()) * BASES.length + basis.ordinal()]);
    }

    /**
     * The figure an analysis reads for this pair, dimension and year under {@code choice}: the
     * chosen side's figure, else a third party's; never the other side's.
     */
    public Optional<Tie> read(String reporter, String partner, String dimension, int year, BasisChoice choice) {
        Tie[] series = series(reporter, partner, dimension);
        if (series == null || !info.years().contains(year)) {
            return Optional.empty();
        }
        return Optional.ofNullable(
                pick(series, (year - info.years().from()) * BASES.length, choice, kindOf(dimension)));
    }

    /** The value an analysis reads, as {@link #read} does. */
    public OptionalDouble value(String reporter, String partner, String dimension, int year, BasisChoice choice) {
        Tie[] series = series(reporter, partner, dimension);
        if (series == null || !info.years().contains(year)) {
            return OptionalDouble.empty();
        }
        Tie tie = pick(series, (year - info.years().from()) * BASES.length, choice, kindOf(dimension));
        return tie == null ? OptionalDouble.empty() : OptionalDouble.of(tie.value());
    }

    /** Every figure of the reporter on this dimension and year, all partners and all bases side by side. */
    public List<Tie> crossSection(String reporter, String dimension, int year) {
        Integer r = actorIndex.get(reporter);
        Integer d = dimensionIndex.get(dimension);
        if (r == null || d == null) {
            return List.of();
        }
        return crossSectionMap.getOrDefault(sectionKey(r, d, year), List.of());
    }

    /** The figures the reporter's partners have on this dimension and year under {@code choice}, one per partner. */
    public List<Tie> crossSection(String reporter, String dimension, int year, BasisChoice choice) {
        List<Tie> all = crossSection(reporter, dimension, year);
        if (all.isEmpty()) {
            return all;
        }
        DimensionKind kind = kindOf(dimension);
        Basis preferred = choice == BasisChoice.MIRROR ? Basis.MIRROR : Basis.REPORTER;
        List<Tie> chosen = new ArrayList<>(all.size());
        int i = 0;
        while (i < all.size()) {
            // ties of one partner are contiguous, ordered by basis
            String partner = all.get(i).partner();
            Tie best = null;
            for (; i < all.size() && all.get(i).partner().equals(partner); i++) {
                Tie tie = all.get(i);
                if (choice.reads(tie.basis(), kind) && (best == null || tie.basis() == preferred)) {
                    best = tie;
                }
            }
            if (best != null) {
                chosen.add(best);
            }
        }
        return List.copyOf(chosen);
    }

    /** The figures for this pair and dimension over all years under {@code choice}, in year order. */
    public List<Tie> series(String reporter, String partner, String dimension, BasisChoice choice) {
        Tie[] series = series(reporter, partner, dimension);
        if (series == null) {
            return List.of();
        }
        DimensionKind kind = kindOf(dimension);
        List<Tie> result = new ArrayList<>();
        for (int offset = 0; offset < series.length; offset += BASES.length) {
            Tie tie = pick(series, offset, choice, kind);
            if (tie != null) {
                result.add(tie);
            }
        }
        return List.copyOf(result);
    }

    /** The reporters with at least one figure, in declaration order. */
    public List<String> reporters() {
        boolean[] seen = new boolean[actorIndex.size()];
        for (Tie tie : tieList) {
            seen[Objects.requireNonNull(actorIndex.get(tie.reporter()))] = true;
        }
        List<String> result = new ArrayList<>();
        int i = 0;
        for (String code : actorMap.keySet()) {
            if (seen[i++]) {
                result.add(code);
            }
        }
        return result;
    }

    @Override
    public String toString() {
        return "World[" + info.name() + " " + info.version() + ": " + actorMap.size() + " actors, "
                + dimensionMap.size() + " dimensions, " + allTieList.size() + " figures]";
    }

    private Tie @Nullable [] series(String reporter, String partner, String dimension) {
        Integer r = actorIndex.get(reporter);
        Integer p = actorIndex.get(partner);
        Integer d = dimensionIndex.get(dimension);
        if (r == null || p == null || d == null) {
            return null;
        }
        return seriesMap.get(seriesKey(r, p, d));
    }

    private DimensionKind kindOf(String dimension) {
        return Objects.requireNonNull(dimensionMap.get(dimension), dimension).kind();
    }

    private static @Nullable Tie pick(Tie[] series, int offset, BasisChoice choice, DimensionKind kind) {
        Tie preferred = series[offset + (choice == BasisChoice.MIRROR ? Basis.MIRROR : Basis.REPORTER).ordinal()];
        if (preferred != null && choice.reads(preferred.basis(), kind)) {
            return preferred;
        }
        for (int b = 0; b < BASES.length; b++) {
            Tie tie = series[offset + b];
            if (tie != null && choice.reads(tie.basis(), kind)) {
                return tie;
            }
        }
        return null;
    }

    private long seriesKey(int reporter, int partner, int dimension) {
        return ((long) reporter * actorIndex.size() + partner) * dimensionIndex.size() + dimension;
    }

    private long sectionKey(int reporter, int dimension, int year) {
        return ((long) reporter * dimensionIndex.size() + dimension) * 100_000L + year;
    }

    private static int indexOf(Map<String, Integer> index, String code, String what) {
        Integer i = index.get(code);
        if (i == null) {
            throw new IllegalArgumentException("unknown " + what + " " + code);
        }
        return i;
    }

    private static String describe(Tie tie) {
        return tie.reporter() + "-" + tie.partner() + " " + tie.dimension() + " " + tie.year();
    }

    /** For tests of the index: every stored basis slot of a pair (package-private). */
    List<Tie> stored(String reporter, String partner, String dimension) {
        Tie[] series = series(reporter, partner, dimension);
        return series == null
                ? List.of()
                : Arrays.stream(series).filter(java.util.Objects::nonNull).toList();
    }
}
