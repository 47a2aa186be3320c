-- +goose Up
-- What each source read at its last pass (scrape.Source.Address: its
-- kind, address, link selector, filters and item limit): a source that
-- failed and whose configuration the desk then corrected is read again at
-- once, with its failures counted anew (tracker.Passes), not when the
-- backoff of the old address ends. '' (unknown) for sources read before
-- this: their backoff stands until their next pass records it. Every row
-- and column of source_state is kept.
ALTER TABLE source_state ADD COLUMN address TEXT NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE source_state DROP COLUMN address;
