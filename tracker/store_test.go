package tracker

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/newstext"
	"github.com/claimtrack/claimtrack/internal/pgtest"
	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/tracker/health"
	"github.com/pressly/goose/v3"
)

// eachStore runs a test against SQLite and, when CLAIMTRACK_TEST_POSTGRES
// names a database, PostgreSQL, each in a fresh schema.
func eachStore(t *testing.T, test func(t *testing.T, open func() Store)) {
	opener := func(t *testing.T, dsn string) func() Store {
		return func() Store {
			s, err := Open(context.Background(), dsn, "")
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { s.Close() })
			return s
		}
	}
	t.Run("sqlite", func(t *testing.T) {
		test(t, opener(t, filepath.Join(t.TempDir(), "test.db")))
	})
	t.Run("postgres", func(t *testing.T) {
		test(t, opener(t, pgtest.Schema(t)))
	})
}

var t0 = time.Date(2024, 3, 25, 9, 0, 0, 0, time.UTC)

func article(url, outlet string, at time.Time, text string) model.Article {
	return model.Article{Source: outlet, Outlet: outlet, URL: url, CanonicalURL: url, Title: "t", Published: at, Fetched: at, TextHash: scrape.HashText(text), Fingerprint: Fingerprint(text)}
}

func obs(metric, figureText string, t *testing.T) model.Observation {
	r := reading(t, figureText)
	q := r.Qualifier.Name()
	return model.Observation{Metric: metric, Readings: []model.Reading{{Name: "value", Value: r.Value, Low: r.Low, High: r.High, Qualifier: q, Text: r.Text}},
		Quote: "The toll is " + figureText + ".", Rule: `keyword "toll"`}
}

func judgeTotal(string) (Policy, MetricInfo) {
	return Policy{Total: true, ConflictWindow: 48 * time.Hour}, MetricInfo{Name: "Death toll", Unit: "people"}
}

func pending(t *testing.T, s Store) []model.Event {
	t.Helper()
	evs, err := s.ClaimEvents(context.Background(), "reader", time.Now().Add(time.Minute), time.Now(), 100)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range evs {
		if err := s.MarkDelivered(context.Background(), e.ID, model.Delivery{Channel: "#c", MessageTS: "1.0"}, time.Now()); err != nil {
			t.Fatal(err)
		}
	}
	return evs
}

func TestStoreProcess(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() Store) {
		s := open()
		ctx := context.Background()
		step := func(a model.Article, figure string) Outcome {
			t.Helper()
			outs, err := s.Process(ctx, a, []model.Observation{obs("toll", figure, t)}, judgeTotal)
			if err != nil {
				t.Fatal(err)
			}
			return outs[0]
		}
		if o := step(article("https://a.example/1", "A", t0, "one"), "more than 32,000"); o != Baseline {
			t.Errorf("first: %s", o)
		}
		if evs := pending(t, s); len(evs) != 0 {
			t.Errorf("baseline without announce_first posts nothing, got %v", evs)
		}
		if o := step(article("https://b.example/1", "B", t0.Add(time.Hour), "two"), "32,414"); o != Change {
			t.Errorf("more precise: %s", o)
		}
		if o := step(article("https://c.example/1", "C", t0.Add(2*time.Hour), "three"), "more than 32,000"); o != Corroborates {
			t.Errorf("vaguer: %s", o)
		}
		copyArt := article("https://d.example/1", "D", t0.Add(2*time.Hour), "four")
		copyArt.CopyOf = 1
		if o := step(copyArt, "32,414"); o != Corroborates {
			t.Errorf("copy: %s", o)
		}
		cur, agree, err := s.Current(ctx, "toll")
		if err != nil || cur == nil || cur.Readings[0].Value != 32414 || strings.Join(agree, ",") != "B,C" {
			t.Errorf("current: %+v agree %v %v", cur, agree, err)
		}
		evs := pending(t, s)
		if len(evs) != 1 || evs[0].Kind != model.EventChange || evs[0].Payload.Old.Readings[0].Text != "more than 32,000" || evs[0].Payload.New.Readings[0].Value != 32414 {
			t.Fatalf("change event: %+v", evs)
		}
		if o := step(article("https://e.example/1", "E", t0.Add(3*time.Hour), "five"), "30,500"); o != Conflict {
			t.Errorf("other outlet lower: %s", o)
		}
		if o := step(article("https://b.example/2", "B", t0.Add(4*time.Hour), "six"), "32,000"); o != Decrease {
			t.Errorf("same outlet lower: %s", o)
		}
		if o := step(article("https://f.example/1", "F", t0.Add(-24*time.Hour), "seven"), "31,900"); o != Stale {
			t.Errorf("old article: %s", o)
		}
		evs = pending(t, s)
		if len(evs) != 2 || evs[0].Kind != model.EventConflict || evs[1].Kind != model.EventDecrease {
			t.Errorf("conflict and decrease events: %+v", evs)
		}
		hist, err := s.History(ctx, "toll")
		if err != nil || len(hist) != 7 || hist[0].Outcome != "stale" || hist[0].URL != "https://f.example/1" {
			t.Errorf("history: %d %v", len(hist), err)
		}
	})
}

func TestStoreReplayDoesNotDouble(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() Store) {
		s := open()
		ctx := context.Background()
		judge := func(string) (Policy, MetricInfo) { return Policy{AnnounceFirst: true}, MetricInfo{} }
		a := article("https://a.example/1", "A", t0, "one")
		for i := 0; i < 3; i++ {
			if _, err := s.Process(ctx, a, []model.Observation{obs("m", "700", t)}, judge); err != nil {
				t.Fatal(err)
			}
		}
		if n, _ := s.PendingCount(ctx); n != 1 {
			t.Errorf("the same article processed three times queued %d events", n)
		}
	})
}

func TestStoreSeenAndValidators(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() Store) {
		s := open()
		ctx := context.Background()
		a := article("https://a.example/1", "A", t0, "the text of the story")
		if _, err := s.Process(ctx, a, nil, judgeTotal); err != nil {
			t.Fatal(err)
		}
		if h, _ := s.HashAt(ctx, a.CanonicalURL); h != a.TextHash {
			t.Errorf("HashAt: %q", h)
		}
		if u, _ := s.URLWithHash(ctx, a.TextHash); u != a.CanonicalURL {
			t.Errorf("URLWithHash: %q", u)
		}
		v := scrape.Validators{ETag: `"x"`, LastModified: "Mon, 25 Mar 2024 09:00:00 GMT"}
		if err := s.SaveValidators(ctx, "https://a.example/feed", v); err != nil {
			t.Fatal(err)
		}
		if got, _ := s.Validators(ctx, "https://a.example/feed"); got != v {
			t.Errorf("validators: %+v", got)
		}
		long := newstext.Generate(2000)
		b := article("https://b.example/2", "B", t0, long)
		if _, err := s.Process(ctx, b, nil, judgeTotal); err != nil {
			t.Fatal(err)
		}
		// A wire story re-spun: a few words changed here and there.
		respun := strings.Replace(strings.Replace(strings.Replace(long, " said ", " told reporters ", 1), "Officials", "Authorities", 1), " the ", " a ", 2)
		if id, _ := s.NearCopy(ctx, Fingerprint(respun), "https://c.example/3", t0.Add(-time.Hour)); id == 0 {
			t.Errorf("a re-spun copy should be found as a near duplicate (similarity %.2f)", Similarity(Fingerprint(respun), Fingerprint(long)))
		}
		other := strings.Repeat("Rain fell across the valley on Thursday as farmers brought in the last of the harvest before the frost. ", 20)
		if id, _ := s.NearCopy(ctx, Fingerprint(other), "https://c.example/4", t0.Add(-time.Hour)); id != 0 {
			t.Error("a different story is not a copy")
		}
	})
}

// TestNearCopyIndex checks the band index among many different stories: a
// re-spun copy finds its original, a different story finds nothing, a copy
// is never taken for an original, and a corrected text is indexed anew.
func TestNearCopyIndex(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() Store) {
		s := open()
		ctx := context.Background()
		since := t0.Add(-time.Hour)
		for i := range 200 {
			a := article(fmt.Sprintf("https://many.example/%d", i), "Many", t0, newstext.Story(2500, uint64(i)))
			if _, err := s.Process(ctx, a, nil, judgeTotal); err != nil {
				t.Fatal(err)
			}
		}
		orig := newstext.Story(3000, 1000)
		a := article("https://wire.example/orig", "Wire", t0, orig)
		if _, err := s.Process(ctx, a, nil, judgeTotal); err != nil {
			t.Fatal(err)
		}
		var origID int64
		if id, err := s.NearCopy(ctx, a.Fingerprint, "https://elsewhere.example/x", since); err != nil || id == 0 {
			t.Fatalf("the original itself: id %d, err %v", id, err)
		} else {
			origID = id
		}
		respun := strings.Replace(strings.Replace(orig, " said ", " told reporters ", 2), " the ", " a ", 3)
		if id, _ := s.NearCopy(ctx, Fingerprint(respun), "https://paper.example/copy", since); id != origID {
			t.Errorf("re-spun copy: got article %d, want %d (similarity %.2f)", id, origID, Similarity(Fingerprint(respun), a.Fingerprint))
		}
		if id, _ := s.NearCopy(ctx, Fingerprint(newstext.Story(3000, 5000)), "https://paper.example/other", since); id != 0 {
			t.Errorf("a different story was taken for a copy of %d", id)
		}
		if id, _ := s.NearCopy(ctx, a.Fingerprint, "https://paper.example/copy", t0.Add(time.Hour)); id != 0 {
			t.Error("an original older than the window still counted")
		}
		// A stored copy is not returned: the original is.
		c := article("https://paper.example/copy", "Paper", t0.Add(time.Minute), respun)
		c.CopyOf = origID
		if _, err := s.Process(ctx, c, nil, judgeTotal); err != nil {
			t.Fatal(err)
		}
		if id, _ := s.NearCopy(ctx, c.Fingerprint, "https://wire.example/orig", since); id != 0 {
			t.Errorf("found copy %d, but a copy is not an original and the original is this URL", id)
		}
		// A correction with a wholly new text: the old bands are gone.
		fixed := article("https://wire.example/orig", "Wire", t0, newstext.Story(3000, 7000))
		if _, err := s.Process(ctx, fixed, nil, judgeTotal); err != nil {
			t.Fatal(err)
		}
		if id, _ := s.NearCopy(ctx, a.Fingerprint, "https://elsewhere.example/y", since); id == origID {
			t.Error("the corrected article is still found by its old text")
		}
		if id, _ := s.NearCopy(ctx, fixed.Fingerprint, "https://elsewhere.example/y", since); id != origID {
			t.Errorf("the corrected article is not found by its new text: %d", id)
		}
	})
}

// TestBandsBackfilled opens a store made before the band index (schema
// version 2) and checks that its articles are found: indexed by the
// migration (PostgreSQL) or read into memory (SQLite).
func TestBandsBackfilled(t *testing.T) {
	ctx := context.Background()
	text := newstext.Story(3000, 42)
	fp := Fingerprint(text)
	at := func(t *testing.T, driver, dsn, dir string, gd goose.Dialect) {
		db, err := sql.Open(driver, dsn)
		if err != nil {
			t.Fatal(err)
		}
		sub, _ := fs.Sub(migrations, "migrations/"+dir)
		p, err := goose.NewProvider(gd, db, sub)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := p.UpTo(ctx, 2); err != nil {
			t.Fatal(err)
		}
		q := `INSERT INTO articles (source, outlet, url, canonical_url, published_ms, fetched_ms, text_hash, fingerprint) VALUES ('s', 'o', 'u', 'https://old.example/1', 1, ` + strconv.FormatInt(ms(t0), 10) + `, 'h', '` + fp + `')`
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
		db.Close()
	}
	check := func(t *testing.T, s Store) {
		if id, err := s.NearCopy(ctx, fp, "https://new.example/2", t0.Add(-time.Hour)); err != nil || id == 0 {
			t.Errorf("an article stored before the index is not found: %d, %v", id, err)
		}
	}
	t.Run("sqlite", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "old.db")
		at(t, "sqlite", "file:"+path, "sqlite", goose.DialectSQLite3)
		s, err := Open(ctx, path, "")
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		check(t, s)
	})
	t.Run("postgres", func(t *testing.T) {
		dsn := pgtest.Schema(t)
		at(t, "pgx", dsn, "postgres", goose.DialectPostgres)
		s, err := Open(ctx, dsn, "")
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		check(t, s)
	})
}

func TestStoreSourceHealth(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() Store) {
		s := open()
		ctx := context.Background()
		b := health.Backoff{Base: time.Minute, Max: time.Hour, ReportAfter: 3}
		now := t0
		for i := 1; i <= 5; i++ {
			st, err := s.RecordFetch(ctx, "wire", errors.New("fetch https://wire.example/rss: 503"), 0, now, b)
			if err != nil {
				t.Fatal(err)
			}
			if st.Failures != i || st.NextAttempt.Before(now.Add(time.Minute)) {
				t.Errorf("failure %d: %+v", i, st)
			}
			now = now.Add(time.Hour)
		}
		evs := pending(t, s)
		if len(evs) != 1 || evs[0].Kind != model.EventSourceFailing || evs[0].Payload.Source != "wire" || !strings.Contains(evs[0].Payload.Error, "503") {
			t.Fatalf("one failing warning: %+v", evs)
		}
		st, err := s.RecordFetch(ctx, "wire", nil, 4, now, b)
		if err != nil || st.Failures != 0 || st.Failing || st.Articles != 4 {
			t.Errorf("recovery: %+v %v", st, err)
		}
		if evs := pending(t, s); len(evs) != 1 || evs[0].Kind != model.EventSourceRecovered {
			t.Errorf("one recovery message: %+v", evs)
		}
	})
}

func TestStoreLeasesAndClaims(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() Store) {
		s := open()
		ctx := context.Background()
		ok1, _ := s.TryLease(ctx, "wire", "a", t0.Add(time.Minute), t0)
		ok2, _ := s.TryLease(ctx, "wire", "b", t0.Add(time.Minute), t0.Add(time.Second))
		ok3, _ := s.TryLease(ctx, "wire", "b", t0.Add(3*time.Minute), t0.Add(2*time.Minute))
		if !ok1 || ok2 || !ok3 {
			t.Errorf("leases: %v %v %v", ok1, ok2, ok3)
		}
		judge := func(string) (Policy, MetricInfo) { return Policy{AnnounceFirst: true}, MetricInfo{} }
		for i := 0; i < 20; i++ {
			a := article(fmt.Sprintf("https://a.example/%d", i), "A", t0, fmt.Sprint(i))
			if _, err := s.Process(ctx, a, []model.Observation{obs(fmt.Sprintf("m%d", i), "700", t)}, judge); err != nil {
				t.Fatal(err)
			}
		}
		var mu sync.Mutex
		seen := map[int64]string{}
		var wg sync.WaitGroup
		for _, owner := range []string{"x", "y", "z"} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				evs, err := s.ClaimEvents(ctx, owner, time.Now().Add(time.Minute), time.Now(), 100)
				if err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				defer mu.Unlock()
				for _, e := range evs {
					if prev, dup := seen[e.ID]; dup {
						t.Errorf("event %d claimed by %s and %s", e.ID, prev, owner)
					}
					seen[e.ID] = owner
				}
			}()
		}
		wg.Wait()
		if len(seen) != 20 {
			t.Errorf("claimed %d of 20 events", len(seen))
		}
	})
}

func TestOutboxDeliveryRecords(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() Store) {
		s := open()
		ctx := context.Background()
		judge := func(string) (Policy, MetricInfo) { return Policy{AnnounceFirst: true}, MetricInfo{} }
		for i, fig := range []string{"700", "800"} {
			a := article(fmt.Sprintf("https://a.example/%d", i), "A", t0.Add(time.Duration(i)*time.Hour), fig)
			if _, err := s.Process(ctx, a, []model.Observation{obs("toll", fig, t)}, judge); err != nil {
				t.Fatal(err)
			}
		}
		if ok, _ := s.HoldLease(ctx, "outbox", "a", t0.Add(time.Minute), t0); !ok {
			t.Fatal("free lease not taken")
		}
		if ok, _ := s.HoldLease(ctx, "outbox", "b", t0.Add(2*time.Minute), t0.Add(30*time.Second)); ok {
			t.Error("lease held by a given to b")
		}
		if ok, _ := s.HoldLease(ctx, "outbox", "a", t0.Add(2*time.Minute), t0.Add(30*time.Second)); !ok {
			t.Error("holder could not renew")
		}
		if ok, _ := s.HoldLease(ctx, "outbox", "b", t0.Add(4*time.Minute), t0.Add(3*time.Minute)); !ok {
			t.Error("expired lease not taken over")
		}

		// A drain that ends hands the lease and its claims back: the next
		// process need not wait for them to expire.
		if err := s.ReleaseOutbox(ctx, "outbox", "b"); err != nil {
			t.Fatal(err)
		}
		if ok, _ := s.HoldLease(ctx, "outbox", "c", t0.Add(5*time.Minute), t0.Add(3*time.Minute+time.Second)); !ok {
			t.Error("a released lease was not free")
		}
		if evs, _ := s.ClaimEvents(ctx, "b", time.Now().Add(time.Minute), time.Now(), 10); len(evs) != 2 {
			t.Fatalf("b claims: %d", len(evs))
		}
		if evs, _ := s.ClaimEvents(ctx, "c", time.Now().Add(time.Minute), time.Now(), 10); len(evs) != 0 {
			t.Fatalf("events claimed by b were given to c: %d", len(evs))
		}
		s.ReleaseOutbox(ctx, "outbox", "b")

		evs, err := s.ClaimEvents(ctx, "a", time.Now().Add(time.Minute), time.Now(), 10)
		if err != nil || len(evs) != 2 {
			t.Fatalf("claim: %v %v", evs, err)
		}
		if _, ts, _ := s.Thread(ctx, "toll", "#figures"); ts != "" {
			t.Errorf("thread before any delivery: %q", ts)
		}
		// A crash after BeginAttempt leaves the mark the notifier reads.
		began := time.Now().Truncate(time.Millisecond)
		if err := s.BeginAttempt(ctx, evs[0].ID, began); err != nil {
			t.Fatal(err)
		}
		if err := s.BeginAttempt(ctx, evs[0].ID, began.Add(time.Minute)); err != nil {
			t.Fatal(err)
		}
		again, _ := s.ClaimEvents(ctx, "a", time.Now().Add(time.Minute), time.Now(), 10)
		if again[0].Attempts != 2 || !again[0].FirstAttempt.Equal(began) {
			t.Errorf("after two attempts: attempts %d, first %v (want 2, %v)", again[0].Attempts, again[0].FirstAttempt, began)
		}
		if err := s.MarkDelivered(ctx, evs[0].ID, model.Delivery{Channel: "#figures", ChannelID: "C1", MessageTS: "100.1"}, time.Now()); err != nil {
			t.Fatal(err)
		}
		if err := s.MarkDelivered(ctx, evs[1].ID, model.Delivery{Channel: "#figures", ChannelID: "C1", MessageTS: "100.2", ThreadTS: "100.1"}, time.Now()); err != nil {
			t.Fatal(err)
		}
		if id, ts, err := s.Thread(ctx, "toll", "#figures"); id != "C1" || ts != "100.1" || err != nil {
			t.Errorf("thread: %q %q %v; want C1 100.1", id, ts, err)
		}
		if id, ts, _ := s.Thread(ctx, "toll", "#other"); id != "" || ts != "" {
			t.Errorf("thread in another channel: %q %q", id, ts)
		}
		if id, ts, _ := s.Thread(ctx, "", "#figures"); id != "C1" || ts != "" {
			t.Errorf("channel id alone: %q %q", id, ts)
		}
		all, err := s.Events(ctx, 10)
		if err != nil || len(all) != 2 || all[0].ID != evs[1].ID || all[0].Delivered == nil || all[0].ThreadTS != "100.1" {
			t.Errorf("events, newest first: %+v %v", all, err)
		}
	})
}

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
		if _, err := s.Process(ctx, a, nil, judgeTotal); err != nil {
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

// TestPostgresLookupsStayIndexed: the lookups made for every article keep
// to their indexes on a store that has grown faster than PostgreSQL's
// statistics (none here: the rows arrive in one statement, before any
// ANALYZE). Planned naively, the exact-copy lookup walked the whole table
// and the near-copy lookup hashed the whole copy window, on every article.
func TestPostgresLookupsStayIndexed(t *testing.T) {
	ctx := context.Background()
	st, err := Open(ctx, pgtest.Schema(t), "")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	s := st.(*sqlStore)
	fp := strings.Repeat("0123abcd", 64)
	if _, err := s.db.ExecContext(ctx, `INSERT INTO articles (source, outlet, url, canonical_url, published_ms, fetched_ms, text_hash, fingerprint)
		SELECT 's', 'o', 'u' || g, 'u' || g, g, g, md5(g::text), $1 FROM generate_series(1, 50000) g`, fp); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.ExecContext(ctx, `INSERT INTO article_bands (band_key, article_id) SELECT decode(md5(id::text), 'hex'), id FROM articles`); err != nil {
		t.Fatal(err)
	}
	keys := Bands(fp)
	args := []any{}
	for _, k := range keys {
		args = append(args, k)
	}
	for _, c := range []struct {
		name, query string
		args        []any
		bad         []string
	}{
		{"exact copy", sqlURLWithHash, []any{"nope"}, []string{"Index Scan using articles_pkey", "Seq Scan on articles"}},
		{"near copy", sqlNearCopies, append(args, int64(0), "x"), []string{"Hash Join", "Seq Scan on articles", "Seq Scan on article_bands"}},
	} {
		rows, err := s.db.QueryContext(ctx, "EXPLAIN "+s.q(c.query), c.args...)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		var plan strings.Builder
		for rows.Next() {
			var line string
			rows.Scan(&line)
			plan.WriteString(line + "\n")
		}
		rows.Close()
		for _, b := range c.bad {
			if strings.Contains(plan.String(), b) {
				t.Errorf("%s: the plan has %q:\n%s", c.name, b, plan.String())
			}
		}
	}
}

// TestStoreBatchMatchesOneByOne stores one metric's story (a baseline, a
// change, corroboration, a copy, a conflict, a decrease, a stale report)
// once an article at a time and once in a single batch: the outcomes,
// the accepted value, its agreeing outlets and the events must be the
// same, although the batch reads the metric's state once and keeps it.
func TestStoreBatchMatchesOneByOne(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() Store) {
		ctx := context.Background()
		type step struct {
			url, outlet string
			at          time.Duration
			figure      string
			copyOf      int64
		}
		steps := []step{
			{"https://a.example/1", "A", 0, "more than 32,000", 0},
			{"https://b.example/1", "B", time.Hour, "32,414", 0},
			{"https://c.example/1", "C", 2 * time.Hour, "more than 32,000", 0},
			{"https://d.example/1", "D", 2 * time.Hour, "32,414", 1},
			{"https://g.example/1", "G", 2 * time.Hour, "about 32,400", 0},
			{"https://e.example/1", "E", 3 * time.Hour, "30,500", 0},
			{"https://b.example/2", "B", 4 * time.Hour, "32,000", 0},
			{"https://h.example/1", "H", 5 * time.Hour, "33,091", 0},
			{"https://i.example/1", "I", 5 * time.Hour, "more than 33,000", 0},
			{"https://j.example/1", "J", 6 * time.Hour, "about 33,000", 0},
			{"https://k.example/1", "K", 6 * time.Hour, "33,091", 0},
			{"https://f.example/1", "F", -24 * time.Hour, "31,900", 0},
		}
		// Each run has a metric and addresses of its own: both use the
		// same database. Article ids follow one another, so a copy names
		// its original by offset.
		s := open()
		items := func(metric string, firstID int64) []Item {
			out := make([]Item, len(steps))
			for i, st := range steps {
				a := article(st.url+"/"+metric, st.outlet, t0.Add(st.at), fmt.Sprintf("%s story %d", metric, i))
				if st.copyOf != 0 {
					a.CopyOf = firstID + st.copyOf - 1
				}
				out[i] = Item{Article: a, Observations: []model.Observation{obs(metric, st.figure, t)}}
			}
			return out
		}
		type result struct {
			outcomes []Outcome
			current  float64
			agree    string
			events   []string
		}
		run := func(metric string, batches [][]Item) result {
			var r result
			for _, b := range batches {
				outs, err := s.ProcessBatch(ctx, b, judgeTotal)
				if err != nil {
					t.Fatal(err)
				}
				for _, o := range outs {
					r.outcomes = append(r.outcomes, o...)
				}
			}
			cur, agree, err := s.Current(ctx, metric)
			if err != nil || cur == nil {
				t.Fatalf("current: %v %v", cur, err)
			}
			r.current, r.agree = cur.Readings[0].Value, strings.Join(agree, ",")
			for _, e := range pending(t, s) {
				old := "-"
				if e.Payload.Old != nil {
					old = e.Payload.Old.Readings[0].Text
				}
				r.events = append(r.events, fmt.Sprintf("%s old=%s new=%s agreeing=%d", e.Kind, old, e.Payload.New.Readings[0].Text, e.Payload.Agreeing))
			}
			return r
		}
		var single [][]Item
		for _, it := range items("toll", 1) {
			single = append(single, []Item{it})
		}
		one := run("toll", single)
		batched := run("toll2", [][]Item{items("toll2", int64(len(steps))+1)})
		if fmt.Sprint(one) != fmt.Sprint(batched) {
			t.Errorf("one at a time:\n%+v\nin one batch:\n%+v", one, batched)
		}
		if len(one.events) < 3 || one.agree != "H,I,J,K" {
			t.Errorf("the story should make events and end agreed by four outlets: %+v", one)
		}
	})
}
