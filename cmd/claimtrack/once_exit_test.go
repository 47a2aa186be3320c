package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/pgtest"
	"github.com/claimtrack/claimtrack/store"
)

// onceExitDesk copies testdata/once-exit to a folder of its own, with its
// store at dsn when given, and returns the folder.
func onceExitDesk(t *testing.T, dsn string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("testdata/once-exit")); err != nil {
		t.Fatal(err)
	}
	if dsn == "" {
		return dir
	}
	for _, name := range []string{"config.yaml", "wire-only.yaml", "corrected.yaml"} {
		p := filepath.Join(dir, name)
		cfg, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		cfg = []byte(strings.Replace(string(cfg), "store: ./claimtrack.db", "store: \""+dsn+"\"", 1))
		if err := os.WriteFile(p, cfg, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// forgetAddress leaves a source's state as a version before migration 11
// left it: no address recorded.
func forgetAddress(t *testing.T, dsn, source string) {
	t.Helper()
	ctx := context.Background()
	s, err := store.Open(ctx, dsn, "")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st, err := s.SourceState(ctx, source)
	if err != nil || st.Failures == 0 {
		t.Fatalf("%s: %+v, %v", source, st, err)
	}
	st.Address = ""
	if err := s.Update(ctx, func(tx *store.Tx) error { return tx.SaveSource(ctx, st) }); err != nil {
		t.Fatal(err)
	}
}

// TestOnceExitStatus is a desk's `once` from cron over its own folder and
// a wire feed at a wrong address (testdata/once-exit), in both stores:
// exit 3 while some sources are read and others fail or back off after
// failing, 1 when nothing is read, and 0 once the wire's address is
// corrected, which resets its backoff at once (the store keeps the
// address each source last read) and says so.
func TestOnceExitStatus(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			var dsn string
			if dialect == "postgres" {
				dsn = pgtest.Schema(t)
			}
			dir := onceExitDesk(t, dsn)
			once := func(cfg string) (int, string) {
				code, _, errs := run(t, "", "once", "--config", filepath.Join(dir, cfg))
				return code, errs
			}
			code, errs := once("config.yaml")
			if code != exitPartial || !strings.Contains(errs, "2 sources read, 1 failed, 0 skipped") ||
				!strings.Contains(errs, "(exit 3: 1 source failed or backing off: wire)") || !strings.Contains(errs, "wire: 0 articles listed") {
				t.Fatalf("the first once, the wire down: %d\n%s", code, errs)
			}
			// Backing off after failing, the wire is still down.
			code, errs = once("config.yaml")
			if code != exitPartial || !strings.Contains(errs, "wire: skipped: backing off after 1 failure in a row until ") ||
				!strings.Contains(errs, "1 source read, 0 failed, 1 skipped") || !strings.Contains(errs, "(exit 3: 1 source failed or backing off: wire)") {
				t.Errorf("the second once, the wire backing off: %d\n%s", code, errs)
			}
			code, errs = once("wire-only.yaml")
			if code != exitFail || !strings.Contains(errs, "0 sources read, 0 failed, 1 skipped") || !strings.Contains(errs, "(exit 1: no source was read; failing: wire)") {
				t.Errorf("once over the wire alone: %d\n%s", code, errs)
			}
			// The address corrected: read at once, and said.
			if t.Name() == "TestOnceExitStatus/sqlite" {
				upgraded := t.TempDir()
				os.CopyFS(upgraded, os.DirFS(dir))
				forgetAddress(t, filepath.Join(upgraded, "claimtrack.db"), "wire")
				code, _, errs := run(t, "", "once", "--config", filepath.Join(upgraded, "corrected.yaml"))
				if code != exitOK || strings.Contains(errs, "skipped: backing off") || !strings.Contains(errs, "(read now, not at the end of its backoff: it failed under a version that did not record") ||
					!strings.Contains(errs, "1 source backing off from before the upgrade read at once") || !strings.Contains(errs, "wire: 1 article listed, 1 new") {
					t.Errorf("once after an upgrade, the wire backing off from before it and corrected since: %d\n%s", code, errs)
				}
			}
			code, errs = once("corrected.yaml")
			if code != exitOK || strings.Contains(errs, "backing off") ||
				!strings.Contains(errs, "(read now: its configuration changed since it failed at feed http://127.0.0.1:1/wire.xml, so its backoff was reset)") ||
				!strings.Contains(errs, "2 sources read, 0 failed, 0 skipped") || !strings.Contains(errs, "1 source read again at once after its configuration changed") ||
				!strings.Contains(errs, "wire: 1 article listed, 1 new") || strings.Contains(errs, "exit ") {
				t.Errorf("once after the wire's address was corrected: %d\n%s", code, errs)
			}
			// Read well at the corrected address, nothing is reset again.
			if code, errs = once("corrected.yaml"); code != exitOK || strings.Contains(errs, "read now") || strings.Contains(errs, "read again") {
				t.Errorf("the next once: %d\n%s", code, errs)
			}
		})
	}
	if code, errs, _ := run(t, "", "once", "--help"); code != exitOK || !strings.Contains(errs, "  3  some sources were read and their events delivered, but others failed") {
		t.Errorf("once --help does not give the exit status: %d\n%s", code, errs)
	}
}
