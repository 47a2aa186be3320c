-- Enough rows for Copy to write each table in several batches
-- (copyBatchRows), the last one partly full (TestCopyInBatches): 450
-- articles, every tenth after the 150th a copy of an article of an
-- earlier batch, each with its text and its page's validators.
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 450)
INSERT INTO articles (id, source, outlet, url, canonical_url, title, published_ms, fetched_ms, text_hash, fingerprint, copy_of)
SELECT i, 'herald', 'Valley Herald', 'https://herald.example/p/' || i, 'https://herald.example/p/' || i, 'Page ' || i,
       1730451600000 + i * 60000, 1730451900000 + i * 60000, 'hash-' || i, '',
       CASE WHEN i % 10 = 0 AND i > 150 THEN i - 150 END
FROM n;
INSERT INTO article_texts (article_id, fetched_ms, text)
SELECT id, fetched_ms, 'The river rose again overnight near the page numbered ' || id || '.' FROM articles;
INSERT INTO fetch_state (url, etag, last_modified, updated_ms, checked_ms, published_ms)
SELECT url, '"v' || id || '"', '', fetched_ms, fetched_ms, published_ms FROM articles;
