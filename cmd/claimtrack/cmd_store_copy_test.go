package main

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/pgtest"
	"github.com/claimtrack/claimtrack/notify/slack/slackfake"
	"github.com/claimtrack/claimtrack/store"
)

// TestStoreCopy moves a desk's SQLite store, with a baseline and two
// changes posted to Slack in one thread, into a new SQLite file and, when
// CLAIMTRACK_TEST_POSTGRES names a database, into PostgreSQL
// (testdata/store-copy). On the copy, the history reads the same, a pass
// with nothing new posts nothing, and the next change replies in the
// thread the old store started. A copy that fails halfway keeps nothing
// and says so; a second copy into the same store is refused.
func TestStoreCopy(t *testing.T) {
	t.Run("sqlite", func(t *testing.T) { storeCopy(t, filepath.Join(t.TempDir(), "copy.db")) })
	t.Run("postgres", func(t *testing.T) { storeCopy(t, pgtest.Schema(t)) })
}

func storeCopy(t *testing.T, to string) {
	dir := t.TempDir()
	copyTestdata(t, "testdata/store-copy/config.yaml", filepath.Join(dir, "config.yaml"))
	copyTestdata(t, "testdata/store-copy/herald/2024-11-01T0900-toll.txt", filepath.Join(dir, "herald/2024-11-01T0900-toll.txt"))
	cfg := filepath.Join(dir, "config.yaml")
	fake := slackfake.New()
	defer fake.Close()
	t.Setenv("CLAIMTRACK_TEST_COPY_TOKEN", fake.Token)
	t.Setenv("CLAIMTRACK_TEST_COPY_SLACK", fake.APIURL())
	t.Setenv("CLAIMTRACK_TEST_COPY_STORE", filepath.Join(dir, "state.db"))

	once := func(step string) string {
		t.Helper()
		code, _, errs := run(t, "", "once", "--config", cfg)
		if code != exitOK {
			t.Fatalf("once, %s: %d\n%s", step, code, errs)
		}
		return errs
	}
	// live puts a page published minutes from now in the outlet's folder:
	// news, not the archive's past.
	live := func(name string, minutes int) {
		t.Helper()
		at := time.Now().UTC().Add(time.Duration(minutes) * time.Minute).Format("2006-01-02T1504")
		copyTestdata(t, "testdata/store-copy/later/"+name, filepath.Join(dir, "herald", at+"-toll.txt"))
	}
	once("the archive")
	live("live-1.txt", 1)
	once("the first change")
	live("live-2.txt", 2)
	once("the second change")
	posted := fake.Messages()
	if len(posted) != 2 || posted[0].ThreadTS != "" || posted[1].ThreadTS != posted[0].TS {
		t.Fatalf("before the copy, want a message and a reply in its thread: %+v", posted)
	}
	_, history, _ := run(t, "", "history", "--config", cfg, "toll")

	// While a process delivers from the store, the copy is refused, and
	// no destination is made.
	src, err := store.Open(context.Background(), filepath.Join(dir, "state.db"), "")
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	if ok, err := src.HoldLease(context.Background(), "outbox", "desk-2/4711/1", now.Add(time.Minute), now); !ok || err != nil {
		t.Fatalf("hold the outbox lease: %v %v", ok, err)
	}
	refused := filepath.Join(dir, "refused.db")
	code, out, errs := run(t, "", "store", "copy", "--config", cfg, "--to", refused)
	if code != exitFail || out != "" || !strings.Contains(errs, "the source is in use by a claimtrack process (desk-2/4711/1 holds the outbox lease until") ||
		!strings.Contains(errs, "stop every claimtrack on this store") {
		t.Errorf("a copy while the outbox is held: %d\n%s", code, errs)
	}
	if _, err := os.Stat(refused); !os.IsNotExist(err) {
		t.Errorf("a refused copy made its destination: %v", err)
	}
	if err := src.ReleaseOutbox(context.Background(), "outbox", "desk-2/4711/1"); err != nil {
		t.Fatal(err)
	}
	src.Close()

	// A copy that fails halfway (the last table refused by a trigger of
	// this test) keeps nothing, and says that a second try starts clean.
	halfway := filepath.Join(dir, "halfway.db")
	cut, err := store.Open(context.Background(), halfway, "")
	if err != nil {
		t.Fatal(err)
	}
	cut.Close()
	db, err := sql.Open("sqlite", halfway)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`CREATE TRIGGER cut BEFORE INSERT ON leases BEGIN SELECT RAISE(ABORT, 'cut short'); END`); err != nil {
		t.Fatal(err)
	}
	code, _, errs = run(t, "", "store", "copy", "--config", cfg, "--to", halfway)
	var articles int
	if err := db.QueryRow(`SELECT COUNT(*) FROM articles`).Scan(&articles); err != nil || articles != 0 {
		t.Errorf("a copy that failed halfway kept %d articles (%v)", articles, err)
	}
	db.Close()
	if code != exitFail || !strings.Contains(errs, "cut short") || !strings.Contains(errs, "nothing of it was kept in "+halfway+"; copy again") {
		t.Errorf("a copy that fails halfway: %d\n%s", code, errs)
	}

	code, out, errs = run(t, "", "store", "copy", "--config", cfg, "--to", to)
	if code != exitOK {
		t.Fatalf("store copy: %d\n%s", code, errs)
	}
	for _, row := range []string{"articles 3", "article_texts 3", "observations 3", "metric_state 1", "outbox 2", "source_state 1", "leases 1"} {
		name, n, _ := strings.Cut(row, " ")
		if !regexp.MustCompile(`(?m)^\s*` + name + `\s+` + n + `\s*$`).MatchString(out) {
			t.Errorf("store copy does not print %q:\n%s", row, out)
		}
	}
	if strings.HasPrefix(to, "postgres") && !regexp.MustCompile(`(?m)^\s*article_bands\s+\d+\s+\(rebuilt from the articles' fingerprints\)$`).MatchString(out) {
		t.Errorf("store copy into PostgreSQL does not print the band index rebuilt:\n%s", out)
	}
	code, _, errs = run(t, "", "store", "copy", "--config", cfg, "--to", to)
	if code != exitFail || !strings.Contains(errs, "the destination already holds 3 rows in articles: copy into a new SQLite file or an empty PostgreSQL database") {
		t.Errorf("a second copy into the same store: %d\n%s", code, errs)
	}

	t.Setenv("CLAIMTRACK_TEST_COPY_STORE", to)
	if _, got, errs := run(t, "", "history", "--config", cfg, "toll"); got != history || !strings.Contains(got, "80") {
		t.Errorf("history on the copy:\n%s\nwant as on the source:\n%s\n%s", got, history, errs)
	}
	if errs := once("on the copy, nothing new"); len(fake.Messages()) != 2 || !strings.Contains(errs, "0 events delivered") {
		t.Errorf("a pass on the copy with nothing new posted %d messages, want none:\n%s", len(fake.Messages())-2, errs)
	}
	live("live-3.txt", 3)
	once("on the copy, the third change")
	posted = fake.Messages()
	if len(posted) != 3 || posted[2].ThreadTS != posted[0].TS || !strings.Contains(posted[2].Text, "93") {
		t.Errorf("the next change on the copy, want one reply in the old thread: %+v", posted)
	}

	// The old SQLite store, moved into PostgreSQL, is refused by run and
	// once (user44: a cron job whose environment lacked the store's
	// variable started on it and posted the third change again, as a new
	// thread). A copy into a SQLite file marks nothing.
	if !strings.HasPrefix(to, "postgres") {
		return
	}
	t.Setenv("CLAIMTRACK_TEST_COPY_STORE", filepath.Join(dir, "state.db"))
	for _, cmd := range []string{"once", "run"} {
		code, _, errs := run(t, "", cmd, "--config", cfg)
		if code != exitFail || !strings.Contains(errs, "claimtrack "+cmd+": store "+filepath.Join(dir, "state.db")+" was copied to postgres://") ||
			!strings.Contains(errs, "claimtrack store copy --to FRESH.db") || len(fake.Messages()) != 3 {
			t.Errorf("%s on the old store: %d, %d messages\n%s", cmd, code, len(fake.Messages()), errs)
		}
	}
	if code, got, errs := run(t, "", "history", "--config", cfg, "toll"); code != exitOK || !strings.Contains(got, "80") {
		t.Errorf("history reads the old store still: %d\n%s", code, errs)
	}
}

// TestSameStore: --to naming the configured SQLite file by another path
// is the store itself; a new file beside it is not.
func TestSameStore(t *testing.T) {
	dir := t.TempDir()
	state := filepath.Join(dir, "state.db")
	if err := os.WriteFile(state, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(state, filepath.Join(dir, "link.db")); err != nil {
		t.Fatal(err)
	}
	if err := os.Link(state, filepath.Join(dir, "hard.db")); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "other.db"), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	for to, want := range map[string]bool{
		state:                         true,
		filepath.Join(dir, "link.db"): true,
		filepath.Join(dir, "hard.db"): true,
		filepath.Join(dir, "sub", "..", "state.db"): true,
		filepath.Join(dir, "other.db"):              false,
		filepath.Join(dir, "new.db"):                false,
		"postgres://desk@db.internal/claimtrack":    false,
	} {
		if got := sameStore("state.db", dir, to); got != want {
			t.Errorf("sameStore(state.db in %s, %s) = %v, want %v", dir, to, got, want)
		}
	}
}

// TestStoreCopyIntoAMissingFolder: --to a file in a folder that does not
// exist says so about --to, before the configured store is read.
func TestStoreCopyIntoAMissingFolder(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "config.yaml")
	copyTestdata(t, "testdata/store-copy/config.yaml", cfg)
	if err := os.Mkdir(filepath.Join(dir, "herald"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("CLAIMTRACK_TEST_COPY_TOKEN", "xoxb-unused")
	t.Setenv("CLAIMTRACK_TEST_COPY_SLACK", "http://127.0.0.1:1/api/")
	t.Setenv("CLAIMTRACK_TEST_COPY_STORE", filepath.Join(dir, "state.db"))
	missing := filepath.Join(dir, "backups")
	code, _, errs := run(t, "", "store", "copy", "--config", cfg, "--to", filepath.Join(missing, "copy.db"))
	if code != exitUsage || !strings.Contains(errs, "--to "+filepath.Join(missing, "copy.db")+": the folder "+missing+" does not exist: create it") ||
		strings.Contains(errs, "store: in the configuration") {
		t.Errorf("a copy into a missing folder: %d\n%s", code, errs)
	}
}
