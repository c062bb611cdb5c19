package org.multivector.corridors;

import org.multivector.corridors.io.CorridorLoader;
import org.multivector.world.Basis;
import org.multivector.world.Source;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;

/** Corridor networks for tests: a hand-computable fixture and seeded random ones. */
final class Fixtures {

    static final Source SOURCE = new Source("Test", "Test", 2024, "https://example.org", Basis.INDEPENDENT, false);
    static final Commodity CRUDE =
            new Commodity("crude", "Crude", "Mt", "USD/t", 1e6, "USD/bbl", 7.97e6, Optional.of(SOURCE));
    static final List<String> COUNTRIES = List.of("AAA", "BBB", "CCC", "DDD", "EEE");

    private Fixtures() {}

    static Path folder(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/corridors/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The two-route network: S sends 10 Mt; A (cap 6, 1 USD/t, AAA BBB) to M1, B (cap 3, 5 USD/t, AAA DDD) to M2. */
    static CorridorNetwork twoRoutes() throws Exception {
        return CorridorLoader.load(folder("two-routes"));
    }

    /**
     * A random layered network: sources, hubs and markets; links with random capacity (some not
     * binding), cost and one or two of five jurisdictions; price for the year.
     */
    static CorridorNetwork random(long seed) {
        Random random = new Random(seed);
        int sources = 1 + random.nextInt(4);
        int hubs = 2 + random.nextInt(6);
        int markets = 1 + random.nextInt(3);
        List<CorridorNode> nodes = new ArrayList<>();
        List<String> s = new ArrayList<>();
        List<String> h = new ArrayList<>();
        List<String> m = new ArrayList<>();
        for (int i = 0; i < sources; i++) {
            s.add("S" + i);
            nodes.add(node("S" + i, NodeKind.FIELD));
        }
        for (int i = 0; i < hubs; i++) {
            h.add("H" + i);
            nodes.add(node("H" + i, NodeKind.HUB));
        }
        for (int i = 0; i < markets; i++) {
            m.add("M" + i);
            nodes.add(node("M" + i, NodeKind.MARKET));
        }
        List<CorridorLink> links = new ArrayList<>();
        int count = sources + hubs + markets + random.nextInt(3 * (sources + hubs + markets));
        for (int i = 0; i < count; i++) {
            String from;
            String to;
            switch (random.nextInt(4)) {
                case 0 -> {
                    from = pick(random, s);
                    to = pick(random, h);
                }
                case 1 -> {
                    from = pick(random, h);
                    to = pick(random, h);
                }
                case 2 -> {
                    from = pick(random, h);
                    to = pick(random, m);
                }
                default -> {
                    from = pick(random, s);
                    to = pick(random, m);
                }
            }
            if (from.equals(to)) {
                continue;
            }
            List<String> countries = new ArrayList<>();
            countries.add(pick(random, COUNTRIES));
            String second = pick(random, COUNTRIES);
            if (random.nextBoolean() && !countries.contains(second)) {
                countries.add(second);
            }
            OptionalDouble capacity =
                    random.nextInt(5) == 0 ? OptionalDouble.empty() : OptionalDouble.of(random.nextInt(300) / 10.0);
            links.add(new CorridorLink(
                    "L" + i,
                    from,
                    to,
                    "crude",
                    Mode.PIPELINE,
                    capacity,
                    0,
                    0,
                    false,
                    random.nextInt(500) / 10.0,
                    CostBasis.ASSUMPTION,
                    Optional.empty(),
                    OptionalDouble.empty(),
                    countries,
                    SOURCE,
                    ""));
        }
        List<ExportSupply> supplies = new ArrayList<>();
        for (String source : s) {
            supplies.add(new ExportSupply(2024, source, "crude", 1 + random.nextInt(400) / 10.0, SOURCE, ""));
        }
        return new CorridorNetwork(
                "random",
                "random",
                "1",
                "AAA",
                List.of(CRUDE),
                nodes,
                links,
                supplies,
                List.of(),
                List.of(),
                List.of(new Price(2024, "crude", "Test", 80, "USD/bbl", SOURCE, "")),
                List.of());
    }

    private static CorridorNode node(String id, NodeKind kind) {
        return new CorridorNode(id, id, kind, "AAA", 0, 0, "representative", SOURCE, "");
    }

    private static String pick(Random random, List<String> list) {
        return list.get(random.nextInt(list.size()));
    }
}
