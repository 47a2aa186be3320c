package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/model"
)

// Retention says what Prune removes. A zero time removes nothing of its
// kind.
type Retention struct {
	// ArticlesBefore: articles fetched before it lose their fingerprint
	// (and, in PostgreSQL, its band index): they are out of every copy
	// window. Those that gave no observation and are no stored copy's
	// original are deleted with their texts, and the validators of pages
	// not fetched anew since are forgotten. Articles with observations
	// stay, for their provenance: the observations, the metric history
	// and the events point at them.
	ArticlesBefore time.Time
	// TextsBefore: articles fetched before it lose their stored text,
	// which only `rules misses --store` reads. An article deleted loses
	// its text whatever TextsBefore says.
	TextsBefore time.Time
	// PayloadsBefore: delivered events created before it keep their
	// figures, outlets, links and delivery record, and lose the quotes
	// (which the observations table keeps).
	PayloadsBefore time.Time
}

// Pruned counts what Prune removed.
type Pruned struct {
	Fingerprints int64 // articles whose fingerprint was dropped
	Articles     int64 // articles deleted
	Texts        int64 // articles' texts deleted (not counting those deleted with their article)
	Validators   int64 // pages' validators forgotten
	Payloads     int64 // delivered events' payloads compacted
}

// pruneBatch is how many rows one transaction of Prune changes: SQLite
// writers wait for each other, and a pass should not wait long for this.
const pruneBatch = 500

// Prune removes what the retention policy no longer keeps, in short
// transactions; run twice, the second run finds nothing to do.
func (s *sqlStore) Prune(ctx context.Context, r Retention) (Pruned, error) {
	var p Pruned
	var err error
	// Texts first: an article deleted takes its text with it, and this
	// deletes old texts by their own index rather than one article at a
	// time.
	if !r.TextsBefore.IsZero() {
		cutoff := ms(r.TextsBefore)
		if p.Texts, err = s.pruneBatches(ctx, func(tx *sql.Tx) (int64, error) { return s.deleteTexts(ctx, tx, cutoff) }); err != nil {
			return p, fmt.Errorf("store: prune article texts: %w", err)
		}
	}
	if !r.ArticlesBefore.IsZero() {
		cutoff := ms(r.ArticlesBefore)
		if p.Fingerprints, err = s.pruneBatches(ctx, func(tx *sql.Tx) (int64, error) { return s.dropFingerprints(ctx, tx, cutoff) }); err != nil {
			return p, fmt.Errorf("store: prune fingerprints: %w", err)
		}
		if p.Articles, err = s.pruneBatches(ctx, func(tx *sql.Tx) (int64, error) { return s.deleteArticles(ctx, tx, cutoff) }); err != nil {
			return p, fmt.Errorf("store: prune articles: %w", err)
		}
		res, err := s.db.ExecContext(ctx, s.q(`DELETE FROM fetch_state WHERE updated_ms < ?`), cutoff)
		if err != nil {
			return p, fmt.Errorf("store: prune validators: %w", err)
		}
		if p.Validators, err = res.RowsAffected(); err != nil {
			return p, fmt.Errorf("store: prune validators: %w", err)
		}
	}
	if !r.PayloadsBefore.IsZero() {
		cutoff := ms(r.PayloadsBefore)
		if p.Payloads, err = s.pruneBatches(ctx, func(tx *sql.Tx) (int64, error) { return s.compactPayloads(ctx, tx, cutoff) }); err != nil {
			return p, fmt.Errorf("store: compact event payloads: %w", err)
		}
	}
	return p, nil
}

// pruneBatches runs batch in transactions of its own until one changes
// nothing (a batch of articles deleted can free the originals of the
// copies among them), and returns the rows changed.
func (s *sqlStore) pruneBatches(ctx context.Context, batch func(tx *sql.Tx) (int64, error)) (int64, error) {
	var total int64
	for {
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return total, err
		}
		n, err := batch(tx)
		if err != nil {
			tx.Rollback()
			return total, err
		}
		if err := tx.Commit(); err != nil {
			return total, err
		}
		total += n
		if n == 0 {
			return total, nil
		}
	}
}

// dropFingerprints clears the fingerprints of a batch of articles fetched
// before cutoff, and deletes their band rows in PostgreSQL. The bands are
// deleted by their keys, which the primary key finds.
func (s *sqlStore) dropFingerprints(ctx context.Context, tx *sql.Tx, cutoff int64) (int64, error) {
	batch, err := s.idsWithText(ctx, tx, `SELECT id, fingerprint FROM articles WHERE fetched_ms < ? AND fingerprint <> '' ORDER BY fetched_ms LIMIT ?`, cutoff, pruneBatch)
	if err != nil || len(batch) == 0 {
		return 0, err
	}
	ids := make([]any, len(batch))
	for i, a := range batch {
		ids[i] = a.id
		if s.dialect != postgresDialect {
			continue
		}
		keys := Bands(a.text)
		if keys == nil {
			continue
		}
		args := []any{a.id}
		for _, k := range keys {
			args = append(args, k)
		}
		if _, err := s.exec(ctx, tx, sqlDeleteBands, args...); err != nil {
			return 0, fmt.Errorf("bands of article %d: %w", a.id, err)
		}
	}
	if _, err := tx.ExecContext(ctx, s.q(`UPDATE articles SET fingerprint = '' WHERE id IN (`+placeholders(len(ids))+`)`), ids...); err != nil {
		return 0, err
	}
	return int64(len(batch)), nil
}

var sqlDeleteBands = `DELETE FROM article_bands WHERE article_id = ? AND band_key IN (` + placeholders(bands) + `)`

// deleteArticles deletes a batch of articles fetched before cutoff that
// gave no observation and that no stored copy points at. A copy goes
// before its original, which a later batch then deletes.
func (s *sqlStore) deleteArticles(ctx context.Context, tx *sql.Tx, cutoff int64) (int64, error) {
	res, err := tx.ExecContext(ctx, s.q(`DELETE FROM articles WHERE id IN (
		SELECT a.id FROM articles a WHERE a.fetched_ms < ? AND a.fingerprint = ''
			AND NOT EXISTS (SELECT 1 FROM observations o WHERE o.article_id = a.id)
			AND NOT EXISTS (SELECT 1 FROM articles c WHERE c.copy_of = a.id)
		ORDER BY a.fetched_ms LIMIT ?)`), cutoff, pruneBatch)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

// deleteTexts deletes a batch of the texts of articles fetched before
// cutoff.
func (s *sqlStore) deleteTexts(ctx context.Context, tx *sql.Tx, cutoff int64) (int64, error) {
	res, err := tx.ExecContext(ctx, s.q(`DELETE FROM article_texts WHERE article_id IN (
		SELECT article_id FROM article_texts WHERE fetched_ms < ? ORDER BY fetched_ms LIMIT ?)`), cutoff, pruneBatch)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

// compactPayloads drops the quotes from the payloads of a batch of events
// delivered and created before cutoff. What a message said is in Slack,
// and the quotes are in the observations table; the events page keeps
// the figures, the outlets and the links.
func (s *sqlStore) compactPayloads(ctx context.Context, tx *sql.Tx, cutoff int64) (int64, error) {
	batch, err := s.idsWithText(ctx, tx, `SELECT id, payload FROM outbox WHERE delivered_ms IS NOT NULL AND created_ms < ? AND payload_compacted_ms = 0 ORDER BY id LIMIT ?`, cutoff, pruneBatch)
	if err != nil {
		return 0, err
	}
	now := time.Now().UnixMilli()
	for _, e := range batch {
		compact, err := compactPayload(e.text)
		if err != nil {
			return 0, fmt.Errorf("event %d: %w", e.id, err)
		}
		if _, err := tx.ExecContext(ctx, s.q(`UPDATE outbox SET payload = ?, payload_compacted_ms = ? WHERE id = ?`), compact, now, e.id); err != nil {
			return 0, fmt.Errorf("event %d: %w", e.id, err)
		}
	}
	return int64(len(batch)), nil
}

// idWithText is a row's id and one text column of it.
type idWithText struct {
	id   int64
	text string
}

// idsWithText runs a query selecting an id and a text column in tx.
func (s *sqlStore) idsWithText(ctx context.Context, tx *sql.Tx, query string, args ...any) ([]idWithText, error) {
	rows, err := tx.QueryContext(ctx, s.q(query), args...)
	if err != nil {
		return nil, err
	}
	return collect(rows, func(r *sql.Rows) (row idWithText, err error) {
		err = r.Scan(&row.id, &row.text)
		return row, err
	})
}

// compactPayload is an event's payload without its observations' quotes,
// their places in the text and the rules that found them.
func compactPayload(payload string) (string, error) {
	var p model.EventPayload
	if err := json.Unmarshal([]byte(payload), &p); err != nil {
		return "", fmt.Errorf("payload: %w", err)
	}
	for _, o := range []*model.Observation{p.Old, p.New} {
		if o != nil {
			o.Quote, o.QuoteStart, o.QuoteEnd, o.Rule = "", 0, 0, ""
		}
	}
	out, err := json.Marshal(p)
	if err != nil {
		return "", fmt.Errorf("payload: %w", err)
	}
	return string(out), nil
}

// placeholders is n "?" separated by commas.
func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

// TableStats is how much one table holds: its rows, and the bytes of its
// rows and indexes on disk.
type TableStats struct {
	Table string
	Rows  int64
	Bytes int64
}

// tables are claimtrack's tables, in the order stats show them.
var tables = []string{"articles", "article_texts", "article_bands", "observations", "metric_state", "outbox", "fetch_state", "source_state", "leases"}

// Stats returns the rows and size of each of the store's tables (a table
// the dialect does not have is left out). SQLite's sizes are the pages
// the table and its indexes use (dbstat); PostgreSQL's, its total
// relation size with indexes and TOAST.
func (s *sqlStore) Stats(ctx context.Context) ([]TableStats, error) {
	var sizes map[string]int64
	if s.dialect == sqliteDialect {
		var err error
		if sizes, err = s.sqliteSizes(ctx); err != nil {
			return nil, fmt.Errorf("store: stats: %w", err)
		}
	}
	var out []TableStats
	for _, t := range tables {
		var exists bool
		var size int64
		switch s.dialect {
		case postgresDialect:
			var n sql.NullInt64
			if err := s.db.QueryRowContext(ctx, `SELECT pg_total_relation_size(to_regclass($1))`, t).Scan(&n); err != nil {
				return nil, fmt.Errorf("store: stats: size of %s: %w", t, err)
			}
			exists, size = n.Valid, n.Int64
		default:
			size, exists = sizes[t]
		}
		if !exists {
			continue
		}
		st := TableStats{Table: t, Bytes: size}
		// The table names are this package's own, not input.
		if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM `+t).Scan(&st.Rows); err != nil {
			return nil, fmt.Errorf("store: stats: rows of %s: %w", t, err)
		}
		out = append(out, st)
	}
	return out, nil
}

// sqliteSizes sums the pages of each table and its indexes.
func (s *sqlStore) sqliteSizes(ctx context.Context) (map[string]int64, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT m.tbl_name, SUM(d.pgsize) FROM dbstat d JOIN sqlite_master m ON m.name = d.name GROUP BY m.tbl_name`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	sizes := map[string]int64{}
	for rows.Next() {
		var name string
		var size int64
		if err := rows.Scan(&name, &size); err != nil {
			return nil, err
		}
		sizes[name] = size
	}
	return sizes, rows.Err()
}
