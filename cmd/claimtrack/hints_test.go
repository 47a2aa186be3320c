package main

import (
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHealthSaysWhy: an unhealthy daemon's reason is passed on, and no
// daemon at all is told apart from a sick one.
func TestHealthSaysWhy(t *testing.T) {
	const cfg = "testdata/health/config.yaml"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		http.Error(w, "slack: the webhook answered 404: fix slack.webhook_url and reload", http.StatusServiceUnavailable)
	}))
	t.Setenv("CLAIMTRACK_TEST_HEALTH_LISTEN", strings.TrimPrefix(srv.URL, "http://"))
	code, _, errs := run(t, "", "health", "--config", cfg)
	if code != exitFail || !strings.Contains(errs, "503 Service Unavailable: slack: the webhook answered 404") {
		t.Errorf("sick daemon: %d %q", code, errs)
	}
	srv.Close()

	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close() // nothing listens there now
	t.Setenv("CLAIMTRACK_TEST_HEALTH_LISTEN", addr)
	code, _, errs = run(t, "", "health", "--config", cfg)
	if code != exitFail || !strings.Contains(errs, "is `claimtrack run --config "+cfg+"` running") {
		t.Errorf("no daemon: %d %q", code, errs)
	}
}

// TestOnceSourceNamesTheSources: a --source that names no source lists
// the ones there are.
func TestOnceSourceNamesTheSources(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile("testdata/source-hint/config.yaml")
	if err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(dir, "config.yaml")
	os.WriteFile(cfg, data, 0o644)
	code, _, errs := run(t, "", "once", "--config", cfg, "--source", "local")
	if code != exitFail || !strings.Contains(errs, `no enabled source "local" in `+cfg+"; enabled sources: local-archive") {
		t.Errorf("%d %q", code, errs)
	}
}
