package org.multivector.corridors;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Allocations of the two-route fixture, computed by hand in the comments. */
class MinCostFlowAllocatorTest {

    private final CorridorAllocator allocator = new MinCostFlowAllocator();

    private AllocationResult allocate(AllocationRequest request) throws Exception {
        return allocator.allocate(Fixtures.twoRoutes(), request);
    }

    @Test
    void fills_the_cheap_route_then_the_dear_one_and_leaves_the_rest_undelivered() throws Exception {
        // A carries 6 at 1 USD/t, B 3 at 5 USD/t: 1 Mt has no room; cost 6 + 15 = 21 M USD
        AllocationResult r = allocate(AllocationRequest.baseline("crude", 2024));
        assertThat(r.demand()).isEqualTo(10);
        assertThat(r.delivered()).isCloseTo(9, within(1e-9));
        assertThat(r.undelivered()).isCloseTo(1, within(1e-9));
        assertThat(r.rerouted()).isZero();
        assertThat(r.costMillionUsd()).isCloseTo(21, within(1e-9));
        assertThat(r.flowOn("A")).isCloseTo(6, within(1e-9));
        assertThat(r.flowOn("B")).isCloseTo(3, within(1e-9));
        assertThat(r.routeList()).extracting(RouteFlow::name).containsExactly("A", "B");
        assertThat(r.revenueAtRiskMillionUsd()).isZero();
    }

    @Test
    void closing_a_country_for_the_year_loses_what_no_other_route_can_take() throws Exception {
        // BBB closes A; B is already full: 6 more Mt are lost, worth 6 x 7.97e6 bbl x 80 USD = 3,825.6 M USD
        AllocationResult r = allocate(AllocationRequest.baseline("crude", 2024)
                .with(new Disruption.CloseJurisdiction("BBB", Period.fullYear())));
        assertThat(r.delivered()).isCloseTo(3, within(1e-9));
        assertThat(r.undelivered()).isCloseTo(7, within(1e-9));
        assertThat(r.lostVolume()).isCloseTo(6, within(1e-9));
        assertThat(r.rerouted()).isZero();
        assertThat(r.revenueAtRiskMillionUsd()).isCloseTo(3825.6, within(1e-6));
        // the 3 Mt still delivered go by B at 5 USD/t (15 M USD) where the status quo would send them by A at 1 (3 M
        // USD)
        assertThat(r.costIncreaseMillionUsd()).isCloseTo(12, within(1e-9));
        assertThat(r.costMillionUsd() - r.baselineCostMillionUsd()).isCloseTo(-6, within(1e-9));
    }

    @Test
    void a_disruption_for_part_of_the_year_weighs_by_its_share_of_the_year() throws Exception {
        // A closed 73 days (0.2 of the year): 0.2 x 7 + 0.8 x 1 = 2.2 Mt undelivered
        AllocationResult r = allocate(
                AllocationRequest.baseline("crude", 2024).with(new Disruption.CloseLink("A", Period.days(100, 73))));
        assertThat(r.undelivered()).isCloseTo(2.2, within(1e-9));
        assertThat(r.flowOn("A")).isCloseTo(4.8, within(1e-9));
        assertThat(r.linkList())
                .filteredOn(l -> l.link().equals("A"))
                .first()
                .satisfies(l -> assertThat(l.availableCapacity().getAsDouble()).isCloseTo(4.8, within(1e-9)));
    }

    @Test
    void a_capacity_cut_keeps_the_remaining_share() throws Exception {
        // A cut by 50% all year: 3 + 3 delivered, 4 undelivered
        AllocationResult r = allocate(AllocationRequest.baseline("crude", 2024)
                .with(new Disruption.CutCapacity("A", 0.5, Period.fullYear())));
        assertThat(r.delivered()).isCloseTo(6, within(1e-9));
    }

    @Test
    void overlapping_disruptions_split_the_year_into_periods() throws Exception {
        // A cut 50% on days 0-199 and closed on days 100-299: days 0-99 A=3, 100-299 A=0, 300-364 A=6
        AllocationResult r = allocate(AllocationRequest.baseline("crude", 2024)
                .with(
                        new Disruption.CutCapacity("A", 0.5, new Period(0, 200)),
                        new Disruption.CloseLink("A", new Period(100, 300))));
        double expectedA = (100 * 3 + 200 * 0 + 65 * 6) / 365.0;
        assertThat(r.flowOn("A")).isCloseTo(expectedA, within(1e-9));
        assertThat(r.flowOn("B")).isCloseTo(3, within(1e-9));
    }

    @Test
    void new_capacity_carries_what_a_closure_strands_and_counts_as_rerouted() throws Exception {
        // B widened to 7 and A closed: 7 via B, 3 lost; B gains 4 over the status quo (3)
        AllocationResult r = allocate(AllocationRequest.baseline("crude", 2024)
                .with(new Disruption.CloseLink("A", Period.fullYear()))
                .with(new Expansion.AddCapacity("B", 4)));
        assertThat(r.delivered()).isCloseTo(7, within(1e-9));
        assertThat(r.rerouted()).isCloseTo(4, within(1e-9));
        assertThat(r.costMillionUsd()).isCloseTo(35, within(1e-9));
    }

    @Test
    void a_dated_event_replays_on_its_days() throws Exception {
        CorridorNetwork network = Fixtures.twoRoutes();
        HistoricalDisruption storm = network.historical("STORM").orElseThrow();
        assertThat(storm.toDisruption().period())
                .isEqualTo(Period.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 10)));
        AllocationResult r = allocator.allocate(
                network, AllocationRequest.baseline("crude", 2024).with(storm.toDisruption()));
        // 10 days without A: 6 x 10/365 more undelivered
        assertThat(r.undelivered()).isCloseTo(1 + 6 * 10 / 365.0, within(1e-9));
    }

    @Test
    void names_what_is_wrong_in_a_request() throws Exception {
        assertThatThrownBy(() -> allocate(AllocationRequest.baseline("crude", 2019)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no crude export volumes for 2019");
        assertThatThrownBy(() -> allocate(AllocationRequest.baseline("gas", 2024)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("commodity 'gas'");
        assertThatThrownBy(() -> allocate(AllocationRequest.baseline("crude", 2024)
                        .with(new Disruption.CloseLink("Z", Period.fullYear()))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("link 'Z'");
        assertThatThrownBy(() ->
                        allocate(AllocationRequest.baseline("crude", 2024).with(new Expansion.AddCapacity("Z", 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("link 'Z'");
    }

    @Test
    void exposure_reports_crossing_shares_and_worst_case_losses() throws Exception {
        List<JurisdictionExposure> rows = CorridorExposure.of(Fixtures.twoRoutes(), allocator, "crude", 2024);
        JurisdictionExposure aaa =
                rows.stream().filter(e -> e.country().equals("AAA")).findFirst().orElseThrow();
        JurisdictionExposure bbb =
                rows.stream().filter(e -> e.country().equals("BBB")).findFirst().orElseThrow();
        JurisdictionExposure ddd =
                rows.stream().filter(e -> e.country().equals("DDD")).findFirst().orElseThrow();
        assertThat(aaa.crossingShare()).isCloseTo(0.9, within(1e-9));
        assertThat(aaa.lossIfClosed()).isCloseTo(9, within(1e-9));
        assertThat(bbb.crossingVolume()).isCloseTo(6, within(1e-9));
        assertThat(bbb.lossIfClosed()).isCloseTo(6, within(1e-9));
        assertThat(ddd.lossIfClosed()).isCloseTo(3, within(1e-9));
        assertThat(rows.getFirst().country()).isEqualTo("AAA");
    }

    @Test
    void expansion_planning_measures_the_undelivered_volume_saved() throws Exception {
        CorridorNetwork network = Fixtures.twoRoutes();
        var scenarios = ExpansionPlanning.defaultScenarios(network, "crude", 2024);
        assertThat(scenarios).containsKeys("none", "close BBB", "close DDD", "STORM replayed");
        List<ExpansionEffect> effects =
                ExpansionPlanning.evaluate(network, allocator, "crude", 2024, network.expansions("crude"), scenarios);
        ExpansionEffect none = effects.stream()
                .filter(e -> e.scenario().equals("none"))
                .findFirst()
                .orElseThrow();
        ExpansionEffect closeBbb = effects.stream()
                .filter(e -> e.scenario().equals("close BBB"))
                .findFirst()
                .orElseThrow();
        assertThat(none.saved()).isCloseTo(1, within(1e-9));
        assertThat(closeBbb.saved()).isCloseTo(4, within(1e-9));
        assertThat(effects.stream()
                        .filter(e -> e.scenario().equals("close DDD"))
                        .findFirst()
                        .orElseThrow()
                        .saved())
                .isZero();
    }

    @Test
    void calibration_sets_published_volumes_beside_the_model() throws Exception {
        CorridorNetwork network = Fixtures.twoRoutes();
        List<CalibrationRow> rows =
                CalibrationRow.of(network, allocator.allocate(network, AllocationRequest.baseline("crude", 2024)));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.observed()).isEqualTo(5.5);
            assertThat(row.modelled()).isCloseTo(6, within(1e-9));
            assertThat(row.difference()).isCloseTo(0.5, within(1e-9));
        });
    }

    @Test
    void an_added_capacity_above_the_stated_maximum_is_refused() {
        assertThatThrownBy(() -> new Expansion.AddCapacity("B", 1e16))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not exceed 1e9");
    }
}
