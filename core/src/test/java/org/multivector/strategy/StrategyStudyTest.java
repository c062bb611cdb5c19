package org.multivector.strategy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.multivector.dataset.Datasets;
import org.multivector.scenario.EnsembleListener;
import org.multivector.scenario.InvalidScenarioException;
import org.multivector.scenario.Scenario;
import org.multivector.scenario.ScenarioModel;
import org.multivector.scenario.ScenarioReader;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Kazakhstan example study end to end on the scenario model: levers act, experiments resume, every analysis answers. */
class StrategyStudyTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "strategy", "kazakhstan-autonomy.yaml");
    private static String text;
    private static Study study;
    private static PolicyEvaluator evaluator;

    @BeforeAll
    static void load() throws Exception {
        text = Files.readString(EXAMPLE);
        Scenario scenario = ScenarioReader.read(new StringReader(text), EXAMPLE.toString());
        study = StudyReader.read(scenario, text, EXAMPLE.toString());
        evaluator = new PolicyEvaluator(
                study, ScenarioModel.compile(scenario, Datasets.embedded("kazakhstan"), EXAMPLE.toString()));
    }

    @Test
    void theExampleDeclaresItsLeversWithCostsAndPolicies() {
        assertThat(study.leverList())
                .extracting(l -> l.name())
                .contains("aktauBtcCapacity", "transCaspianCapacity", "focalCapability");
        assertThat(study.leverList())
                .allSatisfy(l -> assertThat(l.cost().reference().isEmpty()
                                && l.cost().assumption().isEmpty())
                        .isFalse());
        assertThat(study.policyList().get(0).name()).isEqualTo("status-quo");
        assertThat(study.leverList().stream()
                        .filter(l -> l.name().equals("focalCapability"))
                        .findFirst()
                        .orElseThrow()
                        .baseline())
                .isEqualTo(0.3);
    }

    @Test
    void moreCaspianCapacityCutsRevenueAtRiskInTheSameScenario() {
        double[] u = new double[evaluator.dimensions()];
        java.util.Arrays.fill(u, 0.9); // frequent, long CPC outages
        double[] statusQuo = new double[evaluator.outcomeCount()];
        double[] corridor = new double[evaluator.outcomeCount()];
        int risk = study.outcomeIndex("revenueAtRisk");

        evaluator.evaluate(
                evaluator.leverValues(study.policyList().get(study.policyIndex("status-quo"))), u, 5, statusQuo);
        evaluator.evaluate(
                evaluator.leverValues(study.policyList().get(study.policyIndex("middle-corridor"))), u, 5, corridor);

        assertThat(corridor[risk]).isLessThan(statusQuo[risk]);
        assertThat(corridor[study.outcomeIndex("cost")])
                .isCloseTo((10 - 2.2) * 0.25, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(statusQuo[study.outcomeIndex("cost")]).isZero();
    }

    @Test
    void anInterruptedExperimentResumesAndGivesTheSameNumbersAsAnUninterruptedOne() {
        Study.Sample sample = new Study.Sample(20, study.sample().design(), 99, 0);
        double[][] u = evaluator.scenarios(sample);
        List<Policy> policies = study.policyList();
        ExperimentResult whole = ExperimentRunner.run(
                evaluator,
                new ExperimentResult(policies, 20, evaluator.outcomeCount()),
                u,
                99,
                ExperimentSink.NONE,
                EnsembleListener.NONE,
                () -> false,
                2);

        // first attempt stops after 50 runs; what was streamed is all a resumed attempt knows
        List<double[]> streamed = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger count = new AtomicInteger();
        ExperimentRunner.run(
                evaluator,
                new ExperimentResult(policies, 20, evaluator.outcomeCount()),
                u,
                99,
                (p, s, out) -> {
                    streamed.add(new double[] {p, s});
                    streamed.add(out);
                    count.incrementAndGet();
                },
                EnsembleListener.NONE,
                () -> count.get() >= 50,
                1);
        ExperimentResult resumed = new ExperimentResult(policies, 20, evaluator.outcomeCount());
        for (int i = 0; i < streamed.size(); i += 2) {
            resumed.put((int) streamed.get(i)[0], (int) streamed.get(i)[1], streamed.get(i + 1));
        }
        assertThat(resumed.doneCount()).isEqualTo(50);
        AtomicInteger newRuns = new AtomicInteger();
        ExperimentRunner.run(
                evaluator,
                resumed,
                u,
                99,
                (p, s, out) -> newRuns.incrementAndGet(),
                EnsembleListener.NONE,
                () -> false,
                2);

        assertThat(newRuns.get()).isEqualTo(policies.size() * 20 - 50);
        for (int p = 0; p < policies.size(); p++) {
            for (int s = 0; s < 20; s++) {
                for (int o = 0; o < evaluator.outcomeCount(); o++) {
                    assertThat(resumed.value(p, s, o)).isEqualTo(whole.value(p, s, o));
                }
            }
        }
    }

    @Test
    void everyAnalysisAnswersOnASmallRun() {
        StrategyAnalysis analysis = new StrategyAnalysis(evaluator, 2);
        Study.Sample sample = new Study.Sample(40, study.sample().design(), 1, 0);
        double[][] u = evaluator.scenarios(sample);
        ExperimentResult result = ExperimentRunner.run(
                evaluator,
                new ExperimentResult(study.policyList(), 40, evaluator.outcomeCount()),
                u,
                1,
                ExperimentSink.NONE,
                EnsembleListener.NONE,
                () -> false,
                2);

        Robustness.Report report = analysis.robustness(result);
        WesternView.Result western = analysis.western(result);
        StrategyAnalysis.Discovery discovery = analysis.discover(result, u);

        assertThat(report.policyList()).hasSize(study.policyList().size());
        assertThat(report.policyList())
                .allSatisfy(p -> assertThat(p.satisficing()).isBetween(0.0, 1.0));
        assertThat(western.rowList()).anySatisfy(r -> assertThat(r.perBillion()).isFinite());
        assertThat(western.rowList().stream()
                        .filter(r -> r.policy().equals("east-route"))
                        .findFirst()
                        .orElseThrow()
                        .westernCost())
                .isZero();
        assertThat(discovery.result().trajectory()).isNotEmpty();
    }

    @Test
    void aPolicyOutsideItsLeverRangeIsRejectedWithItsLine() throws Exception {
        String bad = text.replace("levers: {aktauBtcCapacity: 10}", "levers: {aktauBtcCapacity: 40}");
        Scenario scenario = ScenarioReader.read(new StringReader(bad), "bad.yaml");

        assertThatThrownBy(() -> StudyReader.read(scenario, bad, "bad.yaml"))
                .isInstanceOf(InvalidStudyException.class)
                .hasMessageContaining("bad.yaml:")
                .hasMessageContaining("aktauBtcCapacity = 40 lies outside its range [2.2, 10]");
    }

    @Test
    void aLeverWithoutStatusQuoOrCostSourceIsRejectedByTheScenarioReader() {
        String noBaseline = text.replace("  aktauBtcCapacity: 2.2\n", "");
        String noSource = text.replace(
                "cost: {perUnit: 0, unit: USD bn, assumption: \"a rule of conduct; no budget cost assumed\"}",
                "cost: {perUnit: 0, unit: USD bn}");

        assertThatThrownBy(() -> ScenarioReader.read(new StringReader(noBaseline), "a.yaml"))
                .isInstanceOf(InvalidScenarioException.class)
                .hasMessageContaining("lever 'aktauBtcCapacity' has no status-quo value");
        assertThatThrownBy(() -> ScenarioReader.read(new StringReader(noSource), "b.yaml"))
                .isInstanceOf(InvalidScenarioException.class)
                .hasMessageContaining(
                        "required property 'reference' not found or required property 'assumption' not found");
    }
}
