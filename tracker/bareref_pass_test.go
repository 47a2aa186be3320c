package tracker

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/store"
	"gopkg.in/yaml.v3"
)

// TestPassKeysABareReferenceByItsBody: a metric judged by claimant reads
// "The World Health Organization said ... 14,900 ..." and, a day later,
// "The agency said on Friday that cases had reached 15,460": one body's
// two figures, a change of its own value, not a second claimant's first
// figure. The second observation keeps "agency" as written beside it.
func TestPassKeysABareReferenceByItsBody(t *testing.T) {
	var f struct {
		Metrics []rules.MetricSpec `yaml:"metrics"`
	}
	spec := `
metrics:
  - id: cholera_cases
    name: Cholera cases, by claimant
    unit: cases
    total: true
    announce_first: true
    by: claimant
    keywords: ["cases"]
`
	if err := yaml.Unmarshal([]byte(spec), &f); err != nil {
		t.Fatal(err)
	}
	eng, err := rules.Compile(f.Metrics)
	if err != nil {
		t.Fatal(err)
	}
	pages := map[string]string{
		"/tuesday": "The World Health Organization said on Tuesday that 14,900 cases had been recorded across the eastern provinces.",
		"/friday":  "The World Health Organization has sent cholera kits to six clinics in the east.\n\nThe agency said on Friday that cases had reached 15,460, with most in camps for displaced families.",
	}
	listed := []string{"/tuesday"}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/feed.xml" {
			writeFeed(w, "Story", listed)
			return
		}
		at := t0
		if r.URL.Path == "/friday" {
			at = t0.Add(72 * time.Hour)
		}
		writeStoryWithHead(w, fmt.Sprintf(`<meta property="article:published_time" content="%s">`, at.Format(time.RFC3339)), "Story", pages[r.URL.Path])
	}))
	defer srv.Close()
	s, p := testPass(t)
	p.Engine = eng
	p.Now = func() time.Time { return t0.Add(time.Hour) }
	ctx := context.Background()
	src := scrape.Source{Name: "wire", Feed: srv.URL + "/feed.xml", Outlet: "Meridian Wire"}
	if res := p.Run(ctx, src); res.Err != nil || res.Observations != 1 {
		t.Fatalf("first pass: %+v", res)
	}
	listed = append(listed, "/friday")
	p.Now = func() time.Time { return t0.Add(73 * time.Hour) }
	if res := p.Run(ctx, src); res.Err != nil || res.Observations != 1 {
		t.Fatalf("second pass: %+v", res)
	}
	values, err := s.AcceptedValues(ctx, "cholera_cases")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, v := range values {
		got = append(got, fmt.Sprintf("%s=%v", v.Key, v.Readings[0].Value))
	}
	if want := []string{"un=15460"}; !slices.Equal(got, want) {
		t.Errorf("values: %v, want %v (one body, its newer figure)", got, want)
	}
	hist, err := s.History(ctx, "cholera_cases")
	if err != nil {
		t.Fatal(err)
	}
	if len(hist) != 2 || hist[1].ClaimantWords != "World Health Organization" || hist[1].ClaimantWritten != "agency" || hist[1].Outcome != "change" {
		t.Errorf("history: %+v; want the agency's figure as the WHO's change, written \"agency\"", hist)
	}
	var evs []string
	for _, e := range pending(t, s) {
		evs = append(evs, fmt.Sprintf("%s %s %s", e.Kind, e.Payload.Claimant, notifyText(e)))
	}
	if want := []string{"first United Nations and its agencies 14,900", "change United Nations and its agencies 15,460"}; !slices.Equal(evs, want) {
		t.Errorf("events:\n got %q\nwant %q", evs, want)
	}
}

// TestClaimantWrittenKeptInEachStore: the words as written of a claimant
// the tracker keyed by another name are stored and read back, in each
// store.
func TestClaimantWrittenKeptInEachStore(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		s := open()
		ctx := context.Background()
		o := claimed(t, "cases", "15,460", "", "World Health Organization")
		o.ClaimantWritten = "agency"
		a := article("https://wire.example/c", "Meridian Wire", t0, "c")
		if _, err := Process(ctx, s, a, []model.Observation{o}, judgeWithNames(Policy{ByClaimant: true})); err != nil {
			t.Fatal(err)
		}
		hist, err := s.History(ctx, "cases")
		if err != nil {
			t.Fatal(err)
		}
		if len(hist) != 1 || hist[0].ClaimantWritten != "agency" || hist[0].ClaimantWords != "World Health Organization" {
			t.Errorf("history %+v; want the WHO's words, \"agency\" as written", hist)
		}
	})
}
