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
-- with it, as agree lists the independent outlets.
ALTER TABLE metric_state ADD COLUMN claimant TEXT NOT NULL DEFAULT '';
ALTER TABLE metric_state ADD COLUMN agree_claimants TEXT NOT NULL DEFAULT '[]';
ALTER TABLE metric_state DROP CONSTRAINT metric_state_pkey;
ALTER TABLE metric_state ADD PRIMARY KEY (metric, claimant);

-- +goose Down
DELETE FROM metric_state WHERE claimant <> '';
ALTER TABLE metric_state DROP CONSTRAINT metric_state_pkey;
ALTER TABLE metric_state ADD PRIMARY KEY (metric);
ALTER TABLE metric_state DROP COLUMN agree_claimants;
ALTER TABLE metric_state DROP COLUMN claimant;
ALTER TABLE observations DROP COLUMN claimant_how;
ALTER TABLE observations DROP COLUMN claimant_words;
ALTER TABLE observations DROP COLUMN claimant_id;
