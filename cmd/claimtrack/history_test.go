package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/store"
	"github.com/claimtrack/claimtrack/tracker"
	"github.com/claimtrack/claimtrack/web"
)

// copyConfig puts a testdata config in a fresh folder, so that a store it
// names would be created there.
func copyConfig(t *testing.T, name string) (dir, path string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	dir = t.TempDir()
	path = filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, path
}

// openHistoryStore copies history.yaml to a fresh folder and opens the
// store it names there, for a test to write observations into before it
// runs a command that reads them.
func openHistoryStore(t *testing.T) (dir, cfg string, s store.Store) {
	t.Helper()
	dir, cfg = copyConfig(t, "history.yaml")
	os.Mkdir(filepath.Join(dir, "history-store"), 0o755)
	s, err := store.Open(context.Background(), filepath.Join(dir, "history-store", "claimtrack.db"), "")
	if err != nil {
		t.Fatal(err)
	}
	return dir, cfg, s
}

func TestHistoryNeverCreatesAStore(t *testing.T) {
	dir, cfg := copyConfig(t, "history.yaml")
	os.Mkdir(filepath.Join(dir, "history-store"), 0o755)
	store := filepath.Join(dir, "history-store", "claimtrack.db")

	code, _, errs := run(t, "", "history", "--config", cfg, "gaza_deaht_toll")
	if code != exitFail || !strings.Contains(errs, `no metric "gaza_deaht_toll"`) || !strings.Contains(errs, `did you mean "gaza_death_toll"?`) {
		t.Errorf("unknown metric: %d %q", code, errs)
	}
	code, _, errs = run(t, "", "history", "--config", cfg, "aid_trucks")
	if code != exitFail || !strings.Contains(errs, "metrics: gaza_death_toll, gaza_displaced") {
		t.Errorf("unknown metric, nothing near: %d %q", code, errs)
	}
	code, _, errs = run(t, "", "history", "--config", cfg, "gaza_death_toll")
	if code != exitFail || !strings.Contains(errs, "no store at "+store) || !strings.Contains(errs, "claimtrack once") {
		t.Errorf("missing store: %d %q", code, errs)
	}
	if _, err := os.Stat(store); !os.IsNotExist(err) {
		t.Errorf("history created %s (%v)", store, err)
	}
	entries, _ := os.ReadDir(filepath.Join(dir, "history-store"))
	if len(entries) != 0 {
		t.Errorf("history left files behind: %v", entries)
	}
}

// TestHistoryShowsClaimants: the table names each observation's claimant
// (the configured display name, else the words as written, else
// unattributed); --json carries the fields.
func TestHistoryShowsClaimants(t *testing.T) {
	dir, cfg, s := openHistoryStore(t)
	ctx := context.Background()
	judge := func(string) (tracker.Policy, tracker.MetricInfo) {
		return tracker.Policy{Total: true}, tracker.MetricInfo{}
	}
	at := time.Date(2024, 3, 25, 9, 0, 0, 0, time.UTC)
	for i, c := range []struct{ id, words string }{{"gaza_health_ministry", "Hamas-run health ministry"}, {"", "Save the Children"}, {"", ""}} {
		u := fmt.Sprintf("https://news.example/%d", i)
		a := model.Article{Source: "s", Outlet: "Gulf Courier", URL: u, CanonicalURL: u, Published: at.Add(time.Duration(i) * time.Hour), Fetched: at, TextHash: u}
		o := model.Observation{Metric: "gaza_death_toll", Quote: "q", Rule: "r", ClaimantID: c.id, ClaimantWords: c.words, ClaimantHow: "sentence",
			Readings: []model.Reading{{Name: "value", Value: 33091 + float64(i), Qualifier: "exact", Text: fmt.Sprint(33091 + i)}}}
		if _, err := tracker.Process(ctx, s, a, []model.Observation{o}, judge); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	code, out, errs := run(t, "", "history", "--config", cfg, "gaza_death_toll")
	if code != exitOK {
		t.Fatalf("history: %d %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 4 || !strings.Contains(lines[0], "CLAIMANT") {
		t.Fatalf("history:\n%s", out)
	}
	for i, want := range []string{"Gaza health ministry", "Save the Children", "unattributed"} {
		if !strings.Contains(lines[i+1], want+"  ") {
			t.Errorf("row %d lacks claimant %q: %s", i+1, want, lines[i+1])
		}
	}
	_, out, _ = run(t, "", "history", "--json", "--config", cfg, "gaza_death_toll")
	if !strings.Contains(out, `"claimant":"gaza_health_ministry","claimant_words":"Hamas-run health ministry","claimant_how":"sentence"`) {
		t.Errorf("--json lacks the claimant:\n%s", out)
	}
	// One JSON shape per concept: each line of history --json is the
	// object /api/metrics/ID/observations gives for the observation, with
	// the same names, case and values.
	var printed []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("history --json: %v: %s", err, line)
		}
		printed = append(printed, m)
	}
	s, err := store.Open(ctx, filepath.Join(dir, "history-store", "claimtrack.db"), "")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	srv, err := web.New(web.Options{Store: s, Metrics: []web.Metric{{ID: "gaza_death_toll", Name: "Gaza death toll", Total: true}}})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	resp, err := http.Get(ts.URL + "/api/metrics/gaza_death_toll/observations")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var served []map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&served); err != nil {
		t.Fatalf("/api: %s: %v", resp.Status, err)
	}
	if !reflect.DeepEqual(printed, served) {
		t.Errorf("history --json and /api/metrics/ID/observations differ:\nhistory: %v\napi:     %v", printed, served)
	}
	for k := range printed[0] {
		if strings.ToLower(k) != k {
			t.Errorf("history --json key %q is not lower case", k)
		}
	}
}

// TestHistoryHelpNamesEveryOutcome: history --help says what each word of
// its "meant" column means, and the outcome's name --json gives, so a
// first reader of an archive's timeline learns what its archive figures
// were judged.
func TestHistoryHelpNamesEveryOutcome(t *testing.T) {
	_, out, _ := run(t, "", "history", "--help")
	for o := tracker.Baseline; o <= tracker.LastOutcome; o++ {
		if !strings.Contains(out, "\n  "+o.Words()+" ") {
			t.Errorf("history --help does not explain %q:\n%s", o.Words(), out)
		}
		if o != tracker.Change && o != tracker.Conflict && !strings.Contains(out, "("+o.String()+")") {
			t.Errorf("history --help does not name %q's outcome in --json:\n%s", o.Words(), out)
		}
	}
	// A level's archive figure may fall ("about 250" after "more than
	// 400") and is taken all the same: that is no refinement.
	if strings.Contains(out, "refines") {
		t.Errorf("history --help calls a backlog figure a refinement, which a fall is not:\n%s", out)
	}
}
