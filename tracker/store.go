package tracker

import (
	"context"
	"database/sql"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"
	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/rules/figures"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/tracker/health"
)

//go:embed migrations
var migrations embed.FS

// Store is claimtrack's memory. Two implementations share one SQL body:
// SQLite (a single file, the default) and PostgreSQL (for replicas).
type Store interface {
	scrape.Seen

	// Validators returns what the last fetch of url said for conditional GET.
	Validators(ctx context.Context, url string) (scrape.Validators, error)
	SaveValidators(ctx context.Context, url string, v scrape.Validators) error
	// Pages returns what the store knows of each address, in one query:
	// what a pass needs of its links before it fetches them. Unknown
	// addresses map to a zero PageState.
	Pages(ctx context.Context, urls []string) (map[string]PageState, error)

	// NearCopy returns an article of the last days whose text is nearly
	// the same (MinHash fingerprint), or 0.
	NearCopy(ctx context.Context, fingerprint string, canonicalURL string, since time.Time) (int64, error)

	// Process stores an article and its observations and, in the same
	// transaction, judges each observation against its metric, updates the
	// accepted values and queues the events: a crash loses or doubles
	// nothing.
	Process(ctx context.Context, a model.Article, obs []model.Observation, judge func(metric string) (Policy, MetricInfo)) ([]Outcome, error)
	// ProcessBatch does what Process does for several articles, in order,
	// in one transaction (one commit for a source's pass, not one an
	// article); it returns each item's outcomes.
	ProcessBatch(ctx context.Context, items []Item, judge func(metric string) (Policy, MetricInfo)) ([][]Outcome, error)

	// Current returns a metric's accepted observation, or nil.
	Current(ctx context.Context, metric string) (*model.Observation, []string, error)
	// History returns a metric's observations, oldest first.
	History(ctx context.Context, metric string) ([]model.Observation, error)

	// SourceState and RecordFetch keep each source's fetch history;
	// RecordFetch queues a warning when a source starts failing and a
	// message when it recovers.
	SourceState(ctx context.Context, name string) (model.SourceState, error)
	RecordFetch(ctx context.Context, name string, fetchErr error, articles int, now time.Time, b health.Backoff) (model.SourceState, error)

	// TryLease claims a source for one replica until the lease ends; it
	// returns false when another replica holds it.
	TryLease(ctx context.Context, source, owner string, until, now time.Time) (bool, error)

	// HoldLease takes or renews a named lease on work only one replica may
	// do at a time (draining the outbox, so that events go out in order).
	HoldLease(ctx context.Context, name, owner string, until, now time.Time) (bool, error)

	// ReleaseOutbox gives up the owner's outbox lease and its claims on
	// undelivered events, so that the next drain (another process, say
	// the next `claimtrack once`) need not wait for them to expire.
	ReleaseOutbox(ctx context.Context, lease, owner string) error

	// Outbox: events wait there until delivered (see notify.Outbox).
	ClaimEvents(ctx context.Context, owner string, until, now time.Time, limit int) ([]model.Event, error)
	BeginAttempt(ctx context.Context, id int64, now time.Time) error
	MarkAttempt(ctx context.Context, id int64, errText string) error
	MarkDelivered(ctx context.Context, id int64, d model.Delivery, at time.Time) error
	// Thread returns Slack's id for a channel as configured (route), once
	// known, and the message heading a metric's thread there: the first
	// delivered message of the metric that was not itself a reply.
	Thread(ctx context.Context, metric, route string) (channelID, ts string, err error)
	// Events returns the newest events, delivered or not, newest first.
	Events(ctx context.Context, limit int) ([]model.Event, error)
	PendingCount(ctx context.Context) (int, error)
	// CountArticles counts the articles stored.
	CountArticles(ctx context.Context) (int, error)

	Close() error
}

// PageState is what the store knows of an address before fetching it.
type PageState struct {
	// Validators are what the last fetch of the address said.
	Validators scrape.Validators
	// TextHash is that of the article stored with the address as its
	// canonical URL; "" if none is.
	TextHash string
}

// MetricInfo is what events say about a metric.
type MetricInfo struct {
	Name string
	Unit string
}

// Statements used inside transactions, prepared once at Open (see txQueries).
const (
	sqlUpsertArticle = `INSERT INTO articles (source, outlet, url, canonical_url, title, published_ms, fetched_ms, text_hash, fingerprint, copy_of)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (canonical_url) DO UPDATE SET url = excluded.url, title = excluded.title, fetched_ms = excluded.fetched_ms,
			text_hash = excluded.text_hash, fingerprint = excluded.fingerprint
		RETURNING id, copy_of`
	sqlInsertObservation = `INSERT INTO observations (metric, article_id, outlet, published_ms, fetched_ms, readings, quote, quote_start, quote_end, rule, outcome)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`
	sqlUpsertState = `INSERT INTO metric_state (metric, readings, observation_id, outlet, published_ms, agree, updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (metric) DO UPDATE SET readings = excluded.readings, observation_id = excluded.observation_id, outlet = excluded.outlet,
				published_ms = excluded.published_ms, agree = excluded.agree, updated_ms = excluded.updated_ms`
	sqlUpdateAgree    = `UPDATE metric_state SET agree = ?, updated_ms = ? WHERE metric = ?`
	sqlEnqueue        = `INSERT INTO outbox (event_key, kind, metric, payload, created_ms) VALUES (?, ?, ?, ?, ?) ON CONFLICT (event_key) DO NOTHING`
	sqlState          = `SELECT observation_id, readings, outlet, published_ms, agree FROM metric_state WHERE metric = ?`
	sqlEnsureSource   = `INSERT INTO source_state (name) VALUES (?) ON CONFLICT (name) DO NOTHING`
	sqlSourceState    = `SELECT failures, last_error, last_attempt_ms, last_success_ms, next_attempt_ms, articles, failing FROM source_state WHERE name = ?`
	sqlSaveValidators = `INSERT INTO fetch_state (url, etag, last_modified, updated_ms) VALUES (?, ?, ?, ?)
		ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, updated_ms = excluded.updated_ms`
	sqlUpdateSource = `UPDATE source_state SET failures = ?, last_error = ?, last_attempt_ms = ?, last_success_ms = ?, next_attempt_ms = ?, articles = ?, failing = ? WHERE name = ?`
)

// sqlInsertBands indexes an article's fingerprint: one row per band.
var sqlInsertBands = `INSERT INTO article_bands (band_key, article_id) VALUES ` +
	strings.TrimSuffix(strings.Repeat("(?, ?), ", bands), ", ") + ` ON CONFLICT DO NOTHING`

// sqlURLWithHash finds the first article with a text hash. "id + 0": ordered
// by id itself, a planner without fresh statistics (PostgreSQL's, on a
// store that grew quickly) walks the primary key from the first article
// and tests each hash, the whole table when the text is new, as it nearly
// always is. The matches are a handful, and sorting them is nothing.
const sqlURLWithHash = `SELECT canonical_url FROM articles WHERE text_hash = ? ORDER BY id + 0 LIMIT 1`

// sqlNearCopies finds the recent originals that share a band with a
// fingerprint, those sharing the most first (see NearCopy). The articles
// sharing a band are found in the band index first and each is then read
// by its id: "OFFSET 0" keeps the planner from folding the two into one
// join, for which it could hash every article of the copy window on each
// lookup. It did, on a store that had grown faster than its statistics:
// 24-460 ms a lookup at 14,000 articles instead of a quarter of a
// millisecond, and the pipeline ran at 29 articles a second.
var sqlNearCopies = `SELECT a.id, a.fingerprint
	FROM (SELECT article_id, count(*) AS shared FROM article_bands
		WHERE band_key IN (` + strings.TrimSuffix(strings.Repeat("?, ", bands), ", ") + `)
		GROUP BY article_id) k
	CROSS JOIN LATERAL (SELECT id, fingerprint FROM articles
		WHERE id = k.article_id AND fetched_ms >= ? AND canonical_url <> ? AND copy_of IS NULL OFFSET 0) a
	ORDER BY k.shared DESC, a.id LIMIT ` + strconv.Itoa(maxCandidates)

// sqlObservation reads one observation with its article.
const sqlObservation = `SELECT ` + observationColumns + ` FROM observations o JOIN articles a ON a.id = o.article_id WHERE o.id = ?`

// txQueries are the statements transactions use, prepared at Open so that
// transactions find them cached.
var txQueries = []string{sqlUpsertArticle, sqlSaveValidators, sqlInsertObservation, sqlUpsertState, sqlUpdateAgree, sqlEnqueue, sqlState, sqlEnsureSource, sqlSourceState, sqlUpdateSource, sqlObservation}

type dialect int

const (
	sqliteDialect dialect = iota
	postgresDialect
)

type sqlStore struct {
	db      *sql.DB
	dialect dialect
	// stmts caches prepared statements by query: preparing is a large
	// part of a small query's cost.
	stmts sync.Map
	// copies indexes fingerprints in memory (SQLite); nil when the
	// article_bands table does (PostgreSQL).
	copies *copyIndex
}

// stmt returns the prepared statement for a query, bound to tx if given.
// Inside a transaction an uncached query is prepared on the transaction's
// own connection: asking the pool for another while every connection is
// held by a transaction would wait forever.
func (s *sqlStore) stmt(ctx context.Context, tx *sql.Tx, query string) (*sql.Stmt, error) {
	v, ok := s.stmts.Load(query)
	if !ok && tx != nil {
		return tx.PrepareContext(ctx, s.q(query))
	}
	if !ok {
		st, err := s.db.PrepareContext(ctx, s.q(query))
		if err != nil {
			return nil, err
		}
		if prev, loaded := s.stmts.LoadOrStore(query, st); loaded {
			st.Close()
			v = prev
		} else {
			v = st
		}
	}
	st := v.(*sql.Stmt)
	if tx != nil {
		return tx.StmtContext(ctx, st), nil
	}
	return st, nil
}

// rowScanner is a *sql.Row that may carry an error from preparing.
type rowScanner struct {
	row *sql.Row
	err error
}

func (r rowScanner) Scan(dest ...any) error {
	if r.err != nil {
		return r.err
	}
	return r.row.Scan(dest...)
}

func (s *sqlStore) qrow(ctx context.Context, tx *sql.Tx, query string, args ...any) rowScanner {
	st, err := s.stmt(ctx, tx, query)
	if err != nil {
		return rowScanner{err: err}
	}
	return rowScanner{row: st.QueryRowContext(ctx, args...)}
}

func (s *sqlStore) exec(ctx context.Context, tx *sql.Tx, query string, args ...any) (sql.Result, error) {
	st, err := s.stmt(ctx, tx, query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

func (s *sqlStore) query(ctx context.Context, tx *sql.Tx, query string, args ...any) (*sql.Rows, error) {
	st, err := s.stmt(ctx, tx, query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

// Open opens (creating if needed) the store named by dsn: a postgres://
// URL, or a SQLite file path (relative paths against dir). Migrations run
// first.
func Open(ctx context.Context, dsn, dir string) (Store, error) {
	s := &sqlStore{}
	var err error
	var gd goose.Dialect
	var opts []goose.ProviderOption
	switch {
	case strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://"):
		s.dialect, gd = postgresDialect, goose.DialectPostgres
		s.db, err = sql.Open("pgx", dsn)
		if err != nil {
			return nil, fmt.Errorf("open store: %w", err)
		}
		// Keep as many idle connections as the daemon's workers and the
		// notifier use at once (database/sql keeps two), so that they are
		// not closed after each use and opened again.
		s.db.SetMaxIdleConns(8)
		// Replicas starting together take turns at the migrations.
		locker, err := lock.NewPostgresSessionLocker()
		if err != nil {
			return nil, fmt.Errorf("open store: %w", err)
		}
		opts = append(opts, goose.WithSessionLocker(locker))
	default:
		if dsn == "" {
			dsn = "claimtrack.db"
		}
		if !filepath.IsAbs(dsn) && dir != "" {
			dsn = filepath.Join(dir, dsn)
		}
		s.dialect, gd = sqliteDialect, goose.DialectSQLite3
		// WAL lets readers work while a write goes on; the busy timeout
		// makes writers wait for each other; immediate transactions take
		// the write lock at BEGIN so that a read-then-write never deadlocks.
		s.db, err = sql.Open("sqlite", "file:"+dsn+"?_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_pragma=temp_store(MEMORY)&_txlock=immediate")
		if err != nil {
			return nil, fmt.Errorf("open store %s: %w", dsn, err)
		}
		// A few connections: WAL lets them read at once, and immediate
		// transactions with the busy timeout queue the writers. (With one
		// connection, preparing a statement while a transaction holds it
		// would wait forever.)
		s.db.SetMaxOpenConns(4)
		// ... and keep them all: database/sql keeps two idle by default,
		// so a third and fourth were closed after each use and opened
		// again, with the schema read and every statement prepared anew
		// (a twentieth of the store's time in the pipeline benchmark).
		s.db.SetMaxIdleConns(4)
		s.copies = newCopyIndex()
	}
	if err := s.db.PingContext(ctx); err != nil {
		s.db.Close()
		return nil, fmt.Errorf("open store %s: %w", redact(dsn), err)
	}
	sub, err := fs.Sub(migrations, "migrations/"+map[dialect]string{sqliteDialect: "sqlite", postgresDialect: "postgres"}[s.dialect])
	if err != nil {
		return nil, err
	}
	p, err := goose.NewProvider(gd, s.db, sub, opts...)
	if err != nil {
		s.db.Close()
		return nil, fmt.Errorf("migrations: %w", err)
	}
	if _, err := p.Up(ctx); err != nil {
		s.db.Close()
		return nil, fmt.Errorf("migrate store %s: %w", redact(dsn), err)
	}
	// Prepare what transactions use now, so they find it cached.
	queries := txQueries
	if s.copies == nil {
		queries = append(queries[:len(queries):len(queries)], sqlInsertBands)
	}
	for _, q := range queries {
		if _, err := s.stmt(ctx, nil, q); err != nil {
			s.Close()
			return nil, fmt.Errorf("prepare %q: %w", q, err)
		}
	}
	return s, nil
}

// redact hides a password in a connection URL.
func redact(dsn string) string {
	if i := strings.Index(dsn, "://"); i >= 0 {
		if at := strings.LastIndex(dsn, "@"); at > i {
			if c := strings.Index(dsn[i+3:at], ":"); c >= 0 {
				return dsn[:i+3+c] + ":***" + dsn[at:]
			}
		}
	}
	return dsn
}

func (s *sqlStore) Close() error {
	s.stmts.Range(func(_, v any) bool {
		v.(*sql.Stmt).Close()
		return true
	})
	return s.db.Close()
}

// q rewrites ? placeholders as $1, $2 ... for PostgreSQL.
func (s *sqlStore) q(query string) string {
	if s.dialect != postgresDialect {
		return query
	}
	var b strings.Builder
	n := 0
	for i := 0; i < len(query); i++ {
		if query[i] == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteByte(query[i])
	}
	return b.String()
}

func ms(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixMilli()
}

func fromMS(v int64) time.Time {
	if v == 0 {
		return time.Time{}
	}
	return time.UnixMilli(v).UTC()
}

func (s *sqlStore) HashAt(ctx context.Context, canonicalURL string) (string, error) {
	var h string
	err := s.qrow(ctx, nil, `SELECT text_hash FROM articles WHERE canonical_url = ?`, canonicalURL).Scan(&h)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return h, err
}

func (s *sqlStore) URLWithHash(ctx context.Context, hash string) (string, error) {
	var u string
	err := s.qrow(ctx, nil, sqlURLWithHash, hash).Scan(&u)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return u, err
}

func (s *sqlStore) Validators(ctx context.Context, url string) (scrape.Validators, error) {
	var v scrape.Validators
	err := s.qrow(ctx, nil, `SELECT etag, last_modified FROM fetch_state WHERE url = ?`, url).Scan(&v.ETag, &v.LastModified)
	if errors.Is(err, sql.ErrNoRows) {
		return v, nil
	}
	return v, err
}

// pagesPerQuery bounds the addresses one Pages query asks about.
const pagesPerQuery = 100

func (s *sqlStore) Pages(ctx context.Context, urls []string) (map[string]PageState, error) {
	out := make(map[string]PageState, len(urls))
	for len(urls) > 0 {
		n := min(len(urls), pagesPerQuery)
		if err := s.pages(ctx, urls[:n], out); err != nil {
			return nil, err
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
		SELECT l.url, coalesce(f.etag, ''), coalesce(f.last_modified, ''), coalesce(a.text_hash, '')
		FROM l LEFT JOIN fetch_state f ON f.url = l.url LEFT JOIN articles a ON a.canonical_url = l.url`
	rows, err := s.query(ctx, nil, query, args...)
	if err != nil {
		return fmt.Errorf("pages: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var u string
		var ps PageState
		if err := rows.Scan(&u, &ps.Validators.ETag, &ps.Validators.LastModified, &ps.TextHash); err != nil {
			return fmt.Errorf("pages: %w", err)
		}
		out[u] = ps
	}
	return rows.Err()
}

func (s *sqlStore) SaveValidators(ctx context.Context, url string, v scrape.Validators) error {
	return s.saveValidators(ctx, nil, url, v)
}

func (s *sqlStore) saveValidators(ctx context.Context, tx *sql.Tx, url string, v scrape.Validators) error {
	_, err := s.exec(ctx, tx, sqlSaveValidators, url, v.ETag, v.LastModified, time.Now().UnixMilli())
	return err
}

// NearCopy looks a fingerprint up by its bands and verifies the
// candidates sharing the most bands: the cost depends on how many similar
// texts there are, not on how many articles the window holds. The oldest
// near duplicate among them is the original.
func (s *sqlStore) NearCopy(ctx context.Context, fingerprint string, canonicalURL string, since time.Time) (int64, error) {
	if x := s.copies; x != nil {
		x.mu.Lock()
		defer x.mu.Unlock()
		if !x.loaded() || time.Since(x.synced) >= x.syncEvery {
			if err := x.sync(ctx, func(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
				return s.query(ctx, nil, query, args...)
			}, ms(since)); err != nil {
				return 0, fmt.Errorf("near copies: %w", err)
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
		return 0, fmt.Errorf("near copies: %w", err)
	}
	defer rows.Close()
	var found int64
	for rows.Next() {
		var id int64
		var fp string
		if err := rows.Scan(&id, &fp); err != nil {
			return 0, err
		}
		if NearDuplicate(fingerprint, fp) && (found == 0 || id < found) {
			found = id
		}
	}
	return found, rows.Err()
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

// lockMetric serialises writers of one metric's state: an advisory lock in
// PostgreSQL (the row may not exist yet); in SQLite the immediate
// transaction already holds the write lock.
func (s *sqlStore) lockMetric(ctx context.Context, tx *sql.Tx, metric string) error {
	if s.dialect != postgresDialect {
		return nil
	}
	_, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(hashtext($1))`, "metric:"+metric)
	return err
}

// Item is an article and its observations, waiting to be stored.
type Item struct {
	// Article is zero when only the page's validators are to be saved
	// (the page was read again and its text had not changed).
	Article      model.Article
	Observations []model.Observation
	// CopyOfItem, when not 0, says the article is a near copy of the
	// batch's item CopyOfItem-1, which has no id until it is stored.
	CopyOfItem int
	// Page, when set, is the address the article was fetched from, and
	// Validators what that fetch said for the next conditional GET: saved
	// in the same transaction as the article.
	Page       string
	Validators scrape.Validators
}

func (s *sqlStore) Process(ctx context.Context, a model.Article, obs []model.Observation, judge func(string) (Policy, MetricInfo)) ([]Outcome, error) {
	out, err := s.ProcessBatch(ctx, []Item{{Article: a, Observations: obs}}, judge)
	if err != nil {
		return nil, err
	}
	return out[0], nil
}

func (s *sqlStore) ProcessBatch(ctx context.Context, items []Item, judge func(string) (Policy, MetricInfo)) ([][]Outcome, error) {
	if len(items) == 0 {
		return nil, nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("store: begin: %w", err)
	}
	defer tx.Rollback()
	// Lock every metric the batch touches up front, in one order for all
	// replicas: two batches locking their metrics as they meet them could
	// each wait for the other.
	var metrics []string
	for _, it := range items {
		for _, o := range it.Observations {
			metrics = append(metrics, o.Metric)
		}
	}
	slices.Sort(metrics)
	for _, m := range slices.Compact(metrics) {
		if err := s.lockMetric(ctx, tx, m); err != nil {
			return nil, fmt.Errorf("store: lock metric %s: %w", m, err)
		}
	}
	ids := make([]int64, len(items))
	originals := make([]bool, len(items))
	all := make([][]Outcome, len(items))
	states := metricStates{}
	for i, it := range items {
		if it.Page != "" {
			if err := s.saveValidators(ctx, tx, it.Page, it.Validators); err != nil {
				return nil, fmt.Errorf("store validators of %s: %w", it.Page, err)
			}
		}
		a := it.Article
		if a.CanonicalURL == "" {
			continue
		}
		if k := it.CopyOfItem; k > 0 && k <= i {
			a.CopyOf = ids[k-1]
		}
		if ids[i], originals[i], all[i], err = s.process(ctx, tx, states, a, it.Observations, judge); err != nil {
			return nil, err
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("store: commit: %w", err)
	}
	s.reindex(items, ids, originals)
	return all, nil
}

// reindex tells the in-memory copy index of the originals a batch has
// just stored, new or corrected, so that the next lookup finds them
// without reading them back.
func (s *sqlStore) reindex(items []Item, ids []int64, originals []bool) {
	x := s.copies
	if x == nil {
		return
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	if !x.loaded() {
		return // the first lookup reads them with everything else
	}
	for i, it := range items {
		if originals[i] {
			a := &it.Article
			x.put(ids[i], ms(a.Fetched), a.CanonicalURL, a.Fingerprint)
		}
	}
}

// process stores one article and its observations inside tx. It returns
// the article's id and whether it is an original (not a near copy).
func (s *sqlStore) process(ctx context.Context, tx *sql.Tx, states metricStates, a model.Article, obs []model.Observation, judge func(string) (Policy, MetricInfo)) (int64, bool, []Outcome, error) {
	var copyOf any
	if a.CopyOf != 0 {
		copyOf = a.CopyOf
	}
	var articleID int64
	var storedCopyOf sql.NullInt64
	err := s.qrow(ctx, tx, sqlUpsertArticle,
		a.Source, a.Outlet, a.URL, a.CanonicalURL, a.Title, ms(a.Published), ms(a.Fetched), a.TextHash, a.Fingerprint, copyOf).Scan(&articleID, &storedCopyOf)
	if err != nil {
		return 0, false, nil, fmt.Errorf("store article %s: %w", a.CanonicalURL, err)
	}
	if err := s.indexBands(ctx, tx, articleID, a.Fingerprint, storedCopyOf.Valid); err != nil {
		return 0, false, nil, fmt.Errorf("store article %s: index fingerprint: %w", a.CanonicalURL, err)
	}
	outcomes := make([]Outcome, 0, len(obs))
	for _, o := range obs {
		o.ArticleID = articleID
		o.Outlet, o.URL, o.Title, o.Published, o.Fetched = a.Outlet, a.CanonicalURL, a.Title, a.Published, a.Fetched
		pol, info := judge(o.Metric)
		out, err := s.record(ctx, tx, states, o, a.CopyOf != 0, pol, info)
		if err != nil {
			return 0, false, nil, fmt.Errorf("store observation of %s in %s: %w", o.Metric, a.CanonicalURL, err)
		}
		outcomes = append(outcomes, out)
	}
	return articleID, !storedCopyOf.Valid, outcomes, nil
}

func toReadings(rs []model.Reading) []rules.Value {
	out := make([]rules.Value, len(rs))
	for i, r := range rs {
		out[i] = rules.Value{Name: r.Name, Figure: figures.Figure{Value: r.Value, Low: r.Low, High: r.High, Qualifier: qualifierFromName(r.Qualifier), Unit: r.Unit, Text: r.Text}}
	}
	return out
}

// qualifierFromName reads a qualifier as stored ("exact" for none).
func qualifierFromName(name string) figures.Qualifier {
	if name == "exact" {
		return figures.Exact
	}
	return figures.Qualifier(name)
}

// metricStates is what one transaction knows of the accepted state of the
// metrics it has read or written. The transaction holds every metric of
// its batch locked (lockMetric), so what it wrote is what reading again
// would return: each metric is read once a batch, not once an observation.
type metricStates map[string]*metricState

type metricState struct {
	cur   *State
	curID int64 // the accepted observation
	agree []string
}

func (s *sqlStore) record(ctx context.Context, tx *sql.Tx, states metricStates, o model.Observation, isCopy bool, pol Policy, info MetricInfo) (Outcome, error) {
	st, ok := states[o.Metric]
	if !ok {
		cur, curID, agree, err := s.state(ctx, tx, o.Metric)
		if err != nil {
			return 0, err
		}
		st = &metricState{cur: cur, curID: curID, agree: agree}
		states[o.Metric] = st
	}
	cur, curID, agree := st.cur, st.curID, st.agree
	var err error
	outcome := Decide(pol, cur, Candidate{Readings: toReadings(o.Readings), Outlet: o.Outlet, Published: o.Published})
	o.Outcome = outcome.String()
	readings, _ := json.Marshal(o.Readings)
	err = s.qrow(ctx, tx, sqlInsertObservation,
		o.Metric, o.ArticleID, o.Outlet, ms(o.Published), ms(o.Fetched), string(readings), o.Quote, o.QuoteStart, o.QuoteEnd, o.Rule, o.Outcome).Scan(&o.ID)
	if err != nil {
		return 0, err
	}
	now := time.Now().UnixMilli()
	switch outcome {
	case Baseline, Change:
		agree = []string{o.Outlet}
		ag, _ := json.Marshal(agree)
		if _, err = s.exec(ctx, tx, sqlUpsertState,
			o.Metric, string(readings), o.ID, o.Outlet, ms(o.Published), string(ag), now); err != nil {
			return 0, err
		}
		// As state() would read it back: readings through their JSON,
		// the time to the millisecond.
		next, err := decodeState(o.Metric, string(readings), o.Outlet, ms(o.Published))
		if err != nil {
			return 0, err
		}
		*st = metricState{cur: next, curID: o.ID, agree: agree}
	case Corroborates:
		// Near-duplicate texts count once: a copy does not add an outlet.
		if !isCopy && !contains(agree, o.Outlet) {
			agree = append(slices.Clip(agree), o.Outlet)
			sort.Strings(agree[1:])
			ag, _ := json.Marshal(agree)
			if _, err = s.exec(ctx, tx, sqlUpdateAgree, string(ag), now, o.Metric); err != nil {
				return 0, err
			}
			st.agree = agree
		}
	}
	var kind model.EventKind
	switch {
	case outcome == Baseline && pol.AnnounceFirst:
		kind = model.EventFirst
	case outcome == Change:
		kind = model.EventChange
	case outcome == Decrease:
		kind = model.EventDecrease
	case outcome == Conflict:
		kind = model.EventConflict
	default:
		return outcome, nil
	}
	var curObs *model.Observation
	if curID != 0 {
		if curObs, err = s.observation(ctx, tx, curID); err != nil {
			return 0, err
		}
	}
	p := model.EventPayload{MetricName: info.Name, Unit: info.Unit, Old: curObs, New: &o, Agreeing: max(1, len(agree))}
	if kind == model.EventConflict || kind == model.EventDecrease {
		p.Agreeing = 0
	}
	// The key names the news, not the attempt: replaying the same article
	// queues nothing new.
	key := fmt.Sprintf("%s:%s:%s:%s", kind, o.Metric, o.URL, readingsKey(o.Readings))
	return outcome, s.enqueue(ctx, tx, key, kind, o.Metric, p)
}

func readingsKey(rs []model.Reading) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = r.Name + "=" + strconv.FormatFloat(r.Value, 'g', -1, 64)
	}
	return strings.Join(parts, ",")
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (s *sqlStore) enqueue(ctx context.Context, tx *sql.Tx, key string, kind model.EventKind, metric string, p model.EventPayload) error {
	payload, err := json.Marshal(p)
	if err != nil {
		return err
	}
	_, err = s.exec(ctx, tx, sqlEnqueue,
		key, string(kind), metric, string(payload), time.Now().UnixMilli())
	return err
}

// state loads a metric's accepted value inside a transaction, from the
// metric's own row; the accepted observation itself is loaded only when an
// event needs it (see oldObservation).
func (s *sqlStore) state(ctx context.Context, tx *sql.Tx, metric string) (*State, int64, []string, error) {
	var obsID, pub int64
	var readings, outlet, agree string
	err := s.qrow(ctx, tx, sqlState, metric).Scan(&obsID, &readings, &outlet, &pub, &agree)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, 0, nil, nil
	}
	if err != nil {
		return nil, 0, nil, err
	}
	st, err := decodeState(metric, readings, outlet, pub)
	if err != nil {
		return nil, 0, nil, err
	}
	var outlets []string
	_ = json.Unmarshal([]byte(agree), &outlets)
	return st, obsID, outlets, nil
}

// decodeState makes a metric's accepted state from its stored columns.
func decodeState(metric, readings, outlet string, published int64) (*State, error) {
	var rs []model.Reading
	if err := json.Unmarshal([]byte(readings), &rs); err != nil {
		return nil, fmt.Errorf("metric %s: readings: %w", metric, err)
	}
	return &State{Readings: toReadings(rs), Outlet: outlet, Published: fromMS(published)}, nil
}

const observationColumns = `o.id, o.metric, o.article_id, o.outlet, a.canonical_url, a.title, o.published_ms, o.fetched_ms, o.readings, o.quote, o.quote_start, o.quote_end, o.rule, o.outcome`

func scanObservation(sc interface{ Scan(...any) error }) (*model.Observation, error) {
	var o model.Observation
	var pub, fet int64
	var readings string
	if err := sc.Scan(&o.ID, &o.Metric, &o.ArticleID, &o.Outlet, &o.URL, &o.Title, &pub, &fet, &readings, &o.Quote, &o.QuoteStart, &o.QuoteEnd, &o.Rule, &o.Outcome); err != nil {
		return nil, err
	}
	o.Published, o.Fetched = fromMS(pub), fromMS(fet)
	if err := json.Unmarshal([]byte(readings), &o.Readings); err != nil {
		return nil, fmt.Errorf("observation %d: readings: %w", o.ID, err)
	}
	return &o, nil
}

func (s *sqlStore) observation(ctx context.Context, tx *sql.Tx, id int64) (*model.Observation, error) {
	return scanObservation(s.qrow(ctx, tx, sqlObservation, id))
}

func (s *sqlStore) Current(ctx context.Context, metric string) (*model.Observation, []string, error) {
	var obsID int64
	var agree string
	err := s.qrow(ctx, nil, `SELECT observation_id, agree FROM metric_state WHERE metric = ?`, metric).Scan(&obsID, &agree)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	o, err := s.observation(ctx, nil, obsID)
	if err != nil {
		return nil, nil, err
	}
	var outlets []string
	_ = json.Unmarshal([]byte(agree), &outlets)
	return o, outlets, nil
}

func (s *sqlStore) History(ctx context.Context, metric string) ([]model.Observation, error) {
	rows, err := s.query(ctx, nil, `SELECT `+observationColumns+` FROM observations o JOIN articles a ON a.id = o.article_id WHERE o.metric = ? ORDER BY o.published_ms, o.id`, metric)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []model.Observation
	for rows.Next() {
		o, err := scanObservation(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, *o)
	}
	return out, rows.Err()
}

func (s *sqlStore) SourceState(ctx context.Context, name string) (model.SourceState, error) {
	st := model.SourceState{Name: name}
	var la, ls, na int64
	var failing int
	err := s.qrow(ctx, nil, sqlSourceState, name).
		Scan(&st.Failures, &st.LastError, &la, &ls, &na, &st.Articles, &failing)
	if errors.Is(err, sql.ErrNoRows) {
		return st, nil
	}
	st.LastAttempt, st.LastSuccess, st.NextAttempt, st.Failing = fromMS(la), fromMS(ls), fromMS(na), failing != 0
	return st, err
}

func (s *sqlStore) RecordFetch(ctx context.Context, name string, fetchErr error, articles int, now time.Time, b health.Backoff) (model.SourceState, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return model.SourceState{}, err
	}
	defer tx.Rollback()
	if _, err := s.exec(ctx, tx, sqlEnsureSource, name); err != nil {
		return model.SourceState{}, err
	}
	st := model.SourceState{Name: name}
	var la, ls, na int64
	var failing int
	if err := s.qrow(ctx, tx, sqlSourceState, name).
		Scan(&st.Failures, &st.LastError, &la, &ls, &na, &st.Articles, &failing); err != nil {
		return st, err
	}
	st.LastSuccess, st.Failing = fromMS(ls), failing != 0
	st.LastAttempt = now
	var event model.EventKind
	if fetchErr != nil {
		st.Failures++
		st.LastError = fetchErr.Error()
		st.NextAttempt = now.Add(b.Next(st.Failures))
		if b.Failing(st.Failures) && !st.Failing {
			st.Failing, event = true, model.EventSourceFailing
		}
	} else {
		if st.Failing {
			event = model.EventSourceRecovered
		}
		st.Failures, st.LastError, st.Failing = 0, "", false
		st.LastSuccess, st.NextAttempt = now, time.Time{}
		st.Articles += articles
	}
	failingInt := 0
	if st.Failing {
		failingInt = 1
	}
	if _, err := s.exec(ctx, tx, sqlUpdateSource,
		st.Failures, st.LastError, ms(st.LastAttempt), ms(st.LastSuccess), ms(st.NextAttempt), st.Articles, failingInt, name); err != nil {
		return st, err
	}
	if event != "" {
		// One message per failing spell and one per recovery: the key
		// holds when the transition happened.
		key := fmt.Sprintf("%s:%s:%d", event, name, ms(now))
		if err := s.enqueue(ctx, tx, key, event, "", model.EventPayload{Source: name, Error: st.LastError, Failures: st.Failures}); err != nil {
			return st, err
		}
	}
	return st, tx.Commit()
}

func (s *sqlStore) TryLease(ctx context.Context, source, owner string, until, now time.Time) (bool, error) {
	if _, err := s.exec(ctx, nil, sqlEnsureSource, source); err != nil {
		return false, err
	}
	res, err := s.exec(ctx, nil, `UPDATE source_state SET lease_owner = ?, lease_until_ms = ? WHERE name = ? AND (lease_until_ms < ? OR lease_owner = ?)`,
		owner, ms(until), source, ms(now), owner)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

func (s *sqlStore) HoldLease(ctx context.Context, name, owner string, until, now time.Time) (bool, error) {
	// The upsert locks the row in both databases, so two replicas asking at
	// once are served one after the other and only one gets it.
	res, err := s.exec(ctx, nil, `INSERT INTO leases (name, owner, until_ms) VALUES (?, ?, ?)
		ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, until_ms = excluded.until_ms
		WHERE leases.until_ms < ? OR leases.owner = ?`, name, owner, ms(until), ms(now), owner)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

func (s *sqlStore) ReleaseOutbox(ctx context.Context, lease, owner string) error {
	if _, err := s.exec(ctx, nil, `UPDATE leases SET until_ms = 0 WHERE name = ? AND owner = ?`, lease, owner); err != nil {
		return err
	}
	_, err := s.exec(ctx, nil, `UPDATE outbox SET claim_until_ms = 0 WHERE claim_owner = ? AND delivered_ms IS NULL`, owner)
	return err
}

// ids runs a query that selects one id column.
func (s *sqlStore) ids(ctx context.Context, query string, args ...any) ([]int64, error) {
	rows, err := s.query(ctx, nil, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

func (s *sqlStore) ClaimEvents(ctx context.Context, owner string, until, now time.Time, limit int) ([]model.Event, error) {
	// Claim first, then read: an UPDATE is atomic in both databases, so two
	// replicas never claim the same event.
	ids, err := s.ids(ctx, `SELECT id FROM outbox WHERE delivered_ms IS NULL AND (claim_until_ms < ? OR claim_owner = ?) ORDER BY id LIMIT ?`, ms(now), owner, limit)
	if err != nil {
		return nil, err
	}
	var out []model.Event
	for _, id := range ids {
		res, err := s.exec(ctx, nil, `UPDATE outbox SET claim_owner = ?, claim_until_ms = ? WHERE id = ? AND delivered_ms IS NULL AND (claim_until_ms < ? OR claim_owner = ?)`,
			owner, ms(until), id, ms(now), owner)
		if err != nil {
			return nil, err
		}
		if n, _ := res.RowsAffected(); n != 1 {
			continue
		}
		e, err := s.event(ctx, id)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}

func (s *sqlStore) event(ctx context.Context, id int64) (model.Event, error) {
	var e model.Event
	var payload string
	var created int64
	var delivered sql.NullInt64
	var first int64
	err := s.qrow(ctx, nil, `SELECT `+eventColumns+` FROM outbox WHERE id = ?`, id).
		Scan(&e.ID, &e.Key, &e.Kind, &e.Metric, &payload, &created, &e.Attempts, &e.LastError, &delivered, &e.MessageTS, &e.Channel, &e.ChannelID, &e.ThreadTS, &first)
	if err != nil {
		return e, err
	}
	e.Created = fromMS(created)
	if first != 0 {
		e.FirstAttempt = fromMS(first)
	}
	if delivered.Valid {
		t := fromMS(delivered.Int64)
		e.Delivered = &t
	}
	if err := json.Unmarshal([]byte(payload), &e.Payload); err != nil {
		return e, fmt.Errorf("event %d: payload: %w", id, err)
	}
	return e, nil
}

const eventColumns = `id, event_key, kind, metric, payload, created_ms, attempts, last_error, delivered_ms, message_ts, channel, channel_id, thread_ts, first_attempt_ms`

func (s *sqlStore) BeginAttempt(ctx context.Context, id int64, now time.Time) error {
	_, err := s.exec(ctx, nil, `UPDATE outbox SET attempts = attempts + 1,
		first_attempt_ms = CASE WHEN first_attempt_ms = 0 THEN ? ELSE first_attempt_ms END WHERE id = ?`, ms(now), id)
	return err
}

func (s *sqlStore) MarkAttempt(ctx context.Context, id int64, errText string) error {
	_, err := s.exec(ctx, nil, `UPDATE outbox SET last_error = ? WHERE id = ?`, errText, id)
	return err
}

func (s *sqlStore) MarkDelivered(ctx context.Context, id int64, d model.Delivery, at time.Time) error {
	_, err := s.exec(ctx, nil, `UPDATE outbox SET delivered_ms = ?, channel = ?, channel_id = ?, message_ts = ?, thread_ts = ?, last_error = '' WHERE id = ? AND delivered_ms IS NULL`,
		ms(at), d.Channel, d.ChannelID, d.MessageTS, d.ThreadTS, id)
	return err
}

func (s *sqlStore) Thread(ctx context.Context, metric, route string) (channelID, ts string, err error) {
	err = s.qrow(ctx, nil, `SELECT channel_id FROM outbox WHERE channel = ? AND channel_id <> '' ORDER BY id DESC LIMIT 1`, route).Scan(&channelID)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return "", "", err
	}
	if metric == "" {
		return channelID, "", nil
	}
	err = s.qrow(ctx, nil, `SELECT message_ts FROM outbox WHERE metric = ? AND channel = ? AND delivered_ms IS NOT NULL
		AND message_ts <> '' AND thread_ts = '' ORDER BY id LIMIT 1`, metric, route).Scan(&ts)
	if errors.Is(err, sql.ErrNoRows) {
		return channelID, "", nil
	}
	return channelID, ts, err
}

func (s *sqlStore) Events(ctx context.Context, limit int) ([]model.Event, error) {
	ids, err := s.ids(ctx, `SELECT id FROM outbox ORDER BY id DESC LIMIT ?`, limit)
	if err != nil {
		return nil, err
	}
	out := make([]model.Event, 0, len(ids))
	for _, id := range ids {
		e, err := s.event(ctx, id)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}

func (s *sqlStore) PendingCount(ctx context.Context) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM outbox WHERE delivered_ms IS NULL`).Scan(&n)
	return n, err
}

func (s *sqlStore) CountArticles(ctx context.Context) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM articles`).Scan(&n)
	return n, err
}
