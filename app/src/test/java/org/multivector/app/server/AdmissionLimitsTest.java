package org.multivector.app.server;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admission limits that bound the server's heap under concurrent work (issue 17: 48
 * concurrent 1 MiB bodies once filled a 6.3 GB heap). The heap itself is measured by
 * scripts/memory-under-load.sh; here, that the compute slots scale with the heap, not only the
 * cores. The job limits are tested by HardeningApiTest (20 submissions at once: at most 8 accepted).
 */
class AdmissionLimitsTest {

    private static final long MAX_HEAP = Runtime.getRuntime().maxMemory();

    @Test
    void the_requests_computing_at_once_fit_the_heap_at_the_worst_a_body_can_claim() {
        assertThat(ComputeSlots.SLOTS)
                .isBetween(2, Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
        if (ComputeSlots.SLOTS > 2) {
            assertThat((long) ComputeSlots.SLOTS * ComputeSlots.HEAP_PER_SLOT).isLessThanOrEqualTo(MAX_HEAP);
        }
        assertThat(ServerSettings.DEFAULT_MAX_REQUEST_BYTES).isEqualTo(1L << 20);
    }
}
