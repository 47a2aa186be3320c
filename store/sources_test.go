package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/newstext"
	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/scrape"
)

// TestStorePages asks in one call what the store knows of many addresses:
// validators saved under one, an article stored under another, nothing of
// the rest, across more addresses than one query takes.
func TestStorePages(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() Store) {
		s := open()
		ctx := context.Background()
		v := scrape.Validators{ETag: `"e1"`, LastModified: "Mon, 25 Mar 2024 09:00:00 GMT"}
		if err := s.SaveValidators(ctx, "https://a.example/fetched", v); err != nil {
			t.Fatal(err)
		}
		a := article("https://a.example/stored", "A", t0, newstext.Story(2000, 3))
		if _, err := putArticle(ctx, s, a); err != nil {
			t.Fatal(err)
		}
		urls := []string{"https://a.example/fetched", "https://a.example/stored"}
		for i := range pagesPerQuery + 20 {
			urls = append(urls, fmt.Sprintf("https://a.example/new/%d", i))
		}
		got, err := s.Pages(ctx, urls)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(urls) {
			t.Errorf("%d addresses answered, want %d", len(got), len(urls))
		}
		if got["https://a.example/fetched"].Validators != v {
			t.Errorf("validators: %+v", got["https://a.example/fetched"])
		}
		if got["https://a.example/stored"].TextHash != a.TextHash {
			t.Errorf("text hash: %+v", got["https://a.example/stored"])
		}
		if ps, ok := got[urls[len(urls)-1]]; !ok || ps != (PageState{}) {
			t.Errorf("an unknown address: %+v, %v", ps, ok)
		}
	})
}

// TestStorePagesRecordEachFetch: a page's fetch is recorded with when it
// was made and the date the page gave, even with no validators, and a
// later fetch (a 304, say) moves the time on; a listing's validators
// leave no fetch time.
func TestStorePagesRecordEachFetch(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() Store) {
		s := open()
		ctx := context.Background()
		page, feed := "https://a.example/m/story?ref=rss", "https://a.example/feed.xml"
		published := t0.Add(-2 * time.Hour)
		save := func(v scrape.Validators, checked time.Time) {
			t.Helper()
			if err := s.Update(ctx, func(tx *Tx) error { return tx.SavePage(ctx, page, v, checked, published, "") }); err != nil {
				t.Fatal(err)
			}
		}
		save(scrape.Validators{}, t0)
		if err := s.SaveValidators(ctx, feed, scrape.Validators{ETag: `"f"`}); err != nil {
			t.Fatal(err)
		}
		got, err := s.Pages(ctx, []string{page, feed})
		if err != nil {
			t.Fatal(err)
		}
		if ps := got[page]; !ps.Checked.Equal(t0) || !ps.Published.Equal(published) || ps.Validators != (scrape.Validators{}) {
			t.Errorf("a page without validators: %+v", ps)
		}
		if ps := got[feed]; !ps.Checked.IsZero() || ps.Validators.ETag != `"f"` {
			t.Errorf("a listing: %+v", ps)
		}
		v := scrape.Validators{ETag: `"p1"`}
		save(v, t0.Add(time.Hour))
		got, err = s.Pages(ctx, []string{page})
		if err != nil {
			t.Fatal(err)
		}
		if ps := got[page]; !ps.Checked.Equal(t0.Add(time.Hour)) || ps.Validators != v {
			t.Errorf("after a second fetch: %+v", ps)
		}
	})
}

// TestSourceAddressUpgrade opens a store of migration 10, before each
// source's address was kept, holding testdata/source-state-v10.sql: every
// source's state stays as it was, with no address known (so no backoff
// is reset on a guess), its leases and validators too, and the address a
// pass then records is kept.
func TestSourceAddressUpgrade(t *testing.T) {
	ctx := context.Background()
	seed := func(t *testing.T, db *sql.DB) {
		q, err := os.ReadFile("testdata/source-state-v10.sql")
		if err != nil {
			t.Fatal(err)
		}
		execAll(t, db, string(q))
	}
	eachOldStore(t, 10, 10, seed, func(t *testing.T, s Store) {
		herald, err := s.SourceState(ctx, "herald")
		if err != nil {
			t.Fatal(err)
		}
		want := model.SourceState{Name: "herald", LastAttempt: fromMS(1764921600000), LastSuccess: fromMS(1764921600000), Articles: 14,
			LastRead: fromMS(1764918000000), LastReadArticles: 3, NoText: 1, NoTextURL: "https://herald.example/live/quake-gallery"}
		if herald != want {
			t.Errorf("herald after the upgrade:\n got %+v\nwant %+v", herald, want)
		}
		wire, err := s.SourceState(ctx, "wire")
		if err != nil {
			t.Fatal(err)
		}
		want = model.SourceState{Name: "wire", Failures: 3, LastError: "fetch https://wire.example/old/feed.xml: HTTP 404 Not Found",
			LastAttempt: fromMS(1764921600000), LastSuccess: fromMS(1764835200000), NextAttempt: fromMS(1764943200000), Articles: 9, Failing: true,
			LastRead: fromMS(1764835200000), LastReadArticles: 2}
		if wire != want {
			t.Errorf("wire after the upgrade:\n got %+v\nwant %+v", wire, want)
		}
		leases, err := s.Leases(ctx, fromMS(1764921600000))
		if err != nil || len(leases) != 1 || leases[0].Name != "herald" || leases[0].Owner != "desk-1/4242/1" {
			t.Errorf("leases after the upgrade: %+v, %v", leases, err)
		}
		if v, err := s.Validators(ctx, "https://herald.example/feed.xml"); err != nil || v.ETag != `"h-77"` {
			t.Errorf("validators after the upgrade: %+v, %v", v, err)
		}
		wire.Address, wire.Failures = "feed https://wire.example/new/feed.xml", 0
		if err := s.Update(ctx, func(tx *Tx) error { return tx.SaveSource(ctx, wire) }); err != nil {
			t.Fatal(err)
		}
		if got, err := s.SourceState(ctx, "wire"); err != nil || got != wire {
			t.Errorf("the address a pass records:\n got %+v, %v\nwant %+v", got, err, wire)
		}
	})
}

// TestStorePagesKeepWhatTheFeedSaid: what a feed said of an item is kept
// with its page's fetch, read back by Pages, and kept when a later fetch
// comes from a listing that says nothing of it (a sitemap).
func TestStorePagesKeepWhatTheFeedSaid(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() Store) {
		s := open()
		ctx := context.Background()
		page := "https://a.example/news/swap"
		save := func(listed string) string {
			t.Helper()
			if err := s.Update(ctx, func(tx *Tx) error { return tx.SavePage(ctx, page, scrape.Validators{ETag: `"p"`}, t0, t0, listed) }); err != nil {
				t.Fatal(err)
			}
			got, err := s.Pages(ctx, []string{page})
			if err != nil {
				t.Fatal(err)
			}
			return got[page].Listed
		}
		if got := save("f1"); got != "f1" {
			t.Errorf("first fetch: listed %q, want f1", got)
		}
		if got := save("f2"); got != "f2" {
			t.Errorf("the item revised: listed %q, want f2", got)
		}
		if got := save(""); got != "f2" {
			t.Errorf("a fetch from a sitemap: listed %q, want f2 kept", got)
		}
	})
}
