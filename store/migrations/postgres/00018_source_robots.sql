-- +goose Up
-- What the host's robots.txt said of a source's address at its last pass
-- (scrape.Fetcher.RobotsStatus: "allows this URL", "none (everything
-- allowed)", ...), whichever process ran it: the dashboard's sources page
-- shows it, so that two daemons on one store show the same, where each
-- showed its own memory ("not read yet" on the one that had not read the
-- host). '' for sources not read since: the page falls back to the
-- process's own memory.
ALTER TABLE source_state ADD COLUMN robots TEXT NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE source_state DROP COLUMN robots;
