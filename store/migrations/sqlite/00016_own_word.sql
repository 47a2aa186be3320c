-- +goose Up
-- What a figure's sentence says of its claimant's figure before it (rules
-- Observation.Before and Updates, as JSON: {"before":[61250]} for "up from
-- the 61,250 it gave this morning", {"updates":true} for "raised its toll
-- to"): a replay judges a stored figure as it was judged when read. Empty
-- for every observation stored before, and for a sentence that says
-- neither.
ALTER TABLE observations ADD COLUMN own_word TEXT NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE observations DROP COLUMN own_word;
