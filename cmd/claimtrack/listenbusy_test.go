package main

import (
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"syscall"
	"testing"

	"github.com/claimtrack/claimtrack/config"
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
	_, cfg, s := openHistoryStore(t)
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

// TestRunBesideAClaimtrackSaysHowToRunTwo: a second run on a port a
// claimtrack holds, as a desk starting two processes on one store with one
// configuration meets it (user44), is told how each gets its own listen
// without editing the file both read; another program's port is not.
func TestRunBesideAClaimtrackSaysHowToRunTwo(t *testing.T) {
	ours := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "claimtrack_outbox_pending 0")
	}))
	defer ours.Close()
	_, path := copyConfig(t, "history.yaml")
	cfg, err := config.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	held := strings.TrimPrefix(ours.URL, "http://")
	said := busyListen("run", cfg, held, false, syscall.EADDRINUSE)
	want := "for a second claimtrack beside it on one store, with one configuration: listen: ${CLAIMTRACK_LISTEN:-" + held + "} there, and CLAIMTRACK_LISTEN=127.0.0.1:"
	if !strings.Contains(said, want) {
		t.Errorf("want %q in:\n%s", want, said)
	}
	if said := busyListen("serve", cfg, held, false, syscall.EADDRINUSE); strings.Contains(said, "second claimtrack") {
		t.Errorf("serve has --listen for that:\n%s", said)
	}
	other, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skip(err)
	}
	defer other.Close()
	if said := busyListen("run", cfg, other.Addr().String(), false, syscall.EADDRINUSE); strings.Contains(said, "second claimtrack") {
		t.Errorf("another program's port:\n%s", said)
	}
}
