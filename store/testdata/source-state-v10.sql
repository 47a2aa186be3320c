-- Sources' fetch state as a store at migration 10 (before each source's
-- address was kept) holds it (TestSourceAddressUpgrade): a source read
-- well, with its lease and its last read's pages without text, and one
-- backing off after three failures at an address the desk has since
-- corrected, reported failing, with the validators of a feed.
INSERT INTO source_state (name, failures, last_error, last_attempt_ms, last_success_ms, next_attempt_ms, articles, failing,
                          lease_owner, lease_until_ms, last_read_ms, last_read_articles, no_text, no_text_url) VALUES
('herald', 0, '', 1764921600000, 1764921600000, 0, 14, 0, 'desk-1/4242/1', 1764921660000, 1764918000000, 3, 1,
 'https://herald.example/live/quake-gallery'),
('wire', 3, 'fetch https://wire.example/old/feed.xml: HTTP 404 Not Found', 1764921600000, 1764835200000, 1764943200000, 9, 1,
 '', 0, 1764835200000, 2, 0, '');

INSERT INTO fetch_state (url, etag, last_modified, updated_ms) VALUES
('https://herald.example/feed.xml', '"h-77"', 'Fri, 05 Dec 2026 08:00:00 GMT', 1764921600000);
