package org.multivector.corridors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CorridorCriticalityTest {

    private final CorridorAllocator allocator = new MinCostFlowAllocator();

    @Test
    void losing_the_cheap_route_strands_its_volume_behind_a_cut_of_the_full_route_and_the_failed_one()
            throws Exception {
        CorridorCriticality.Report report = CorridorCriticality.analyse(Fixtures.twoRoutes(), "crude", 2024, true);
        LinkCriticality a = report.singleList().getFirst();
        assertThat(a.linkList()).containsExactly("A");
        assertThat(a.lostVolume()).isCloseTo(6, within(1e-9));
        assertThat(a.minCutList()).containsExactlyInAnyOrder("A", "B");
        assertThat(report.pairList()).singleElement().satisfies(pair -> {
            assertThat(pair.lostVolume()).isCloseTo(9, within(1e-9));
            assertThat(pair.minCutList()).containsExactlyInAnyOrder("A", "B");
        });
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void warm_failures_match_allocations_from_scratch_and_the_cut_bounds_what_is_delivered(long seed) {
        CorridorNetwork network = Fixtures.random(seed);
        CorridorCriticality.Report report = CorridorCriticality.analyse(network, "crude", 2024, true);
        AllocationResult base = allocator.allocate(network, AllocationRequest.baseline("crude", 2024));
        for (LinkCriticality k : report.singleList()) {
            AllocationResult cold = allocator.allocate(
                    network,
                    AllocationRequest.baseline("crude", 2024)
                            .with(new Disruption.CloseLink(k.linkList().getFirst(), Period.fullYear())));
            assertThat(k.lostVolume()).as("loss without %s", k.name()).isCloseTo(cold.lostVolume(), within(1e-6));
            assertThat(k.costIncreaseMillionUsd())
                    .isCloseTo(cold.costIncreaseMillionUsd(), within(1e-6))
                    .isGreaterThanOrEqualTo(-1e-9);
            if (k.lostVolume() > 0) {
                assertThat(k.minCutList()).contains(k.linkList().getFirst());
            }
        }
        for (LinkCriticality k : report.pairList()) {
            AllocationResult cold = allocator.allocate(
                    network,
                    AllocationRequest.baseline("crude", 2024)
                            .with(
                                    new Disruption.CloseLink(k.linkList().get(0), Period.fullYear()),
                                    new Disruption.CloseLink(k.linkList().get(1), Period.fullYear())));
            assertThat(k.lostVolume()).as("loss without %s", k.name()).isCloseTo(cold.lostVolume(), within(1e-6));
            if (k.lostVolume() > 1e-9) {
                // the cut's capacities (closed links count 0) plus what the other exporters deliver bound the delivered
                // volume
                double cutCapacity = k.minCutList().stream()
                        .filter(id -> !k.linkList().contains(id))
                        .mapToDouble(id -> network.links("crude", 2024).stream()
                                .filter(l -> l.id().equals(id))
                                .findFirst()
                                .orElseThrow()
                                .capacity()
                                .orElse(Double.POSITIVE_INFINITY))
                        .sum();
                assertThat(cutCapacity).isLessThanOrEqualTo(cold.delivered() + 1e-6);
            }
        }
        List<Double> losses =
                report.singleList().stream().map(LinkCriticality::lostVolume).toList();
        assertThat(losses).isSortedAccordingTo((x, y) -> Double.compare(y, x));
    }
}
