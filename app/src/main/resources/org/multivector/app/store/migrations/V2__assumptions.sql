-- V2: the scenario's stated assumptions, kept beside each ensemble for reports.
CREATE TABLE ensemble_assumptions (
    ensemble_id INTEGER NOT NULL,
    position    INTEGER NOT NULL,
    text        VARCHAR NOT NULL,
    reference   VARCHAR NOT NULL,
    PRIMARY KEY (ensemble_id, position)
);
