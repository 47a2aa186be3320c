package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestOnceSaysARefusedWebhookOnce: a webhook Slack refuses (404: revoked)
// is told once by once, after the pass's summary (naming the source that
// fails too), with what to do for a command that runs once; it used to be
// logged and then printed again, with no summary.
func TestOnceSaysARefusedWebhookOnce(t *testing.T) {
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "no_service", http.StatusNotFound)
	}))
	defer hook.Close()
	dir := t.TempDir()
	articles := filepath.Join(dir, "articles")
	if err := os.Mkdir(articles, 0o755); err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(cfg, []byte("store: ./state.db\nslack:\n  webhook_url: "+hook.URL+"/services/T0/B0/x\n"+
		"fetch:\n  per_host_rate: 500\nsources:\n  - {name: archive, outlet: Valley Herald, dir: articles}\n  - {name: wire, outlet: Wire, feed: "+hook.URL+"/feed.xml}\n"+
		"metrics:\n  - {id: flood_deaths, unit: people, total: true, keywords: [killed]}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// The first pass takes the archive's figure; a story saved after it
	// raises it, an event to deliver.
	save := func(name, text string, at time.Time) {
		t.Helper()
		p := filepath.Join(articles, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, at, at); err != nil {
			t.Fatal(err)
		}
	}
	save("first.txt", "Flood toll\n\nThe floods have killed 120 people in the valley, officials said.\n", time.Now().Add(-time.Hour))
	if code, _, errs := run(t, "", "once", "--config", cfg); code != exitPartial {
		t.Fatalf("first once: %d\n%s", code, errs)
	}
	save("second.txt", "Flood toll rises\n\nThe floods have killed 180 people in the valley, officials said.\n", time.Now())
	code, _, errs := run(t, "", "once", "--config", cfg)
	if code != exitFail || strings.Count(errs, "the webhook URL was refused") != 1 || !strings.Contains(errs, "run once again") ||
		!strings.Contains(errs, "1 source read, 0 failed, 1 skipped, 0 events delivered (exit 1: events not delivered; 1 source failed or backing off: wire)") {
		t.Errorf("once with a refused webhook: %d, want exit 1, the summary, and the refusal once saying to run once again:\n%s", code, errs)
	}
}
