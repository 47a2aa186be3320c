-- +goose Up
CREATE TABLE articles (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    source        TEXT    NOT NULL,
    outlet        TEXT    NOT NULL,
    url           TEXT    NOT NULL,
    canonical_url TEXT    NOT NULL UNIQUE,
    title         TEXT    NOT NULL DEFAULT '',
    published_ms  BIGINT  NOT NULL,
    fetched_ms    BIGINT  NOT NULL,
    text_hash     TEXT    NOT NULL,
    fingerprint   TEXT    NOT NULL DEFAULT '',
    copy_of       BIGINT  REFERENCES articles(id)
);
CREATE INDEX articles_text_hash ON articles(text_hash);
CREATE INDEX articles_fetched ON articles(fetched_ms);

CREATE TABLE observations (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    metric       TEXT    NOT NULL,
    article_id   BIGINT  NOT NULL REFERENCES articles(id),
    outlet       TEXT    NOT NULL,
    published_ms BIGINT  NOT NULL,
    fetched_ms   BIGINT  NOT NULL,
    readings     TEXT    NOT NULL,
    quote        TEXT    NOT NULL,
    quote_start  INTEGER NOT NULL,
    quote_end    INTEGER NOT NULL,
    rule         TEXT    NOT NULL,
    outcome      TEXT    NOT NULL
);
CREATE INDEX observations_metric ON observations(metric, published_ms);

CREATE TABLE metric_state (
    metric         TEXT   PRIMARY KEY,
    readings       TEXT   NOT NULL,
    observation_id BIGINT NOT NULL REFERENCES observations(id),
    outlet         TEXT   NOT NULL,
    published_ms   BIGINT NOT NULL,
    agree          TEXT   NOT NULL DEFAULT '[]',
    updated_ms     BIGINT NOT NULL
);

CREATE TABLE outbox (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    event_key     TEXT    NOT NULL UNIQUE,
    kind          TEXT    NOT NULL,
    metric        TEXT    NOT NULL DEFAULT '',
    payload       TEXT    NOT NULL,
    created_ms    BIGINT  NOT NULL,
    attempts      INTEGER NOT NULL DEFAULT 0,
    last_error    TEXT    NOT NULL DEFAULT '',
    delivered_ms  BIGINT,
    message_ts    TEXT    NOT NULL DEFAULT '',
    channel       TEXT    NOT NULL DEFAULT '',
    claim_owner   TEXT    NOT NULL DEFAULT '',
    claim_until_ms BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX outbox_pending ON outbox(delivered_ms, id);

CREATE TABLE fetch_state (
    url           TEXT   PRIMARY KEY,
    etag          TEXT   NOT NULL DEFAULT '',
    last_modified TEXT   NOT NULL DEFAULT '',
    updated_ms    BIGINT NOT NULL
);

CREATE TABLE source_state (
    name            TEXT    PRIMARY KEY,
    failures        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT    NOT NULL DEFAULT '',
    last_attempt_ms BIGINT  NOT NULL DEFAULT 0,
    last_success_ms BIGINT  NOT NULL DEFAULT 0,
    next_attempt_ms BIGINT  NOT NULL DEFAULT 0,
    articles        INTEGER NOT NULL DEFAULT 0,
    failing         INTEGER NOT NULL DEFAULT 0,
    lease_owner     TEXT    NOT NULL DEFAULT '',
    lease_until_ms  BIGINT  NOT NULL DEFAULT 0
);

-- +goose Down
DROP TABLE source_state;
DROP TABLE fetch_state;
DROP TABLE outbox;
DROP TABLE metric_state;
DROP TABLE observations;
DROP TABLE articles;
