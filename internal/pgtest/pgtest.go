// Package pgtest gives tests a PostgreSQL schema of their own, from the
// database CLAIMTRACK_TEST_POSTGRES names (.ci/run sets it).
package pgtest

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
)

// EnvVar names the test database.
const EnvVar = "CLAIMTRACK_TEST_POSTGRES"

// Schema creates a fresh schema, dropped when the test ends, and returns a
// connection URL that uses it. The test is skipped when EnvVar is unset.
func Schema(t testing.TB) string {
	t.Helper()
	base := os.Getenv(EnvVar)
	if base == "" {
		t.Skip(EnvVar + " is not set")
	}
	schema, err := createSchema(base)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if db, err := sql.Open("pgx", base); err == nil {
			db.Exec("DROP SCHEMA " + schema + " CASCADE")
			db.Close()
		}
	})
	sep := "?"
	if strings.Contains(base, "?") {
		sep = "&"
	}
	return base + sep + "search_path=" + schema
}

// createSchema creates a fresh schema in the database base names. A
// database that does not exist (a server started without .ci/run, which
// creates it) says how to create it: every PostgreSQL test fails on it, and
// "database does not exist" alone left each round's helpers to work out
// the command.
func createSchema(base string) (string, error) {
	db, err := sql.Open("pgx", base)
	if err != nil {
		return "", fmt.Errorf("%s: %w", EnvVar, err)
	}
	defer db.Close()
	schema := fmt.Sprintf("t_%d", time.Now().UnixNano())
	if _, err := db.Exec("CREATE SCHEMA " + schema); err != nil {
		var pe *pgconn.PgError
		if errors.As(err, &pe) && pe.Code == "3D000" {
			return "", fmt.Errorf("create schema: the database %s names does not exist on its server; create it "+
				"(createdb -h HOST -U USER NAME, as .ci/run does) or point %s at one that exists: %w", EnvVar, EnvVar, err)
		}
		return "", fmt.Errorf("create schema: %w", err)
	}
	return schema, nil
}

// EachStore runs test against a store in a fresh SQLite file and, when
// EnvVar names a database, one in a fresh PostgreSQL schema. open opens a
// store as store.Open does (this package cannot import it: the store's
// own tests use this); test's open gives the store, closed when the
// subtest ends.
func EachStore[S io.Closer](t *testing.T, open func(ctx context.Context, dsn, dir string) (S, error), test func(t *testing.T, open func() S)) {
	opener := func(t *testing.T, dsn string) func() S {
		return func() S {
			s, err := open(context.Background(), dsn, "")
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { s.Close() })
			return s
		}
	}
	t.Run("sqlite", func(t *testing.T) {
		test(t, opener(t, filepath.Join(t.TempDir(), "test.db")))
	})
	t.Run("postgres", func(t *testing.T) {
		test(t, opener(t, Schema(t)))
	})
}
