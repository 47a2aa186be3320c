-- +goose Up
-- A source's last pass that read articles (new or corrected): when, how
-- many it read, how many of them gave no figure and almost no text
-- besides their title, and one of those pages, for the dashboard's
-- sources page (an outlet that changed its layout reads as title-only
-- pages, with no error). Unknown (0, '') for passes before this.
ALTER TABLE source_state ADD COLUMN last_read_ms BIGINT NOT NULL DEFAULT 0;
ALTER TABLE source_state ADD COLUMN last_read_articles INTEGER NOT NULL DEFAULT 0;
ALTER TABLE source_state ADD COLUMN no_text INTEGER NOT NULL DEFAULT 0;
ALTER TABLE source_state ADD COLUMN no_text_url TEXT NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE source_state DROP COLUMN no_text_url;
ALTER TABLE source_state DROP COLUMN no_text;
ALTER TABLE source_state DROP COLUMN last_read_articles;
ALTER TABLE source_state DROP COLUMN last_read_ms;
