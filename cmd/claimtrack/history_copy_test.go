package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/store"
	"github.com/claimtrack/claimtrack/tracker"
)

// TestHistorySaysACopyIsNotCounted: an "about 63,000" relay of an accepted
// 63,000 from a near copy of the first outlet's story agrees, but the
// tracker counts no copy among the outlets agreeing, and the API lists it
// in `copies`: history says "copy of OUTLET's story", as the dashboard and
// the CSV do, not "agrees" (user51: "agrees" in history, absent from the
// API's agreeing). An outlet's own relay still reads "agrees".
func TestHistorySaysACopyIsNotCounted(t *testing.T) {
	_, cfg, s := openHistoryStore(t)
	ctx := context.Background()
	at := time.Date(2026, 12, 5, 9, 0, 0, 0, time.UTC)
	judge := func(string) (tracker.Policy, tracker.MetricInfo) {
		return tracker.Policy{Total: true, ConflictWindow: 48 * time.Hour}, tracker.MetricInfo{Name: "toll"}
	}
	put := func(i int, outlet, figure, text string, copyOf int64) int64 {
		t.Helper()
		u := "https://" + strings.ToLower(strings.ReplaceAll(outlet, " ", "")) + ".example/story"
		a := model.Article{Source: outlet, Outlet: outlet, URL: u, CanonicalURL: u, Title: "t", Published: at.Add(time.Duration(i) * time.Hour),
			Fetched: at.Add(time.Duration(i) * time.Hour), TextHash: text, Fingerprint: store.Fingerprint(text), Text: text, CopyOf: copyOf}
		v := map[string]float64{"63,000": 63000, "about 63,000": 63000}[figure]
		r := model.Reading{Name: "value", Value: v, Qualifier: "exact", Text: figure}
		if strings.HasPrefix(figure, "about") {
			lo, hi := 61000.0, 65000.0
			r.Qualifier, r.Low, r.High = "approximately", &lo, &hi
		}
		o := model.Observation{Metric: "gaza_death_toll", Quote: text, Rule: "r", Readings: []model.Reading{r}}
		if _, err := tracker.Process(ctx, s, a, []model.Observation{o}, judge); err != nil {
			t.Fatal(err)
		}
		hist, err := s.History(ctx, "gaza_death_toll")
		if err != nil {
			t.Fatal(err)
		}
		return hist[len(hist)-1].ArticleID
	}
	orig := put(0, "Harbour Wire", "63,000", "Some 63,000 people have crossed by sea this year, the agency said.", 0)
	put(1, "Island Courier", "about 63,000", "About 63,000 people have crossed by sea this year, the agency said.", orig)
	put(2, "Coast Herald", "about 63,000", "Arrivals by sea this year stand at about 63,000, according to the agency.", 0)
	acc, err := s.AcceptedValues(ctx, "gaza_death_toll")
	s.Close()
	if err != nil || len(acc) != 1 {
		t.Fatal(acc, err)
	}
	code, out, errs := run(t, "", "history", "--config", cfg, "gaza_death_toll")
	if code != exitOK {
		t.Fatalf("history: %d %s", code, errs)
	}
	if strings.Join(acc[0].Agreeing, ", ") != "Harbour Wire, Coast Herald" {
		t.Errorf("agreeing: %v, want the two outlets' own reports", acc[0].Agreeing)
	}
	for _, l := range strings.Split(out, "\n") {
		switch {
		case strings.Contains(l, "Island Courier") && (strings.Contains(l, "agrees") || !strings.Contains(l, "copy of Harbour Wire's story")):
			t.Errorf("the copy's row reads %q (agreeing: %v)", l, acc[0].Agreeing)
		case strings.Contains(l, "Coast Herald") && !strings.Contains(l, "agrees"):
			t.Errorf("the outlet's own relay reads %q (agreeing: %v)", l, acc[0].Agreeing)
		}
	}
}
