-- +goose Up
-- Whether an observation's time (published_ms) is when its page says it
-- was revised rather than when it was published: a figure a revision of
-- an article changed in place is dated by that revision (the tracker's
-- revisedFigures), and messages, history and the dashboard say "revised"
-- for it. The observations stored before this migration are marked by
-- their time: later than their article's publication (an article keeps
-- the time it was first stored with). An article stored undated (0, its
-- source's first pass) and read again later is dated when read, not by a
-- revision: its figures are not marked. A page whose site moved its
-- publication date when it corrected it, and that gave no revision time,
-- is marked though the tracker dated it by that publication date: its
-- time is the correction's all the same. Nothing else changes.
ALTER TABLE observations ADD COLUMN revised INTEGER NOT NULL DEFAULT 0;
UPDATE observations SET revised = 1
WHERE published_ms > (SELECT a.published_ms FROM articles a WHERE a.id = observations.article_id)
  AND (SELECT a.published_ms FROM articles a WHERE a.id = observations.article_id) > 0;

-- +goose Down
ALTER TABLE observations DROP COLUMN revised;
