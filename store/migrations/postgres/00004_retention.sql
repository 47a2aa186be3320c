-- +goose Up
-- Retention (see store/retention.go) deletes old articles that gave no
-- observation and are no copy's original: deleting a row checks both
-- references, and without these indexes each check read the whole table.
-- Band rows are deleted by their keys (the primary key) before their
-- article; the foreign key would make every article deleted read the
-- whole band table, which has no index by article. A corrected article's
-- old keys may outlive it: a lookup joins each candidate to its article,
-- and finds none.
-- A delivered event's payload is compacted once, when payload_compacted_ms
-- is set.
CREATE INDEX observations_article ON observations(article_id);
CREATE INDEX articles_copy_of ON articles(copy_of) WHERE copy_of IS NOT NULL;
ALTER TABLE article_bands DROP CONSTRAINT IF EXISTS article_bands_article_id_fkey;
ALTER TABLE outbox ADD COLUMN payload_compacted_ms BIGINT NOT NULL DEFAULT 0;

-- +goose Down
ALTER TABLE outbox DROP COLUMN payload_compacted_ms;
ALTER TABLE article_bands ADD CONSTRAINT article_bands_article_id_fkey FOREIGN KEY (article_id) REFERENCES articles(id) NOT VALID;
DROP INDEX articles_copy_of;
DROP INDEX observations_article;
