package web

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/rules/figures"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/store"
	"github.com/claimtrack/claimtrack/tracker"
)

// TestDashboardListsTheArchivesDisagreement: a first pass over archives
// posts nothing (testdata/story.yaml's backlog), but the dashboard shows
// the baseline the archives refined and says that they disagreed.
func TestDashboardListsTheArchivesDisagreement(t *testing.T) {
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "web.db"), "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	judge := func(string) (tracker.Policy, tracker.MetricInfo) {
		return tracker.Policy{Total: true, ConflictWindow: 48 * time.Hour}, tracker.MetricInfo{Name: "Gaza death toll"}
	}
	began := storyStart.Add(100 * time.Hour)
	for i, st := range readStory(t).Backlog {
		f := figures.Analyze(st.Figure).Figures[0]
		o := model.Observation{Metric: "toll", Quote: st.Quote, Rule: `keyword "toll"`, Readings: []model.Reading{{
			Name: "value", Value: f.Value, Low: f.Low, High: f.High, Qualifier: f.Qualifier.Name(), Text: f.Text}}}
		u := fmt.Sprintf("https://archive.example/%d", i)
		a := model.Article{Source: st.Outlet, Outlet: st.Outlet, URL: u, CanonicalURL: u, Title: "t", Published: storyStart.Add(time.Duration(st.Hours) * time.Hour),
			Fetched: began, TextHash: scrape.HashText(st.Quote), Fingerprint: store.Fingerprint(st.Quote)}
		if _, err := tracker.Process(context.Background(), s, a, []model.Observation{o}, judge); err != nil {
			t.Fatal(err)
		}
	}
	if n, _ := s.PendingCount(context.Background()); n != 0 {
		t.Errorf("the archives queued %d events, want none", n)
	}
	ts := newServer(t, s, Options{})
	_, index := get(t, ts, "/")
	for _, want := range []string{"33,091", "Conflict in the archive (before tracking began, not posted)", "Northern Ledger gives 30,500"} {
		if !strings.Contains(index, want) {
			t.Errorf("the dashboard lacks %q", want)
		}
	}
	_, page := get(t, ts, "/metrics/toll")
	for _, want := range []string{"archive, before tracking began: refines the baseline", "archive, before tracking began: a conflict, not posted"} {
		if !strings.Contains(page, want) {
			t.Errorf("the metric's page lacks %q", want)
		}
	}
}

// TestDashboardShowsTheUndatedArchive: an undated page read on its
// source's first pass, with a figure other than the accepted one, posts
// nothing but is on the metric's page, in words, beside the accepted value.
func TestDashboardShowsTheUndatedArchive(t *testing.T) {
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "web.db"), "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	judge := func(string) (tracker.Policy, tracker.MetricInfo) {
		return tracker.Policy{Total: true, ConflictWindow: 48 * time.Hour}, tracker.MetricInfo{Name: "Gaza death toll"}
	}
	read := storyStart.Add(100 * time.Hour)
	var items []tracker.Item
	for i, figure := range []string{"33,091", "31,200"} {
		f := figures.Analyze(figure).Figures[0]
		quote := "The toll stands at " + figure + "."
		u := fmt.Sprintf("https://undated.example/%d", i)
		items = append(items, tracker.Item{UndatedArchive: true,
			Article: model.Article{Source: "herald", Outlet: "Herald", URL: u, CanonicalURL: u, Title: "t", Fetched: read,
				TextHash: scrape.HashText(quote), Fingerprint: store.Fingerprint(quote + figure)},
			Observations: []model.Observation{{Metric: "toll", Quote: quote, Rule: `keyword "toll"`, Readings: []model.Reading{{
				Name: "value", Value: f.Value, Low: f.Low, High: f.High, Qualifier: f.Qualifier.Name(), Text: f.Text}}}}})
	}
	if _, err := tracker.ProcessBatch(context.Background(), s, items, judge); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.PendingCount(context.Background()); n != 0 {
		t.Errorf("the undated archive queued %d events, want none", n)
	}
	ts := newServer(t, s, Options{})
	_, page := get(t, ts, "/metrics/toll")
	for _, want := range []string{"33,091", "31,200", "archive, undated (its source&#39;s first pass): differs, not posted"} {
		if !strings.Contains(page, want) {
			t.Errorf("the metric's page lacks %q", want)
		}
	}
	// Undated, the export leaves the date empty and the API leaves it out.
	if _, csv := get(t, ts, "/api/metrics/toll/history.csv"); !strings.Contains(csv, "\n,"+read.Format(time.RFC3339)+",toll,") {
		t.Errorf("the CSV does not leave the undated article's date empty:\n%s", csv)
	}
	if _, js := get(t, ts, "/api/metrics/toll/observations"); strings.Contains(js, `"published"`) || !strings.Contains(js, `"fetched"`) {
		t.Errorf("the API gives the undated article a date:\n%s", js)
	}
}
