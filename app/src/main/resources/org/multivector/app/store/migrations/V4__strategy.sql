-- V3: strategy experiments (policies x scenarios), streamed run by run so an interrupted one resumes.
CREATE TABLE strategy_experiments (
    id              INTEGER PRIMARY KEY,
    created_at      TIMESTAMP NOT NULL,
    experiment_key  VARCHAR NOT NULL,   -- SHA-256 of everything the numbers depend on: study text, dataset, code, sample
    study_name      VARCHAR NOT NULL,
    study_file      VARCHAR NOT NULL,
    study_hash      VARCHAR NOT NULL,   -- SHA-256 of the study file's bytes
    study_text      VARCHAR NOT NULL,
    dataset_version VARCHAR NOT NULL,
    code_version    VARCHAR NOT NULL,
    scenarios       INTEGER NOT NULL,
    design          VARCHAR NOT NULL,
    seed            BIGINT NOT NULL,
    policies        INTEGER NOT NULL,
    outcomes        INTEGER NOT NULL,
    status          VARCHAR NOT NULL,   -- running, interrupted or complete
    elapsed_seconds DOUBLE NOT NULL
);

CREATE TABLE strategy_policies (
    experiment_id INTEGER NOT NULL,
    policy_index  INTEGER NOT NULL,
    name          VARCHAR NOT NULL,
    levers        VARCHAR NOT NULL,   -- lever=value pairs, comma-separated, as the policy sets them
    PRIMARY KEY (experiment_id, policy_index)
);

CREATE TABLE strategy_outcomes (
    experiment_id INTEGER NOT NULL,
    outcome_index INTEGER NOT NULL,
    name          VARCHAR NOT NULL,
    series        VARCHAR NOT NULL,
    reduction     VARCHAR NOT NULL,
    sense         VARCHAR NOT NULL,
    unit          VARCHAR NOT NULL,
    PRIMARY KEY (experiment_id, outcome_index)
);

-- one row per run and outcome; a run's rows are committed in one transaction, so a run is stored whole or not at all
CREATE TABLE strategy_runs (
    experiment_id  INTEGER NOT NULL,
    policy_index   INTEGER NOT NULL,
    scenario_index INTEGER NOT NULL,
    outcome_index  SMALLINT NOT NULL,
    value          DOUBLE NOT NULL
);
