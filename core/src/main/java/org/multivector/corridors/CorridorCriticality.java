package org.multivector.corridors;

import org.multivector.corridors.flow.FlowSolution;
import org.multivector.corridors.flow.NetworkSimplex;
import org.multivector.corridors.flow.Reoptimizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Criticality of links: the loss when one link, or two, fail for the whole year, with the minimum cut
 * that explains each loss (docs/corridors.md, "Criticality"). Each failure is re-optimised warm from
 * the status-quo optimum by successive shortest paths ({@link Reoptimizer}); the loss is exact, as
 * re-solving from scratch would give (tested).
 */
public final class CorridorCriticality {

    private CorridorCriticality() {}

    /** Single failures of every built link, then pairs of links that carry flow; largest loss first within each. */
    public static Report analyse(CorridorNetwork network, String commodityId, int year, boolean pairs) {
        return analyse(network, commodityId, year, pairs, org.multivector.work.Cancellation.NEVER);
    }

    /**
     * As {@link #analyse(CorridorNetwork, String, int, boolean)}, checking {@code cancellation}
     * before each failure is re-optimised (links, or pairs of links: quadratic in the links).
     *
     * @throws org.multivector.work.ComputationCancelledException when stopped
     */
    public static Report analyse(
            CorridorNetwork network,
            String commodityId,
            int year,
            boolean pairs,
            org.multivector.work.Cancellation cancellation) {
        cancellation.check();
        Commodity commodity = MinCostFlowAllocator.commodity(network, commodityId);
        List<ExportSupply> supplies = MinCostFlowAllocator.supplies(network, commodity, year);
        List<CorridorLink> links = MinCostFlowAllocator.builtLinks(network, commodityId, year, List.of());
        double[] ones = new double[links.size()];
        java.util.Arrays.fill(ones, 1);
        FlowModel model = FlowModel.build(network, commodity, links, ones, supplies);
        FlowSolution base = NetworkSimplex.solve(model.network);
        Reoptimizer re = base.reoptimizer();
        long baseUndelivered = model.undeliveredUnits(base::flow);
        List<LinkCriticality> singles = new ArrayList<>();
        List<Integer> carrying = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            cancellation.check();
            singles.add(fail(network, links, supplies, model, re, baseUndelivered, base, List.of(i)));
            if (base.flow(i) > 0) {
                carrying.add(i);
            }
        }
        List<LinkCriticality> pairList = new ArrayList<>();
        if (pairs) {
            for (int a = 0; a < carrying.size(); a++) {
                for (int b = a + 1; b < carrying.size(); b++) {
                    cancellation.check();
                    pairList.add(fail(
                            network,
                            links,
                            supplies,
                            model,
                            re,
                            baseUndelivered,
                            base,
                            List.of(carrying.get(a), carrying.get(b))));
                }
            }
        }
        Comparator<LinkCriticality> order = Comparator.comparingDouble(LinkCriticality::lostVolume)
                .reversed()
                .thenComparing(Comparator.comparingDouble(LinkCriticality::costIncreaseMillionUsd)
                        .reversed())
                .thenComparing(LinkCriticality::name);
        singles.sort(order);
        pairList.sort(order);
        return new Report(
                commodity,
                year,
                supplies.stream().mapToDouble(ExportSupply::volume).sum(),
                singles,
                pairList);
    }

    /** Single and pair failures of one commodity in one year. */
    public record Report(
            Commodity commodity,
            int year,
            double demand,
            List<LinkCriticality> singleList,
            List<LinkCriticality> pairList) {
        public Report {
            singleList = List.copyOf(singleList);
            pairList = List.copyOf(pairList);
        }
    }

    private static LinkCriticality fail(
            CorridorNetwork network,
            List<CorridorLink> links,
            List<ExportSupply> supplies,
            FlowModel model,
            Reoptimizer re,
            long baseUndelivered,
            FlowSolution base,
            List<Integer> arcs) {
        long carried = 0;
        for (int arc : arcs) {
            re.lower(arc, 0);
            carried += base.flow(arc);
        }
        long lost = model.undeliveredUnits(re::flow) - baseUndelivered;
        double cost = model.costMillionUsd(re::flow)
                - MinCostFlowAllocator.sameVolumeCost(
                        network, model.commodity, links, new double[links.size()], model, re::flow, supplies);
        List<String> cut = lost > 0 ? model.minCut(re::flow, re::capacity) : List.of();
        List<String> names = arcs.stream().map(a -> model.arcLink[a].id()).toList();
        re.undo();
        double scale = FlowModel.SCALE;
        return new LinkCriticality(names, lost / scale, Math.max(0, carried - lost) / scale, cost, cut);
    }
}
