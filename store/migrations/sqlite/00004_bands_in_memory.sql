-- +goose Up
-- SQLite's near-copy index now lives in memory, built from the
-- fingerprints in articles (see store/copyindex.go): the table's random
-- keys cost about 100 KB of disk writes for each article stored.
-- PostgreSQL, which replicas share, keeps its table.
DROP TABLE article_bands;

-- +goose Down
CREATE TABLE article_bands (
    band_key   BLOB    NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    PRIMARY KEY (band_key, article_id)
) WITHOUT ROWID;

WITH RECURSIVE band(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM band WHERE n < 20)
INSERT INTO article_bands (band_key, article_id)
SELECT unhex(printf('%02x', band.n) || substr(a.fingerprint, 1 + 24 * band.n, 24)), a.id
FROM articles a CROSS JOIN band
WHERE a.copy_of IS NULL AND length(a.fingerprint) = 512;
