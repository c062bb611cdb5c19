package org.multivector.app.store;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.multivector.strategy.ExperimentResult;
import org.multivector.strategy.ExperimentSink;
import org.multivector.strategy.Policy;
import org.multivector.strategy.StudyOutcome;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Strategy experiments in the run store (tables of migration V3): each experiment is identified by
 * a key over everything its numbers depend on (study text, dataset version, code version, scenario
 * count, design, seed, the policies), and its runs are streamed in as they finish, a batch per
 * transaction, so an experiment that is interrupted — Ctrl-C, a crash, a power cut — keeps every
 * committed run and, started again, runs only the missing ones. Unlike EMA Workbench, results are
 * never held only in memory (its issues #304, #370, #416).
 */
public final class ExperimentStore {

    /** Runs buffered before a commit, at most. */
    static final int BATCH = 2000;
    /** Longest wait between commits while runs arrive, milliseconds. */
    static final long COMMIT_MILLIS = 1000;

    private final RunStore store;
    private final Connection connection;

    public ExperimentStore(RunStore store) {
        this.store = store;
        this.connection = store.connection();
    }

    /**
     * What an experiment is.
     *
     * @param studyHash SHA-256 of the study file's bytes
     */
    public record Metadata(
            String studyName,
            String studyFile,
            String studyHash,
            String studyText,
            String datasetVersion,
            String codeVersion,
            int scenarios,
            String design,
            long seed) {}

    /** A stored experiment. */
    public record Summary(
            int id,
            Instant createdAt,
            String studyName,
            String studyFile,
            int scenarios,
            String design,
            long seed,
            int policies,
            int outcomes,
            String status,
            long runsStored,
            double elapsedSeconds) {}

    /** The key of an experiment: what its numbers depend on. */
    public static String key(Metadata metadata, List<Policy> policies, List<StudyOutcome> outcomes) {
        StringBuilder text = new StringBuilder();
        text.append(metadata.studyText())
                .append('\u0000')
                .append(metadata.datasetVersion())
                .append('\u0000')
                .append(metadata.codeVersion())
                .append('\u0000')
                .append(metadata.scenarios())
                .append('\u0000')
                .append(metadata.design())
                .append('\u0000')
                .append(metadata.seed());
        for (Policy policy : policies) {
            text.append('\u0000').append(policy.name()).append(levers(policy));
        }
        for (StudyOutcome outcome : outcomes) {
            text.append('\u0000').append(outcome);
        }
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The experiment with this key, or a new one; its id. */
    public synchronized int openOrCreate(Metadata metadata, List<Policy> policies, List<StudyOutcome> outcomes) {
        String key = key(metadata, policies, outcomes);
        try {
            try (PreparedStatement find = connection.prepareStatement(
                    "SELECT id FROM strategy_experiments WHERE experiment_key = ? ORDER BY id DESC LIMIT 1")) {
                find.setString(1, key);
                try (ResultSet rows = find.executeQuery()) {
                    if (rows.next()) {
                        return rows.getInt(1);
                    }
                }
            }
            connection.setAutoCommit(false);
            try {
                int id;
                try (Statement statement = connection.createStatement();
                        ResultSet rows =
                                statement.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM strategy_experiments")) {
                    rows.next();
                    id = rows.getInt(1);
                }
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO strategy_experiments VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'running', 0)")) {
                    insert.setInt(1, id);
                    insert.setTimestamp(2, Timestamp.from(Instant.now()));
                    insert.setString(3, key);
                    insert.setString(4, metadata.studyName());
                    insert.setString(5, metadata.studyFile());
                    insert.setString(6, metadata.studyHash());
                    insert.setString(7, metadata.studyText());
                    insert.setString(8, metadata.datasetVersion());
                    insert.setString(9, metadata.codeVersion());
                    insert.setInt(10, metadata.scenarios());
                    insert.setString(11, metadata.design());
                    insert.setLong(12, metadata.seed());
                    insert.setInt(13, policies.size());
                    insert.setInt(14, outcomes.size());
                    insert.executeUpdate();
                }
                try (PreparedStatement insert =
                        connection.prepareStatement("INSERT INTO strategy_policies VALUES (?, ?, ?, ?)")) {
                    for (int p = 0; p < policies.size(); p++) {
                        insert.setInt(1, id);
                        insert.setInt(2, p);
                        insert.setString(3, policies.get(p).name());
                        insert.setString(4, levers(policies.get(p)));
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                try (PreparedStatement insert =
                        connection.prepareStatement("INSERT INTO strategy_outcomes VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    for (int o = 0; o < outcomes.size(); o++) {
                        StudyOutcome outcome = outcomes.get(o);
                        insert.setInt(1, id);
                        insert.setInt(2, o);
                        insert.setString(3, outcome.name());
                        insert.setString(4, outcome.series());
                        insert.setString(5, outcome.reduction().fileName());
                        insert.setString(6, outcome.sense().fileName());
                        insert.setString(7, outcome.unit());
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                connection.commit();
                return id;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure("create the experiment", e);
        }
    }

    /** Puts every run stored for experiment {@code id} into {@code result} (only runs with all their outcomes); returns how many. */
    public synchronized int load(int id, ExperimentResult result) {
        int outcomes = result.outcomeCount();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT policy_index, scenario_index, outcome_index, value FROM strategy_runs "
                        + "WHERE experiment_id = ? ORDER BY policy_index, scenario_index, outcome_index")) {
            query.setInt(1, id);
            int loaded = 0;
            try (ResultSet rows = query.executeQuery()) {
                int p = -1;
                int s = -1;
                double[] values = new double[outcomes];
                int seen = 0;
                while (rows.next()) {
                    int rp = rows.getInt(1);
                    int rs = rows.getInt(2);
                    if (rp != p || rs != s) {
                        if (seen == outcomes && p >= 0) {
                            result.put(p, s, values.clone());
                            loaded++;
                        }
                        p = rp;
                        s = rs;
                        seen = 0;
                    }
                    int o = rows.getInt(3);
                    if (o < outcomes) {
                        values[o] = rows.getDouble(4);
                        seen++;
                    }
                }
                if (seen == outcomes && p >= 0 && p < result.policyCount() && s < result.scenarioCount()) {
                    result.put(p, s, values.clone());
                    loaded++;
                }
            }
            return loaded;
        } catch (SQLException e) {
            throw failure("read the experiment's runs", e);
        }
    }

    /** Records how the experiment ended. */
    public synchronized void finish(int id, boolean complete, double elapsedSeconds) {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE strategy_experiments SET status = ?, elapsed_seconds = elapsed_seconds + ? WHERE id = ?")) {
            update.setString(1, complete ? "complete" : "interrupted");
            update.setDouble(2, elapsedSeconds);
            update.setInt(3, id);
            update.executeUpdate();
        } catch (SQLException e) {
            throw failure("record the experiment's status", e);
        }
    }

    /** Every stored experiment, newest first. */
    public synchronized List<Summary> list() {
        String sql =
                "SELECT e.id, e.created_at, e.study_name, e.study_file, e.scenarios, e.design, e.seed, e.policies, e.outcomes, e.status, "
                        + "(SELECT count(*) FROM strategy_runs r WHERE r.experiment_id = e.id) / greatest(e.outcomes, 1), e.elapsed_seconds "
                        + "FROM strategy_experiments e ORDER BY e.id DESC";
        List<Summary> result = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                result.add(new Summary(
                        rows.getInt(1),
                        rows.getTimestamp(2).toInstant(),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getInt(5),
                        rows.getString(6),
                        rows.getLong(7),
                        rows.getInt(8),
                        rows.getInt(9),
                        rows.getString(10),
                        rows.getLong(11),
                        rows.getDouble(12)));
            }
        } catch (SQLException e) {
            throw failure("list the experiments", e);
        }
        return result;
    }

    /** The experiment with this id. */
    public Optional<Summary> find(int id) {
        return list().stream().filter(s -> s.id() == id).findFirst();
    }

    /**
     * A sink that streams runs of experiment {@code id} to the store from a background thread: a
     * batch is committed every {@link #COMMIT_MILLIS} ms or {@link #BATCH} runs; {@link Writer#close}
     * commits the rest. Runs accepted before a crash but not yet committed are lost and re-run on resume.
     */
    public Writer writer(int id) {
        return new Writer(id);
    }

    /** A streaming sink; close it to commit what remains. */
    public final class Writer implements ExperimentSink, AutoCloseable {

        private final int id;
        private final java.util.concurrent.LinkedBlockingQueue<Object[]> queue =
                new java.util.concurrent.LinkedBlockingQueue<>();
        private final Thread thread;
        private volatile boolean closing;
        private volatile RuntimeException failure;
        private long committed;

        private Writer(int id) {
            this.id = id;
            this.thread = new Thread(this::drain, "multivector-experiment-store");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void accept(int p, int s, double[] outcomes) {
            if (failure != null) {
                throw failure;
            }
            queue.add(new Object[] {p, s, outcomes});
        }

        /** Runs committed so far. */
        public synchronized long committed() {
            return committed;
        }

        private void drain() {
            List<Object[]> batch = new ArrayList<>();
            try {
                while (!closing || !queue.isEmpty()) {
                    Object[] first = queue.poll(COMMIT_MILLIS, TimeUnit.MILLISECONDS);
                    if (first != null) {
                        batch.add(first);
                        long deadline = System.nanoTime() + COMMIT_MILLIS * 1_000_000;
                        while (batch.size() < BATCH && System.nanoTime() < deadline) {
                            Object[] next = queue.poll(
                                    Math.max(1, (deadline - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
                            if (next == null) {
                                break;
                            }
                            batch.add(next);
                        }
                        commit(batch);
                        batch.clear();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                failure = e;
            }
        }

        private void commit(List<Object[]> batch) {
            synchronized (ExperimentStore.this) {
                try {
                    connection.setAutoCommit(false);
                    try (DuckDBAppender appender = connection
                            .unwrap(DuckDBConnection.class)
                            .createAppender(DuckDBConnection.DEFAULT_SCHEMA, "strategy_runs")) {
                        for (Object[] run : batch) {
                            double[] values = (double[]) run[2];
                            for (int o = 0; o < values.length; o++) {
                                appender.beginRow()
                                        .append(id)
                                        .append((int) run[0])
                                        .append((int) run[1])
                                        .append((short) o)
                                        .append(values[o])
                                        .endRow();
                            }
                        }
                    }
                    connection.commit();
                } catch (SQLException e) {
                    try {
                        connection.rollback();
                    } catch (SQLException ignored) {
                        // the failure below says what went wrong
                    }
                    throw failure("store the experiment's runs", e);
                } finally {
                    try {
                        connection.setAutoCommit(true);
                    } catch (SQLException ignored) {
                        // the connection is closing
                    }
                }
            }
            synchronized (this) {
                committed += batch.size();
            }
        }

        @Override
        public void close() {
            closing = true;
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failure != null) {
                throw failure;
            }
        }
    }

    private static String levers(Policy policy) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, Double> entry : policy.leverMap().entrySet()) {
            if (!text.isEmpty()) {
                text.append(',');
            }
            text.append(entry.getKey()).append('=').append(entry.getValue());
        }
        return text.toString();
    }

    private RunStoreException failure(String what, SQLException e) {
        return new RunStoreException("cannot " + what + " in the run store " + store.file() + ": " + e.getMessage(), e);
    }
}
