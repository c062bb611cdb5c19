package org.multivector.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Runs an ensemble on this machine's cores. Workers take run indices from a shared counter; every
 * run writes only its own slice of the result arrays, and its parameters and random numbers come
 * from the master seed and its index alone, so the result is bit-for-bit the same for any number
 * of threads.
 */
public final class LocalEnsembleRunner implements EnsembleRunner {

    @Override
    public EnsembleResult run(
            ScenarioModel model, EnsembleRequest request, EnsembleListener listener, BooleanSupplier stop) {
        return resume(model, request, CompletedRuns.none(request.runs()), listener, stop);
    }

    @Override
    public EnsembleResult resume(
            ScenarioModel model,
            EnsembleRequest request,
            CompletedRuns prior,
            EnsembleListener listener,
            BooleanSupplier stop) {
        int runs = request.runs();
        EnsembleSlots slots = EnsembleSlots.resuming(model, request, prior);
        ParameterSpace space = model.parameters();
        double[][] u = SampleDesign.draw(request.design(), runs, space.uncertainCount(), request.seed());
        int size = model.outputSize();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger(prior.count());
        Runnable worker = () -> {
            double[] out = new double[size];
            while (!stop.getAsBoolean()) {
                int run = next.getAndIncrement();
                if (run >= runs) {
                    return;
                }
                if (prior.done(run)) {
                    continue;
                }
                double[] parameters = space.values(u[run]);
                model.run(parameters, RunSeeds.modelSeed(request.seed(), run), out);
                slots.put(run, parameters, out, 0);
                listener.runFinished(run, parameters, out);
                listener.runCompleted(done.incrementAndGet(), runs);
            }
        };
        int threads = Math.min(request.threads(), runs);
        if (threads == 1) {
            worker.run();
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread thread = new Thread(r, "multivector-ensemble");
                thread.setDaemon(true);
                return thread;
            });
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    futures.add(pool.submit(worker));
                }
                for (Future<?> future : futures) {
                    future.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the ensemble was interrupted", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(cause);
            } finally {
                pool.shutdownNow();
            }
        }
        return slots.result();
    }
}
