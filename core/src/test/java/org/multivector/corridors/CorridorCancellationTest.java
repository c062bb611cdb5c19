package org.multivector.corridors;

import org.junit.jupiter.api.Test;
import org.multivector.work.ComputationCancelledException;
import org.multivector.work.CountingCancellation;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Corridor computations poll their cancellation before each solve and stop at the first poll that
 * says stop (the poll count is the proof that no further solve ran).
 */
class CorridorCancellationTest {

    private final CorridorAllocator allocator = new MinCostFlowAllocator();

    @Test
    void an_allocation_checks_before_each_period_it_solves() throws Exception {
        CorridorNetwork network = Fixtures.twoRoutes();
        String link = network.links("crude", 2024).getFirst().id();
        List<Disruption> outages = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            outages.add(new Disruption.CutCapacity(link, 0.5, Period.days(20 + 40 * k, 10)));
        }
        AllocationRequest request = new AllocationRequest("crude", 2024, outages, List.of());
        CountingCancellation whole = new CountingCancellation(Integer.MAX_VALUE);
        AllocationResult full = allocator.allocate(network, request, whole);
        assertThat(whole.polls())
                .as("the six outage periods, the days without one, and the undisrupted baseline")
                .isEqualTo(8);
        assertThat(full).isEqualTo(allocator.allocate(network, request));

        CountingCancellation stop = new CountingCancellation(1);
        assertThatThrownBy(() -> allocator.allocate(network, request, stop))
                .isInstanceOf(ComputationCancelledException.class);
        assertThat(stop.polls()).isEqualTo(2);
    }

    @Test
    void exposure_criticality_and_control_stop_at_the_first_refusal() throws Exception {
        CorridorNetwork network = Fixtures.random(3);
        CountingCancellation exposure = new CountingCancellation(2);
        assertThatThrownBy(() -> CorridorExposure.of(network, allocator, "crude", 2024, exposure))
                .isInstanceOf(ComputationCancelledException.class);
        assertThat(exposure.polls()).isEqualTo(3);

        CountingCancellation whole = new CountingCancellation(Integer.MAX_VALUE);
        CorridorCriticality.analyse(network, "crude", 2024, true, whole);
        assertThat(whole.polls())
                .as("one poll per failure re-optimised, and one before")
                .isGreaterThan(network.links("crude", 2024).size());
        CountingCancellation criticality = new CountingCancellation(whole.polls() - 1);
        assertThatThrownBy(() -> CorridorCriticality.analyse(network, "crude", 2024, true, criticality))
                .isInstanceOf(ComputationCancelledException.class);
        assertThat(criticality.polls()).isEqualTo(whole.polls());

        CountingCancellation control = new CountingCancellation(0);
        assertThatThrownBy(() -> CorridorControl.analyse(network, allocator, List.of(), "crude", 2024, control))
                .isInstanceOf(ComputationCancelledException.class);
        assertThat(control.polls()).isEqualTo(1);
    }
}
