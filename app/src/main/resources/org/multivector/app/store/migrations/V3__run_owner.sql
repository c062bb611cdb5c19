-- V3: who is writing an ensemble while it runs (runs are stored in batches as they finish), so that
-- an ensemble whose process died shows as interrupted and can be resumed. Format: PID@HOST@START_MILLIS.
ALTER TABLE ensembles ADD COLUMN owner VARCHAR DEFAULT '';
