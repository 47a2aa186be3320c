-- +goose Up
-- What the rules read of an observation's sentence besides its values
-- (model.Says: its event's words, the claimant's figure before, the day
-- it says its figure was true on), kept as one versioned JSON reading
-- that store/reading.go alone writes and reads: {"v":2,"another":true,
-- "ordinal":2,"to_come":true,"told_ms":...,"before":[61250],
-- "updates":true,"as_of_ms":...}, a field left out when the sentence says
-- nothing of it. The four event_* columns (00015) and own_word (00016) are
-- moved into it, as version 1 (read before the as-of was stored: the
-- tracker read it from the quote when it judged), and dropped. An
-- observation whose sentence said nothing of them, or that was stored
-- before 00015, has an empty reading, as nothing was known of it.
ALTER TABLE observations ADD COLUMN reading TEXT NOT NULL DEFAULT '';
UPDATE observations SET reading = '{"v":1'
	|| CASE WHEN event_another <> 0 THEN ',"another":true' ELSE '' END
	|| CASE WHEN event_ordinal <> 0 THEN ',"ordinal":' || CAST(event_ordinal AS TEXT) ELSE '' END
	|| CASE WHEN event_to_come <> 0 THEN ',"to_come":true' ELSE '' END
	|| CASE WHEN event_told_ms <> 0 THEN ',"told_ms":' || CAST(event_told_ms AS TEXT) ELSE '' END
	|| CASE WHEN length(own_word) > 2 THEN ',' || substr(own_word, 2, length(own_word) - 2) ELSE '' END
	|| '}'
	WHERE event_another <> 0 OR event_ordinal <> 0 OR event_to_come <> 0 OR event_told_ms <> 0 OR length(own_word) > 2;
ALTER TABLE observations DROP COLUMN own_word;
ALTER TABLE observations DROP COLUMN event_told_ms;
ALTER TABLE observations DROP COLUMN event_to_come;
ALTER TABLE observations DROP COLUMN event_ordinal;
ALTER TABLE observations DROP COLUMN event_another;

-- +goose Down
ALTER TABLE observations ADD COLUMN event_another INTEGER NOT NULL DEFAULT 0;
ALTER TABLE observations ADD COLUMN event_ordinal INTEGER NOT NULL DEFAULT 0;
ALTER TABLE observations ADD COLUMN event_to_come INTEGER NOT NULL DEFAULT 0;
ALTER TABLE observations ADD COLUMN event_told_ms BIGINT NOT NULL DEFAULT 0;
ALTER TABLE observations ADD COLUMN own_word TEXT NOT NULL DEFAULT '';
UPDATE observations SET
	event_another = CASE WHEN (reading::jsonb->>'another')::boolean THEN 1 ELSE 0 END,
	event_ordinal = COALESCE((reading::jsonb->>'ordinal')::integer, 0),
	event_to_come = CASE WHEN (reading::jsonb->>'to_come')::boolean THEN 1 ELSE 0 END,
	event_told_ms = COALESCE((reading::jsonb->>'told_ms')::bigint, 0),
	own_word = CASE WHEN reading::jsonb->'before' IS NULL AND NOT COALESCE((reading::jsonb->>'updates')::boolean, false) THEN ''
		ELSE jsonb_build_object('before', reading::jsonb->'before', 'updates', COALESCE((reading::jsonb->>'updates')::boolean, false))::text END
	WHERE reading <> '';
ALTER TABLE observations DROP COLUMN reading;
