package tracker

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/newstext"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/store"
)

// postsOf is what the events queued and not yet read say, "kind old -> new".
func postsOf(t *testing.T, s store.Store) []string {
	t.Helper()
	var out []string
	for _, e := range pending(t, s) {
		old := ""
		if e.Payload.Old != nil {
			old = e.Payload.Old.Readings[0].Text
		}
		out = append(out, fmt.Sprintf("%s %s -> %s", e.Kind, old, e.Payload.New.Readings[0].Text))
	}
	return out
}

// TestASourcesAlertsDoNotWaitForAnotherSource: sources run at once, and
// each source's observations and events commit as that source's pass is
// done (20 articles to a transaction, each with its events): a change one
// source read is in the outbox, for the daemon's next delivery, while
// another source of the same run is still reading a page that does not
// answer. (desk52a measured this, from the fiftieth round's note that
// alerts reach the outbox when a pass has read all its links: a source's
// own links, not every source's.)
func TestASourcesAlertsDoNotWaitForAnotherSource(t *testing.T) {
	s, p := testPass(t)
	ctx := context.Background()
	t0 := time.Date(2024, 3, 25, 9, 0, 0, 0, time.UTC)
	hour := func(h int) time.Time { return t0.Add(time.Duration(h) * time.Hour) }
	fast := &orderSite{}
	fastURL := fast.serve(t)
	fast.add("/base", tollStory("32,000", 1), t0)
	fast.list([]string{"/base"})
	now := hour(1)
	p.Now = func() time.Time { return now }
	fastSrc := scrape.Source{Name: "herald", Outlet: "Herald", Feed: fastURL + "/feed.xml"}
	if res := p.Run(ctx, fastSrc); res.Err != nil || res.New != 1 {
		t.Fatalf("the first pass: %+v", res)
	}
	pending(t, s)
	fast.add("/change", tollStory("32,300", 2), hour(3))
	fast.list([]string{"/base", "/change"})
	now = hour(12)

	release := make(chan struct{})
	slow := siteAt(t, func(w http.ResponseWriter, r *http.Request, _ string) {
		if r.URL.Path == "/feed.xml" {
			writeFeed(w, "Story", []string{"/stuck"})
			return
		}
		select {
		case <-release:
		case <-r.Context().Done():
		}
		writeStory(w, "Story", newstext.Story(400, 3))
	})
	slowSrc := scrape.Source{Name: "ledger", Outlet: "Ledger", Feed: slow.URL + "/feed.xml"}

	passes, _ := passesOn(s, thisProc)
	done := make(chan []Ran)
	go func() { done <- passes.RunAll(ctx, p, []scrape.Source{slowSrc, fastSrc}, RunOptions{}) }()
	var posts []string
	deadline := time.After(2 * time.Minute) // a hang, not a timing: the herald's pass takes milliseconds
wait:
	for {
		if n, err := s.PendingCount(ctx); err != nil {
			t.Fatal(err)
		} else if n > 0 {
			posts = postsOf(t, s)
			break
		}
		select {
		case <-deadline:
			break wait
		case <-time.After(20 * time.Millisecond):
		}
	}
	stillReading := true
	select {
	case <-done:
		stillReading = false
	default:
	}
	close(release)
	if stillReading {
		<-done
	}
	if got := strings.Join(posts, "; "); got != "change 32,000 -> 32,300" || !stillReading {
		t.Errorf("while the ledger's page hangs, the outbox holds %q (the run still reading: %v); want the herald's change", got, stillReading)
	}
}

// midwayStore fails, once armed, the transaction that stores the article
// at poison, after it ran: a database lost in the middle of a pass.
type midwayStore struct {
	store.Store
	poison string
	armed  atomic.Bool
}

var errInjected = errors.New("injected: the database went away")

func (f *midwayStore) Update(ctx context.Context, fn func(tx *store.Tx) error) error {
	return f.Store.Update(ctx, func(tx *store.Tx) error {
		if err := fn(tx); err != nil {
			return err
		}
		if f.armed.Load() {
			if by, _, _, err := tx.StoredText(ctx, f.poison); err != nil || by != "" {
				return errors.Join(errInjected, err)
			}
		}
		return nil
	})
}

// TestAPassFailingMidwayLosesAndDoublesNothing: a pass of 45 articles
// commits in three transactions, each with its events; the second fails.
// The first's alert is in the outbox, once; nothing of the second or third
// is stored, so the next pass reads them again and posts their alerts,
// each once: the desk gets the three moves, in order, exactly once.
func TestAPassFailingMidwayLosesAndDoublesNothing(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		s := open()
		ctx := context.Background()
		t0 := time.Date(2024, 3, 25, 9, 0, 0, 0, time.UTC)
		site := &orderSite{}
		url := site.serve(t)
		fs := &midwayStore{Store: s, poison: url + "/a/30"}
		_, p := testPass(t)
		p.Store = fs
		now := t0.Add(time.Hour)
		p.Now = func() time.Time { return now }
		src := scrape.Source{Name: "herald", Outlet: "Herald", Feed: url + "/feed.xml"}
		site.add("/base", tollStory("32,000", 1), t0)
		site.list([]string{"/base"})
		if res := p.Run(ctx, src); res.Err != nil || res.New != 1 {
			t.Fatalf("the first pass: %+v", res)
		}
		pending(t, s)

		longArchive(site, t0.Add(2*time.Hour), map[int]string{5: "32,300", 25: "32,400", 41: "32,500"})
		now = t0.Add(24 * time.Hour)
		fs.armed.Store(true)
		res := p.Run(ctx, src)
		if !errors.Is(res.Err, errInjected) {
			t.Fatalf("the failing pass: %+v", res)
		}
		first := postsOf(t, s)
		n, err := s.CountArticles(ctx)
		if err != nil {
			t.Fatal(err)
		}
		fs.armed.Store(false)
		if res := p.Run(ctx, src); res.Err != nil {
			t.Fatalf("the next pass: %+v", res)
		}
		second := postsOf(t, s)
		if got := strings.Join(first, "; "); got != "change 32,000 -> 32,300" || n != 21 {
			t.Errorf("the failing pass stored %d articles and posted %q; want its first transaction's 20 and the base, and its one change", n, got)
		}
		if got := strings.Join(second, "; "); got != "change 32,300 -> 32,400; change 32,400 -> 32,500" {
			t.Errorf("the next pass posted %q; want the two moves the failed transactions held, once each", got)
		}
		evs, err := s.Events(ctx, 100)
		if err != nil {
			t.Fatal(err)
		}
		if len(evs) != 3 { // the base's first value is not posted: the three changes, nothing else
			var keys []string
			for _, e := range evs {
				keys = append(keys, e.Key)
			}
			t.Errorf("the outbox holds %d events, want the three changes: %v", len(evs), keys)
		}
	})
}
