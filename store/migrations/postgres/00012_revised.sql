-- +goose Up
-- Whether an observation's time (published_ms) is when its page says it
-- was revised rather than when it was published: a figure a revision of
-- an article changed in place is dated by that revision (the tracker's
-- revisedFigures), and messages, history and the dashboard say "revised"
-- for it. Such a figure is the only one whose time is later than its
-- article's publication time (an article keeps the time it was first
-- stored with), so the observations stored before this migration are
-- marked by that; nothing else changes.
ALTER TABLE observations ADD COLUMN revised INTEGER NOT NULL DEFAULT 0;
UPDATE observations SET revised = 1
WHERE published_ms > (SELECT a.published_ms FROM articles a WHERE a.id = observations.article_id);

-- +goose Down
ALTER TABLE observations DROP COLUMN revised;
