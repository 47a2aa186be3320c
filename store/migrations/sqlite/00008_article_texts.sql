-- +goose Up
-- Each article's main text, as the rules read it (see store/texts.go), so
-- that `claimtrack rules misses --store` can read again what the daemon
-- read. A table of its own: the texts are most of a store's bytes, and
-- the articles table is scanned (copy index, retention) without them.
-- fetched_ms is the article's, for retention to find old texts by an
-- index of their own. A text goes with its article (ON DELETE CASCADE).
-- Articles stored before this migration have no text.
CREATE TABLE article_texts (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    fetched_ms BIGINT  NOT NULL,
    text       TEXT    NOT NULL
);
CREATE INDEX article_texts_fetched ON article_texts(fetched_ms);

-- +goose Down
DROP TABLE article_texts;
