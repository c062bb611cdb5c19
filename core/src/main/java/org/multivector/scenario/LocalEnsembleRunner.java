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
        if (prior.runs() != runs || (prior.count() > 0 && prior.outputSize() != model.outputSize())) {
            throw new IllegalArgumentException("the completed runs (" + prior + ") do not belong to an ensemble of "
                    + runs + " runs of " + model.outputSize() + " values");
        }
        if ((long) runs * model.outputSize() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(runs + " runs of " + model.outputSize()
                    + " values each exceed what one ensemble can hold; " + "run fewer, or record fewer outcomes");
        }
        ParameterSpace space = model.parameters();
        double[][] u = SampleDesign.draw(request.design(), runs, space.uncertainCount(), request.seed());
        double[][] parameterValues = new double[runs][];
        int size = model.outputSize();
        double[] values = new double[runs * size];
        boolean[] completed = new boolean[runs];
        for (int run = 0; run < runs; run++) {
            if (prior.done(run)) {
                parameterValues[run] = prior.parameterValues(run).clone();
                System.arraycopy(prior.values(run), 0, values, run * size, size);
                completed[run] = true;
            }
        }
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
                parameterValues[run] = space.values(u[run]);
                model.run(parameterValues[run], RunSeeds.modelSeed(request.seed(), run), out);
                System.arraycopy(out, 0, values, run * size, size);
                listener.runFinished(run, parameterValues[run], out);
                synchronized (completed) {
                    completed[run] = true;
                }
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
        boolean[] finished;
        synchronized (completed) {
            finished = completed.clone();
        }
        return new EnsembleResult(model, request, finished, parameterValues, values);
    }
}
