package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/syncbuf"
	"github.com/claimtrack/claimtrack/store"
	"github.com/claimtrack/claimtrack/tracker"
)

// testOwner is this test binary's one Owner, drawn once as main draws the
// process's: commands run by the tests share it, as a process's parts do.
var testOwner = tracker.DrawOwner()

// leaseOwners lists who took each lease a store has ever seen (a lease
// given back keeps its last owner): "source lease wire: host/pid/...".
func leaseOwners(t *testing.T, dsn string) map[string]string {
	t.Helper()
	st, err := store.Open(context.Background(), dsn, "")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	leases, err := st.Leases(context.Background(), time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, l := range leases {
		if l.Kind != store.EventClaims {
			out[l.Name] = l.Owner
		}
	}
	return out
}

// The process draws its Owner once (main) and every part of it runs as
// that one: `once`'s passes, the demo's and `run`'s daemon and passes
// leave it on every lease they took. A part that drew its own would be
// another holder, waiting out the others' leases (or, where the process's
// start ticks cannot be read, taking them for dead and their leases too).
func TestOneOwnerPerProcess(t *testing.T) {
	site, _, slugs, srv := storySite(t)
	site.Show(2)
	owner := tracker.DrawOwner()
	var errs syncbuf.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &errs, stderr: &errs, getenv: func(string) string { return "" }, owner: owner}
	sameOwner := func(command, dsn string, min int) {
		t.Helper()
		got := leaseOwners(t, dsn)
		if len(got) < min {
			t.Errorf("%s: %d leases taken, want at least %d: %v\n%s", command, len(got), min, got, errs.String())
		}
		for name, o := range got {
			if o != owner.String() {
				t.Errorf("%s: lease %s taken by %s, not the process's owner %s", command, name, o, owner)
			}
		}
	}

	onceDB := filepath.Join(t.TempDir(), "once.db")
	if code := dispatch(context.Background(), e, []string{"once", "--config", storyConfig(t, onceDB, srv.URL, slugs, "")}); code != exitOK {
		t.Fatalf("once: %d\n%s", code, errs.String())
	}
	sameOwner("once", onceDB, len(slugs)+1) // every source and the outbox

	// The store is created before run starts: leaseOwners opening it
	// while run migrates it would be two processes' migrations at once
	// (under -race, run is slow enough for that to happen every time).
	runDB := filepath.Join(t.TempDir(), "run.db")
	st, err := store.Open(context.Background(), runDB, "")
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int)
	runCfg := storyConfig(t, runDB, srv.URL, slugs, "")
	go func() { done <- dispatch(ctx, e, []string{"run", "--config", runCfg}) }()
	waitUntil(t, 30*time.Second, "run reads every source", func() bool { return len(leaseOwners(t, runDB)) >= len(slugs) })
	cancel()
	if code := <-done; code != exitOK {
		t.Fatalf("run: %d\n%s", code, errs.String())
	}
	sameOwner("run", runDB, len(slugs))

	// The demo's store lives in a temporary folder while it serves.
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	var out syncbuf.Buffer
	demoEnv := *e
	demoEnv.stdout = &out
	ctx, cancel = context.WithCancel(context.Background())
	go func() { done <- dispatch(ctx, &demoEnv, []string{"demo", "--serve", "--listen", "127.0.0.1:0"}) }()
	waitUntil(t, 60*time.Second, "the demo serves its dashboard", func() bool { return strings.Contains(out.String(), "Dashboard:") })
	dbs, _ := filepath.Glob(filepath.Join(tmp, "claimtrack-demo-*", "demo.db"))
	if len(dbs) != 1 {
		cancel()
		t.Fatalf("the demo's store not found in %s: %v", tmp, dbs)
	}
	sameOwner("demo", dbs[0], 4)
	cancel()
	if code := <-done; code != exitOK {
		t.Fatalf("demo: %d\n%s", code, errs.String())
	}
	if _, err := os.Stat(dbs[0]); !os.IsNotExist(err) {
		t.Errorf("the demo left its store behind: %v", err)
	}
}
