package org.multivector.corridors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** One disruption syntax for the command line and the API. */
class DisruptionSyntaxTest {

    private static final Period YEAR = Period.days(0, Period.DAYS);

    @Test
    void aCutNamesTheShareTakenAway() {
        assertThat(DisruptionSyntax.cut("CPC_SEA=67%", YEAR).share()).isCloseTo(0.67, within(1e-12));
        assertThat(DisruptionSyntax.cut("CPC_SEA=67", YEAR).share()).isCloseTo(0.67, within(1e-12));
        assertThat(DisruptionSyntax.cut("CPC_SEA", YEAR).share()).isEqualTo(1.0);
        assertThat(DisruptionSyntax.cut("CPC_SEA", YEAR).link()).isEqualTo("CPC_SEA");
    }

    @Test
    void aReductionNamesTheShareLeft() {
        Disruption.CutCapacity leave = DisruptionSyntax.leave("CPC_SEA:0.2", YEAR);
        assertThat(leave.link()).isEqualTo("CPC_SEA");
        assertThat(leave.share()).isCloseTo(0.8, within(1e-12));
        assertThat(leave.label()).startsWith("cut CPC_SEA by 80%");
    }

    @Test
    void malformedOrOutOfRangeTextsAreRefusedWithTheForm() {
        assertThatThrownBy(() -> DisruptionSyntax.cut("CPC_SEA=120%", YEAR)).hasMessageContaining("cannot exceed 100%");
        assertThatThrownBy(() -> DisruptionSyntax.cut("CPC SEA", YEAR)).hasMessageContaining("LINK=PERCENT");
        assertThatThrownBy(() -> DisruptionSyntax.leave("CPC_SEA:1.5", YEAR)).hasMessageContaining("from 0 to 1");
        assertThatThrownBy(() -> DisruptionSyntax.leave("CPC_SEA", YEAR)).hasMessageContaining("LINK:SHARE_LEFT");
        assertThat(DisruptionSyntax.link("CPC_SEA:0.2")).isEqualTo("CPC_SEA");
    }
}
