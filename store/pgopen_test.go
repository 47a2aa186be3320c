package store

import (
	"context"
	"net/url"
	"os"
	"strings"
	"testing"
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
