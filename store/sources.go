package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/scrape"
)

const (
	sqlEnsureSource = `INSERT INTO source_state (name) VALUES (?) ON CONFLICT (name) DO NOTHING`
	sqlSourceState  = `SELECT failures, last_error, last_attempt_ms, last_success_ms, next_attempt_ms, articles, failing,
		last_read_ms, last_read_articles, no_text, no_text_url, address, robots FROM source_state WHERE name = ?`
	sqlUpdateSource = `UPDATE source_state SET failures = ?, last_error = ?, last_attempt_ms = ?, last_success_ms = ?, next_attempt_ms = ?, articles = ?, failing = ?,
		last_read_ms = ?, last_read_articles = ?, no_text = ?, no_text_url = ?, address = ?, robots = ? WHERE name = ?`
)

// SourceState returns a source's fetch history; a source never fetched has
// a zero one.
func (s *sqlStore) SourceState(ctx context.Context, name string) (model.SourceState, error) {
	st, err := scanSource(s.qrow(ctx, nil, sqlSourceState, name), name)
	if errors.Is(err, sql.ErrNoRows) {
		return model.SourceState{Name: name}, nil
	}
	if err != nil {
		return st, fmt.Errorf("store: state of source %s: %w", name, err)
	}
	return st, nil
}

func scanSource(row rowScanner, name string) (model.SourceState, error) {
	st := model.SourceState{Name: name}
	var la, ls, na, lr int64
	var failing int
	if err := row.Scan(&st.Failures, &st.LastError, &la, &ls, &na, &st.Articles, &failing,
		&lr, &st.LastReadArticles, &st.NoText, &st.NoTextURL, &st.Address, &st.Robots); err != nil {
		return st, err
	}
	st.LastAttempt, st.LastSuccess, st.NextAttempt, st.Failing = fromMS(la), fromMS(ls), fromMS(na), failing != 0
	st.LastRead = fromMS(lr)
	return st, nil
}

// Source returns a source's fetch history in the transaction, adding the
// source first if it is new.
func (t *Tx) Source(ctx context.Context, name string) (model.SourceState, error) {
	if _, err := t.s.exec(ctx, t.tx, sqlEnsureSource, name); err != nil {
		return model.SourceState{}, fmt.Errorf("store: state of source %s: %w", name, err)
	}
	st, err := scanSource(t.s.qrow(ctx, t.tx, sqlSourceState, name), name)
	if err != nil {
		return st, fmt.Errorf("store: state of source %s: %w", name, err)
	}
	return st, nil
}

// SaveSource stores a source's fetch history in the transaction.
func (t *Tx) SaveSource(ctx context.Context, st model.SourceState) error {
	failing := 0
	if st.Failing {
		failing = 1
	}
	if _, err := t.s.exec(ctx, t.tx, sqlUpdateSource,
		st.Failures, st.LastError, ms(st.LastAttempt), ms(st.LastSuccess), ms(st.NextAttempt), st.Articles, failing,
		ms(st.LastRead), st.LastReadArticles, st.NoText, st.NoTextURL, st.Address, st.Robots, st.Name); err != nil {
		return fmt.Errorf("store: save state of source %s: %w", st.Name, err)
	}
	return nil
}

const sqlSaveValidators = `INSERT INTO fetch_state (url, etag, last_modified, updated_ms) VALUES (?, ?, ?, ?)
	ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, updated_ms = excluded.updated_ms`

// Validators returns what the last fetch of url said for conditional GET.
func (s *sqlStore) Validators(ctx context.Context, url string) (scrape.Validators, error) {
	var v scrape.Validators
	err := s.qrow(ctx, nil, `SELECT etag, last_modified FROM fetch_state WHERE url = ?`, url).Scan(&v.ETag, &v.LastModified)
	if errors.Is(err, sql.ErrNoRows) {
		return v, nil
	}
	if err != nil {
		return v, fmt.Errorf("store: validators of %s: %w", url, err)
	}
	return v, nil
}

// SaveValidators stores what a fetch of url (a listing) said for the next
// conditional GET.
func (s *sqlStore) SaveValidators(ctx context.Context, url string, v scrape.Validators) error {
	if _, err := s.exec(ctx, nil, sqlSaveValidators, url, v.ETag, v.LastModified, time.Now().UnixMilli()); err != nil {
		return fmt.Errorf("store: save validators of %s: %w", url, err)
	}
	return nil
}

const sqlSavePage = `INSERT INTO fetch_state (url, etag, last_modified, updated_ms, checked_ms, published_ms, listed) VALUES (?, ?, ?, ?, ?, ?, ?)
	ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, updated_ms = excluded.updated_ms,
		checked_ms = excluded.checked_ms, published_ms = excluded.published_ms,
		listed = CASE WHEN excluded.listed = '' THEN fetch_state.listed ELSE excluded.listed END`

// SavePage records in the transaction, with the article read from it, a
// fetch of an article's address (200 or 304): what it said for the next
// conditional GET, when it was made (the page's re-checks count from it)
// and the publication time the page gives (zero if none); listed, when
// not "", is what the feed said of the item (scrape.Link.Listed), kept
// until a fetch of it from a listing that says something.
func (t *Tx) SavePage(ctx context.Context, url string, v scrape.Validators, checked, published time.Time, listed string) error {
	if _, err := t.s.exec(ctx, t.tx, sqlSavePage, url, v.ETag, v.LastModified, time.Now().UnixMilli(), ms(checked), ms(published), listed); err != nil {
		return fmt.Errorf("store: save fetch of %s: %w", url, err)
	}
	return nil
}

// PageState is what the store knows of an address before fetching it.
type PageState struct {
	// Validators are what the last fetch of the address said.
	Validators scrape.Validators
	// TextHash is that of the article stored with the address as its
	// canonical URL; "" if none is.
	TextHash string
	// Checked is when the address was last fetched as an article's page
	// (zero if never, or not since the store began to record it).
	Checked time.Time
	// Published is the publication time the page gave when last read
	// (zero if it gave none), which the listing may not give.
	Published time.Time
	// Listed is what the feed said of the item when the page was last
	// fetched (scrape.Link.Listed); "" when unknown.
	Listed string
}

// pagesPerQuery bounds the addresses one Pages query asks about.
const pagesPerQuery = 100

// Pages returns what the store knows of each address, in one query a
// hundred addresses: what a pass needs of its links before it fetches
// them. Unknown addresses map to a zero PageState.
func (s *sqlStore) Pages(ctx context.Context, urls []string) (map[string]PageState, error) {
	out := make(map[string]PageState, len(urls))
	for len(urls) > 0 {
		n := min(len(urls), pagesPerQuery)
		if err := s.pages(ctx, urls[:n], out); err != nil {
			return nil, fmt.Errorf("store: pages: %w", err)
		}
		urls = urls[n:]
	}
	return out, nil
}

func (s *sqlStore) pages(ctx context.Context, urls []string, out map[string]PageState) error {
	args := make([]any, len(urls))
	for i, u := range urls {
		args[i] = u
		out[u] = PageState{}
	}
	// The casts give PostgreSQL the parameters' type; the query text
	// depends only on how many there are, so it is prepared once for each
	// count a pass meets.
	query := `WITH l(url) AS (VALUES ` + strings.TrimSuffix(strings.Repeat("(CAST(? AS TEXT)), ", len(urls)), ", ") + `)
		SELECT l.url, coalesce(f.etag, ''), coalesce(f.last_modified, ''), coalesce(a.text_hash, ''),
			coalesce(f.checked_ms, 0), coalesce(f.published_ms, 0), coalesce(f.listed, '')
		FROM l LEFT JOIN fetch_state f ON f.url = l.url LEFT JOIN articles a ON a.canonical_url = l.url`
	rows, err := s.query(ctx, nil, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var u string
		var ps PageState
		var checked, published int64
		if err := rows.Scan(&u, &ps.Validators.ETag, &ps.Validators.LastModified, &ps.TextHash, &checked, &published, &ps.Listed); err != nil {
			return err
		}
		ps.Checked, ps.Published = fromMS(checked), fromMS(published)
		out[u] = ps
	}
	return rows.Err()
}
