package store

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/pgtest"
)

// TestMovedStoreIsRefused: a SQLite store copied into PostgreSQL is marked
// moved (user44: a cron job whose environment lacked the variable of
// `store: ${VAR:-./desk.db}` started once on the old file, which posted an
// alert the new store had posted, as a new thread). RefuseMoved refuses it
// and names where it went; the copy is not marked, the mark is no lease a
// copy refuses or carries, and the old store copied into a fresh file runs
// again. Copies other than SQLite into PostgreSQL mark nothing.
func TestMovedStoreIsRefused(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 12, 6, 5, 9, 0, 0, time.UTC)
	src := historyStore(t)
	dst := openStore(t, pgtest.Schema(t))
	if _, err := Copy(ctx, dst, src, now); err != nil {
		t.Fatal(err)
	}
	if err := MarkMoved(ctx, src, dst, "postgres://ct:***@db/desk", now); err != nil {
		t.Fatal(err)
	}
	var moved *MovedError
	if err := RefuseMoved(ctx, src, "source.db"); !errors.As(err, &moved) || !strings.Contains(err.Error(), "store source.db was copied to postgres://ct:***@db/desk at 2026-12-06 05:09 UTC") {
		t.Fatalf("the old store: want a MovedError naming the copy, got %v", err)
	}
	if err := RefuseMoved(ctx, dst, ""); err != nil {
		t.Errorf("the copy is the store now: %v", err)
	}
	if ls, err := src.Leases(ctx, now); err != nil || len(ls) != 0 {
		t.Errorf("the mark is no lease a process holds: %v %v", ls, err)
	}
	fresh := openStore(t, filepath.Join(t.TempDir(), "again.db"))
	if _, err := Copy(ctx, fresh, src, now); err != nil {
		t.Fatalf("copying the old store into a fresh file: %v", err)
	}
	if err := MarkMoved(ctx, src, fresh, "again.db", now); err != nil {
		t.Fatal(err)
	}
	if err := RefuseMoved(ctx, fresh, "again.db"); err != nil {
		t.Errorf("the fresh copy carries no mark: %v", err)
	}
	// A PostgreSQL store copied into a file to look at goes on.
	look := openStore(t, filepath.Join(t.TempDir(), "look.db"))
	if _, err := Copy(ctx, look, dst, now); err != nil {
		t.Fatal(err)
	}
	if err := MarkMoved(ctx, dst, look, "look.db", now); err != nil {
		t.Fatal(err)
	}
	if err := RefuseMoved(ctx, dst, ""); err != nil {
		t.Errorf("a PostgreSQL store copied into a file: %v", err)
	}
}
