package tracker

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/newstext"
	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/store"
)

// drainingStore delivers what the outbox lets a delivery claim after each
// transaction commits, as the daemon's drain (every 10 s) may between a
// long pass's transactions, and keeps what it delivered.
type drainingStore struct {
	store.Store
	mu        sync.Mutex
	delivered []string
}

func (d *drainingStore) Update(ctx context.Context, fn func(tx *store.Tx) error) error {
	if err := d.Store.Update(ctx, fn); err != nil {
		return err
	}
	return d.drain(ctx, time.Now())
}

// drain claims and marks delivered what a delivery may claim at now.
func (d *drainingStore) drain(ctx context.Context, now time.Time) error {
	evs, err := d.Store.ClaimEvents(ctx, "daemon", now.Add(time.Minute), now, 100)
	if err != nil {
		return err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, e := range evs {
		if err := d.Store.MarkDelivered(ctx, e.ID, model.Delivery{Channel: "#c", MessageTS: "1.0"}, time.Now()); err != nil {
			return err
		}
		d.delivered = append(d.delivered, fmt.Sprintf("%s %s", e.Kind, e.Payload.New.Readings[0].Text))
	}
	return nil
}

func (d *drainingStore) posted() string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return strings.Join(d.delivered, "; ")
}

// announcingEngine is the shipped engine with gaza_death_toll announcing
// its first value.
func announcingEngine(t *testing.T) *rules.Engine {
	return shippedEngineWith(t, func(m *rules.MetricSpec) { m.AnnounceFirst = m.ID == "gaza_death_toll" })
}

// longArchive lists on site 45 articles ten minutes apart from start, 20
// to a transaction, those tolls numbers give a toll (5 in the first
// transaction, 25 and 41 in the second and third), newest first.
func longArchive(site *orderSite, start time.Time, tolls map[int]string) {
	var listed []string
	for i := range 45 {
		path := fmt.Sprintf("/a/%d", i)
		text := newstext.Story(600, uint64(200+i))
		if toll, ok := tolls[i]; ok {
			text = tollStory(toll, uint64(100+i))
		}
		site.add(path, text, start.Add(time.Duration(i)*10*time.Minute))
		listed = append([]string{path}, listed...) // newest first, as a feed lists
	}
	site.list(listed)
}

// TestLongFirstPassPostsTheValueItEndsAt: a metric that announces its first
// value, read from an archive of 45 articles (three transactions of a
// first pass), with a delivery after every transaction, as the daemon's
// may. The first value is delivered once, after the pass, with the value
// the archive ends at (32,500): not the oldest figure (32,000) from
// between two transactions, which the archive's later figures replace
// without a post (desk52a's and desk53's left item). When the pass fails
// in its second transaction (the database lost), the first value is not
// posted by the deliveries after it, even past HoldFor (the next pass
// comes at the source's next turn, minutes later): the source's next pass
// reads the articles the failure left and posts the value it ends at,
// once (review54).
func TestLongFirstPassPostsTheValueItEndsAt(t *testing.T) {
	for _, fails := range []bool{false, true} {
		t.Run(fmt.Sprintf("fails=%v", fails), func(t *testing.T) {
			eachStore(t, func(t *testing.T, open func() store.Store) {
				firstPassPosts(t, open(), fails)
			})
		})
	}
}

// firstPassPosts runs TestLongFirstPassPostsTheValueItEndsAt on s, the
// first pass failing in its second transaction or not.
func firstPassPosts(t *testing.T, s store.Store, fails bool) {
	ctx := context.Background()
	t0 := time.Date(2024, 3, 25, 9, 0, 0, 0, time.UTC)
	site := &orderSite{}
	url := site.serve(t)
	longArchive(site, t0, map[int]string{5: "32,000", 25: "32,400", 41: "32,500"})
	ds := &drainingStore{Store: s}
	fs := &midwayStore{Store: ds, poison: url + "/a/30"}
	fs.armed.Store(fails)
	_, p := testPass(t)
	p.Store, p.Engine = fs, announcingEngine(t)
	p.Now = func() time.Time { return t0.Add(24 * time.Hour) }
	src := scrape.Source{Name: "herald", Outlet: "Herald", Feed: url + "/feed.xml"}
	res := p.Run(ctx, src)
	if fails {
		if !errors.Is(res.Err, errInjected) {
			t.Fatalf("the failing pass: %+v", res)
		}
		if err := ds.drain(ctx, time.Now().Add(store.HoldFor+10*time.Minute)); err != nil {
			t.Fatal(err)
		}
		if got := ds.posted(); got != "" {
			t.Errorf("10 minutes after a pass failed midway, delivered %q; want nothing until the next pass", got)
		}
		fs.armed.Store(false)
		res = p.Run(ctx, src)
	}
	if res.Err != nil {
		t.Fatalf("the pass: %+v", res)
	}
	if err := ds.drain(ctx, time.Now()); err != nil {
		t.Fatal(err)
	}
	if got := ds.posted(); got != "first 32,500" {
		t.Errorf("delivered %q; want the first value the archive ends at, once (first 32,500)", got)
	}
	if n, err := ds.PendingCount(ctx); err != nil || n != 0 {
		t.Errorf("%d events left undelivered (%v)", n, err)
	}
}
