-- A store with history, written over a fresh SQLite store (TestCopy): two
-- outlets' articles on a flood toll and a wire copy of one of them, their
-- texts, the figures observed and the accepted value, two events delivered
-- to Slack (the second a reply in the first one's thread) and a third that
-- failed twice and waits, sources' fetch state and page validators, and
-- leases all ended. A fourth article was deleted by retention: its id is
-- not given again (sqlite_sequence says 4).
INSERT INTO articles (id, source, outlet, url, canonical_url, title, published_ms, fetched_ms, text_hash, fingerprint, copy_of) VALUES
(1, 'herald', 'Valley Herald', 'https://herald.example/drava-floods?src=rss', 'https://herald.example/drava-floods',
 'Drava floods: the search goes on', 1730451600000, 1730451900000, 'hash-herald-1',
 '08d7fe8e1a3f21e30eafec3c06e5a56f12825f88126975442c9b490e045ea8f0009d17660a56184006b32abf04f756880272b883003bbcee113965f1015aae5c245793111a6de17b0e46a2281b85209e1445a0041e23aae7037abec40a9a264910c4d061045c6d520452f2ef094ab7bc014977eb18e024a3254b925a1086f25819455ca707a6f2c20e5b50a60eaa5436048e314c020a84b6017d5a7003833a5c04b61dcb0038f868007b07cb16318c930e11b366030bc28c050143041bc751b7018314c80be4f3790295ce9501bccc0102c3d270084abc0e33f209380e5837f40c4a61d6011f908f09f2fec418ec3af111c18c2205e962b00cad6da5003a5066',
 NULL),
(2, 'courier', 'Coast Courier', 'https://courier.example/drava-floods-120', 'https://courier.example/drava-floods-120',
 'Drava valley counts its dead', 1730548800000, 1730549100000, 'hash-courier-2',
 '05c69b41206578410d59a93b06e5a56f00c44a8201757a2f062e9ff814f10cb6051a0b9b04e1c8c7011b7185082e71940d38d09d0d682e8c15edcb1005714c12230971c103fa9f6c20a716cb0afabc830991df41084a2a0b0150cc9c03b5a4730473d5051f776b1b07c5b5fc094ab7bc014f8140162ae8ab009d91263bc7865a09143b4b07a6f2c2137dedc911ed42440637cb4506403d69105839b311699a7b093252650038f868001ef67e03edde550636669501f51e2b0ddd6736007307360cf90c07125414bf029f3f870066e17b052dae3304b7436a13af77b10636da9b0a542beb0cff40c21373d8ac20373c6c11c18c2200784a150cad6da5057a171f',
 NULL),
(3, 'gazette', 'Plains Gazette', 'https://gazette.example/wire/drava-120', 'https://gazette.example/wire/drava-120',
 'Drava valley counts its dead', 1730552400000, 1730552700000, 'hash-courier-2',
 '05c69b41206578410d59a93b06e5a56f00c44a8201757a2f062e9ff814f10cb6051a0b9b04e1c8c7011b7185082e71940d38d09d0d682e8c15edcb1005714c12230971c103fa9f6c20a716cb0afabc830991df41084a2a0b0150cc9c03b5a4730473d5051f776b1b07c5b5fc094ab7bc014f8140162ae8ab009d91263bc7865a09143b4b07a6f2c2137dedc911ed42440637cb4506403d69105839b311699a7b093252650038f868001ef67e03edde550636669501f51e2b0ddd6736007307360cf90c07125414bf029f3f870066e17b052dae3304b7436a13af77b10636da9b0a542beb0cff40c21373d8ac20373c6c11c18c2200784a150cad6da5057a171f',
 2);
UPDATE sqlite_sequence SET seq = 4 WHERE name = 'articles';

INSERT INTO article_texts (article_id, fetched_ms, text) VALUES
(1, 1730451900000, 'Rivers burst their banks across the Drava valley overnight, and the regional office said 95 people had died by Friday morning.'),
(2, 1730549100000, 'The count of the dead in the Drava valley floods rose to 120 on Saturday, the regional office said at its noon briefing.');

INSERT INTO observations (id, metric, article_id, outlet, published_ms, fetched_ms, readings, quote, quote_start, quote_end, rule, outcome, claimant_id, claimant_words, claimant_how) VALUES
(1, 'toll', 1, 'Valley Herald', 1730451600000, 1730451900000,
 '[{"name":"value","value":95,"low":null,"high":null,"qualifier":"exact","text":"95"}]',
 'the regional office said 95 people had died by Friday morning', 62, 124, 'keyword "died"', 'baseline',
 'drava_office', 'the regional office', 'sentence'),
(2, 'toll', 2, 'Coast Courier', 1730548800000, 1730549100000,
 '[{"name":"value","value":120,"low":null,"high":null,"qualifier":"exact","text":"120"}]',
 'The count of the dead in the Drava valley floods rose to 120 on Saturday', 0, 72, 'keyword "dead"', 'change',
 'drava_office', 'the regional office', 'sentence'),
(3, 'toll', 3, 'Plains Gazette', 1730552400000, 1730552700000,
 '[{"name":"value","value":120,"low":null,"high":null,"qualifier":"exact","text":"120"}]',
 'The count of the dead in the Drava valley floods rose to 120 on Saturday', 0, 72, 'keyword "dead"', 'corroborates',
 '', '', '');

INSERT INTO metric_state (metric, claimant, readings, observation_id, outlet, published_ms, agree, agree_claimants, updated_ms, tracked_ms) VALUES
('toll', '', '[{"name":"value","value":120,"low":null,"high":null,"qualifier":"exact","text":"120"}]', 2, 'Coast Courier',
 1730548800000, '["Coast Courier"]', '["drava_office"]', 1730549100000, 1730451900000);

INSERT INTO outbox (id, event_key, kind, metric, payload, created_ms, attempts, last_error, delivered_ms, message_ts, channel,
                    claim_owner, claim_until_ms, channel_id, thread_ts, first_attempt_ms, payload_compacted_ms) VALUES
(1, 'first:toll:https://herald.example/drava-floods', 'first', 'toll',
 '{"metric_name":"Flood toll","new":{"ID":1,"Metric":"toll","ArticleID":1,"Outlet":"Valley Herald","URL":"https://herald.example/drava-floods","Title":"","Published":"2024-11-01T09:00:00Z","Fetched":"2024-11-01T09:05:00Z","Readings":[{"name":"value","value":95,"low":null,"high":null,"qualifier":"exact","text":"95"}],"Quote":"the regional office said 95 people had died by Friday morning","QuoteStart":62,"QuoteEnd":124,"Rule":"keyword \"died\"","Outcome":"baseline","ClaimantID":"drava_office","ClaimantWords":"the regional office","ClaimantHow":"sentence"},"agreeing":1}',
 1730451910000, 1, '', 1730451960000, '1730451960.000101', '#floods', 'desk-1/4242/1', 1730452030000, 'C0FLOODS', '', 1730451950000, 0),
(2, 'change:toll:https://courier.example/drava-floods-120', 'change', 'toll',
 '{"metric_name":"Flood toll","old":{"ID":1,"Metric":"toll","ArticleID":1,"Outlet":"Valley Herald","URL":"https://herald.example/drava-floods","Title":"","Published":"2024-11-01T09:00:00Z","Fetched":"2024-11-01T09:05:00Z","Readings":[{"name":"value","value":95,"low":null,"high":null,"qualifier":"exact","text":"95"}],"Quote":"","QuoteStart":0,"QuoteEnd":0,"Rule":"","Outcome":"baseline","ClaimantID":"drava_office","ClaimantWords":"the regional office","ClaimantHow":"sentence"},"new":{"ID":2,"Metric":"toll","ArticleID":2,"Outlet":"Coast Courier","URL":"https://courier.example/drava-floods-120","Title":"","Published":"2024-11-02T12:00:00Z","Fetched":"2024-11-02T12:05:00Z","Readings":[{"name":"value","value":120,"low":null,"high":null,"qualifier":"exact","text":"120"}],"Quote":"The count of the dead in the Drava valley floods rose to 120 on Saturday","QuoteStart":0,"QuoteEnd":72,"Rule":"keyword \"dead\"","Outcome":"change","ClaimantID":"drava_office","ClaimantWords":"the regional office","ClaimantHow":"sentence"},"agreeing":1}',
 1730549110000, 1, '', 1730549160000, '1730549160.000102', '#floods', 'desk-1/4242/1', 1730549230000, 'C0FLOODS', '1730451960.000101', 1730549150000, 0),
(3, 'source_failing:gazette:1730620800000', 'source_failing', '',
 '{"source":"gazette","error":"fetch https://gazette.example/feed.xml: HTTP 502"}',
 1730620800000, 2, 'attempt 2: Slack answered HTTP 503', NULL, '', '#floods', 'desk-1/4242/1', 1730620925000, 'C0FLOODS', '', 1730620805000, 0);

INSERT INTO fetch_state (url, etag, last_modified, updated_ms, checked_ms, published_ms) VALUES
('https://herald.example/drava-floods', '"herald-v1"', 'Fri, 01 Nov 2024 09:00:00 GMT', 1730451900000, 1730620800000, 1730451600000),
('https://courier.example/feed.xml', '', 'Sat, 02 Nov 2024 12:00:00 GMT', 1730549100000, 1730549100000, 0);

INSERT INTO source_state (name, failures, last_error, last_attempt_ms, last_success_ms, next_attempt_ms, articles, failing,
                          lease_owner, lease_until_ms, last_read_ms, last_read_articles, no_text, no_text_url) VALUES
('herald', 0, '', 1730620800000, 1730620800000, 0, 1, 0, 'desk-1/4242/1', 1730620860000, 1730451900000, 1, 0, ''),
('gazette', 3, 'fetch https://gazette.example/feed.xml: HTTP 502', 1730620800000, 1730552700000, 1730628000000, 1, 1,
 'desk-1/4242/1', 1730620860000, 1730552700000, 2, 1, 'https://gazette.example/wire/drava-gallery');

INSERT INTO leases (name, owner, until_ms) VALUES ('outbox', 'desk-1/4242/1', 1730549230000);
