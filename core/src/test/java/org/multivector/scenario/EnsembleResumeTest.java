package org.multivector.scenario;

import org.junit.jupiter.api.Test;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs are reported as they finish, and an interrupted ensemble resumed from them equals an uninterrupted one. */
class EnsembleResumeTest {

    private final EnsembleRunner runner = new LocalEnsembleRunner();

    @Test
    void every_finished_run_is_reported_with_its_parameters_and_values() {
        ScenarioModel model = Fixtures.compile(Fixtures.baseline());
        ConcurrentHashMap<Integer, double[]> reported = new ConcurrentHashMap<>();
        EnsembleListener listener = new EnsembleListener() {
            @Override
            public void runCompleted(int done, int total) {}

            @Override
            public void runFinished(int run, double[] parameterValues, double[] values) {
                reported.put(run, values.clone());
            }
        };

        EnsembleResult result =
                runner.run(model, new EnsembleRequest(40, 5, Design.MONTE_CARLO, 2), listener, () -> false);

        assertThat(reported).hasSize(40);
        assertThat(reported.get(17)[3]).isEqualTo(result.value(17, 0, 3));
    }

    @Test
    void a_resumed_ensemble_equals_an_uninterrupted_one_and_computes_only_the_missing_runs() {
        ScenarioModel model = Fixtures.compile(Fixtures.baseline());
        EnsembleRequest request = new EnsembleRequest(120, 21, Design.LATIN_HYPERCUBE, 2);
        AtomicInteger seen = new AtomicInteger();
        CompletedRuns stored = new CompletedRuns(120, model.outputSize());
        EnsembleListener keep = new EnsembleListener() {
            @Override
            public void runCompleted(int done, int total) {
                seen.set(done);
            }

            @Override
            public void runFinished(int run, double[] parameterValues, double[] values) {
                synchronized (stored) {
                    stored.put(run, parameterValues, values);
                }
            }
        };
        EnsembleResult interrupted = runner.run(model, request, keep, () -> seen.get() >= 30);
        AtomicInteger computed = new AtomicInteger();
        EnsembleListener count = new EnsembleListener() {
            @Override
            public void runCompleted(int done, int total) {}

            @Override
            public void runFinished(int run, double[] parameterValues, double[] values) {
                computed.incrementAndGet();
            }
        };

        EnsembleResult resumed = runner.resume(model, request, stored, count, () -> false);
        EnsembleResult whole = runner.run(model, request, EnsembleListener.NONE, () -> false);

        assertThat(interrupted.complete()).isFalse();
        assertThat(resumed.complete()).isTrue();
        assertThat(computed.get()).isEqualTo(120 - stored.count());
        for (int s = 0; s < model.series().size(); s++) {
            for (int k = 0; k < model.periods(); k++) {
                assertThat(resumed.quantiles(s, k)).containsExactly(whole.quantiles(s, k));
            }
        }
    }
}
