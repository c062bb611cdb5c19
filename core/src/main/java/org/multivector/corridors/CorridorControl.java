package org.multivector.corridors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who controls the capacity a commodity's exports use (docs/corridors.md, "Who controls the
 * capacity").
 *
 * <p>A power's stake in a link is the sum of its parties' equity shares in the link's section where
 * it holds most (a link may have sections with different owners). Links without ownership data fall
 * back to territory: each state the link crosses counts as holding all of its section, which is what
 * sovereignty means for a pipeline or a railway; the report marks those links. A route is under a
 * power's control to the degree of its largest stake on any link of the route (one asset is enough to
 * stop a flow), so for each power:
 * <ul>
 *   <li><b>stake-weighted share</b>: {@code sum_r x_r * max_{l in r} s_P(l) / demand};</li>
 *   <li><b>share through an asset it controls</b>: the volume whose route has a link where the power
 *       holds more than half or is the operator, over the demand.</li>
 * </ul>
 * Both are computed for the status-quo allocation and again under each default disruption scenario
 * ({@link ExpansionPlanning#defaultScenarios}), so the shift shows how a disruption moves exports from
 * one power's infrastructure to another's (or loses them).
 */
public final class CorridorControl {

    private CorridorControl() {}

    /** A power's hold on one link: its largest section stake, whether it operates it, and on what basis. */
    public record Hold(String power, double stake, boolean operates) {}

    /** One link's owners and operator as used, and the holds derived from them. */
    public record LinkOwnership(
            String link,
            List<String> jurisdictionList,
            List<LinkControl> controlList,
            boolean byTerritory,
            List<Hold> holdList) {
        public LinkOwnership {
            jurisdictionList = List.copyOf(jurisdictionList);
            controlList = List.copyOf(controlList);
            holdList = List.copyOf(holdList);
        }
    }

    /** A power's share of the exports under one scenario. */
    public record PowerShare(String power, double stakeWeightedShare, double controlledShare) {}

    /** The shares of every power under one scenario; {@code deliveredShare} is the share of demand reaching a market. */
    public record ScenarioShares(String scenario, double deliveredShare, List<PowerShare> shareList) {
        public ScenarioShares {
            shareList = List.copyOf(shareList);
        }

        /** The power's share, zero when it holds nothing on the routes used. */
        public PowerShare of(String power) {
            return shareList.stream()
                    .filter(s -> s.power().equals(power))
                    .findFirst()
                    .orElse(new PowerShare(power, 0, 0));
        }
    }

    /** The whole analysis: links in file order, the status quo first among the scenarios. */
    public record Report(
            String commodity,
            int year,
            double demand,
            List<LinkOwnership> linkList,
            List<ScenarioShares> scenarioList) {
        public Report {
            linkList = List.copyOf(linkList);
            scenarioList = List.copyOf(scenarioList);
        }

        /** Every power that holds anything on the routes of any scenario, largest status-quo stake first. */
        public List<String> powers() {
            TreeSet<String> all = new TreeSet<>();
            scenarioList.forEach(s -> s.shareList().forEach(p -> all.add(p.power())));
            ScenarioShares base = scenarioList.getFirst();
            return all.stream()
                    .sorted(Comparator.comparingDouble((String p) -> -base.of(p).stakeWeightedShare())
                            .thenComparing(p -> -base.of(p).controlledShare())
                            .thenComparing(p -> p))
                    .toList();
        }
    }

    /** Ownership of the commodity's built links in the year, from {@code control} where it has rows, else by territory. */
    public static List<LinkOwnership> ownership(
            CorridorNetwork network, List<LinkControl> control, String commodity, int year) {
        List<LinkOwnership> result = new ArrayList<>();
        for (CorridorLink link : network.links(commodity, year)) {
            if (link.proposed()) {
                continue;
            }
            List<LinkControl> rows = control.stream()
                    .filter(c -> c.link().equals(link.id()) && c.holdsIn(year))
                    .toList();
            boolean hasOwners = rows.stream().anyMatch(c -> c.role() == LinkControl.Role.OWNER);
            Map<String, Double> stake = new TreeMap<>();
            if (hasOwners) {
                Map<String, Map<String, Double>> bySection = new LinkedHashMap<>();
                for (LinkControl c : rows) {
                    if (c.role() == LinkControl.Role.OWNER && c.power().isPresent()) {
                        bySection
                                .computeIfAbsent(c.section(), k -> new TreeMap<>())
                                .merge(c.power().get(), c.share(), Double::sum);
                    }
                }
                bySection.values().forEach(m -> m.forEach((p, s) -> stake.merge(p, s, Math::max)));
            } else {
                link.jurisdictionList().forEach(country -> stake.put(country, 1.0));
            }
            TreeSet<String> operators = new TreeSet<>();
            rows.stream()
                    .filter(c -> c.role() == LinkControl.Role.OPERATOR)
                    .forEach(c -> c.power().ifPresent(operators::add));
            TreeSet<String> powers = new TreeSet<>(stake.keySet());
            powers.addAll(operators);
            List<Hold> holds = powers.stream()
                    .map(p -> new Hold(p, Math.min(1, stake.getOrDefault(p, 0.0)), operators.contains(p)))
                    .sorted(Comparator.comparingDouble((Hold h) -> -h.stake()).thenComparing(Hold::power))
                    .toList();
            result.add(new LinkOwnership(link.id(), link.jurisdictionList(), rows, !hasOwners, holds));
        }
        return result;
    }

    /** Shares of the exports under each power's control, for one allocation. */
    public static List<PowerShare> shares(AllocationResult allocation, List<LinkOwnership> ownership) {
        Map<String, LinkOwnership> byLink = new LinkedHashMap<>();
        ownership.forEach(o -> byLink.put(o.link(), o));
        Map<String, double[]> sums = new TreeMap<>();
        for (RouteFlow route : allocation.routeList()) {
            if (route.volume() <= 0) {
                continue;
            }
            Map<String, Double> largest = new TreeMap<>();
            Map<String, Boolean> controls = new TreeMap<>();
            for (String id : route.linkList()) {
                LinkOwnership o = byLink.get(id);
                if (o == null) {
                    continue;
                }
                for (Hold h : o.holdList()) {
                    largest.merge(h.power(), h.stake(), Math::max);
                    controls.merge(h.power(), h.stake() > 0.5 || h.operates(), Boolean::logicalOr);
                }
            }
            for (Map.Entry<String, Double> e : largest.entrySet()) {
                double[] s = sums.computeIfAbsent(e.getKey(), k -> new double[2]);
                s[0] += route.volume() * e.getValue();
                if (controls.get(e.getKey())) {
                    s[1] += route.volume();
                }
            }
        }
        double demand = allocation.demand();
        return sums.entrySet().stream()
                .map(e -> new PowerShare(
                        e.getKey(),
                        demand > 0 ? e.getValue()[0] / demand : 0,
                        demand > 0 ? e.getValue()[1] / demand : 0))
                .toList();
    }

    /** The status quo and every default disruption scenario of the commodity and year. */
    public static Report analyse(
            CorridorNetwork network,
            CorridorAllocator allocator,
            List<LinkControl> control,
            String commodity,
            int year) {
        return analyse(network, allocator, control, commodity, year, org.multivector.work.Cancellation.NEVER);
    }

    /**
     * As {@link #analyse(CorridorNetwork, CorridorAllocator, List, String, int)}, checking
     * {@code cancellation} in each scenario's allocation.
     *
     * @throws org.multivector.work.ComputationCancelledException when stopped
     */
    public static Report analyse(
            CorridorNetwork network,
            CorridorAllocator allocator,
            List<LinkControl> control,
            String commodity,
            int year,
            org.multivector.work.Cancellation cancellation) {
        List<LinkOwnership> ownership = ownership(network, control, commodity, year);
        List<ScenarioShares> scenarios = new ArrayList<>();
        double demand = 0;
        for (Map.Entry<String, List<Disruption>> scenario :
                ExpansionPlanning.defaultScenarios(network, commodity, year).entrySet()) {
            AllocationResult result = allocator.allocate(
                    network, new AllocationRequest(commodity, year, scenario.getValue(), List.of()), cancellation);
            demand = result.demand();
            scenarios.add(new ScenarioShares(
                    scenario.getKey().equals("none") ? "status quo" : scenario.getKey(),
                    result.deliveredShare(),
                    shares(result, ownership)));
        }
        return new Report(commodity, year, demand, ownership, scenarios);
    }
}
