-- +goose Up
-- MinHash bands (see store/minhash.go): an article's fingerprint cut into
-- 21 bands of three hashes, each stored with its band number. Two texts share
-- a band key with a probability that rises steeply with their similarity,
-- so near copies are looked up through this index instead of by comparing
-- every recent fingerprint. Copies themselves are not indexed: a copy is
-- linked to the original, never to another copy.
-- A key is the band's number (one byte) and its hashes (12 bytes). A
-- corrected text adds the keys of its new fingerprint; the old ones stay and
-- are harmless, since every candidate is checked against its article's
-- current fingerprint.
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

-- +goose Down
DROP TABLE article_bands;
