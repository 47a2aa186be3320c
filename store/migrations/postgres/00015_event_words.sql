-- +goose Up
-- What an observation's sentence says of its event, for a metric of
-- events (an exchange's pair), as the rules read it: event_another, that
-- it calls its swap another one ("the second exchange", "another 13
-- hostages"); event_ordinal, the rank an ordinal gives it ("the second
-- exchange": 2; 0 when none); event_to_come, that the swap is still to come;
-- event_told_ms, the day (UTC midnight) it says the swap happened on, 0
-- when none. The tracker judges a later swap by them, when it reads an
-- observation again (a replay, a first value announced late) as when it
-- first read it. The observations stored before say nothing (0): their
-- sentences are not read again, and a replay judges them by their pairs
-- and publication alone. Nothing else changes.
ALTER TABLE observations ADD COLUMN event_another INTEGER NOT NULL DEFAULT 0;
ALTER TABLE observations ADD COLUMN event_ordinal INTEGER NOT NULL DEFAULT 0;
ALTER TABLE observations ADD COLUMN event_to_come INTEGER NOT NULL DEFAULT 0;
ALTER TABLE observations ADD COLUMN event_told_ms BIGINT NOT NULL DEFAULT 0;

-- +goose Down
ALTER TABLE observations DROP COLUMN event_told_ms;
ALTER TABLE observations DROP COLUMN event_to_come;
ALTER TABLE observations DROP COLUMN event_ordinal;
ALTER TABLE observations DROP COLUMN event_another;
