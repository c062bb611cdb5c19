package org.multivector.corridors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Capacity what-ifs: for every expansion option and every disruption scenario, the undelivered
 * volume it saves (docs/corridors.md, "Expansion what-ifs").
 */
public final class ExpansionPlanning {

    private ExpansionPlanning() {}

    /**
     * The default scenarios: the status quo, each foreign country closed for the year, and each
     * dated disruption of the dataset replayed on this year's network (when its link is built).
     */
    public static Map<String, List<Disruption>> defaultScenarios(CorridorNetwork network, String commodity, int year) {
        Map<String, List<Disruption>> scenarios = new LinkedHashMap<>();
        scenarios.put("none", List.of());
        for (String country : network.jurisdictions(commodity, year)) {
            if (!country.equals(network.focal())) {
                Disruption d = new Disruption.CloseJurisdiction(country, Period.fullYear());
                scenarios.put(d.label(), List.of(d));
            }
        }
        List<String> built = MinCostFlowAllocator.builtLinks(network, commodity, year, List.of()).stream()
                .map(CorridorLink::id)
                .toList();
        for (HistoricalDisruption h : network.history()) {
            if (!h.assetIsNode() && built.contains(h.asset()) && h.cutShare() > 0) {
                scenarios.put(h.id() + " replayed", List.of(h.toDisruption()));
            }
        }
        return scenarios;
    }

    /** Every option under every scenario, in option then scenario order. */
    public static List<ExpansionEffect> evaluate(
            CorridorNetwork network,
            CorridorAllocator allocator,
            String commodity,
            int year,
            List<ExpansionOption> options,
            Map<String, List<Disruption>> scenarios) {
        List<ExpansionEffect> effects = new ArrayList<>();
        Map<String, AllocationResult> without = new LinkedHashMap<>();
        for (Map.Entry<String, List<Disruption>> scenario : scenarios.entrySet()) {
            without.put(
                    scenario.getKey(),
                    allocator.allocate(
                            network, new AllocationRequest(commodity, year, scenario.getValue(), List.of())));
        }
        for (ExpansionOption option : options) {
            for (Map.Entry<String, List<Disruption>> scenario : scenarios.entrySet()) {
                AllocationResult before = without.get(scenario.getKey());
                AllocationResult after = allocator.allocate(
                        network,
                        new AllocationRequest(commodity, year, scenario.getValue(), List.of(option.toExpansion())));
                effects.add(new ExpansionEffect(
                        option.id(),
                        scenario.getKey(),
                        before.undelivered(),
                        after.undelivered(),
                        before.undelivered() - after.undelivered(),
                        after.costMillionUsd() - before.costMillionUsd()));
            }
        }
        return effects;
    }
}
