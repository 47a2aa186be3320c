package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/claimtrack/claimtrack/model"
)

// BeginAttempt counts an attempt to deliver an event before it is made, so
// that a crash during it leaves the mark the notifier reads.
func (s *sqlStore) BeginAttempt(ctx context.Context, id int64, now time.Time) error {
	if _, err := s.exec(ctx, nil, `UPDATE outbox SET attempts = attempts + 1,
		first_attempt_ms = CASE WHEN first_attempt_ms = 0 THEN ? ELSE first_attempt_ms END WHERE id = ?`, ms(now), id); err != nil {
		return fmt.Errorf("store: begin delivery of event %d: %w", id, err)
	}
	return nil
}

// MarkAttempt records why an attempt to deliver an event failed.
func (s *sqlStore) MarkAttempt(ctx context.Context, id int64, errText string) error {
	if _, err := s.exec(ctx, nil, `UPDATE outbox SET last_error = ? WHERE id = ?`, errText, id); err != nil {
		return fmt.Errorf("store: record failed delivery of event %d: %w", id, err)
	}
	return nil
}

// MarkDelivered records where an event was delivered; an event already
// delivered keeps its first record.
func (s *sqlStore) MarkDelivered(ctx context.Context, id int64, d model.Delivery, at time.Time) error {
	if _, err := s.exec(ctx, nil, `UPDATE outbox SET delivered_ms = ?, channel = ?, channel_id = ?, message_ts = ?, thread_ts = ?, last_error = '' WHERE id = ? AND delivered_ms IS NULL`,
		ms(at), d.Channel, d.ChannelID, d.MessageTS, d.ThreadTS, id); err != nil {
		return fmt.Errorf("store: record delivery of event %d: %w", id, err)
	}
	return nil
}

// Thread returns Slack's id for a channel as configured (route), once
// known, and the message heading a metric's thread there: the first
// delivered message of the metric that was not itself a reply.
func (s *sqlStore) Thread(ctx context.Context, metric, route string) (channelID, ts string, err error) {
	err = s.qrow(ctx, nil, `SELECT channel_id FROM outbox WHERE channel = ? AND channel_id <> '' ORDER BY id DESC LIMIT 1`, route).Scan(&channelID)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return "", "", fmt.Errorf("store: channel id of %s: %w", route, err)
	}
	if metric == "" {
		return channelID, "", nil
	}
	err = s.qrow(ctx, nil, `SELECT message_ts FROM outbox WHERE metric = ? AND channel = ? AND delivered_ms IS NOT NULL
		AND message_ts <> '' AND thread_ts = '' ORDER BY id LIMIT 1`, metric, route).Scan(&ts)
	if errors.Is(err, sql.ErrNoRows) {
		return channelID, "", nil
	}
	if err != nil {
		return "", "", fmt.Errorf("store: thread of %s in %s: %w", metric, route, err)
	}
	return channelID, ts, nil
}
