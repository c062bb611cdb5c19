-- V1: ensembles of scenario runs, their series, periods, parameters, values and quantiles.
CREATE TABLE ensembles (
    id              INTEGER PRIMARY KEY,
    created_at      TIMESTAMP NOT NULL,
    scenario_name   VARCHAR NOT NULL,
    scenario_file   VARCHAR NOT NULL,
    scenario_hash   VARCHAR NOT NULL,   -- SHA-256 of the scenario file's bytes
    scenario_text   VARCHAR NOT NULL,   -- the scenario as run, so a stored run can be re-run
    dataset_version VARCHAR NOT NULL,   -- dataset name and version
    code_version    VARCHAR NOT NULL,   -- multivector version that ran it
    seed            BIGINT NOT NULL,
    design          VARCHAR NOT NULL,   -- monte-carlo or latin-hypercube
    runs_requested  INTEGER NOT NULL,
    runs_completed  INTEGER NOT NULL,
    threads         INTEGER NOT NULL,
    status          VARCHAR NOT NULL,   -- complete or interrupted
    elapsed_seconds DOUBLE NOT NULL
);

CREATE TABLE ensemble_series (
    ensemble_id  INTEGER NOT NULL,
    series_index INTEGER NOT NULL,
    label        VARCHAR NOT NULL,
    outcome      VARCHAR NOT NULL,
    power        VARCHAR NOT NULL,
    unit         VARCHAR NOT NULL,
    PRIMARY KEY (ensemble_id, series_index)
);

CREATE TABLE ensemble_periods (
    ensemble_id  INTEGER NOT NULL,
    period_index INTEGER NOT NULL,
    label        VARCHAR NOT NULL,
    period_end   DOUBLE NOT NULL,
    PRIMARY KEY (ensemble_id, period_index)
);

CREATE TABLE run_parameters (
    ensemble_id INTEGER NOT NULL,
    run         INTEGER NOT NULL,
    name        VARCHAR NOT NULL,
    value       DOUBLE NOT NULL
);

CREATE TABLE run_values (
    ensemble_id  INTEGER NOT NULL,
    run          INTEGER NOT NULL,
    series_index SMALLINT NOT NULL,
    period_index SMALLINT NOT NULL,
    value        DOUBLE NOT NULL
);

CREATE TABLE quantiles (
    ensemble_id  INTEGER NOT NULL,
    series_index INTEGER NOT NULL,
    period_index INTEGER NOT NULL,
    p05 DOUBLE, p25 DOUBLE, p50 DOUBLE, p75 DOUBLE, p95 DOUBLE, mean DOUBLE,
    PRIMARY KEY (ensemble_id, series_index, period_index)
);
