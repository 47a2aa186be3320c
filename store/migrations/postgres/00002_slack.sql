-- +goose Up
-- Where each message landed (channel_id: Slack's id for the configured
-- channel; thread_ts: the thread it replied in), when
-- delivery was first attempted (a crash mid-post leaves attempts > 0 and no
-- delivery: the notifier then looks for the message before posting again),
-- and named leases for work only one replica may do at a time.
ALTER TABLE outbox ADD COLUMN channel_id TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN thread_ts TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN first_attempt_ms BIGINT NOT NULL DEFAULT 0;
CREATE INDEX outbox_thread ON outbox(metric, channel, id);
CREATE INDEX outbox_channel ON outbox(channel, id);

CREATE TABLE leases (
    name     TEXT   PRIMARY KEY,
    owner    TEXT   NOT NULL,
    until_ms BIGINT NOT NULL
);

-- +goose Down
DROP TABLE leases;
DROP INDEX outbox_channel;
DROP INDEX outbox_thread;
ALTER TABLE outbox DROP COLUMN first_attempt_ms;
ALTER TABLE outbox DROP COLUMN thread_ts;
ALTER TABLE outbox DROP COLUMN channel_id;
