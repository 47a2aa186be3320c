package web

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/store"
	"github.com/claimtrack/claimtrack/tracker"
)

// TestDashboardListsTheArchivesDisagreement: a first pass over archives
// posts nothing (testdata/story.yaml's backlog), but the dashboard shows
// the value the archives ended at and says that they disagreed.
func TestDashboardListsTheArchivesDisagreement(t *testing.T) {
	s := tollStore(t)
	began := storyStart.Add(100 * time.Hour)
	for i, st := range readStory(t).Backlog {
		o := tollObservation(st.Quote, st.Figure)
		u := fmt.Sprintf("https://archive.example/%d", i)
		a := model.Article{Source: st.Outlet, Outlet: st.Outlet, URL: u, CanonicalURL: u, Title: "t", Published: storyStart.Add(time.Duration(st.Hours) * time.Hour),
			Fetched: began, TextHash: scrape.HashText(st.Quote), Fingerprint: store.Fingerprint(st.Quote)}
		if _, err := tracker.Process(context.Background(), s, a, []model.Observation{o}, tollJudge); err != nil {
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
	for _, want := range []string{"archive: taken as the value", "archive: conflict", "archive: published before the metric's tracking began"} {
		if !strings.Contains(page, want) {
			t.Errorf("the metric's page lacks %q", want)
		}
	}
}

// TestDashboardShowsTheUndatedArchive: an undated page read on its
// source's first pass, with a figure other than the accepted one, posts
// nothing but is on the metric's page, in words, beside the accepted value.
func TestDashboardShowsTheUndatedArchive(t *testing.T) {
	s := tollStore(t)
	read := storyStart.Add(100 * time.Hour)
	var items []tracker.Item
	for i, figure := range []string{"33,091", "31,200"} {
		quote := "The toll stands at " + figure + "."
		u := fmt.Sprintf("https://undated.example/%d", i)
		items = append(items, tracker.Item{UndatedArchive: true,
			Article: model.Article{Source: "herald", Outlet: "Herald", URL: u, CanonicalURL: u, Title: "t", Fetched: read,
				TextHash: scrape.HashText(quote), Fingerprint: store.Fingerprint(quote + figure)},
			Observations: []model.Observation{tollObservation(quote, figure)}})
	}
	if _, err := tracker.ProcessBatch(context.Background(), s, items, tollJudge); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.PendingCount(context.Background()); n != 0 {
		t.Errorf("the undated archive queued %d events, want none", n)
	}
	ts := newServer(t, s, Options{})
	_, page := get(t, ts, "/metrics/toll")
	for _, want := range []string{"33,091", "31,200", "archive, undated: differs"} {
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

// TestDashboardSaysAFallingArchiveIsTakenNotRefined: a level's archive
// figure newer than the baseline is taken as the value without a message,
// whether it rises or falls ("about 250" after "more than 400"). The
// metric's page says so in words that hold for a fall: a lower figure is
// not a refinement of the baseline.
func TestDashboardSaysAFallingArchiveIsTakenNotRefined(t *testing.T) {
	s := tollStore(t)
	level := func(string) (tracker.Policy, tracker.MetricInfo) {
		return tracker.Policy{ConflictWindow: 48 * time.Hour}, tracker.MetricInfo{Name: "People sheltering"}
	}
	began := storyStart.Add(100 * time.Hour)
	for i, figure := range []string{"more than 400", "about 250"} {
		quote := "The shelters hold " + figure + " people."
		u := fmt.Sprintf("https://archive.example/%d", i)
		a := model.Article{Source: "herald", Outlet: "Herald", URL: u, CanonicalURL: u, Title: "t", Published: storyStart.Add(time.Duration(i) * time.Hour),
			Fetched: began, TextHash: scrape.HashText(quote), Fingerprint: store.Fingerprint(quote)}
		if _, err := tracker.Process(context.Background(), s, a, []model.Observation{tollObservation(quote, figure)}, level); err != nil {
			t.Fatal(err)
		}
	}
	hist, err := s.History(context.Background(), "toll")
	if err != nil || len(hist) != 2 || hist[1].Outcome != tracker.Backlog.String() {
		t.Fatalf("want a baseline and a backlog figure (the tracker's decision, unchanged): %v %+v", err, hist)
	}
	ts := newServer(t, s, Options{Metrics: []Metric{{ID: "toll", Name: "People sheltering"}}})
	_, page := get(t, ts, "/metrics/toll")
	if strings.Contains(page, "refines") {
		t.Errorf("the metric's page calls the fall from more than 400 to about 250 a refinement")
	}
	if want := "archive: taken as the value"; !strings.Contains(page, want) {
		t.Errorf("the metric's page lacks %q", want)
	}
}
