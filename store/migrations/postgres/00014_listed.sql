-- +goose Up
-- What a feed said of an item when its page was last fetched: a
-- fingerprint of its title, summary, content and dates (scrape.Link.Listed).
-- An RSS 2.0 item revised in place often keeps its guid and gives no
-- update stamp; a changed fingerprint has its page read again in the same
-- pass rather than at its next scheduled re-check. Empty for pages fetched
-- before, and for links of sitemaps and section pages: nothing to compare.
ALTER TABLE fetch_state ADD COLUMN listed TEXT NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE fetch_state DROP COLUMN listed;
