package tracker

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/scrape"
)

// A live blog raised in place keeps its first publication date; when its
// page says when it was revised (article:modified_time), its new figure is
// dated by that revision. Before, it was ordered by the blog's morning
// publication and was "older than the value" another outlet had given at
// noon, though the blog's figure came after it (user45b's hurricane desk).
func TestRevisedArticleOrderedByItsModification(t *testing.T) {
	now := time.Now().UTC().Truncate(time.Second)
	blogDir, wireDir := t.TempDir(), t.TempDir()
	blog := filepath.Join(blogDir, "live.html")
	s, p := testPass(t)
	ctx := context.Background()
	herald := scrape.Source{Name: "herald", Dir: blogDir, Outlet: "Valley Herald"}
	wire := scrape.Source{Name: "wire", Dir: wireDir, Outlet: "Coast Wire"}
	published := now.Add(-5 * time.Hour)
	writeModified(t, blog, livePage(published, time.Time{}, "33,091"), published)
	if res := p.Run(ctx, herald); res.Err != nil || res.New != 1 {
		t.Fatalf("the blog's first read: %+v", res)
	}
	noon := now.Add(-3 * time.Hour)
	writeModified(t, filepath.Join(wireDir, "toll.html"), livePage(noon, time.Time{}, "33,200"), noon)
	if res := p.Run(ctx, wire); res.Err != nil || res.New != 1 {
		t.Fatalf("the wire's story: %+v", res)
	}
	pending(t, s)
	revised := now.Add(-time.Hour)
	writeModified(t, blog, livePage(published, revised, "33,500"), revised)
	if res := p.Run(ctx, herald); res.Err != nil || res.Corrected != 1 {
		t.Fatalf("the blog raised: %+v", res)
	}
	evs := pending(t, s)
	if len(evs) != 1 || evs[0].Kind != model.EventChange || evs[0].Payload.New.Readings[0].Value != 33500 {
		t.Fatalf("want the raised blog posted as a change, got %d events (outcomes %v)", len(evs), outcomesOf(t, s, "gaza_death_toll"))
	}
	// A later edit that leaves the raised figure keeps it at the revision
	// that brought it, not the page's publication nor the edit's time.
	writeModified(t, blog, strings.Replace(livePage(published, now, "33,500"), "searching", "serching", 1), now)
	if res := p.Run(ctx, herald); res.Err != nil || res.Corrected != 1 {
		t.Fatalf("the typo: %+v", res)
	}
	hist, err := s.History(ctx, "gaza_death_toll")
	if err != nil {
		t.Fatal(err)
	}
	var at []time.Time
	for _, o := range hist {
		if o.Readings[0].Value == 33500 {
			at = append(at, o.Published)
		}
	}
	if len(at) != 2 || !at[0].Equal(revised) || !at[1].Equal(revised) {
		t.Errorf("the 33,500 readings dated %v, want both at the revision %v", at, revised)
	}
}

// The near miss: a revised page that does not say when it was revised is
// still ordered by its publication, and older than the wire's value.
func TestRevisedArticleWithoutModificationKeepsItsDate(t *testing.T) {
	now := time.Now().UTC().Truncate(time.Second)
	blogDir, wireDir := t.TempDir(), t.TempDir()
	blog := filepath.Join(blogDir, "live.html")
	s, p := testPass(t)
	ctx := context.Background()
	herald := scrape.Source{Name: "herald", Dir: blogDir, Outlet: "Valley Herald"}
	wire := scrape.Source{Name: "wire", Dir: wireDir, Outlet: "Coast Wire"}
	published, noon := now.Add(-5*time.Hour), now.Add(-3*time.Hour)
	writeModified(t, blog, livePage(published, time.Time{}, "33,091"), published)
	p.Run(ctx, herald)
	writeModified(t, filepath.Join(wireDir, "toll.html"), livePage(noon, time.Time{}, "33,200"), noon)
	p.Run(ctx, wire)
	pending(t, s)
	writeModified(t, blog, livePage(published, time.Time{}, "33,500"), now.Add(-time.Hour))
	if res := p.Run(ctx, herald); res.Err != nil || res.Corrected != 1 {
		t.Fatalf("the blog raised: %+v", res)
	}
	if evs := pending(t, s); len(evs) != 0 {
		t.Fatalf("a revision that says no time posted %d events, want none", len(evs))
	}
	if got := outcomesOf(t, s, "gaza_death_toll")[33500]; got != "stale" {
		t.Errorf("the undated revision's outcome: %q, want stale", got)
	}
}

// The near miss the other way: a page whose CMS stamps a new modification
// time on a typo fixed in another paragraph still gives its figure as of
// its publication, older than the wire's value: no conflict is posted.
func TestRevisionThatLeavesTheFigureKeepsItsDate(t *testing.T) {
	now := time.Now().UTC().Truncate(time.Second)
	blogDir, wireDir := t.TempDir(), t.TempDir()
	blog := filepath.Join(blogDir, "live.html")
	s, p := testPass(t)
	ctx := context.Background()
	herald := scrape.Source{Name: "herald", Dir: blogDir, Outlet: "Valley Herald"}
	wire := scrape.Source{Name: "wire", Dir: wireDir, Outlet: "Coast Wire"}
	published, noon := now.Add(-5*time.Hour), now.Add(-3*time.Hour)
	typo := strings.Replace(livePage(published, time.Time{}, "33,091"), "searching", "serching", 1)
	writeModified(t, blog, typo, published)
	p.Run(ctx, herald)
	writeModified(t, filepath.Join(wireDir, "toll.html"), livePage(noon, time.Time{}, "33,200"), noon)
	p.Run(ctx, wire)
	pending(t, s)
	revised := now.Add(-time.Hour)
	writeModified(t, blog, livePage(published, revised, "33,091"), revised)
	if res := p.Run(ctx, herald); res.Err != nil || res.Corrected != 1 {
		t.Fatalf("the typo fixed: %+v", res)
	}
	if evs := pending(t, s); len(evs) != 0 {
		t.Fatalf("a revision that left the figure posted %d events (%s), want none", len(evs), evs[0].Kind)
	}
	hist, err := s.History(ctx, "gaza_death_toll")
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range hist {
		if o.Outlet == "Valley Herald" && !o.Published.Equal(published) {
			t.Errorf("the Herald's %v dated %v, want its publication %v", o.Readings[0].Value, o.Published, published)
		}
	}
}

// livePage is a saved news page published at pub, revised at mod (zero:
// it says nothing of a revision), giving toll.
func livePage(pub, mod time.Time, toll string) string {
	head := fmt.Sprintf(`<meta property="article:published_time" content="%s">`, pub.Format(time.RFC3339))
	if !mod.IsZero() {
		head += fmt.Sprintf(`<meta property="article:modified_time" content="%s">`, mod.Format(time.RFC3339))
	}
	return fmt.Sprintf(`<html><head><title>Gaza toll climbs to %s</title>%s</head><body><article><h1>Gaza toll climbs to %s</h1><p>The number of people killed in Gaza has climbed to %s, the territory's health ministry said in its latest count.</p><p>Rescue teams were still searching collapsed buildings in the south.</p></article></body></html>`, toll, head, toll, toll)
}
