-- +goose Up
-- The claimant's words as written when the tracker keys an observation by
-- another name: a bare reference ("the agency said") taken as the body the
-- article named before it ("the World Health Organization"), whose id and
-- name are then claimant_id and claimant_words. Empty for every
-- observation stored before: their claimant is as written. Nothing else
-- changes.
ALTER TABLE observations ADD COLUMN claimant_written TEXT NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE observations DROP COLUMN claimant_written;
