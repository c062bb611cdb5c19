package org.multivector.bargaining.deu;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multivector.bargaining.Issue;
import org.multivector.bargaining.Stakeholder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The out-of-sample machinery on DEU-shaped data these tests make (never the real DEU III). */
class DeuOutOfSampleTest {

    private static final DeuProcedure QMV_CNS =
            new DeuProcedure("p1", DeuProcedure.Procedure.CONSULTATION, DeuProcedure.VotingRule.QUALIFIED_MAJORITY);

    private static DeuIssue issue(String id, Double rp, double outcome, Stakeholder... stakeholders) {
        return new DeuIssue(
                id,
                Issue.of(id, List.of(stakeholders)),
                rp == null ? OptionalDouble.empty() : OptionalDouble.of(rp),
                outcome,
                false);
    }

    @Test
    void readsProposalProcedureAndRuleBesideTheIssues(@TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve("deu3.tsv"),
                String.join(
                        "\n",
                        "\"prnr\"\t\"isnr\"\t\"proc\"\t\"counvte\"\t\"pcom\"\t\"pde\"\t\"scom\"\t\"sde\"\t\"rp\"\t\"out\"",
                        "\t\t\t\t\"4.1\"\t\"2.8\"\t\t\t\t",
                        "\"d1\"\t\"d1i1\"\t\"COD\"\t\"QMV\"\t100\t0\t50\t50\t0\t40",
                        "\"d1\"\t\"d1i2\"\t\"COD\"\t\"QMV(10)\"\t0\t100\t50\t50\t\t60",
                        "\"d2\"\t\"d2i1\"\t\"CNS\"\t\"Unan\"\t0\t100\t50\t50\t\t60",
                        ""));
        Map<String, DeuProcedure> procedures = DeuProcedureReader.read(dir);
        assertThat(procedures).containsOnlyKeys("d1i1", "d1i2", "d2i1");
        assertThat(procedures.get("d1i2"))
                .isEqualTo(new DeuProcedure(
                        "d1", DeuProcedure.Procedure.CODECISION, DeuProcedure.VotingRule.QUALIFIED_MAJORITY));
        assertThat(procedures.get("d2i1"))
                .isEqualTo(
                        new DeuProcedure("d2", DeuProcedure.Procedure.CONSULTATION, DeuProcedure.VotingRule.UNANIMITY));
        assertThat(DeuReader.read(dir)).extracting(DeuIssue::id).containsExactly("d1i1", "d1i2", "d2i1");
    }

    @Test
    void withoutProceduralColumnsEveryIssueIsItsOwnUnrecordedProposal(@TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve("deu3.tsv"),
                "\"isnr\"\t\"pcom\"\t\"scom\"\t\"rp\"\t\"out\"\n\t\"1\"\t\t\t\n\"i1\"\t10\t50\t0\t10\n");
        assertThat(DeuProcedureReader.read(dir.resolve("deu3.tsv")))
                .containsExactly(Map.entry("i1", DeuProcedure.unrecorded("i1")));
    }

    @Test
    void theProceduralModelAdoptsTheCommissionsBestProposalTheDecisiveActorsPreferToTheStatusQuo() {
        // status quo 0, Commission at 100. Germany (29) at 60 accepts up to 120, France (29) at 30 up to 60,
        // Malta (3) at 0 accepts nothing but 0. QMV needs 73.9 % of 61 = 45.1 votes: Germany and France -> 60.
        DeuIssue d = issue(
                "i",
                0.0,
                50,
                new Stakeholder("com", 1, 100, 1),
                new Stakeholder("de", 1, 60, 1),
                new Stakeholder("fr", 1, 30, 1),
                new Stakeholder("mt", 1, 0, 1));
        assertThat(ProceduralModel.forecast(d, QMV_CNS)).hasValue(60.0);
        // under unanimity Malta blocks every change
        assertThat(ProceduralModel.forecast(
                        d,
                        new DeuProcedure("p", DeuProcedure.Procedure.CONSULTATION, DeuProcedure.VotingRule.UNANIMITY)))
                .hasValue(0.0);
        // under co-decision a Parliament at 20 accepts up to 40
        DeuIssue withParliament = issue(
                "j",
                0.0,
                50,
                new Stakeholder("com", 1, 100, 1),
                new Stakeholder("ep", 1, 20, 1),
                new Stakeholder("de", 1, 60, 1),
                new Stakeholder("fr", 1, 30, 1),
                new Stakeholder("mt", 1, 0, 1));
        assertThat(ProceduralModel.forecast(
                        withParliament,
                        new DeuProcedure(
                                "p", DeuProcedure.Procedure.CODECISION, DeuProcedure.VotingRule.QUALIFIED_MAJORITY)))
                .hasValue(40.0);
        assertThat(ProceduralModel.forecast(withParliament, QMV_CNS)).hasValue(60.0); // consulted only
        assertThat(ProceduralModel.forecast(
                        issue("k", null, 50, new Stakeholder("com", 1, 100, 1), new Stakeholder("de", 1, 0, 1)),
                        QMV_CNS))
                .isEmpty();
    }

    @Test
    void theFamilyContainsTheCompromiseModelAndEachKnobDoesWhatItSays() {
        DeuIssue d = issue(
                "i",
                0.0,
                50,
                new Stakeholder("com", 4, 100, 0.5),
                new Stakeholder("de", 1, 0, 1),
                new Stakeholder("fr", 1, 52, 1));
        // compromise: (4*.5*100 + 0 + 52) / (2 + 1 + 1) = 63
        assertThat(CompromiseFamily.forecast(d, QMV_CNS, CompromiseFamily.Parameters.COMPROMISE))
                .isCloseTo(63, within(1e-9));
        // a = 0: capability ignored: (50 + 0 + 52) / 2.5 = 40.8
        assertThat(CompromiseFamily.forecast(d, QMV_CNS, new CompromiseFamily.Parameters(0, 1, 1, 1, 1, 0, 0, 0)))
                .isCloseTo(40.8, within(1e-9));
        // Commission weight halved: (100 + 52) / 3 = 50.67
        assertThat(CompromiseFamily.forecast(d, QMV_CNS, new CompromiseFamily.Parameters(1, 1, 0.5, 1, 1, 0, 0, 0)))
                .isCloseTo(152.0 / 3, within(1e-9));
        // shrink 0.2 toward rp 0: 0.8 * 63
        assertThat(CompromiseFamily.forecast(d, QMV_CNS, new CompromiseFamily.Parameters(1, 1, 1, 1, 1, 0.2, 0, 0)))
                .isCloseTo(50.4, within(1e-9));
        // snap within 15: 63 moves to France's 52; within 10 it stays
        assertThat(CompromiseFamily.forecast(d, QMV_CNS, new CompromiseFamily.Parameters(1, 1, 1, 1, 1, 0, 0, 15)))
                .isEqualTo(52.0);
        assertThat(CompromiseFamily.forecast(d, QMV_CNS, new CompromiseFamily.Parameters(1, 1, 1, 1, 1, 0, 0, 10)))
                .isCloseTo(63, within(1e-9));
        assertThat(CompromiseFamily.grid())
                .contains(CompromiseFamily.Parameters.COMPROMISE)
                .hasSize(11_664);
        assertThat(CompromiseFamily.transformsGrid())
                .contains(CompromiseFamily.Parameters.COMPROMISE)
                .hasSize(24);
    }

    /** Issues whose outcomes follow the salience-weighted mean with capability ignored (a = 0), plus noise, 3 issues a proposal. */
    private static List<DeuIssue> capabilityBlindWorld(Map<String, DeuProcedure> procedures) {
        Random random = new Random(42);
        List<DeuIssue> issues = new ArrayList<>();
        for (int p = 0; p < 40; p++) {
            for (int k = 0; k < 3; k++) {
                String id = "d" + p + "i" + k;
                List<Stakeholder> st = new ArrayList<>();
                double top = 0;
                double bottom = 0;
                for (String actor : List.of("com", "ep", "de", "fr", "mt", "lu")) {
                    double capability = switch (actor) {
                        case "de", "fr" -> 4;
                        case "com", "ep" -> 2;
                        default -> 0.1;
                    };
                    double x = random.nextInt(11) * 10;
                    double s = 0.1 + 0.9 * random.nextDouble();
                    st.add(new Stakeholder(actor, capability, x, s));
                    top += s * x;
                    bottom += s;
                }
                double outcome = Math.clamp(top / bottom + random.nextGaussian() * 2, 0, 100);
                issues.add(issue(id, null, outcome, st.toArray(Stakeholder[]::new)));
                procedures.put(
                        id,
                        new DeuProcedure(
                                "d" + p,
                                DeuProcedure.Procedure.CODECISION,
                                DeuProcedure.VotingRule.QUALIFIED_MAJORITY));
            }
        }
        return issues;
    }

    @Test
    void foldsKeepEachProposalsIssuesTogetherAndTheSeedFixesThem() {
        Map<String, DeuProcedure> procedures = new HashMap<>();
        List<DeuIssue> issues = capabilityBlindWorld(procedures);
        DeuCrossValidation cv = new DeuCrossValidation(issues, procedures, CompromiseFamily.transformsGrid());
        List<List<Integer>> folds = cv.folds(2, 7);
        assertThat(folds).hasSize(2);
        assertThat(folds.get(0).size() + folds.get(1).size()).isEqualTo(issues.size());
        Set<String> first = new HashSet<>();
        folds.get(0).forEach(i -> first.add(procedures.get(issues.get(i).id()).proposal()));
        folds.get(1)
                .forEach(i -> assertThat(first)
                        .doesNotContain(procedures.get(issues.get(i).id()).proposal()));
        assertThat(first).hasSize(20);
        assertThat(cv.folds(2, 7)).isEqualTo(folds);
        assertThat(cv.folds(2, 8)).isNotEqualTo(folds);
    }

    @Test
    void parametersChosenOnOneHalfRecoverTheTrueWeightingAndBeatTheCompromiseModelOnTheOther() {
        Map<String, DeuProcedure> procedures = new HashMap<>();
        List<DeuIssue> issues = capabilityBlindWorld(procedures);
        DeuCrossValidation cv = new DeuCrossValidation(issues, procedures, CompromiseFamily.transformsGrid());
        for (DeuCrossValidation.Fold fold : cv.crossValidate(2, 1)) {
            assertThat(fold.chosen().capabilityExponent()).isZero();
            assertThat(fold.chosen().salienceExponent()).isEqualTo(1.0);
            assertThat(fold.test().mae()).isLessThan(fold.compromise().mae() / 2);
            assertThat(fold.proposals()).isEqualTo(20);
        }
        DeuCrossValidation.Repeated repeated = cv.repeated(5, 3, 1);
        assertThat(repeated.fitted())
                .hasSize(3)
                .allSatisfy(s -> assertThat(s.issues()).isEqualTo(120));
        assertThat(repeated.meanMae())
                .isLessThan(repeated.compromise().mae() / 2)
                .isBetween(repeated.minMae() - 1e-9, repeated.maxMae() + 1e-9);
    }

    @Test
    void whenNothingBeatsTheCompromiseModelItIsWhatGetsChosen() {
        Map<String, DeuProcedure> procedures = new HashMap<>();
        List<DeuIssue> blind = capabilityBlindWorld(procedures);
        // outcomes replaced by the exact compromise forecast: no member can do better on any training part
        List<DeuIssue> exact = blind.stream()
                .map(d -> new DeuIssue(
                        d.id(),
                        d.issue(),
                        d.referencePoint(),
                        CompromiseFamily.forecast(d, procedures.get(d.id()), CompromiseFamily.Parameters.COMPROMISE),
                        false))
                .toList();
        DeuCrossValidation cv = new DeuCrossValidation(exact, procedures, CompromiseFamily.transformsGrid());
        assertThat(cv.crossValidate(2, 3)).allSatisfy(f -> {
            assertThat(f.chosen()).isEqualTo(CompromiseFamily.Parameters.COMPROMISE);
            assertThat(f.test().mae()).isCloseTo(0, within(1e-4));
        });
    }
}
