package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/newstext"
	"github.com/claimtrack/claimtrack/internal/pgtest"
	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/scrape"
)

func TestStoreSeenAndValidators(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() Store) {
		s := open()
		ctx := context.Background()
		a := article("https://a.example/1", "A", t0, "the text of the story")
		if _, err := putArticle(ctx, s, a); err != nil {
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
		if _, err := putArticle(ctx, s, b); err != nil {
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
			if _, err := putArticle(ctx, s, a); err != nil {
				t.Fatal(err)
			}
		}
		orig := newstext.Story(3000, 1000)
		a := article("https://wire.example/orig", "Wire", t0, orig)
		if _, err := putArticle(ctx, s, a); err != nil {
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
		if _, err := putArticle(ctx, s, c); err != nil {
			t.Fatal(err)
		}
		if id, _ := s.NearCopy(ctx, c.Fingerprint, "https://wire.example/orig", since); id != 0 {
			t.Errorf("found copy %d, but a copy is not an original and the original is this URL", id)
		}
		// A correction with a wholly new text: the old bands are gone.
		fixed := article("https://wire.example/orig", "Wire", t0, newstext.Story(3000, 7000))
		if _, err := putArticle(ctx, s, fixed); err != nil {
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
	seed := func(t *testing.T, db *sql.DB) {
		q := `INSERT INTO articles (source, outlet, url, canonical_url, published_ms, fetched_ms, text_hash, fingerprint) VALUES ('s', 'o', 'u', 'https://old.example/1', 1, ` + strconv.FormatInt(ms(t0), 10) + `, 'h', '` + fp + `')`
		execAll(t, db, q)
	}
	eachOldStore(t, 2, 2, seed, func(t *testing.T, s Store) {
		if id, err := s.NearCopy(ctx, fp, "https://new.example/2", t0.Add(-time.Hour)); err != nil || id == 0 {
			t.Errorf("an article stored before the index is not found: %d, %v", id, err)
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

// TestArticleBelongsToItsFirstSource stores an outlet's article, then a
// page of another source naming the same canonical URL with other text:
// the second is refused with both sources named, and the outlet's row
// keeps its address, title and text.
func TestArticleBelongsToItsFirstSource(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() Store) {
		s := open()
		ctx := context.Background()
		real := article("https://outlet.example/news/1", "outlet", t0, newstext.Story(1500, 11))
		real.Title = "Ministry gives new toll"
		if _, err := putArticle(ctx, s, real); err != nil {
			t.Fatal(err)
		}
		rogue := article(real.CanonicalURL, "rogue", t0.Add(time.Hour), newstext.Story(1500, 12))
		rogue.URL, rogue.Title = "https://rogue.example/copy/1", "Toll passes 175,000"
		_, _, err := putArticleErr(ctx, s, rogue)
		var owned *OwnedError
		if !errors.As(err, &owned) || owned.Owner != "outlet" || owned.Source != "rogue" || owned.CanonicalURL != real.CanonicalURL {
			t.Fatalf("storing another source's article: %v, want an *OwnedError naming outlet and rogue", err)
		}
		// The refusal leaves the transaction usable: what else it wrote
		// is committed.
		if err := s.Update(ctx, func(tx *Tx) error {
			if _, _, err := tx.PutArticle(ctx, rogue); err == nil {
				return fmt.Errorf("stored")
			}
			_, _, err := tx.PutArticle(ctx, article("https://rogue.example/own/2", "rogue", t0, newstext.Story(1500, 13)))
			return err
		}); err != nil {
			t.Fatalf("a transaction after a refusal: %v", err)
		}
		var url, title, hash string
		db := s.(*sqlStore)
		if err := db.qrow(ctx, nil, `SELECT url, title, text_hash FROM articles WHERE canonical_url = ?`, real.CanonicalURL).Scan(&url, &title, &hash); err != nil {
			t.Fatal(err)
		}
		if url != real.URL || title != real.Title || hash != real.TextHash {
			t.Errorf("the outlet's article became url %q title %q hash %q", url, title, hash)
		}
		if n, _ := s.CountArticles(ctx); n != 2 {
			t.Errorf("%d articles, want the outlet's and the rogue's own", n)
		}
		// The owner's own correction is still an update.
		fixed := real
		fixed.TextHash, fixed.Title = scrape.HashText("corrected"), "Ministry corrects toll"
		if _, err := putArticle(ctx, s, fixed); err != nil {
			t.Fatal(err)
		}
		if h, _ := s.HashAt(ctx, real.CanonicalURL); h != fixed.TextHash {
			t.Errorf("the owner's correction was not stored: hash %q", h)
		}
		// Another source of the same outlet (its world feed beside its
		// region feed) reads the same article: it is the outlet's, and a
		// correction read there is stored too.
		sibling := fixed
		sibling.Source, sibling.TextHash = "outlet-mideast", scrape.HashText("corrected again")
		if _, err := putArticle(ctx, s, sibling); err != nil {
			t.Errorf("a source of the same outlet: %v", err)
		}
		if h, _ := s.HashAt(ctx, real.CanonicalURL); h != sibling.TextHash {
			t.Errorf("a correction read by a source of the same outlet was not stored: hash %q", h)
		}
	})
}

// putArticleErr stores an article in a transaction of its own and returns
// what PutArticle said, the transaction committed either way.
func putArticleErr(ctx context.Context, s Store, a model.Article) (int64, bool, error) {
	var id int64
	var isCopy bool
	var putErr error
	err := s.Update(ctx, func(tx *Tx) error {
		id, isCopy, putErr = tx.PutArticle(ctx, a)
		return nil
	})
	if err != nil {
		return 0, false, err
	}
	return id, isCopy, putErr
}

// HostOutlet is the outlet of the earliest article stored at a host and
// port, at either scheme, with or without www., not counting one stored
// under its source's own name (a feed's articles before desk55a); another
// host or port, a longer host ending the same, is not it.
func TestHostOutlet(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() Store) {
		ctx := context.Background()
		s := open()
		put := func(url, source, outlet string, n int) {
			a := article(url, outlet, t0.Add(time.Duration(n)*time.Hour), newstext.Story(1500, uint64(40+n)))
			a.Source = source
			if _, err := putArticle(ctx, s, a); err != nil {
				t.Fatal(err)
			}
		}
		put("https://maple.example/old", "wirefeed", "wirefeed", 0)
		put("https://www.maple.example/1", "wirefeed", "Maple Wire Service", 1)
		put("http://maple.example:8080/2", "wirefeed", "Maplewire Daily", 2)
		put("https://notmaple.example/1", "other", "Not Maple", 3)
		for host, want := range map[string]string{"maple.example": "Maple Wire Service", "maple.example:8080": "Maplewire Daily", "example": "", "le.example": ""} {
			if got, err := s.HostOutlet(ctx, host); err != nil || got != want {
				t.Errorf("HostOutlet(%q) = %q, %v; want %q", host, got, err, want)
			}
		}
	})
}
