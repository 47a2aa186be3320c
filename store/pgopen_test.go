package store

import (
	"context"
	"database/sql"
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/claimtrack/claimtrack/internal/pgtest"
)

// TestPostgresOpenSaysWhatToDo: a desk's first start on PostgreSQL meets
// a database not yet created, or nothing listening where store: points;
// the error keeps PostgreSQL's words and adds what to do (the
// createdb command for that host, port, user and name; start it or
// correct the host and port). A password stays hidden.
func TestPostgresOpenSaysWhatToDo(t *testing.T) {
	ctx := context.Background()
	_, err := Open(ctx, "postgres://desk:hunter2@127.0.0.1:1/measles?sslmode=disable&connect_timeout=5", "")
	if err == nil || !strings.Contains(err.Error(), "nothing accepts connections at 127.0.0.1 port 1: start PostgreSQL there") ||
		strings.Contains(err.Error(), "hunter2") {
		t.Errorf("nothing listening: %v", err)
	}
	dsn := os.Getenv("CLAIMTRACK_TEST_POSTGRES")
	if dsn == "" {
		t.Skip("CLAIMTRACK_TEST_POSTGRES not set: the database-not-created case needs a server")
	}
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/claimtrack_never_created"
	_, err = Open(ctx, u.String(), "")
	want := "create the database first, empty (claimtrack makes its tables): createdb -h " + u.Hostname()
	if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), " claimtrack_never_created;") || !strings.Contains(err.Error(), "3D000") {
		t.Errorf("a database not created: %v", err)
	}
}

// TestCreatedbAdviceIsShellQuoted: the createdb command the advice gives
// is pasted into a shell, so a database, user or socket directory whose
// name holds a space, a quote or a $ comes quoted as one word; a plain
// name stays bare, as a desk would type it.
func TestCreatedbAdviceIsShellQuoted(t *testing.T) {
	missing := &pgconn.PgError{Code: "3D000", Message: "database does not exist"}
	for dsn, want := range map[string]string{
		"postgres://desk@127.0.0.1:5432/figures":                            "createdb -h 127.0.0.1 -p 5432 -U desk figures;",
		"postgres://desk@127.0.0.1:5432/night%20desk":                       "createdb -h 127.0.0.1 -p 5432 -U desk 'night desk';",
		"postgres://o%27brien@127.0.0.1:5432/tolls":                         `createdb -h 127.0.0.1 -p 5432 -U 'o'\''brien' tolls;`,
		"postgres://desk@127.0.0.1:5432/%24HOME":                            "createdb -h 127.0.0.1 -p 5432 -U desk '$HOME';",
		"postgres://desk@/figures?host=%2Fvar%2Frun%2Fpostgresql&port=5433": "createdb -h /var/run/postgresql -p 5433 -U desk figures;",
	} {
		if got := pgOpenAdvice(dsn, missing); !strings.Contains(got, want) {
			t.Errorf("%s: %q lacks %q", dsn, got, want)
		}
	}
	for in, want := range map[string]string{"claimtrack": "claimtrack", "a b": "'a b'", "": "''", "it's": `'it'\''s'`, "x;rm": "'x;rm'"} {
		if got := shellQuote(in); got != want {
			t.Errorf("shellQuote(%q) = %s, want %s", in, got, want)
		}
	}
}

// TestOpenExistingMakesNothing: OpenExisting, for the commands that only
// read, refuses with ErrNoStore a SQLite file that does not exist (making
// neither it nor its lock file) and a PostgreSQL schema without
// claimtrack's tables (making none), and opens a store Open made.
func TestOpenExistingMakesNothing(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	if _, err := OpenExisting(ctx, "desk.db", dir); !errors.Is(err, ErrNoStore) || !strings.Contains(err.Error(), filepath.Join(dir, "desk.db")) {
		t.Errorf("a SQLite file that does not exist: %v, want ErrNoStore naming it", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("OpenExisting left %d files behind (%s)", len(entries), entries[0].Name())
	}
	dsns := []string{filepath.Join(dir, "made.db")}
	if os.Getenv("CLAIMTRACK_TEST_POSTGRES") != "" {
		pg := pgtest.Schema(t)
		if _, err := OpenExisting(ctx, pg, ""); !errors.Is(err, ErrNoStore) {
			t.Errorf("a PostgreSQL schema without claimtrack's tables: %v, want ErrNoStore", err)
		}
		db, err := sql.Open("pgx", pg)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		var tables int
		if err := db.QueryRowContext(ctx, `SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()`).Scan(&tables); err != nil || tables != 0 {
			t.Errorf("OpenExisting made %d tables (%v)", tables, err)
		}
		dsns = append(dsns, pg)
	}
	for _, dsn := range dsns {
		s, err := Open(ctx, dsn, "")
		if err != nil {
			t.Fatal(err)
		}
		s.Close()
		if s, err = OpenExisting(ctx, dsn, ""); err != nil {
			t.Errorf("%s: a store Open made: %v", Redact(dsn), err)
			continue
		}
		s.Close()
	}
}
