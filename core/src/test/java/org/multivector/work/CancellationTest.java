package org.multivector.work;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CancellationTest {

    @Test
    void check_throws_with_the_reason_once_cancelled_and_never_before() {
        CountingCancellation cancellation = new CountingCancellation(2);
        cancellation.check();
        cancellation.check();
        assertThatThrownBy(cancellation::check)
                .isInstanceOf(ComputationCancelledException.class)
                .isInstanceOf(java.util.concurrent.CancellationException.class)
                .hasMessage("stopped by the test after 2 polls");
    }

    @Test
    void never_is_never_cancelled_and_doubles_as_a_stop_signal() {
        Cancellation.NEVER.check();
        assertThat(Cancellation.NEVER.getAsBoolean()).isFalse();
        assertThat(new CountingCancellation(0).getAsBoolean()).isTrue();
    }
}
