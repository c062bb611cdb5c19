package org.multivector.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.multivector.scenario.CompletedRuns;
import org.multivector.scenario.Design;
import org.multivector.scenario.EnsembleListener;
import org.multivector.scenario.EnsembleRequest;
import org.multivector.scenario.EnsembleResult;
import org.multivector.scenario.LocalEnsembleRunner;
import org.multivector.scenario.ModelRecipe;
import org.multivector.scenario.ScenarioModel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The Spark engine gives the local engine's numbers, bit for bit, and survives failed tasks. */
class SparkEnsembleRunnerTest {

    private static SparkSession spark;
    private static ModelRecipe recipe;
    private static ScenarioModel model;

    @BeforeAll
    static void start() throws Exception {
        // local[2,2]: two cores, and every task may fail once and be retried
        spark = SparkEngine.session("local[2,2]");
        Path file = Path.of("..", "examples", "scenarios", "baseline.yaml");
        recipe = ModelRecipe.embedded(file.toString(), Files.readString(file), "kazakhstan");
        model = recipe.compile(Files.createTempDirectory("driver"));
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void sparkRunsEqualLocalRunsBitForBit() {
        for (Design design : Design.values()) {
            EnsembleRequest request = new EnsembleRequest(97, 7, design, 2);
            EnsembleResult local = new LocalEnsembleRunner().run(model, request, EnsembleListener.NONE, () -> false);
            EnsembleResult onSpark =
                    new SparkEnsembleRunner(spark, recipe).run(model, request, EnsembleListener.NONE, () -> false);
            assertSame(local, onSpark);
        }
    }

    @Test
    void aTaskThatFailsMidRunIsRetriedWithoutLosingOrDuplicatingARun() {
        EnsembleRequest request = new EnsembleRequest(64, 11, Design.LATIN_HYPERCUBE, 2);
        AtomicInteger progress = new AtomicInteger();
        SparkEnsembleRunner.SliceFault failFirstAttemptOfEverySecondSlice = (slice, attempt) -> {
            if (attempt == 0 && slice.from() % 2 == 0) {
                throw new IllegalStateException("injected executor failure in the slice from run " + slice.from());
            }
        };
        EnsembleResult retried = new SparkEnsembleRunner(spark, recipe, 4, failFirstAttemptOfEverySecondSlice)
                .run(model, request, (done, total) -> progress.set(done), () -> false);
        EnsembleResult local = new LocalEnsembleRunner().run(model, request, EnsembleListener.NONE, () -> false);
        assertSame(local, retried);
        assertThat(progress.get()).isEqualTo(64);
    }

    @Test
    void aStopBetweenWavesKeepsEveryFinishedRunAndNothingElse() {
        EnsembleRequest request = new EnsembleRequest(80, 3, Design.MONTE_CARLO, 2);
        AtomicInteger heard = new AtomicInteger();
        EnsembleResult partial = new SparkEnsembleRunner(spark, recipe)
                .run(model, request, (done, total) -> heard.set(done), () -> heard.get() > 0);
        assertThat(partial.completedCount()).isPositive().isLessThan(80).isEqualTo(heard.get());
        EnsembleResult local = new LocalEnsembleRunner().run(model, request, EnsembleListener.NONE, () -> false);
        for (int run = 0; run < 80; run++) {
            if (partial.completed(run)) {
                assertThat(partial.parameterValues(run)).containsExactly(local.parameterValues(run));
            }
        }
    }

    @Test
    void aResumedEnsembleComputesOnlyTheMissingRunsAndEqualsAnUninterruptedOne() {
        EnsembleRequest request = new EnsembleRequest(90, 5, Design.LATIN_HYPERCUBE, 2);
        EnsembleResult local = new LocalEnsembleRunner().run(model, request, EnsembleListener.NONE, () -> false);
        CompletedRuns prior = new CompletedRuns(90, model.outputSize());
        double[] out = new double[model.outputSize()];
        for (int run = 0; run < 90; run++) {
            if (run < 25
                    || run % 3 == 0) { // a stored prefix and scattered runs, as several interrupted attempts leave them
                for (int s = 0; s < model.series().size(); s++) {
                    for (int k = 0; k < model.periods(); k++) {
                        out[s * model.periods() + k] = local.value(run, s, k);
                    }
                }
                prior.put(run, local.parameterValues(run), out);
            }
        }
        int stored = prior.count();
        Set<Integer> computed = ConcurrentHashMap.newKeySet();
        AtomicInteger lastDone = new AtomicInteger();
        EnsembleListener listener = new EnsembleListener() {
            @Override
            public void runCompleted(int done, int total) {
                lastDone.set(done);
            }

            @Override
            public void runFinished(int run, double[] parameterValues, double[] values) {
                assertThat(computed.add(run)).as("run %d computed twice", run).isTrue();
            }
        };
        EnsembleResult resumed =
                new SparkEnsembleRunner(spark, recipe).resume(model, request, prior, listener, () -> false);
        assertSame(local, resumed);
        assertThat(computed).hasSize(90 - stored).noneMatch(prior::done);
        assertThat(lastDone.get()).isEqualTo(90);
    }

    private static void assertSame(EnsembleResult expected, EnsembleResult actual) {
        assertThat(actual.completedCount()).isEqualTo(expected.request().runs());
        int periods = expected.model().periods();
        int seriesCount = expected.series().size();
        for (int run = 0; run < expected.request().runs(); run++) {
            assertThat(actual.parameterValues(run)).containsExactly(expected.parameterValues(run));
            for (int s = 0; s < seriesCount; s++) {
                for (int k = 0; k < periods; k++) {
                    assertThat(Double.doubleToRawLongBits(actual.value(run, s, k)))
                            .as("run %d series %d period %d", run, s, k)
                            .isEqualTo(Double.doubleToRawLongBits(expected.value(run, s, k)));
                }
            }
        }
    }
}
