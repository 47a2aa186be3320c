-- +goose Up
-- Retention (see store/retention.go) deletes old articles that gave no
-- observation and are no copy's original: deleting a row checks both
-- references, and without these indexes each check read the whole table.
-- A delivered event's payload is compacted once, when payload_compacted_ms
-- is set.
CREATE INDEX observations_article ON observations(article_id);
CREATE INDEX articles_copy_of ON articles(copy_of) WHERE copy_of IS NOT NULL;
ALTER TABLE outbox ADD COLUMN payload_compacted_ms BIGINT NOT NULL DEFAULT 0;

-- +goose Down
ALTER TABLE outbox DROP COLUMN payload_compacted_ms;
DROP INDEX articles_copy_of;
DROP INDEX observations_article;
