package store

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/newstext"
	"github.com/claimtrack/claimtrack/model"
)

// withText is an article of the tests with its text stored beside it.
func withText(url, outlet string, at time.Time, text string) model.Article {
	a := article(url, outlet, at, text)
	a.Text = text
	return a
}

// readTexts reads the texts q selects, by canonical URL.
func readTexts(t *testing.T, s Store, q TextQuery) map[string]string {
	t.Helper()
	got := map[string]string{}
	err := s.ArticleTexts(context.Background(), q, func(a ArticleText) error {
		if _, dup := got[a.CanonicalURL]; dup {
			t.Errorf("%s read twice", a.CanonicalURL)
		}
		got[a.CanonicalURL] = a.Text
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func withoutText(t *testing.T, s Store, q TextQuery) int {
	t.Helper()
	n, err := s.ArticlesWithoutText(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestArticleTexts stores articles with their texts and reads them back:
// by time and source, a correction's text in place of the first, an exact
// copy counted as read through its original, an article stored without
// text counted as such.
func TestArticleTexts(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() Store) {
		s := open()
		later := t0.Add(48 * time.Hour)
		first, second := newstext.Story(1500, 1), newstext.Story(1500, 2)
		mustPut(t, s, withText("https://a.example/1", "A", t0, first))
		mustPut(t, s, withText("https://b.example/2", "B", later, second))
		// An exact copy stores no text of its own.
		mustPut(t, s, article("https://c.example/copy", "C", later, second))
		// An article stored without its text (as before texts were kept).
		mustPut(t, s, article("https://c.example/bare", "C", later, newstext.Story(1500, 3)))

		got := readTexts(t, s, TextQuery{})
		if len(got) != 2 || got["https://a.example/1"] != first || got["https://b.example/2"] != second {
			t.Errorf("all texts: %d read, want the two stored", len(got))
		}
		if got := readTexts(t, s, TextQuery{Since: t0.Add(time.Hour)}); len(got) != 1 || got["https://b.example/2"] == "" {
			t.Errorf("texts since: %v", keys(got))
		}
		if got := readTexts(t, s, TextQuery{Source: "A"}); len(got) != 1 || got["https://a.example/1"] == "" {
			t.Errorf("texts of source A: %v", keys(got))
		}
		if n := withoutText(t, s, TextQuery{}); n != 1 {
			t.Errorf("%d articles without text, want 1 (the bare one; the copy is read as its original)", n)
		}
		if n := withoutText(t, s, TextQuery{Source: "A"}); n != 0 {
			t.Errorf("%d articles of A without text, want 0", n)
		}

		// A correction replaces the text; stored without one, it drops it.
		fixed := newstext.Story(1500, 4)
		mustPut(t, s, withText("https://a.example/1", "A", later, fixed))
		if got := readTexts(t, s, TextQuery{Source: "A"}); got["https://a.example/1"] != fixed {
			t.Error("a correction did not replace the stored text")
		}
		mustPut(t, s, article("https://a.example/1", "A", later, newstext.Story(1500, 5)))
		if got := readTexts(t, s, TextQuery{Source: "A"}); len(got) != 0 {
			t.Error("an article stored again without text kept its old one")
		}
	})
}

// TestArticleTextsPages reads more texts than one page holds, each once.
func TestArticleTextsPages(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() Store) {
		s := open()
		ctx := context.Background()
		n := textPage*2 + 7
		err := s.Update(ctx, func(tx *Tx) error {
			for i := range n {
				text := fmt.Sprintf("Article %d said little of note.", i)
				if _, _, err := tx.PutArticle(ctx, withText(fmt.Sprintf("https://a.example/%d", i), "A", t0, text)); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if got := readTexts(t, s, TextQuery{}); len(got) != n {
			t.Errorf("%d texts read, want %d", len(got), n)
		}
	})
}

// TestPruneTexts: texts go after their own cutoff, articles with figures
// stay without them, and an article deleted takes its text along.
func TestPruneTexts(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() Store) {
		s := open()
		ctx := context.Background()
		old, recent := t0, t0.Add(30*24*time.Hour)
		story := func(i int) string { return newstext.Story(1500, uint64(50+i)) }
		figure := withText("https://a.example/figure", "A", old, story(1))
		if err := queueEvent(ctx, s, figure, "toll", 700); err != nil {
			t.Fatal(err)
		}
		mustPut(t, s, withText("https://b.example/plain", "B", old, story(2)))
		mustPut(t, s, withText("https://e.example/fresh", "E", recent, story(3)))

		// Texts alone: the article with a figure keeps its row.
		p, err := s.Prune(ctx, Retention{TextsBefore: t0.Add(24 * time.Hour)})
		if err != nil || p != (Pruned{Texts: 2}) {
			t.Errorf("pruning texts: %+v, %v", p, err)
		}
		if got := readTexts(t, s, TextQuery{}); len(got) != 1 || got["https://e.example/fresh"] == "" {
			t.Errorf("texts left: %v", keys(got))
		}
		if h, _ := s.HashAt(ctx, figure.CanonicalURL); h == "" {
			t.Error("pruning texts deleted an article")
		}
		if n := withoutText(t, s, TextQuery{}); n != 2 {
			t.Errorf("%d articles without text after pruning, want 2", n)
		}

		// An article deleted takes its text along.
		mustPut(t, s, withText("https://b.example/plain", "B", old, story(2)))
		p, err = s.Prune(ctx, Retention{ArticlesBefore: t0.Add(24 * time.Hour)})
		if err != nil || p.Articles != 1 || p.Texts != 0 {
			t.Errorf("pruning articles: %+v, %v", p, err)
		}
		if got := readTexts(t, s, TextQuery{Source: "B"}); len(got) != 0 {
			t.Errorf("a deleted article's text is left: %v", keys(got))
		}
		var orphans int
		db := s.(*sqlStore)
		if err := db.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM article_texts t WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = t.article_id)`).Scan(&orphans); err != nil || orphans != 0 {
			t.Errorf("%d texts without their article (%v)", orphans, err)
		}
	})
}

// TestTextsAfterUpgrade opens a store made before texts were kept: its
// articles are counted as without text, and new ones keep theirs.
func TestTextsAfterUpgrade(t *testing.T) {
	ctx := context.Background()
	seed := func(t *testing.T, db *sql.DB) {
		q := `INSERT INTO articles (source, outlet, url, canonical_url, published_ms, fetched_ms, text_hash) VALUES ('s', 'o', 'u', 'https://old.example/1', 1, ` + strconv.FormatInt(ms(t0), 10) + `, 'h')`
		execAll(t, db, q)
	}
	eachOldStore(t, 7, 7, seed, func(t *testing.T, s Store) {
		if n := withoutText(t, s, TextQuery{}); n != 1 {
			t.Errorf("%d articles without text, want the one stored before", n)
		}
		text := newstext.Story(1500, 9)
		if _, err := putArticle(ctx, s, withText("https://new.example/1", "N", t0, text)); err != nil {
			t.Fatal(err)
		}
		if got := readTexts(t, s, TextQuery{}); len(got) != 1 || got["https://new.example/1"] != text {
			t.Errorf("texts after the upgrade: %v", keys(got))
		}
	})
}

func keys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
