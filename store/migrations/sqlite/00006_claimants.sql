-- +goose Up
-- Who claims each observed figure (see docs/claimants.md): the configured
-- claimant's id, or the words as written for an unlisted one, and where in
-- the text they were found; all three empty when the figure is unattributed.
ALTER TABLE observations ADD COLUMN claimant_id TEXT NOT NULL DEFAULT '';
ALTER TABLE observations ADD COLUMN claimant_words TEXT NOT NULL DEFAULT '';
ALTER TABLE observations ADD COLUMN claimant_how TEXT NOT NULL DEFAULT '';

-- A metric judged `by: claimant` keeps one accepted value per claimant, so
-- the accepted value is keyed by metric and claimant ('' for a metric
-- judged as one). agree_claimants lists the independent claimants agreeing
-- with it, as agree lists the independent outlets. SQLite cannot change a
-- primary key in place: the table is rebuilt, its rows kept.
CREATE TABLE metric_state_new (
    metric          TEXT   NOT NULL,
    claimant        TEXT   NOT NULL DEFAULT '',
    readings        TEXT   NOT NULL,
    observation_id  BIGINT NOT NULL REFERENCES observations(id),
    outlet          TEXT   NOT NULL,
    published_ms    BIGINT NOT NULL,
    agree           TEXT   NOT NULL DEFAULT '[]',
    agree_claimants TEXT   NOT NULL DEFAULT '[]',
    updated_ms      BIGINT NOT NULL,
    PRIMARY KEY (metric, claimant)
);
INSERT INTO metric_state_new (metric, claimant, readings, observation_id, outlet, published_ms, agree, updated_ms)
SELECT metric, '', readings, observation_id, outlet, published_ms, agree, updated_ms FROM metric_state;
DROP TABLE metric_state;
ALTER TABLE metric_state_new RENAME TO metric_state;

-- +goose Down
CREATE TABLE metric_state_old (
    metric         TEXT   PRIMARY KEY,
    readings       TEXT   NOT NULL,
    observation_id BIGINT NOT NULL REFERENCES observations(id),
    outlet         TEXT   NOT NULL,
    published_ms   BIGINT NOT NULL,
    agree          TEXT   NOT NULL DEFAULT '[]',
    updated_ms     BIGINT NOT NULL
);
INSERT INTO metric_state_old (metric, readings, observation_id, outlet, published_ms, agree, updated_ms)
SELECT metric, readings, observation_id, outlet, published_ms, agree, updated_ms FROM metric_state WHERE claimant = '';
DROP TABLE metric_state;
ALTER TABLE metric_state_old RENAME TO metric_state;
ALTER TABLE observations DROP COLUMN claimant_how;
ALTER TABLE observations DROP COLUMN claimant_words;
ALTER TABLE observations DROP COLUMN claimant_id;
