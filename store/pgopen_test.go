package store

import (
	"context"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"
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
