package org.multivector.app.store;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.multivector.scenario.CompletedRuns;
import org.multivector.scenario.EnsembleRequest;
import org.multivector.scenario.EnsembleResult;
import org.multivector.scenario.ScenarioModel;
import org.multivector.scenario.Series;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The run store: an embedded DuckDB file holding every saved ensemble with its metadata (scenario
 * hash, dataset version, seed, code version), per-run parameters and values, and fan-chart
 * quantiles. The schema is created and upgraded by the versioned SQL migrations under
 * {@code migrations/} (DuckDB has no Flyway support); each is applied once, in order, in its own
 * transaction, and recorded in {@code schema_migrations}. An ensemble is saved in one transaction:
 * it is stored whole or not at all.
 */
public final class RunStore implements AutoCloseable {

    /** The migrations, in order; a new schema change is a new file appended here, never an edit of an old one. */
    static final List<String> MIGRATIONS =
            List.of("V1__ensembles.sql", "V2__assumptions.sql", "V3__run_owner.sql", "V4__strategy.sql");

    /** The status of an ensemble whose runs are still being stored. */
    public static final String RUNNING = "running";
    /** The status of an ensemble stopped before every run finished (Ctrl-C, a crash, a cancelled job). */
    public static final String INTERRUPTED = "interrupted";
    /** The status of an ensemble with every run stored. */
    public static final String COMPLETE = "complete";

    private final Path file;
    private final Connection connection;
    private final StoreLock lock;

    private RunStore(Path file, Connection connection, StoreLock lock) {
        this.file = file;
        this.connection = connection;
        this.lock = lock;
    }

    /**
     * The default store: {@code $XDG_DATA_HOME/multivector/runs.duckdb}, or
     * {@code ~/.local/share/multivector/runs.duckdb} when XDG_DATA_HOME is not set.
     */
    public static Path defaultPath() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank()
                ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("multivector").resolve("runs.duckdb");
    }

    /**
     * Opens (creating if needed) the store in {@code file} and brings its schema up to date. The
     * store is held exclusively until {@link #close}: another thread or process opening it waits
     * (up to {@link StoreLock#configuredWait()}), so keep it open only for one read or one write.
     */
    public static RunStore open(Path file) {
        return open(file, StoreLock.configuredWait());
    }

    /** {@link #open(Path)}, waiting at most {@code wait} for another user of the store. */
    public static RunStore open(Path file, java.time.Duration wait) {
        return open(file, () -> wait);
    }

    /**
     * {@link #open(Path)}, waiting for another user of the store while the time waited is below
     * {@code wait}, asked again as the wait goes on (a job's time left, which ends when it is cancelled).
     */
    public static RunStore open(Path file, java.util.function.Supplier<java.time.Duration> wait) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new RunStoreException("cannot create the folder of the run store " + file + ": " + e.getMessage(), e);
        }
        StoreLock lock = StoreLock.acquire(file, wait);
        Connection connection = null;
        try {
            Class.forName("org.duckdb.DuckDBDriver");
            connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
            RunStore store = new RunStore(file, connection, lock);
            store.migrate();
            return store;
        } catch (SQLException | ClassNotFoundException | RuntimeException e) {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // report the original failure
                }
            }
            lock.close();
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new RunStoreException(
                    "cannot open the run store " + file + ": " + e.getMessage()
                            + "\nMaybe the file is not a DuckDB database, or a program other than multivector has it open; use --store PATH for another file.",
                    e);
        }
    }

    /** The open connection, for the store's other tables ({@link ExperimentStore}). */
    Connection connection() {
        return connection;
    }

    /** Where the store lives. */
    public Path file() {
        return file;
    }

    /** The highest migration applied. */
    public int schemaVersion() {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT coalesce(max(version), 0) FROM schema_migrations")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw failure("read the schema version", e);
        }
    }

    private void migrate() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(
                    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, "
                            + "applied_at TIMESTAMP NOT NULL)");
        }
        // applied migrations are recognised by name, so a store whose migrations were numbered in
        // another order (branches merged later) still gets exactly the ones it lacks
        java.util.Set<String> applied = new java.util.HashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT name FROM schema_migrations")) {
            while (rows.next()) {
                applied.add(rows.getString(1));
            }
        }
        for (String name : MIGRATIONS) {
            if (applied.contains(name)) {
                continue;
            }
            int version = schemaVersion() + 1;
            String sql = resource("migrations/" + name);
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String part : sql.split(";\\s*(\\r?\\n|$)")) {
                    String body = part.lines()
                            .filter(line -> !line.strip().startsWith("--"))
                            .reduce("", (a, b) -> a + "\n" + b)
                            .strip();
                    if (!body.isEmpty()) {
                        statement.execute(body);
                    }
                }
                try (PreparedStatement record =
                        connection.prepareStatement("INSERT INTO schema_migrations VALUES (?, ?, ?)")) {
                    record.setInt(1, version);
                    record.setString(2, name);
                    record.setTimestamp(3, Timestamp.from(Instant.now()));
                    record.executeUpdate();
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw new SQLException("migration " + name + " failed: " + e.getMessage(), e);
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static String resource(String name) {
        try (InputStream in = RunStore.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What is recorded about an ensemble besides its numbers.
     *
     * @param scenarioFile the file as the user named it
     * @param scenarioHash SHA-256 of its bytes
     * @param scenarioText its text
     */
    public record Metadata(
            String scenarioName,
            String scenarioFile,
            String scenarioHash,
            String scenarioText,
            String datasetVersion,
            String codeVersion,
            int threads,
            double elapsedSeconds) {}

    /** Saves an ensemble, whole or not at all, and returns its id. */
    public int save(Metadata metadata, EnsembleResult result) {
        return transaction("save the ensemble", () -> {
            int id = insertEnsemble(metadata, result.model(), result.request(), "");
            List<StoredRun> runs = new ArrayList<>();
            for (int run = 0; run < result.request().runs(); run++) {
                if (result.completed(run)) {
                    runs.add(StoredRun.of(result, run));
                }
            }
            insertRuns(id, result.model(), runs);
            finishEnsemble(id, result, 0);
            return id;
        });
    }

    /**
     * One finished run, ready to store.
     *
     * @param run             its index in the ensemble
     * @param parameterValues in {@code ParameterSpace.names()} order
     * @param values          series × periods, as {@code EnsembleResult.value}
     */
    public record StoredRun(int run, double[] parameterValues, double[] values) {

        /** Run {@code run} of a result. */
        static StoredRun of(EnsembleResult result, int run) {
            ScenarioModel model = result.model();
            double[] values = new double[model.outputSize()];
            int periods = model.periods();
            for (int s = 0; s < model.series().size(); s++) {
                for (int k = 0; k < periods; k++) {
                    values[s * periods + k] = result.value(run, s, k);
                }
            }
            return new StoredRun(run, result.parameterValues(run), values);
        }
    }

    /**
     * Starts an ensemble whose runs will be stored in batches as they finish ({@link #append}), then
     * closed by {@link #finish}; until then it is {@value #RUNNING}, owned by this process, and shows
     * as {@value #INTERRUPTED} once this process is gone. The id is allocated under the store's
     * lock, so two writers never get the same one.
     */
    public int begin(Metadata metadata, ScenarioModel model, EnsembleRequest request) {
        return transaction("start the ensemble", () -> insertEnsemble(metadata, model, request, Owner.current()));
    }

    /** Stores a batch of finished runs of ensemble {@code id}, all or none. */
    public void append(int id, ScenarioModel model, List<StoredRun> runs) {
        transaction("store " + runs.size() + " runs of ensemble " + id, () -> {
            insertRuns(id, model, runs);
            return null;
        });
    }

    /** Records the ensemble's quantiles and final status ({@value #COMPLETE} or {@value #INTERRUPTED}). */
    public void finish(int id, EnsembleResult result, double elapsedSeconds) {
        transaction("finish ensemble " + id, () -> {
            finishEnsemble(id, result, elapsedSeconds);
            return null;
        });
    }

    /** The stored runs of ensemble {@code id}, to resume it. */
    public CompletedRuns completedRuns(int id, ScenarioModel model, int runs) {
        CompletedRuns completed = new CompletedRuns(runs, model.outputSize());
        List<String> names = model.parameters().names();
        java.util.Map<String, Integer> nameIndex = new java.util.HashMap<>();
        for (int p = 0; p < names.size(); p++) {
            nameIndex.put(names.get(p), p);
        }
        int periods = model.periods();
        java.util.Map<Integer, double[]> parameters = new java.util.HashMap<>();
        java.util.Map<Integer, double[]> values = new java.util.HashMap<>();
        try {
            try (PreparedStatement query =
                    connection.prepareStatement("SELECT run, name, value FROM run_parameters WHERE ensemble_id = ?")) {
                query.setInt(1, id);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        Integer p = nameIndex.get(rows.getString(2));
                        if (p == null) {
                            throw new RunStoreException(
                                    "ensemble " + id + " has a parameter " + rows.getString(2)
                                            + " the scenario no longer has; it cannot be resumed with this code version",
                                    null);
                        }
                        parameters.computeIfAbsent(rows.getInt(1), r -> new double[names.size()])[p] =
                                rows.getDouble(3);
                    }
                }
            }
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT run, series_index, period_index, value FROM run_values WHERE ensemble_id = ?")) {
                query.setInt(1, id);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        values.computeIfAbsent(rows.getInt(1), r -> new double[model.outputSize()])[
                                        rows.getInt(2) * periods + rows.getInt(3)] =
                                rows.getDouble(4);
                    }
                }
            }
        } catch (SQLException e) {
            throw failure("read the runs of ensemble " + id, e);
        }
        for (var entry : values.entrySet()) {
            int run = entry.getKey();
            if (run >= 0 && run < runs) {
                completed.put(run, parameters.getOrDefault(run, new double[names.size()]), entry.getValue());
            }
        }
        return completed;
    }

    /** Marks ensemble {@code id} interrupted (its writer failed); its stored runs stay, to be resumed. */
    public void abandon(int id) {
        transaction("mark ensemble " + id + " interrupted", () -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE ensembles SET status = ?, owner = '' WHERE id = ? AND status = ?")) {
                update.setString(1, INTERRUPTED);
                update.setInt(2, id);
                update.setString(3, RUNNING);
                update.executeUpdate();
            }
            return null;
        });
    }

    /** Gives ensemble {@code id} to this process (to resume it); false when another live process still writes it. */
    public boolean takeOver(int id) {
        return transaction("take over ensemble " + id, () -> {
            String owner;
            try (PreparedStatement query =
                    connection.prepareStatement("SELECT owner, status FROM ensembles WHERE id = ?")) {
                query.setInt(1, id);
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) {
                        return false;
                    }
                    owner = rows.getString(1);
                    if (RUNNING.equals(rows.getString(2)) && Owner.alive(owner)) {
                        return false;
                    }
                }
            }
            try (PreparedStatement update =
                    connection.prepareStatement("UPDATE ensembles SET status = ?, owner = ? WHERE id = ?")) {
                update.setString(1, RUNNING);
                update.setString(2, Owner.current());
                update.setInt(3, id);
                update.executeUpdate();
            }
            return true;
        });
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T transaction(String what, Work<T> work) {
        try {
            connection.setAutoCommit(false);
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the original failure is the one to report
            }
            throw failure(what, e);
        } catch (RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the original failure is the one to report
            }
            throw e;
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is unusable anyway; the next call reports it
            }
        }
    }

    private int insertEnsemble(Metadata metadata, ScenarioModel model, EnsembleRequest request, String owner)
            throws SQLException {
        List<Series> series = model.series();
        int periods = model.periods();
        int id;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM ensembles")) {
            rows.next();
            id = rows.getInt(1);
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO ensembles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setInt(1, id);
            insert.setTimestamp(2, Timestamp.from(Instant.now()));
            insert.setString(3, metadata.scenarioName());
            insert.setString(4, metadata.scenarioFile());
            insert.setString(5, metadata.scenarioHash());
            insert.setString(6, metadata.scenarioText());
            insert.setString(7, metadata.datasetVersion());
            insert.setString(8, metadata.codeVersion());
            insert.setLong(9, request.seed());
            insert.setString(10, request.design().fileName());
            insert.setInt(11, request.runs());
            insert.setInt(12, 0);
            insert.setInt(13, metadata.threads());
            insert.setString(14, RUNNING);
            insert.setDouble(15, metadata.elapsedSeconds());
            insert.setString(16, owner);
            insert.executeUpdate();
        }
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO ensemble_series VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int s = 0; s < series.size(); s++) {
                insert.setInt(1, id);
                insert.setInt(2, s);
                insert.setString(3, series.get(s).label());
                insert.setString(4, series.get(s).outcome().fileName());
                insert.setString(5, series.get(s).power());
                insert.setString(6, series.get(s).outcome().unit());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO ensemble_periods VALUES (?, ?, ?, ?)")) {
            for (int k = 0; k < periods; k++) {
                insert.setInt(1, id);
                insert.setInt(2, k);
                insert.setString(3, model.periodLabel(k));
                insert.setDouble(4, model.periodEnd(k));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO ensemble_assumptions VALUES (?, ?, ?, ?)")) {
            var assumptions = model.scenario().assumptionList();
            for (int a = 0; a < assumptions.size(); a++) {
                insert.setInt(1, id);
                insert.setInt(2, a);
                insert.setString(3, assumptions.get(a).text());
                insert.setString(4, assumptions.get(a).reference());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return id;
    }

    private void insertRuns(int id, ScenarioModel model, List<StoredRun> runs) throws SQLException {
        if (runs.isEmpty()) {
            return;
        }
        List<String> names = model.parameters().names();
        int seriesCount = model.series().size();
        int periods = model.periods();
        DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
        try (DuckDBAppender appender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "run_parameters")) {
            for (StoredRun run : runs) {
                for (int p = 0; p < names.size(); p++) {
                    appender.beginRow()
                            .append(id)
                            .append(run.run())
                            .append(names.get(p))
                            .append(run.parameterValues()[p])
                            .endRow();
                }
            }
        }
        try (DuckDBAppender appender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "run_values")) {
            for (StoredRun run : runs) {
                for (int s = 0; s < seriesCount; s++) {
                    for (int k = 0; k < periods; k++) {
                        appender.beginRow()
                                .append(id)
                                .append(run.run())
                                .append((short) s)
                                .append((short) k)
                                .append(run.values()[s * periods + k])
                                .endRow();
                    }
                }
            }
        }
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE ensembles SET runs_completed = runs_completed + ? WHERE id = ?")) {
            update.setInt(1, runs.size());
            update.setInt(2, id);
            update.executeUpdate();
        }
    }

    private void finishEnsemble(int id, EnsembleResult result, double elapsedSeconds) throws SQLException {
        ScenarioModel model = result.model();
        int seriesCount = model.series().size();
        int periods = model.periods();
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM quantiles WHERE ensemble_id = " + id);
        }
        DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
        try (DuckDBAppender appender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "quantiles")) {
            for (int s = 0; s < seriesCount; s++) {
                for (int k = 0; k < periods; k++) {
                    double[] q = result.quantiles(s, k);
                    appender.beginRow().append(id).append(s).append(k);
                    for (double v : q) {
                        appender.append(v);
                    }
                    appender.endRow();
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE ensembles SET status = ?, runs_completed = ?, elapsed_seconds = elapsed_seconds + ?, owner = '' WHERE id = ?")) {
            update.setString(1, result.complete() ? COMPLETE : INTERRUPTED);
            update.setInt(2, result.completedCount());
            update.setDouble(3, elapsedSeconds);
            update.setInt(4, id);
            update.executeUpdate();
        }
    }

    /** A stored ensemble's metadata. */
    public record Summary(
            int id,
            Instant createdAt,
            String scenarioName,
            String scenarioFile,
            String scenarioHash,
            String datasetVersion,
            String codeVersion,
            long seed,
            String design,
            int runsRequested,
            int runsCompleted,
            int threads,
            String status,
            double elapsedSeconds) {}

    /** Every stored ensemble, newest last. */
    public List<Summary> list() {
        return summaries("SELECT * FROM ensembles ORDER BY id", -1);
    }

    /** The ensemble with this id. */
    public Optional<Summary> find(int id) {
        return summaries("SELECT * FROM ensembles WHERE id = ?", id).stream().findFirst();
    }

    private List<Summary> summaries(String sql, int id) {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            if (id >= 0) {
                query.setInt(1, id);
            }
            List<Summary> result = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    result.add(new Summary(
                            rows.getInt("id"),
                            rows.getTimestamp("created_at").toInstant(),
                            rows.getString("scenario_name"),
                            rows.getString("scenario_file"),
                            rows.getString("scenario_hash"),
                            rows.getString("dataset_version"),
                            rows.getString("code_version"),
                            rows.getLong("seed"),
                            rows.getString("design"),
                            rows.getInt("runs_requested"),
                            rows.getInt("runs_completed"),
                            rows.getInt("threads"),
                            status(rows.getString("status"), rows.getString("owner")),
                            rows.getDouble("elapsed_seconds")));
                }
            }
            return result;
        } catch (SQLException e) {
            throw failure("read stored ensembles", e);
        }
    }

    /** One series' quantiles in one period. */
    public record QuantileRow(
            String series,
            String outcome,
            String power,
            String unit,
            int periodIndex,
            String period,
            double p05,
            double p25,
            double p50,
            double p75,
            double p95,
            double mean) {}

    /** A running ensemble whose process is gone is interrupted: its stored runs are kept and it can be resumed. */
    private static String status(String stored, String owner) {
        return RUNNING.equals(stored) && !Owner.alive(owner) ? INTERRUPTED : stored;
    }

    /** The fan-chart quantiles of an ensemble, by series then period. */
    public List<QuantileRow> quantiles(int id) {
        String sql =
                "SELECT s.label, s.outcome, s.power, s.unit, q.period_index, p.label, q.p05, q.p25, q.p50, q.p75, q.p95, q.mean "
                        + "FROM quantiles q JOIN ensemble_series s ON s.ensemble_id = q.ensemble_id AND s.series_index = q.series_index "
                        + "JOIN ensemble_periods p ON p.ensemble_id = q.ensemble_id AND p.period_index = q.period_index "
                        + "WHERE q.ensemble_id = ? ORDER BY q.series_index, q.period_index";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setInt(1, id);
            List<QuantileRow> result = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    result.add(new QuantileRow(
                            rows.getString(1),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getInt(5),
                            rows.getString(6),
                            rows.getDouble(7),
                            rows.getDouble(8),
                            rows.getDouble(9),
                            rows.getDouble(10),
                            rows.getDouble(11),
                            rows.getDouble(12)));
                }
            }
            return result;
        } catch (SQLException e) {
            throw failure("read quantiles", e);
        }
    }

    /** The scenario text ensemble {@code id} ran, as stored with it. */
    public Optional<String> scenarioText(int id) {
        try (PreparedStatement query =
                connection.prepareStatement("SELECT scenario_text FROM ensembles WHERE id = ?")) {
            query.setInt(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read the scenario of ensemble " + id, e);
        }
    }

    /** The scenario's stated assumptions, as stored with the ensemble. */
    public List<String[]> assumptions(int id) {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT text, reference FROM ensemble_assumptions WHERE ensemble_id = ? ORDER BY position")) {
            query.setInt(1, id);
            List<String[]> result = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    result.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
            return result;
        } catch (SQLException e) {
            throw failure("read assumptions", e);
        }
    }

    /** The number of stored values of an ensemble (runs × series × periods). */
    public long valueCount(int id) {
        try (PreparedStatement query =
                connection.prepareStatement("SELECT count(*) FROM run_values WHERE ensemble_id = ?")) {
            query.setInt(1, id);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw failure("count values", e);
        }
    }

    /** Deletes an ensemble and everything stored with it; false when there is none with this id. */
    public boolean delete(int id) {
        try {
            connection.setAutoCommit(false);
            int deleted;
            try (Statement statement = connection.createStatement()) {
                for (String table : List.of(
                        "run_values",
                        "run_parameters",
                        "quantiles",
                        "ensemble_series",
                        "ensemble_periods",
                        "ensemble_assumptions")) {
                    statement.executeUpdate("DELETE FROM " + table + " WHERE ensemble_id = " + id);
                }
                deleted = statement.executeUpdate("DELETE FROM ensembles WHERE id = " + id);
            }
            connection.commit();
            return deleted > 0;
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // report the original failure
            }
            throw failure("delete ensemble " + id, e);
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // next call reports it
            }
        }
    }

    /** What an export holds. */
    public enum Table {
        /** Every run's every value: run, series, outcome, power, period, value. */
        RUNS,
        /** Quantiles per series and period. */
        QUANTILES,
        /** Every run's parameter values. */
        PARAMETERS
    }

    /**
     * Writes one table of an ensemble to {@code out}: Parquet when the name ends in {@code .parquet},
     * otherwise CSV with a header. Rows are in a fixed order and hold nothing that depends on how or
     * when the ensemble ran, so the same ensemble exports to the same bytes.
     */
    public void export(int id, Table table, Path out) {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        String format = name.endsWith(".parquet") ? "(FORMAT PARQUET)" : "(FORMAT CSV, HEADER)";
        String select = switch (table) {
            case RUNS ->
                "SELECT v.run, s.label AS series, s.outcome, s.power, p.label AS period, p.period_end, v.value "
                        + "FROM run_values v JOIN ensemble_series s ON s.ensemble_id = v.ensemble_id AND s.series_index = v.series_index "
                        + "JOIN ensemble_periods p ON p.ensemble_id = v.ensemble_id AND p.period_index = v.period_index "
                        + "WHERE v.ensemble_id = " + id + " ORDER BY v.run, v.series_index, v.period_index";
            case QUANTILES ->
                "SELECT s.label AS series, s.outcome, s.power, s.unit, p.label AS period, p.period_end, "
                        + "q.p05, q.p25, q.p50, q.p75, q.p95, q.mean "
                        + "FROM quantiles q JOIN ensemble_series s ON s.ensemble_id = q.ensemble_id AND s.series_index = q.series_index "
                        + "JOIN ensemble_periods p ON p.ensemble_id = q.ensemble_id AND p.period_index = q.period_index "
                        + "WHERE q.ensemble_id = " + id + " ORDER BY q.series_index, q.period_index";
            case PARAMETERS ->
                "SELECT run, name, value FROM run_parameters WHERE ensemble_id = " + id + " ORDER BY run, name";
        };
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("COPY (" + select + ") TO '"
                        + out.toAbsolutePath().toString().replace("'", "''") + "' " + format);
            }
        } catch (SQLException | IOException e) {
            throw new RunStoreException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("close the store", e);
        } finally {
            lock.close();
        }
    }

    private RunStoreException failure(String what, SQLException e) {
        return new RunStoreException("cannot " + what + " in the run store " + file + ": " + e.getMessage(), e);
    }
}
