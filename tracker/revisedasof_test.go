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
	"github.com/claimtrack/claimtrack/store"
)

// A live blog raised in place keeps its first publication date; when its
// page says when it was revised (article:modified_time), its new figure is
// dated by that revision. Before, it was ordered by the blog's morning
// publication and was "older than the value" another outlet had given at
// noon, though the blog's figure came after it (user45b's hurricane desk).
func TestRevisedArticleOrderedByItsModification(t *testing.T) {
	sc := newLiveScene(t, "")
	s, p, ctx, herald, blog, now, published := sc.s, sc.p, sc.ctx, sc.herald, sc.blog, sc.now, sc.published
	revised := now.Add(-time.Hour)
	writeModified(t, blog, livePage(published, revised, "33,500"), revised)
	if res := p.Run(ctx, herald); res.Err != nil || res.Corrected != 1 {
		t.Fatalf("the blog raised: %+v", res)
	}
	evs := pending(t, s)
	if len(evs) != 1 || evs[0].Kind != model.EventChange || evs[0].Payload.New.Readings[0].Value != 33500 {
		t.Fatalf("want the raised blog posted as a change, got %d events (outcomes %v)", len(evs), outcomesOf(t, s, "gaza_death_toll"))
	}
	if !evs[0].Payload.New.Revised {
		t.Errorf("the raised figure's time is the revision's, but the event does not say so")
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
			if !o.Revised {
				t.Errorf("the 33,500 reading of %v is not marked revised", o.Published)
			}
		} else if o.Revised {
			t.Errorf("the %v reading, dated by its publication, is marked revised", o.Readings[0].Value)
		}
	}
	if len(at) != 2 || !at[0].Equal(revised) || !at[1].Equal(revised) {
		t.Errorf("the 33,500 readings dated %v, want both at the revision %v", at, revised)
	}
}

// The near miss: a revised page that does not say when it was revised is
// still ordered by its publication, and older than the wire's value.
func TestRevisedArticleWithoutModificationKeepsItsDate(t *testing.T) {
	sc := newLiveScene(t, "")
	s, p, ctx, herald, blog, now, published := sc.s, sc.p, sc.ctx, sc.herald, sc.blog, sc.now, sc.published
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
	sc := newLiveScene(t, "serching")
	s, p, ctx, herald, blog, now, published := sc.s, sc.p, sc.ctx, sc.herald, sc.blog, sc.now, sc.published
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
		if o.Outlet == "Valley Herald" && (!o.Published.Equal(published) || o.Revised) {
			t.Errorf("the Herald's %v dated %v (revised %v), want its publication %v", o.Readings[0].Value, o.Published, o.Revised, published)
		}
	}
}

// liveScene is where each revision test starts: a live blog (the
// Herald's, a file in a folder source) published five hours ago giving
// 33,091, then a wire's 33,200 two hours later, both read and the outbox
// emptied.
type liveScene struct {
	s              store.Store
	p              *SourcePass
	ctx            context.Context
	herald         scrape.Source
	blog           string
	now, published time.Time
}

// newLiveScene sets the scene; a non-empty typo spells the blog's word
// "searching" so, for a revision that fixes it.
func newLiveScene(t *testing.T, typo string) liveScene {
	t.Helper()
	sc := liveScene{ctx: context.Background(), now: time.Now().UTC().Truncate(time.Second)}
	blogDir, wireDir := t.TempDir(), t.TempDir()
	sc.blog = filepath.Join(blogDir, "live.html")
	sc.s, sc.p = testPass(t)
	sc.herald = scrape.Source{Name: "herald", Dir: blogDir, Outlet: "Valley Herald"}
	wire := scrape.Source{Name: "wire", Dir: wireDir, Outlet: "Coast Wire"}
	sc.published = sc.now.Add(-5 * time.Hour)
	page := livePage(sc.published, time.Time{}, "33,091")
	if typo != "" {
		page = strings.Replace(page, "searching", typo, 1)
	}
	writeModified(t, sc.blog, page, sc.published)
	if res := sc.p.Run(sc.ctx, sc.herald); res.Err != nil || res.New != 1 {
		t.Fatalf("the blog's first read: %+v", res)
	}
	noon := sc.now.Add(-3 * time.Hour)
	writeModified(t, filepath.Join(wireDir, "toll.html"), livePage(noon, time.Time{}, "33,200"), noon)
	if res := sc.p.Run(sc.ctx, wire); res.Err != nil || res.New != 1 {
		t.Fatalf("the wire's story: %+v", res)
	}
	pending(t, sc.s)
	return sc
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
