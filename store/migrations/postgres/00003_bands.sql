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
    band_key   BYTEA  NOT NULL,
    article_id BIGINT NOT NULL REFERENCES articles(id),
    PRIMARY KEY (band_key, article_id)
);

INSERT INTO article_bands (band_key, article_id)
SELECT decode(lpad(to_hex(band.n), 2, '0') || substr(a.fingerprint, 1 + 24 * band.n, 24), 'hex'), a.id
FROM articles a CROSS JOIN generate_series(0, 20) AS band(n)
WHERE a.copy_of IS NULL AND length(a.fingerprint) = 512;

-- +goose Down
DROP TABLE article_bands;
