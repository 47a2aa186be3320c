package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/pgtest"
	"github.com/pressly/goose/v3/lock"
)

// openAtOnce opens the store dsn names n times at the same moment and
// has each opened store write an article; it fails the test if any open
// or write fails, or the store does not hold the n articles after.
func openAtOnce(t *testing.T, dsn string, n int) {
	ctx := context.Background()
	stores := make([]Store, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			stores[i], errs[i] = Open(ctx, dsn, "")
		}()
	}
	close(start)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("open %d: %v", i, err)
			continue
		}
		defer stores[i].Close()
	}
	if t.Failed() {
		return
	}
	for i, s := range stores {
		if _, err := putArticle(ctx, s, article(fmt.Sprintf("https://example.org/%d", i), "herald", t0, "text")); err != nil {
			t.Fatalf("store %d writes: %v", i, err)
		}
	}
	if c, err := stores[0].CountArticles(ctx); err != nil || c != n {
		t.Fatalf("articles: %d, %v; want %d", c, err, n)
	}
}

// TestOpenOneNewStoreAtOnce: stores opened at the same moment on one new
// SQLite file (`once` beside a starting daemon) or one new PostgreSQL
// schema (replicas starting together) must each open, migrated once.
func TestOpenOneNewStoreAtOnce(t *testing.T) {
	t.Run("sqlite", func(t *testing.T) {
		openAtOnce(t, filepath.Join(t.TempDir(), "new.db"), 6)
	})
	t.Run("postgres", func(t *testing.T) {
		openAtOnce(t, pgtest.Schema(t), 6)
	})
}

// openChildEnv names the file TestOpenOneNewFileFromProcesses's children
// open, and openChildAt the moment (Unix nanoseconds) they open it.
const (
	openChildEnv = "CLAIMTRACK_TEST_OPEN_CHILD"
	openChildAt  = "CLAIMTRACK_TEST_OPEN_AT"
)

// TestOpenOneNewFileFromProcesses: processes, not goroutines of one, that
// open one new SQLite file at the same moment. Each child (this test
// binary again, running TestOpenChild) opens the file and writes one
// article.
func TestOpenOneNewFileFromProcesses(t *testing.T) {
	const n = 3
	path := filepath.Join(t.TempDir(), "new.db")
	at := time.Now().Add(300 * time.Millisecond).UnixNano()
	cmds := make([]*exec.Cmd, n)
	outs := make([][]byte, n)
	var wg sync.WaitGroup
	for i := range n {
		cmds[i] = exec.Command(os.Args[0], "-test.run=^TestOpenChild$", "-test.count=1")
		cmds[i].Env = append(os.Environ(), openChildEnv+"="+path, openChildAt+"="+strconv.FormatInt(at, 10), "CLAIMTRACK_TEST_OPEN_N="+strconv.Itoa(i))
		wg.Add(1)
		go func() {
			defer wg.Done()
			outs[i], _ = cmds[i].CombinedOutput()
		}()
	}
	wg.Wait()
	for i, c := range cmds {
		if !c.ProcessState.Success() {
			t.Errorf("process %d: %s", i, outs[i])
		}
	}
	if t.Failed() {
		return
	}
	s, err := Open(context.Background(), path, "")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if c, err := s.CountArticles(context.Background()); err != nil || c != n {
		t.Fatalf("articles: %d, %v; want %d", c, err, n)
	}
}

// TestOpenChild is TestOpenOneNewFileFromProcesses's child; alone it does
// nothing.
func TestOpenChild(t *testing.T) {
	path := os.Getenv(openChildEnv)
	if path == "" {
		t.Skip("a child of TestOpenOneNewFileFromProcesses")
	}
	at, _ := strconv.ParseInt(os.Getenv(openChildAt), 10, 64)
	time.Sleep(time.Until(time.Unix(0, at)))
	ctx := context.Background()
	s, err := Open(ctx, path, "")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := putArticle(ctx, s, article("https://example.org/"+os.Getenv("CLAIMTRACK_TEST_OPEN_N"), "herald", t0, "text")); err != nil {
		t.Fatal(err)
	}
}

// TestOpenLockWaitNamesTheHolder: an opener that waits out the bound
// says which file another process holds, and gets the lock once it is
// released.
func TestOpenLockWaitNamesTheHolder(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "held.db")
	unlock, err := lockForOpen(ctx, path, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	_, err = lockForOpen(ctx, path, 50*time.Millisecond)
	if want := "another process has held " + path + "-lock for 50ms"; err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("want %q, got %v", want, err)
	}
	unlock()
	again, err := lockForOpen(ctx, path, 50*time.Millisecond)
	if err != nil {
		t.Fatalf("after the holder released it: %v", err)
	}
	again()
}

// TestPostgresLockWaitNamesTheHolder: a process that holds the migrations'
// advisory lock past the wait (a migration of a large store, or one
// stuck) is named in the error of the one that waited, with how to end it;
// goose alone says only "failed to acquire lock".
func TestPostgresLockWaitNamesTheHolder(t *testing.T) {
	dsn := pgtest.Schema(t)
	ctx := context.Background()
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "SET application_name = 'stuck-migrator'"); err != nil {
		t.Fatal(err)
	}
	var pid int
	if err := conn.QueryRowContext(ctx, "SELECT pg_backend_pid()").Scan(&pid); err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock($1)", lock.DefaultLockID); err != nil {
		t.Fatal(err)
	}
	defer conn.ExecContext(ctx, "SELECT pg_advisory_unlock($1)", lock.DefaultLockID)
	tries := pgLockTries
	pgLockTries = 2
	defer func() { pgLockTries = tries }()
	s, err := Open(ctx, dsn, "")
	if err == nil {
		s.Close()
		t.Fatal("Open took the lock another session holds")
	}
	t.Log(err)
	for _, want := range []string{"failed to acquire lock", fmt.Sprintf("backend pid %d", pid), `application_name "stuck-migrator"`, fmt.Sprintf("pg_terminate_backend(%d)", pid)} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("the error lacks %q: %v", want, err)
		}
	}
}

// TestPostgresConnectionsNamed: claimtrack's sessions are named
// "claimtrack" in pg_stat_activity, so that the lock error above, or an
// operator's look at the server, tells them from others'; a name the DSN
// gives is kept.
func TestPostgresConnectionsNamed(t *testing.T) {
	for dsn, want := range map[string]string{
		"postgres://u@db/ct":                          "postgres://u@db/ct?application_name=claimtrack",
		"postgres://u@db/ct?sslmode=disable":          "postgres://u@db/ct?sslmode=disable&application_name=claimtrack",
		"postgres://u@db/ct?application_name=replica": "postgres://u@db/ct?application_name=replica",
		"host=db dbname=ct":                           "host=db dbname=ct application_name=claimtrack",
	} {
		if got := withApplicationName(dsn); got != want {
			t.Errorf("%s: %s, want %s", dsn, got, want)
		}
	}
	dsn := pgtest.Schema(t)
	ctx := context.Background()
	s, err := Open(ctx, dsn, "")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var name string
	if err := s.(*sqlStore).db.QueryRowContext(ctx, "SELECT current_setting('application_name')").Scan(&name); err != nil || name != "claimtrack" {
		t.Errorf("application_name %q (%v), want claimtrack", name, err)
	}
}
