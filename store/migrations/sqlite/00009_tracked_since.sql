-- +goose Up
-- When each accepted value's tracking began: the fetch time of the
-- article whose figure was its first accepted value (see the tracker's
-- backlog). A figure from an article published before it is the
-- archive's past, not news: it refines the baseline silently, or is kept
-- in the history without a message. Accepting a later value leaves it.
-- A value accepted before this migration began to be tracked when its
-- metric's first observation was fetched; 0 (unknown: nothing is
-- backlog) when no observation says.
ALTER TABLE metric_state ADD COLUMN tracked_ms BIGINT NOT NULL DEFAULT 0;
UPDATE metric_state SET tracked_ms = COALESCE(
    (SELECT MIN(o.fetched_ms) FROM observations o WHERE o.metric = metric_state.metric AND o.fetched_ms > 0), 0);

-- +goose Down
ALTER TABLE metric_state DROP COLUMN tracked_ms;
