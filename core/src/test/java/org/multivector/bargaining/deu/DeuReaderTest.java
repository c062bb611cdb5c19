package org.multivector.bargaining.deu;

import org.junit.jupiter.api.Test;
import org.multivector.bargaining.Stakeholder;
import org.multivector.bargaining.io.InvalidIssueException;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

/** A hand-made three-issue fixture in the DEU III layout (not the real data, which lives outside the repository). */
class DeuReaderTest {

    private static List<DeuIssue> fixture() throws Exception {
        try (InputStream in = DeuReaderTest.class.getResourceAsStream("/bargaining/deu/deu3.tsv")) {
            return DeuReader.read(in, "deu3.tsv");
        }
    }

    @Test
    void readsPositionsSaliencesCapabilitiesReferencePointAndOutcome() throws Exception {
        List<DeuIssue> issues = fixture();
        assertThat(issues).extracting(DeuIssue::id).containsExactly("i1", "i2"); // i3 has no outcome
        DeuIssue first = issues.getFirst();
        assertThat(first.issue().stakeholderList())
                .extracting(Stakeholder::name)
                .containsExactly("com", "ep", "de", "fr");
        Stakeholder fr = first.issue().stakeholderList().get(3);
        assertThat(fr.capability()).isEqualTo(2.8);
        assertThat(fr.salience()).isZero(); // blank salience beside a position counts as 0
        assertThat(first.issue().stakeholderList().getFirst().salience()).isEqualTo(0.8);
        assertThat(first.referencePoint()).hasValue(0.0);
        assertThat(first.outcome()).isEqualTo(50.0);
        assertThat(first.yesNo()).isFalse(); // fr at 40
        DeuIssue second = issues.get(1);
        assertThat(second.referencePoint()).isEmpty();
        assertThat(second.yesNo()).isTrue();
        assertThat(second.hit(60)).isTrue();
        assertThat(first.hit(60)).isFalse();
    }

    @Test
    void scoresTheCompromiseModelByHand() throws Exception {
        List<DeuValidation.Score> scores = DeuValidation.score(fixture(), DeuValidation.standardForecasters(List.of()));
        DeuValidation.Score mean = scores.getFirst();
        // i1: weights com 4.1*.8, ep 4.1*.2, de 2.8*.6, fr 0 -> (328+82+0)/(3.28+.82+1.68) = 70.934..., error 20.934
        // i2: weights all 4.1*.5 or 2.8*.5 -> (0 + 205 + 140 + 0)/(2.05+2.05+1.4+1.4) = 50, error 50 (a hit: yes/no, <
        // 50? no: = 50)
        double i1 = Math.abs((4.1 * 0.8 * 100 + 4.1 * 0.2 * 100) / (4.1 * 0.8 + 4.1 * 0.2 + 2.8 * 0.6) - 50);
        assertThat(mean.scored()).isEqualTo(2);
        assertThat(mean.mae()).isCloseTo((i1 + 50) / 2, within(1e-9));
        assertThat(mean.hitRate()).isEqualTo(0.0);
        DeuValidation.Score nash = scores.get(3);
        assertThat(nash.scored()).isEqualTo(1);
    }

    @Test
    void capabilityMeasuresReplaceOnlyCapabilities() throws Exception {
        DeuIssue first = fixture().getFirst();
        DeuIssue votes = CapabilityMeasure.COUNCIL_VOTES.apply(first);
        assertThat(votes.issue().stakeholderList())
                .extracting(Stakeholder::capability)
                .containsExactly(29.0, 29.0, 29.0, 29.0);
        assertThat(votes.issue().stakeholderList())
                .extracting(Stakeholder::position)
                .containsExactlyElementsOf(first.issue().stakeholderList().stream()
                        .map(Stakeholder::position)
                        .toList());
        assertThat(CapabilityMeasure.EQUAL.apply(first).issue().stakeholderList())
                .extracting(Stakeholder::capability)
                .containsOnly(1.0);
        assertThat(CapabilityMeasure.DATASET.apply(first)).isSameAs(first);
    }

    @Test
    void aBadNumberIsReportedWithItsPlace() {
        String text = "\"isnr\"\t\"pcom\"\t\"scom\"\t\"rp\"\t\"out\"\n\t\"1\"\t\t\t\n\"i1\"\tabc\t50\t0\t10\n";
        InvalidIssueException e = catchThrowableOfType(
                InvalidIssueException.class,
                () -> DeuReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "bad.tsv"));
        assertThat(e.problems().getFirst().format()).startsWith("bad.tsv:3:6: [not-a-number]");
    }
}
