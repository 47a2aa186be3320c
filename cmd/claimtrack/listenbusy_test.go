package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/store"
)

// TestServeOnABusyPort: serve whose listen is taken does not take another
// port (a daemon's address is the one its desk and supervisor expect): it
// names the busy address and port, whether a claimtrack holds it, a port
// free now, serve's --listen, and listen: at its line in the
// configuration; with --listen busy too, that the address came from the
// flag.
func TestServeOnABusyPort(t *testing.T) {
	other, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skip(err)
	}
	defer other.Close()
	ours := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/metrics" {
			fmt.Fprintln(w, "claimtrack_outbox_pending 0")
		}
	}))
	defer ours.Close()
	dir, cfg := copyConfig(t, "history.yaml")
	os.Mkdir(filepath.Join(dir, "history-store"), 0o755)
	s, err := store.Open(context.Background(), filepath.Join(dir, "history-store", "claimtrack.db"), "")
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	b, _ := os.ReadFile(cfg)
	line := strings.Count(string(b), "\n") + 1
	busy := other.Addr().String()
	_, port, _ := net.SplitHostPort(busy)
	os.WriteFile(cfg, append(b, "listen: "+busy+"\n"...), 0o644)

	code, _, errs := run(t, "", "serve", "--config", cfg)
	for _, want := range []string{
		"cannot listen on " + busy + ": port " + port + " is already in use by another program",
		"for this once: claimtrack serve --listen 127.0.0.1:",
		fmt.Sprintf("for good: change listen: at %s:%d:9 to 127.0.0.1:", cfg, line),
	} {
		if code != exitFail || !strings.Contains(errs, want) {
			t.Errorf("serve on a busy port: %d, want %q in:\n%s", code, want, errs)
		}
	}

	held := strings.TrimPrefix(ours.URL, "http://")
	code, _, errs = run(t, "", "serve", "--config", cfg, "--listen", held)
	for _, want := range []string{
		"by a claimtrack (a `run` or `serve`, perhaps of this desk: its /healthz and dashboard answer at " + ours.URL + "/)",
		"(this address came from --listen)",
	} {
		if code != exitFail || !strings.Contains(errs, want) {
			t.Errorf("serve --listen on a claimtrack's port: %d, want %q in:\n%s", code, want, errs)
		}
	}
	if strings.Contains(errs, "for good") {
		t.Errorf("serve --listen: a busy flag's address is not the configuration's to change:\n%s", errs)
	}

	if code, _, errs = run(t, "", "serve", "--config", cfg, "--listen", "9465"); code != exitUsage || !strings.Contains(errs, "not host:port") {
		t.Errorf("serve --listen 9465: %d %q", code, errs)
	}
}
