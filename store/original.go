package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/claimtrack/claimtrack/model"
)

// What the tracker needs when the article a near copy was linked to turns
// out to be the copy: a wire's story read after an outlet's verbatim copy
// of it (tracker's original.go). The copy's article is read back, linked
// to the original, and the event its figure queued is rewritten while it
// waits.

// StoredArticle reads, in the transaction, the article stored under an
// id with its text ("" when none is kept).
func (t *Tx) StoredArticle(ctx context.Context, id int64) (model.Article, error) {
	return t.s.storedArticle(ctx, t.tx, id)
}

// StoredArticle reads the article stored under an id with its text.
func (s *sqlStore) StoredArticle(ctx context.Context, id int64) (model.Article, error) {
	return s.storedArticle(ctx, nil, id)
}

func (s *sqlStore) storedArticle(ctx context.Context, tx *sql.Tx, id int64) (model.Article, error) {
	var a model.Article
	var pub, fet int64
	var text sql.NullString
	var copyOf sql.NullInt64
	err := s.qrow(ctx, tx, `SELECT a.id, a.source, a.outlet, a.url, a.canonical_url, a.title, a.published_ms, a.fetched_ms, a.text_hash, a.copy_of, t.text
		FROM articles a LEFT JOIN article_texts t ON t.article_id = a.id WHERE a.id = ?`, id).
		Scan(&a.ID, &a.Source, &a.Outlet, &a.URL, &a.CanonicalURL, &a.Title, &pub, &fet, &a.TextHash, &copyOf, &text)
	if err != nil {
		return a, fmt.Errorf("store: article %d: %w", id, err)
	}
	a.Published, a.Fetched, a.Text, a.CopyOf = fromMS(pub), fromMS(fet), text.String, copyOf.Int64
	return a, nil
}

// Relink makes the article copyID, and the articles linked to it, near
// copies of originalID, in the transaction. A copy is not indexed for
// NearCopy (the band rows are dropped, and the in-memory index forgets it
// once the transaction commits): a later copy of the story finds the
// original.
func (t *Tx) Relink(ctx context.Context, copyID, originalID int64) error {
	if _, err := t.s.exec(ctx, t.tx, `UPDATE articles SET copy_of = ? WHERE (id = ? OR copy_of = ?) AND id <> ?`, originalID, copyID, copyID, originalID); err != nil {
		return fmt.Errorf("store: link article %d to its original %d: %w", copyID, originalID, err)
	}
	if t.s.copies == nil {
		if _, err := t.s.exec(ctx, t.tx, `DELETE FROM article_bands WHERE article_id = ?`, copyID); err != nil {
			return fmt.Errorf("store: link article %d to its original %d: bands: %w", copyID, originalID, err)
		}
	}
	t.demoted = append(t.demoted, copyID)
	return nil
}

// forget drops from the in-memory copy index the articles a committed
// transaction linked to another as copies (Relink).
func (s *sqlStore) forget(ids []int64) {
	x := s.copies
	if x == nil || len(ids) == 0 {
		return
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	for _, id := range ids {
		if i, ok := x.byID[id]; ok {
			x.entries[i].dead = true
		}
	}
}

// WaitingPayload reads, in the transaction, the payload of the event
// queued under key while it waits in the outbox (see ReviseWaiting); nil
// when it was delivered, is claimed by a delivery, or was never queued.
func (t *Tx) WaitingPayload(ctx context.Context, key string) (*model.EventPayload, error) {
	var payload string
	err := t.s.qrow(ctx, t.tx, `SELECT payload FROM outbox WHERE event_key = ? AND `+waiting, key, ms(time.Now())).Scan(&payload)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("store: waiting event %s: %w", key, err)
	}
	var p model.EventPayload
	if err := json.Unmarshal([]byte(payload), &p); err != nil {
		return nil, fmt.Errorf("store: waiting event %s: payload: %w", key, err)
	}
	return &p, nil
}
