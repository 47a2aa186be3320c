package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/model"
)

const sqlUpsertArticle = `INSERT INTO articles (source, outlet, url, canonical_url, title, published_ms, fetched_ms, text_hash, fingerprint, copy_of)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
	ON CONFLICT (canonical_url) DO UPDATE SET url = excluded.url, title = excluded.title, fetched_ms = excluded.fetched_ms,
		text_hash = excluded.text_hash, fingerprint = excluded.fingerprint
	WHERE articles.source = excluded.source OR articles.outlet = excluded.outlet
	RETURNING id, copy_of`

// OwnedError says that an article was not stored because its canonical URL
// belongs to an article another outlet's source stored first: a page of one
// source naming another outlet's address as its own does not take over that
// outlet's article. Sources of one outlet (a "world" and a "mideast" feed)
// share its articles: the configuration, not the page, says which outlet a
// source reads.
type OwnedError struct {
	CanonicalURL string
	Source       string // the source whose page was refused
	Owner        string // the source that stored the article first
}

func (e *OwnedError) Error() string {
	return fmt.Sprintf("store: article %s belongs to source %s, not %s", e.CanonicalURL, e.Owner, e.Source)
}

// PutArticle stores an article and its text in the transaction, or
// updates the one stored under its canonical URL (a correction: its text,
// title and fingerprint; what it is a copy of stays as first stored). It returns the
// article's id and whether the stored article is a near copy. An article
// belongs to the outlet whose source first stored it: when a source of
// another outlet owns the canonical URL nothing is written and the error is
// an *OwnedError.
func (t *Tx) PutArticle(ctx context.Context, a model.Article) (id int64, isCopy bool, err error) {
	var copyOf any
	if a.CopyOf != 0 {
		copyOf = a.CopyOf
	}
	var storedCopyOf sql.NullInt64
	err = t.s.qrow(ctx, t.tx, sqlUpsertArticle,
		a.Source, a.Outlet, a.URL, a.CanonicalURL, a.Title, ms(a.Published), ms(a.Fetched), a.TextHash, a.Fingerprint, copyOf).Scan(&id, &storedCopyOf)
	if errors.Is(err, sql.ErrNoRows) {
		// The row is there (the conflict) but the update's condition
		// kept it as it was: another source owns it.
		var owner string
		if err := t.s.qrow(ctx, t.tx, sqlArticleSource, a.CanonicalURL).Scan(&owner); err != nil {
			return 0, false, fmt.Errorf("store: store article %s: owner: %w", a.CanonicalURL, err)
		}
		return 0, false, &OwnedError{CanonicalURL: a.CanonicalURL, Source: a.Source, Owner: owner}
	}
	if err != nil {
		return 0, false, fmt.Errorf("store: store article %s: %w", a.CanonicalURL, err)
	}
	if err := t.s.indexBands(ctx, t.tx, id, a.Fingerprint, storedCopyOf.Valid); err != nil {
		return 0, false, fmt.Errorf("store: store article %s: index fingerprint: %w", a.CanonicalURL, err)
	}
	if err := t.putText(ctx, id, a.Fetched, a.Text); err != nil {
		return 0, false, fmt.Errorf("store: store article %s: text: %w", a.CanonicalURL, err)
	}
	if !storedCopyOf.Valid {
		t.originals = append(t.originals, original{id: id, fetched: ms(a.Fetched), canonicalURL: a.CanonicalURL, fingerprint: a.Fingerprint})
	}
	return id, storedCopyOf.Valid, nil
}

const sqlArticleSource = `SELECT source FROM articles WHERE canonical_url = ?`

// StoredText returns the source and outlet that stored the article at a
// canonical URL and the hash of the text stored there, in the transaction
// (all "" when none is stored).
func (t *Tx) StoredText(ctx context.Context, canonicalURL string) (source, outlet, textHash string, err error) {
	err = t.s.qrow(ctx, t.tx, `SELECT source, outlet, text_hash FROM articles WHERE canonical_url = ?`, canonicalURL).Scan(&source, &outlet, &textHash)
	if errors.Is(err, sql.ErrNoRows) {
		return "", "", "", nil
	}
	if err != nil {
		return "", "", "", fmt.Errorf("store: text stored at %s: %w", canonicalURL, err)
	}
	return source, outlet, textHash, nil
}

// original is an article stored as an original, new or corrected, which
// the in-memory copy index learns of once its transaction commits.
type original struct {
	id, fetched               int64
	canonicalURL, fingerprint string
}

// reindex tells the in-memory copy index of the originals a transaction
// has just stored, so that the next lookup finds them without reading
// them back.
func (s *sqlStore) reindex(originals []original) {
	x := s.copies
	if x == nil || len(originals) == 0 {
		return
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	if !x.loaded() {
		return // the first lookup reads them with everything else
	}
	for _, o := range originals {
		x.put(o.id, o.fetched, o.canonicalURL, o.fingerprint)
	}
}

// HashAt returns the text hash of the article stored under a canonical
// URL, or "".
func (s *sqlStore) HashAt(ctx context.Context, canonicalURL string) (string, error) {
	var h string
	err := s.qrow(ctx, nil, `SELECT text_hash FROM articles WHERE canonical_url = ?`, canonicalURL).Scan(&h)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("store: text hash at %s: %w", canonicalURL, err)
	}
	return h, nil
}

// sqlURLWithHash finds the first article with a text hash. "id + 0": ordered
// by id itself, a planner without fresh statistics (PostgreSQL's, on a
// store that grew quickly) walks the primary key from the first article
// and tests each hash, the whole table when the text is new, as it nearly
// always is. The matches are a handful, and sorting them is nothing.
const sqlURLWithHash = `SELECT canonical_url FROM articles WHERE text_hash = ? ORDER BY id + 0 LIMIT 1`

// URLWithHash returns the canonical URL of the first article stored with a
// text hash (an exact copy's original), or "".
func (s *sqlStore) URLWithHash(ctx context.Context, hash string) (string, error) {
	var u string
	err := s.qrow(ctx, nil, sqlURLWithHash, hash).Scan(&u)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("store: article with text hash %s: %w", hash, err)
	}
	return u, nil
}

// sqlNearCopies finds the recent originals that share a band with a
// fingerprint, those sharing the most first (see NearCopy). The articles
// sharing a band are found in the band index first and each is then read
// by its id: "OFFSET 0" keeps the planner from folding the two into one
// join, for which it could hash every article of the copy window on each
// lookup, as it did on a store that had grown faster than its statistics
// (docs/performance.md has what that cost).
var sqlNearCopies = `SELECT a.id, a.fingerprint
	FROM (SELECT article_id, count(*) AS shared FROM article_bands
		WHERE band_key IN (` + placeholders(bands) + `)
		GROUP BY article_id) k
	CROSS JOIN LATERAL (SELECT id, fingerprint FROM articles
		WHERE id = k.article_id AND fetched_ms >= ? AND canonical_url <> ? AND copy_of IS NULL OFFSET 0) a
	ORDER BY k.shared DESC, a.id LIMIT ` + strconv.Itoa(maxCandidates)

// NearCopy returns an article of the last days whose text is nearly the
// same (MinHash fingerprint), or 0. It looks the fingerprint up by its
// bands and verifies the candidates sharing the most bands: the cost
// depends on how many similar texts there are, not on how many articles
// the window holds. The oldest near duplicate among them is the original.
func (s *sqlStore) NearCopy(ctx context.Context, fingerprint string, canonicalURL string, since time.Time) (int64, error) {
	if x := s.copies; x != nil {
		x.mu.Lock()
		defer x.mu.Unlock()
		if !x.loaded() || time.Since(x.synced) >= x.syncEvery {
			if err := x.sync(ctx, func(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
				return s.query(ctx, nil, query, args...)
			}, ms(since)); err != nil {
				return 0, fmt.Errorf("store: near copies: %w", err)
			}
		}
		return x.lookup(fingerprint, canonicalURL, ms(since)), nil
	}
	keys := Bands(fingerprint)
	if keys == nil {
		return 0, nil
	}
	args := make([]any, 0, len(keys)+2)
	for _, k := range keys {
		args = append(args, k)
	}
	args = append(args, ms(since), canonicalURL)
	rows, err := s.query(ctx, nil, sqlNearCopies, args...)
	if err != nil {
		return 0, fmt.Errorf("store: near copies: %w", err)
	}
	defer rows.Close()
	var found int64
	for rows.Next() {
		var id int64
		var fp string
		if err := rows.Scan(&id, &fp); err != nil {
			return 0, fmt.Errorf("store: near copies: %w", err)
		}
		if NearDuplicate(fingerprint, fp) && (found == 0 || id < found) {
			found = id
		}
	}
	if err := rows.Err(); err != nil {
		return 0, fmt.Errorf("store: near copies: %w", err)
	}
	return found, nil
}

// sqlInsertBands indexes an article's fingerprint: one row per band.
var sqlInsertBands = sqlInsertBandsOf(1)

// sqlInsertBandsOf indexes n articles' fingerprints in one statement
// (store copy's rebuildBands).
func sqlInsertBandsOf(n int) string {
	return `INSERT INTO article_bands (band_key, article_id) VALUES ` +
		strings.TrimSuffix(strings.Repeat("(?, ?), ", n*bands), ", ") + ` ON CONFLICT DO NOTHING`
}

// indexBands adds an article's band keys to the article_bands table
// (PostgreSQL; SQLite's index is in memory and reads the articles table).
// Copies are not indexed: NearCopy never returns one. A corrected text
// adds its new keys; the old ones only make a candidate that fails the
// check against the current fingerprint.
func (s *sqlStore) indexBands(ctx context.Context, tx *sql.Tx, articleID int64, fingerprint string, isCopy bool) error {
	keys := Bands(fingerprint)
	if keys == nil || isCopy || s.copies != nil {
		return nil
	}
	args := make([]any, 0, 2*len(keys))
	for _, k := range keys {
		args = append(args, k, articleID)
	}
	_, err := s.exec(ctx, tx, sqlInsertBands, args...)
	return err
}

// CountArticles counts the articles stored.
func (s *sqlStore) CountArticles(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM articles`).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count articles: %w", err)
	}
	return n, nil
}

// CountSourceArticles counts the articles source stored under outlet.
func (s *sqlStore) CountSourceArticles(ctx context.Context, source, outlet string) (int, error) {
	var n int
	err := s.qrow(ctx, nil, `SELECT COUNT(*) FROM articles WHERE source = ? AND outlet = ?`, source, outlet).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("store: count the articles of source %q under outlet %q: %w", source, outlet, err)
	}
	return n, nil
}

// HostOutlet is the outlet the earliest stored article at host (with its
// port, if any) was stored under, at either scheme, with or without
// "www.", not counting those stored under their source's own name (a feed
// with no outlet: was so named before desk55a); "" when none. A site's
// page that names no site takes the name its host's pages were given
// (tracker's siteName): one site, one outlet.
func (s *sqlStore) HostOutlet(ctx context.Context, host string) (string, error) {
	var args []any
	for _, h := range []string{host, "www." + host} {
		args = append(args, "%://"+h+"/%", "%://"+h)
	}
	var outlet string
	err := s.qrow(ctx, nil, `SELECT outlet FROM articles WHERE outlet <> source AND (canonical_url LIKE ? OR canonical_url LIKE ?
		OR canonical_url LIKE ? OR canonical_url LIKE ?) ORDER BY id LIMIT 1`, args...).Scan(&outlet)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("store: the outlet of host %s: %w", host, err)
	}
	return outlet, nil
}

// TrackedMetrics lists the metrics that have an accepted value.
func (s *sqlStore) TrackedMetrics(ctx context.Context) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT DISTINCT metric FROM metric_state ORDER BY metric`)
	if err != nil {
		return nil, fmt.Errorf("store: list tracked metrics: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("store: list tracked metrics: %w", err)
		}
		out = append(out, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: list tracked metrics: %w", err)
	}
	return out, nil
}
