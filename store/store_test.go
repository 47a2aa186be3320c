package store

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pressly/goose/v3"

	"github.com/claimtrack/claimtrack/internal/pgtest"
	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/scrape"
)

// eachStore runs a test against SQLite and, when CLAIMTRACK_TEST_POSTGRES
// names a database, PostgreSQL, each in a fresh schema.
func eachStore(t *testing.T, test func(t *testing.T, open func() Store)) {
	pgtest.EachStore(t, Open, test)
}

var t0 = time.Date(2024, 3, 25, 9, 0, 0, 0, time.UTC)

func article(url, outlet string, at time.Time, text string) model.Article {
	return model.Article{Source: outlet, Outlet: outlet, URL: url, CanonicalURL: url, Title: "t", Published: at, Fetched: at, TextHash: scrape.HashText(text), Fingerprint: Fingerprint(text)}
}

// putArticle stores an article in a transaction of its own.
func putArticle(ctx context.Context, s Store, a model.Article) (int64, error) {
	var id int64
	err := s.Update(ctx, func(tx *Tx) error {
		var err error
		id, _, err = tx.PutArticle(ctx, a)
		return err
	})
	return id, err
}

// queueEvent stores an article with an observation of a metric and queues
// the event announcing it, as the tracker does for a first value.
func queueEvent(ctx context.Context, s Store, a model.Article, metric string, value float64) error {
	return s.Update(ctx, func(tx *Tx) error {
		id, _, err := tx.PutArticle(ctx, a)
		if err != nil {
			return err
		}
		o := model.Observation{Metric: metric, ArticleID: id, Outlet: a.Outlet, URL: a.CanonicalURL, Published: a.Published, Fetched: a.Fetched,
			Readings: []model.Reading{{Name: "value", Value: value, Qualifier: "exact", Text: fmt.Sprint(value)}},
			Quote:    fmt.Sprintf("Officials said the figure had reached %v on Tuesday.", value), Rule: `keyword "figure"`, Outcome: "baseline"}
		if o.ID, err = tx.AddObservation(ctx, o); err != nil {
			return err
		}
		return tx.Enqueue(ctx, fmt.Sprintf("first:%s:%s", metric, a.CanonicalURL), model.EventFirst, metric, model.EventPayload{New: &o, Agreeing: 1})
	})
}

// execAll runs an old store's seed statements in order.
func execAll(t *testing.T, db *sql.DB, stmts ...string) {
	t.Helper()
	for _, q := range stmts {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
}

// eachOldStore makes a store of an older schema in each dialect (SQLite at
// migration sqliteVersion, PostgreSQL at postgresVersion), lets seed write
// rows as that schema had them, then opens it as claimtrack would, running
// the migrations since, and hands it to check.
func eachOldStore(t *testing.T, sqliteVersion, postgresVersion int64, seed func(t *testing.T, db *sql.DB), check func(t *testing.T, s Store)) {
	ctx := context.Background()
	at := func(t *testing.T, driver, dsn, dir string, gd goose.Dialect, version int64) {
		db, err := sql.Open(driver, dsn)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		sub, _ := fs.Sub(migrations, "migrations/"+dir)
		p, err := goose.NewProvider(gd, db, sub)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := p.UpTo(ctx, version); err != nil {
			t.Fatal(err)
		}
		seed(t, db)
	}
	open := func(t *testing.T, dsn string) {
		s, err := Open(ctx, dsn, "")
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		check(t, s)
	}
	t.Run("sqlite", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "old.db")
		at(t, "sqlite", "file:"+path, "sqlite", goose.DialectSQLite3, sqliteVersion)
		open(t, path)
	})
	t.Run("postgres", func(t *testing.T) {
		dsn := pgtest.Schema(t)
		at(t, "pgx", dsn, "postgres", goose.DialectPostgres, postgresVersion)
		open(t, dsn)
	})
}

// TestOpenInAMissingFolderSaysSo: SQLite alone answers "unable to open
// database file (14)"; the error must name the folder and what to do.
func TestOpenInAMissingFolderSaysSo(t *testing.T) {
	dir := t.TempDir()
	_, err := Open(context.Background(), "state/claimtrack.db", dir)
	want := "the folder " + filepath.Join(dir, "state") + " does not exist: create it, or change store:"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("want %q, got %v", want, err)
	}
}

// TestOpenInAFolderNotWritableSaysSo: a store to be made in a folder this
// user cannot write (a deployed configuration's store: ./desk.db beside it
// in /etc/claimtrack, read-only under the systemd unit and in the
// container) says which folder and where the store belongs, where SQLite
// says only "unable to open database file (14)"; a store that exists, or a
// folder that is writable, gives no such advice. Root may write any folder,
// so the refusal is handed to sqliteOpenAdvice; as any other user, Open is
// tried on a folder without write permission too.
func TestOpenInAFolderNotWritableSaysSo(t *testing.T) {
	dir := t.TempDir()
	refusing := writeProbe{writable: func(p string) error { return &fs.PathError{Op: "access", Path: p, Err: fs.ErrPermission} }, owner: systemProbe.owner}
	want := "cannot create files in " + dir + ": give store: a file in a folder it can write; under the shipped systemd unit or container that is /var/lib/claimtrack, which store: ${CLAIMTRACK_STORE} names"
	if got := sqliteOpenAdvice(filepath.Join(dir, "desk.db"), refusing); !strings.Contains(got, want) {
		t.Errorf("folder not writable: %q, want %q", got, want)
	}
	if got := sqliteOpenAdvice(filepath.Join(dir, "desk.db"), systemProbe); got != "" {
		t.Errorf("a writable folder: %q, want no advice", got)
	}
	if got := sqliteOpenAdvice(filepath.Join(dir, "missing", "desk.db"), refusing); got != "" {
		t.Errorf("a folder that does not exist: %q, want no advice (Open says so)", got)
	}
	if os.Geteuid() == 0 {
		return
	}
	ro := filepath.Join(dir, "ro")
	os.Mkdir(ro, 0o555)
	if _, err := Open(context.Background(), "desk.db", ro); err == nil || !strings.Contains(err.Error(), "cannot create files in "+ro) {
		t.Errorf("Open in a folder not writable: %v", err)
	}
}

// TestStoreOfAnotherUserSaysSo: a store that exists but this user cannot
// write (made by a `once` run as root, then run in the container as uid
// 65532), or whose folder it cannot write while SQLite's -wal, -shm and
// lock files are still to be made there, is said with the file, its
// owner and what to do, where SQLite says "attempt to write a readonly
// database"; a store all of whose files this user may write gets no
// advice. Root may write any file, so the refusals are the probe's.
func TestStoreOfAnotherUserSaysSo(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "desk.db")
	os.WriteFile(path, nil, 0o644)
	refuse := func(what string) writeProbe {
		return writeProbe{
			writable: func(p string) error {
				if p == what {
					return &fs.PathError{Op: "access", Path: p, Err: fs.ErrPermission}
				}
				return nil
			},
			owner: func(string) (int, bool) { return 0, true },
		}
	}
	for what, want := range map[string]string{
		path: "cannot write " + path + ", which uid 0 owns: run claimtrack as the user that made the store, or give the store's files to this one (chown " +
			fmt.Sprint(os.Getuid()) + " " + path + "*); the container runs as uid 65532",
		dir: "cannot create files in " + dir + ", where SQLite keeps desk.db-wal beside the store: let this user write the folder",
		"":  "",
	} {
		if got := sqliteOpenAdvice(path, refuse(what)); !strings.Contains(got, want) || (want == "") != (got == "") {
			t.Errorf("refused %q: %q, want %q", what, got, want)
		}
	}
	for _, f := range []string{"-wal", "-shm", "-lock"} {
		os.WriteFile(path+f, nil, 0o644)
	}
	if got := sqliteOpenAdvice(path, refuse(dir)); got != "" {
		t.Errorf("a folder not writable where every file is made already: %q, want no advice", got)
	}
	if got := sqliteOpenAdvice(path, refuse(path+"-wal")); !strings.Contains(got, "cannot write "+path+"-wal, which uid 0 owns") {
		t.Errorf("a -wal file of another user: %q", got)
	}
}

// TestRedact: a password goes wherever a URL gives it, after the user or
// as a parameter; the rest stays readable.
func TestRedact(t *testing.T) {
	for dsn, want := range map[string]string{
		"postgres://desk:s3cret@db.internal/claimtrack":                        "postgres://desk:***@db.internal/claimtrack",
		"postgres://desk:p@ss@db.internal/claimtrack":                          "postgres://desk:***@db.internal/claimtrack",
		"postgres://desk@db.internal/claimtrack?password=s3cret":               "postgres://desk@db.internal/claimtrack?password=***",
		"postgresql://desk@db.internal/ct?sslmode=require&password=s3cret&x=1": "postgresql://desk@db.internal/ct?sslmode=require&password=***&x=1",
		"postgres://desk@db.internal/claimtrack?sslmode=disable":               "postgres://desk@db.internal/claimtrack?sslmode=disable",
		"/var/lib/claimtrack/password=state.db":                                "/var/lib/claimtrack/password=state.db",
	} {
		if got := Redact(dsn); got != want {
			t.Errorf("Redact(%q) = %q, want %q", dsn, got, want)
		}
	}
}
