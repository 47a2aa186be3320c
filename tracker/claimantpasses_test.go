package tracker

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/scrape"
)

// Source passes over saved pages of a metric judged by claimant: the
// ministry's toll and the military's count in one article each keep
// their own value and events (testdata/by-claimant), and a wire's
// headline retold by the ministry's own figure moves only the ministry's
// series (testdata/outbreak). Split from claimants_test.go, which keeps
// the judging of one claim at a time.

// TestPassByClaimant runs source passes over testdata/by-claimant: one
// article gives the ministry's toll and the military's count of one
// metric judged by claimant, a later one moves the military's alone. Each
// claimant keeps its own value and its own events, in the pass's one
// transaction a batch.
func TestPassByClaimant(t *testing.T) {
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join("testdata", "by-claimant", name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	var f struct {
		Metrics []rules.MetricSpec `yaml:"metrics"`
	}
	if err := yaml.Unmarshal([]byte(read("metrics.yaml")), &f); err != nil {
		t.Fatal(err)
	}
	eng, err := rules.Compile(f.Metrics)
	if err != nil {
		t.Fatal(err)
	}
	pages := map[string]string{"/monday": read("monday.txt"), "/wednesday": read("wednesday.txt")}
	listed := []string{"/monday"}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/feed.xml" {
			writeFeed(w, "Story", listed)
			return
		}
		writeStory(w, "Story", pages[r.URL.Path])
	}))
	defer srv.Close()
	s, p := testPass(t)
	p.Engine = eng
	ctx := context.Background()
	src := scrape.Source{Name: "wire", Feed: srv.URL + "/feed.xml", Outlet: "Meridian Wire"}
	if res := p.Run(ctx, src); res.Err != nil || res.Observations != 2 {
		t.Fatalf("first pass: %+v; want the ministry's and the military's figures", res)
	}
	listed = append(listed, "/wednesday")
	if res := p.Run(ctx, src); res.Err != nil || res.Observations != 1 || res.Changes != 1 {
		t.Fatalf("second pass: %+v; want the military's figure, a change", res)
	}
	values, err := s.AcceptedValues(ctx, "gaza_killed")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, v := range values {
		got = append(got, fmt.Sprintf("%s=%v", v.Key, v.Readings[0].Value))
	}
	if want := []string{"gaza_health_ministry=33091", "israeli_military=14000"}; !slices.Equal(got, want) {
		t.Errorf("values: %v, want %v", got, want)
	}
	var evs []string
	for _, e := range pending(t, s) {
		evs = append(evs, fmt.Sprintf("%s %s %s", e.Kind, e.Payload.ByClaimant, notifyText(e)))
	}
	want := []string{"first Gaza health ministry 33,091", "first Israeli military about 13,000", "change Israeli military 14,000"}
	if !slices.Equal(evs, want) {
		t.Errorf("events:\n got %q\nwant %q", evs, want)
	}
}

// notifyText is an event's new figure as written.
func notifyText(e model.Event) string {
	if e.Payload.New == nil || len(e.Payload.New.Readings) == 0 {
		return ""
	}
	return e.Payload.New.Readings[0].Text
}

// TestPassByClaimantOutbreakRetold is user50's outbreak desk: a wire's
// headline "Cholera deaths top 400" over the ministry's 412, and the next
// day a local site's ministry revision to 398 closing on a correction line
// "It is 398.". Judged by claimant, the headline and the correction line
// were kept as a claimant of nobody, and the restated 398 posted "outlets
// disagree" against the headline's "top 400". Each is the ministry's
// figure told again: only the ministry's series moves, and the fall,
// which names the 412 it replaces ("down to 398 from 412"), is its own
// revision (desk59: it was a possible correction, the 412 staying), not a
// conflict.
func TestPassByClaimantOutbreakRetold(t *testing.T) {
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join("testdata", "outbreak", name))
		if err != nil {
			t.Fatal(err)
		}
		// The saved files' header lines are the scraper's; the page body is
		// the text after the first blank line.
		_, body, _ := strings.Cut(string(b), "\n\n")
		return body
	}
	eng := testdataEngine(t, "outbreak")
	titles := map[string]string{"/top400": "Cholera deaths top 400 in Kesara", "/revised": "Ministry lowers cholera death toll after double counting"}
	pages := map[string]string{"/top400": read("d07-wire-top400.txt"), "/revised": read("d08-local-revised.txt")}
	listed := []string{"/top400"}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/feed.xml" {
			writeTitledFeed(w, listed, func(p string) string { return titles[p] })
			return
		}
		writeStory(w, titles[r.URL.Path], pages[r.URL.Path])
	}))
	defer srv.Close()
	s, p := testPass(t)
	p.Engine = eng
	ctx := context.Background()
	src := scrape.Source{Name: "desk", Feed: srv.URL + "/feed.xml", Outlet: "Meridian Wire"}
	if res := p.Run(ctx, src); res.Err != nil || res.Observations != 1 {
		t.Fatalf("first pass: %+v; want the ministry's 412 alone", res)
	}
	listed = append(listed, "/revised")
	if res := p.Run(ctx, src); res.Err != nil || res.Observations != 1 {
		t.Fatalf("second pass: %+v; want the ministry's 398 alone", res)
	}
	values, err := s.AcceptedValues(ctx, "cholera_deaths")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, v := range values {
		got = append(got, fmt.Sprintf("%s=%v", v.Key, v.Readings[0].Value))
	}
	if want := []string{"health ministry=398"}; !slices.Equal(got, want) {
		t.Errorf("values: %v, want %v", got, want)
	}
	revisions := 0
	for _, e := range pending(t, s) {
		if e.Kind == model.EventConflict {
			t.Errorf("a conflict posted of one ministry's figure told twice: %s %s", e.Payload.ByClaimant, notifyText(e))
		}
		if e.Payload.Revision {
			revisions++
		}
	}
	if revisions != 1 {
		t.Errorf("%d revisions posted, want the ministry's one", revisions)
	}
}
