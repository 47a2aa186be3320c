package tracker

import (
	"context"
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/store"
)

// TestPassCopyReadBeforeItsOriginal: a local paper's verbatim copy of a
// wire's story, its dateline crediting the wire, is read (its source's
// pass) before the wire's own story (the wire's pass): the change posted
// names the wire and its article. It failed on main, where the change was
// the paper's and the wire's story a copy of it.
func TestPassCopyReadBeforeItsOriginal(t *testing.T) {
	story := tollStory("33,091", 56)
	credited := "GAZA CITY (Meridian Wire) - " + story
	// The wire's own dateline names it too: verbatim, the texts are the same.
	for name, wire := range map[string]string{"near copy": story, "verbatim copy": credited} {
		t.Run(name, func(t *testing.T) {
			eachStore(t, func(t *testing.T, open func() store.Store) { copyReadFirst(t, open(), wire, credited) })
		})
	}
}

// copyReadFirst reads the copy's source, then the wire's, and checks the
// news is the wire's.
func copyReadFirst(t *testing.T, s store.Store, story, copied string) {
	dated := func(w http.ResponseWriter, at time.Time, text string) {
		writeStoryWithHead(w, fmt.Sprintf(`<meta property="article:published_time" content="%s">`, at.Format(time.RFC3339)), "Story", text)
	}
	wireListed := []string{"/old"}
	wire := siteAt(t, func(w http.ResponseWriter, r *http.Request, _ string) {
		switch r.URL.Path {
		case "/feed.xml":
			writeFeed(w, "Story", wireListed)
		case "/old":
			dated(w, t0, tollStory("32,000", 55))
		case "/new":
			dated(w, t0.Add(2*time.Hour), story)
		default:
			http.NotFound(w, r)
		}
	})
	voice := siteAt(t, func(w http.ResponseWriter, r *http.Request, _ string) {
		switch r.URL.Path {
		case "/feed.xml":
			writeFeed(w, "Story", []string{"/copy"})
		case "/copy":
			dated(w, t0.Add(3*time.Hour), copied)
		default:
			http.NotFound(w, r)
		}
	})
	_, p := testPass(t)
	p.Store = s
	ctx := context.Background()
	wireSrc := scrape.Source{Name: "wire", Feed: wire.URL + "/feed.xml", Outlet: "Meridian Wire"}
	voiceSrc := scrape.Source{Name: "voice", Feed: voice.URL + "/feed.xml", Outlet: "Kesh Voice"}
	p.Now = func() time.Time { return t0.Add(time.Hour) }
	if res := p.Run(ctx, wireSrc); res.Err != nil || res.Observations != 1 {
		t.Fatalf("the wire's first pass: %+v", res)
	}
	pending(t, s)
	p.Now = func() time.Time { return t0.Add(4 * time.Hour) }
	wireListed = append(wireListed, "/new")
	for _, src := range []scrape.Source{voiceSrc, wireSrc} {
		if res := p.Run(ctx, src); res.Err != nil {
			t.Fatalf("%s: %+v", src.Name, res)
		}
	}
	evs := pending(t, s)
	if len(evs) != 1 {
		t.Fatalf("events: %+v", evs)
	}
	if n := evs[0].Payload.New; n.Outlet != "Meridian Wire" || n.URL != wire.URL+"/new" || n.Readings[0].Value != 33091 {
		t.Errorf("posted %s from %s (%s), want 33,091 from Meridian Wire (%s/new)", n.Readings[0].Text, n.Outlet, n.URL, wire.URL)
	}
	_, agree, err := s.Current(ctx, "gaza_death_toll")
	if err != nil || len(agree) != 1 || agree[0] != "Meridian Wire" {
		t.Errorf("agreeing %v (%v), want the wire alone (a copy adds none)", agree, err)
	}
}
