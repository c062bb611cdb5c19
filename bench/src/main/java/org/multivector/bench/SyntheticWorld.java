package org.multivector.bench;

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
import java.util.SplittableRandom;

/**
 * A seeded synthetic world for benchmarks: {@code actors} actors (4 great powers, a bloc, 10
 * organisations, states and the world aggregate), {@code years} years and 10 dimensions (8 flows and
 * stocks, GDP, membership). Every reporter lists {@code partnersPerReporter} partners per flow and
 * year, on its own basis and, for a third of the pairs, on the mirror basis, plus its world total.
 */
final class SyntheticWorld {

    static final List<String> POWERS = List.of("GP1", "GP2", "GP3", "BLOC");

    private SyntheticWorld() {}

    static World of(int actorCount, int yearCount, int partnersPerReporter, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        YearRange years = new YearRange(1995, 1995 + yearCount - 1);
        List<Dimension> dimensions = new ArrayList<>();
        String[] flows = {
            Dimension.TRADE,
            Dimension.EXPORTS,
            Dimension.IMPORTS,
            Dimension.FDI_INFLOW,
            Dimension.FDI_STOCK,
            Dimension.CRUDE_EXPORTS,
            Dimension.ARMS_IMPORTS,
            "services"
        };
        for (String id : flows) {
            String unit =
                    id.equals(Dimension.ARMS_IMPORTS) ? "TIV_M" : id.equals(Dimension.CRUDE_EXPORTS) ? "Mt" : "USD_M";
            DimensionKind kind = id.equals(Dimension.FDI_STOCK) ? DimensionKind.STOCK : DimensionKind.FLOW;
            dimensions.add(new Dimension(id, id, unit, kind, ""));
        }
        dimensions.add(new Dimension(Dimension.GDP, "GDP", "USD_M", DimensionKind.MONADIC, ""));
        dimensions.add(new Dimension(Dimension.MEMBERSHIP, "Membership", "flag", DimensionKind.MEMBERSHIP, ""));

        List<Actor> actors = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            actors.add(Actor.of("GP" + i, "Great power " + i, ActorKind.GREAT_POWER));
        }
        int organisations = 10;
        int states = actorCount - 3 - 1 - organisations - 1;
        for (int i = 1; i <= states; i++) {
            actors.add(Actor.of("S" + i, "State " + i, i % 10 == 0 ? ActorKind.MIDDLE_POWER : ActorKind.SMALL_STATE));
        }
        List<BlocMember> blocMembers = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            blocMembers.add(new BlocMember("S" + i, 1990, BlocMember.OPEN));
        }
        actors.add(new Actor("BLOC", "Bloc", ActorKind.BLOC, OptionalInt.empty(), blocMembers));
        for (int i = 1; i <= organisations; i++) {
            actors.add(Actor.of("ORG" + i, "Organisation " + i, ActorKind.ORGANISATION));
        }
        actors.add(Actor.of(Actor.WORLD, "World", ActorKind.AGGREGATE));
        for (Actor actor : actors) {
            if (actor.kind() != ActorKind.AGGREGATE && actor.kind() != ActorKind.ORGANISATION) {
                codes.add(actor.code());
            }
        }
        Source reporter =
                new Source("synthetic", "benchmark world", 2026, "https://example.org/bench", Basis.REPORTER, true);
        Source mirror =
                new Source("synthetic", "benchmark world", 2026, "https://example.org/bench", Basis.MIRROR, true);
        Source independent =
                new Source("synthetic", "benchmark world", 2026, "https://example.org/bench", Basis.INDEPENDENT, true);
        List<Tie> ties = new ArrayList<>();
        for (String code : codes) {
            // a fixed partner list per reporter, always including the powers
            List<String> partners = new ArrayList<>(POWERS);
            partners.remove(code);
            while (partners.size() < partnersPerReporter) {
                String candidate = codes.get(random.nextInt(codes.size()));
                if (!candidate.equals(code) && !partners.contains(candidate)) {
                    partners.add(candidate);
                }
            }
            for (int year = years.from(); year <= years.to(); year++) {
                for (Dimension dimension : dimensions) {
                    switch (dimension.kind()) {
                        case FLOW, STOCK -> {
                            Source own = dimension.id().equals(Dimension.ARMS_IMPORTS) ? independent : reporter;
                            double listed = 0;
                            for (String partner : partners) {
                                double value = Math.floor(random.nextDouble() * 10_000) / 10;
                                ties.add(
                                        new Tie(code, partner, dimension.id(), year, value, dimension.unit(), own, ""));
                                listed += value;
                                if (own == reporter && random.nextInt(3) == 0) {
                                    ties.add(new Tie(
                                            code,
                                            partner,
                                            dimension.id(),
                                            year,
                                            value * 1.05,
                                            dimension.unit(),
                                            mirror,
                                            ""));
                                }
                            }
                            ties.add(new Tie(
                                    code, Actor.WORLD, dimension.id(), year, listed * 1.5, dimension.unit(), own, ""));
                        }
                        case MONADIC ->
                            ties.add(new Tie(
                                    code,
                                    code,
                                    dimension.id(),
                                    year,
                                    1_000 + random.nextDouble() * 1_000_000,
                                    dimension.unit(),
                                    independent,
                                    ""));
                        case MEMBERSHIP -> {
                            for (int k = 0; k < 3; k++) {
                                String organisation =
                                        "ORG" + (1 + Math.floorMod(code.hashCode() + k * 3, organisations));
                                ties.add(new Tie(
                                        code,
                                        organisation,
                                        dimension.id(),
                                        year,
                                        1,
                                        dimension.unit(),
                                        independent,
                                        ""));
                            }
                        }
                    }
                }
            }
        }
        return World.of(
                new DatasetInfo("synthetic", "synthetic", "1", "", "S10", years, BasisChoice.REPORTER),
                actors,
                dimensions,
                ties);
    }
}
