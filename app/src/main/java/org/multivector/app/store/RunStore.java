package org.multivector.app.store;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
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
    static final List<String> MIGRATIONS = List.of("V1__ensembles.sql", "V2__assumptions.sql", "V4__strategy.sql");

    private final Path file;
    private final Connection connection;

    private RunStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * The default store: {@code $XDG_DATA_HOME/multivector/runs.duckdb}, or
     * {@code ~/.local/share/multivector/runs.duckdb} when XDG_DATA_HOME is not set.
     */
    public static Path defaultPath() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("multivector").resolve("runs.duckdb");
    }

    /** Opens (creating if needed) the store in {@code file} and brings its schema up to date. */
    public static RunStore open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new RunStoreException("cannot create the folder of the run store " + file + ": " + e.getMessage(), e);
        }
        try {
            Class.forName("org.duckdb.DuckDBDriver");
            Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
            RunStore store = new RunStore(file, connection);
            store.migrate();
            return store;
        } catch (SQLException | ClassNotFoundException e) {
            throw new RunStoreException("cannot open the run store " + file + ": " + e.getMessage()
                    + "\nMaybe another multivector process has it open, or the file is not a DuckDB database; use --store PATH for another file.", e);
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
            statement.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, "
                    + "applied_at TIMESTAMP NOT NULL)");
        }
        int current = schemaVersion();
        for (int i = current; i < MIGRATIONS.size(); i++) {
            String name = MIGRATIONS.get(i);
            String sql = resource("migrations/" + name);
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String part : sql.split(";\\s*(\\r?\\n|$)")) {
                    String body = part.lines().filter(line -> !line.strip().startsWith("--")).reduce("", (a, b) -> a + "\n" + b).strip();
                    if (!body.isEmpty()) {
                        statement.execute(body);
                    }
                }
                try (PreparedStatement record = connection.prepareStatement("INSERT INTO schema_migrations VALUES (?, ?, ?)")) {
                    record.setInt(1, i + 1);
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
    public record Metadata(String scenarioName, String scenarioFile, String scenarioHash, String scenarioText,
                           String datasetVersion, String codeVersion, int threads, double elapsedSeconds) {
    }

    /** Saves an ensemble, whole or not at all, and returns its id. */
    public int save(Metadata metadata, EnsembleResult result) {
        ScenarioModel model = result.model();
        List<Series> series = model.series();
        int periods = model.periods();
        try {
            connection.setAutoCommit(false);
            int id;
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM ensembles")) {
                rows.next();
                id = rows.getInt(1);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO ensembles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setInt(1, id);
                insert.setTimestamp(2, Timestamp.from(Instant.now()));
                insert.setString(3, metadata.scenarioName());
                insert.setString(4, metadata.scenarioFile());
                insert.setString(5, metadata.scenarioHash());
                insert.setString(6, metadata.scenarioText());
                insert.setString(7, metadata.datasetVersion());
                insert.setString(8, metadata.codeVersion());
                insert.setLong(9, result.request().seed());
                insert.setString(10, result.request().design().fileName());
                insert.setInt(11, result.request().runs());
                insert.setInt(12, result.completedCount());
                insert.setInt(13, metadata.threads());
                insert.setString(14, result.complete() ? "complete" : "interrupted");
                insert.setDouble(15, metadata.elapsedSeconds());
                insert.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ensemble_series VALUES (?, ?, ?, ?, ?, ?)")) {
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
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ensemble_periods VALUES (?, ?, ?, ?)")) {
                for (int k = 0; k < periods; k++) {
                    insert.setInt(1, id);
                    insert.setInt(2, k);
                    insert.setString(3, model.periodLabel(k));
                    insert.setDouble(4, model.periodEnd(k));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ensemble_assumptions VALUES (?, ?, ?, ?)")) {
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
            List<String> names = model.parameters().names();
            DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
            try (DuckDBAppender appender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "run_parameters")) {
                for (int run = 0; run < result.request().runs(); run++) {
                    if (!result.completed(run)) {
                        continue;
                    }
                    double[] values = result.parameterValues(run);
                    for (int p = 0; p < names.size(); p++) {
                        appender.beginRow().append(id).append(run).append(names.get(p)).append(values[p]).endRow();
                    }
                }
            }
            try (DuckDBAppender appender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "run_values")) {
                for (int run = 0; run < result.request().runs(); run++) {
                    if (!result.completed(run)) {
                        continue;
                    }
                    for (int s = 0; s < series.size(); s++) {
                        for (int k = 0; k < periods; k++) {
                            appender.beginRow().append(id).append(run).append((short) s).append((short) k)
                                    .append(result.value(run, s, k)).endRow();
                        }
                    }
                }
            }
            try (DuckDBAppender appender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "quantiles")) {
                for (int s = 0; s < series.size(); s++) {
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
            connection.commit();
            return id;
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the original failure is the one to report
            }
            throw failure("save the ensemble", e);
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is unusable anyway; the next call reports it
            }
        }
    }

    /** A stored ensemble's metadata. */
    public record Summary(int id, Instant createdAt, String scenarioName, String scenarioFile, String scenarioHash,
                          String datasetVersion, String codeVersion, long seed, String design, int runsRequested,
                          int runsCompleted, int threads, String status, double elapsedSeconds) {
    }

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
                    result.add(new Summary(rows.getInt("id"), rows.getTimestamp("created_at").toInstant(),
                            rows.getString("scenario_name"), rows.getString("scenario_file"), rows.getString("scenario_hash"),
                            rows.getString("dataset_version"), rows.getString("code_version"), rows.getLong("seed"),
                            rows.getString("design"), rows.getInt("runs_requested"), rows.getInt("runs_completed"),
                            rows.getInt("threads"), rows.getString("status"), rows.getDouble("elapsed_seconds")));
                }
            }
            return result;
        } catch (SQLException e) {
            throw failure("read stored ensembles", e);
        }
    }

    /** One series' quantiles in one period. */
    public record QuantileRow(String series, String outcome, String power, String unit, int periodIndex, String period,
                              double p05, double p25, double p50, double p75, double p95, double mean) {
    }

    /** The fan-chart quantiles of an ensemble, by series then period. */
    public List<QuantileRow> quantiles(int id) {
        String sql = "SELECT s.label, s.outcome, s.power, s.unit, q.period_index, p.label, q.p05, q.p25, q.p50, q.p75, q.p95, q.mean "
                + "FROM quantiles q JOIN ensemble_series s ON s.ensemble_id = q.ensemble_id AND s.series_index = q.series_index "
                + "JOIN ensemble_periods p ON p.ensemble_id = q.ensemble_id AND p.period_index = q.period_index "
                + "WHERE q.ensemble_id = ? ORDER BY q.series_index, q.period_index";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setInt(1, id);
            List<QuantileRow> result = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    result.add(new QuantileRow(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getInt(5), rows.getString(6), rows.getDouble(7), rows.getDouble(8), rows.getDouble(9),
                            rows.getDouble(10), rows.getDouble(11), rows.getDouble(12)));
                }
            }
            return result;
        } catch (SQLException e) {
            throw failure("read quantiles", e);
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
                    result.add(new String[]{rows.getString(1), rows.getString(2)});
                }
            }
            return result;
        } catch (SQLException e) {
            throw failure("read assumptions", e);
        }
    }

    /** The number of stored values of an ensemble (runs × series × periods). */
    public long valueCount(int id) {
        try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM run_values WHERE ensemble_id = ?")) {
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
                for (String table : List.of("run_values", "run_parameters", "quantiles", "ensemble_series", "ensemble_periods",
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
            case RUNS -> "SELECT v.run, s.label AS series, s.outcome, s.power, p.label AS period, p.period_end, v.value "
                    + "FROM run_values v JOIN ensemble_series s ON s.ensemble_id = v.ensemble_id AND s.series_index = v.series_index "
                    + "JOIN ensemble_periods p ON p.ensemble_id = v.ensemble_id AND p.period_index = v.period_index "
                    + "WHERE v.ensemble_id = " + id + " ORDER BY v.run, v.series_index, v.period_index";
            case QUANTILES -> "SELECT s.label AS series, s.outcome, s.power, s.unit, p.label AS period, p.period_end, "
                    + "q.p05, q.p25, q.p50, q.p75, q.p95, q.mean "
                    + "FROM quantiles q JOIN ensemble_series s ON s.ensemble_id = q.ensemble_id AND s.series_index = q.series_index "
                    + "JOIN ensemble_periods p ON p.ensemble_id = q.ensemble_id AND p.period_index = q.period_index "
                    + "WHERE q.ensemble_id = " + id + " ORDER BY q.series_index, q.period_index";
            case PARAMETERS -> "SELECT run, name, value FROM run_parameters WHERE ensemble_id = " + id + " ORDER BY run, name";
        };
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("COPY (" + select + ") TO '" + out.toAbsolutePath().toString().replace("'", "''") + "' " + format);
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
        }
    }

    private RunStoreException failure(String what, SQLException e) {
        return new RunStoreException("cannot " + what + " in the run store " + file + ": " + e.getMessage(), e);
    }
}
