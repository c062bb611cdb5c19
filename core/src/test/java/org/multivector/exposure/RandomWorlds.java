package org.multivector.exposure;

import org.multivector.world.Actor;
import org.multivector.world.ActorKind;
import org.multivector.world.Basis;
import org.multivector.world.BasisChoice;
import org.multivector.world.BlocMember;
import org.multivector.world.DatasetInfo;
import org.multivector.world.Dimension;
import org.multivector.world.DimensionKind;
import org.multivector.world.Source;
import org.multivector.world.Tie;
import org.multivector.world.World;
import org.multivector.world.YearRange;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Seeded random worlds for property tests: a focal country FOC, powers P1..Pk, small states, a bloc
 * over some of them, organisations, and figures on every basis with gaps. Every world total covers
 * at least its listed state partners, as a reporter's own total does.
 */
final class RandomWorlds {

    static final YearRange YEARS = new YearRange(2015, 2024);
    static final List<Dimension> DIMENSIONS = List.of(
            new Dimension(Dimension.TRADE, "Trade", "USD_M", DimensionKind.FLOW, ""),
            new Dimension(Dimension.FDI_STOCK, "FDI stock", "USD_M", DimensionKind.STOCK, ""),
            new Dimension(Dimension.ARMS_IMPORTS, "Arms imports", "TIV_M", DimensionKind.FLOW, ""),
            new Dimension(Dimension.GDP, "GDP", "USD_M", DimensionKind.MONADIC, ""),
            new Dimension(Dimension.MEMBERSHIP, "Membership", "flag", DimensionKind.MEMBERSHIP, ""));
    private static final Source REPORTER = source(Basis.REPORTER);
    private static final Source MIRROR = source(Basis.MIRROR);
    private static final Source INDEPENDENT = source(Basis.INDEPENDENT);

    private RandomWorlds() {}

    private static Source source(Basis basis) {
        return new Source("random", "seeded random world", 2026, "https://example.org/random", basis, true);
    }

    /** The powers of a world made by {@link #of}. */
    static List<String> powers(World world) {
        return world.actors().stream()
                .filter(a -> a.kind() == ActorKind.GREAT_POWER)
                .map(Actor::code)
                .toList();
    }

    /** A random world from {@code seed}. */
    static World of(long seed) {
        Random random = new Random(seed);
        int powerCount = 2 + random.nextInt(4);
        int stateCount = 2 + random.nextInt(6);
        List<Actor> actors = new ArrayList<>();
        actors.add(Actor.of("FOC", "Focal", ActorKind.MIDDLE_POWER));
        List<String> partners = new ArrayList<>();
        for (int i = 1; i <= powerCount; i++) {
            actors.add(Actor.of("P" + i, "Power " + i, ActorKind.GREAT_POWER));
            partners.add("P" + i);
        }
        for (int i = 1; i <= stateCount; i++) {
            actors.add(Actor.of("S" + i, "State " + i, ActorKind.SMALL_STATE));
            partners.add("S" + i);
        }
        actors.add(new Actor(
                "BLOC",
                "Bloc",
                ActorKind.BLOC,
                OptionalInt.empty(),
                List.of(new BlocMember("S1", 2000, BlocMember.OPEN), new BlocMember("S2", 2000, 2019))));
        actors.add(new Actor(
                "ORG1",
                "Organisation 1",
                ActorKind.ORGANISATION,
                OptionalInt.empty(),
                List.of(new BlocMember("P1", 2000, BlocMember.OPEN))));
        actors.add(Actor.of("ORG2", "Organisation 2", ActorKind.ORGANISATION));
        actors.add(Actor.of(Actor.WORLD, "World", ActorKind.AGGREGATE));
        partners.add("BLOC");
        List<String> reporters = new ArrayList<>(List.of("FOC", "P1", "S1"));
        List<Tie> ties = new ArrayList<>();
        for (int year = YEARS.from(); year <= YEARS.to(); year++) {
            for (String reporter : reporters) {
                for (Dimension dimension : DIMENSIONS.subList(0, 3)) {
                    double listedStates = 0;
                    for (String partner : partners) {
                        if (partner.equals(reporter) || random.nextDouble() < 0.15) {
                            continue;
                        }
                        double value =
                                random.nextDouble() < 0.1 ? 0 : Math.round(random.nextDouble() * 1000 * 100) / 100.0;
                        boolean independent = dimension.id().equals(Dimension.ARMS_IMPORTS);
                        ties.add(new Tie(
                                reporter,
                                partner,
                                dimension.id(),
                                year,
                                value,
                                dimension.unit(),
                                independent ? INDEPENDENT : REPORTER,
                                ""));
                        if (!partner.equals("BLOC")) {
                            listedStates += value;
                        }
                        if (!independent && random.nextDouble() < 0.3) {
                            ties.add(new Tie(
                                    reporter,
                                    partner,
                                    dimension.id(),
                                    year,
                                    value * (0.8 + 0.4 * random.nextDouble()),
                                    dimension.unit(),
                                    MIRROR,
                                    ""));
                        }
                    }
                    if (random.nextDouble() < 0.9) {
                        double total = listedStates * (1 + random.nextDouble()) + (random.nextDouble() < 0.5 ? 0 : 1);
                        ties.add(new Tie(
                                reporter,
                                Actor.WORLD,
                                dimension.id(),
                                year,
                                total,
                                dimension.unit(),
                                dimension.id().equals(Dimension.ARMS_IMPORTS) ? INDEPENDENT : REPORTER,
                                ""));
                    }
                }
            }
            for (Actor actor : actors) {
                if (actor.kind() != ActorKind.AGGREGATE
                        && actor.kind() != ActorKind.ORGANISATION
                        && random.nextDouble() < 0.9) {
                    ties.add(new Tie(
                            actor.code(),
                            actor.code(),
                            Dimension.GDP,
                            year,
                            1000 + random.nextDouble() * 100_000,
                            "USD_M",
                            INDEPENDENT,
                            ""));
                }
            }
            for (String member : List.of("FOC", "P2")) {
                for (String organisation : List.of("ORG1", "ORG2")) {
                    if (random.nextDouble() < 0.7) {
                        ties.add(new Tie(member, organisation, Dimension.MEMBERSHIP, year, 1, "flag", INDEPENDENT, ""));
                    }
                }
            }
        }
        return World.of(
                new DatasetInfo("random-" + seed, "random", "1", "", "FOC", YEARS, BasisChoice.REPORTER),
                actors,
                DIMENSIONS,
                ties);
    }

    /** The same world with every tie passed through {@code change}. */
    static World map(World world, UnaryOperator<Tie> change) {
        return World.of(
                world.info(),
                world.actors(),
                world.dimensions(),
                world.ties().stream().map(change).toList());
    }
}
