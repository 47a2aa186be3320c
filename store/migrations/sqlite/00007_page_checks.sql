-- +goose Up
-- A stored article is read again on a schedule counted from its own last
-- fetch (see scrape.Rechecks), not from its source's last good pass: a
-- page is known as checked even when it sends no validators and its
-- address is not its canonical URL. checked_ms is when the address was
-- last fetched (200 or 304); published_ms the publication time its page
-- gives (0 when it gives none), which the listing may not.
ALTER TABLE fetch_state ADD COLUMN checked_ms BIGINT NOT NULL DEFAULT 0;
ALTER TABLE fetch_state ADD COLUMN published_ms BIGINT NOT NULL DEFAULT 0;

-- +goose Down
ALTER TABLE fetch_state DROP COLUMN published_ms;
ALTER TABLE fetch_state DROP COLUMN checked_ms;
