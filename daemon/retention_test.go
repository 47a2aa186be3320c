package daemon

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/config"
	"github.com/claimtrack/claimtrack/internal/newstext"
	"github.com/claimtrack/claimtrack/internal/pgtest"
	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/store"
	"github.com/claimtrack/claimtrack/tracker"
)

// TestPruneFollowsConfig stores an article read 40 days ago and one read
// yesterday, and prunes as the configuration says: disabled keeps both,
// text_days of 7 drops the old one's text alone, the defaults (30 days)
// delete the old one.
func TestPruneFollowsConfig(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			dsn := filepath.Join(t.TempDir(), "s.db")
			if dialect == "postgres" {
				dsn = pgtest.Schema(t)
			}
			ctx := context.Background()
			s, err := store.Open(ctx, dsn, "")
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			now := time.Now()
			judge := func(string) (tracker.Policy, tracker.MetricInfo) { return tracker.Policy{}, tracker.MetricInfo{} }
			urls := map[string]time.Time{"https://a.example/old": now.Add(-40 * 24 * time.Hour), "https://a.example/new": now.Add(-24 * time.Hour)}
			seed := uint64(0)
			for u, at := range urls {
				seed++
				text := newstext.Story(2000, seed)
				a := model.Article{Source: "a", Outlet: "A", URL: u, CanonicalURL: u, Title: "t", Published: at, Fetched: at, TextHash: scrape.HashText(text), Fingerprint: store.Fingerprint(text), Text: text}
				if _, err := tracker.Process(ctx, s, a, nil, judge); err != nil {
					t.Fatal(err)
				}
			}
			d := New(Options{Store: s, Log: testLog(t)})
			kept := func() (n int) {
				for u := range urls {
					if h, _ := s.HashAt(ctx, u); h != "" {
						n++
					}
				}
				return n
			}
			d.prune(ctx, config.Retention{Disabled: true}, now)
			if n := kept(); n != 2 {
				t.Fatalf("retention disabled: %d of 2 articles kept", n)
			}
			d.prune(ctx, config.Retention{ArticleDays: 60, TextDays: 7}, now)
			var texts []string
			if err := s.ArticleTexts(ctx, store.TextQuery{}, func(a store.ArticleText) error {
				texts = append(texts, a.CanonicalURL)
				return nil
			}); err != nil {
				t.Fatal(err)
			}
			if kept() != 2 || len(texts) != 1 || texts[0] != "https://a.example/new" {
				t.Fatalf("text_days 7: %d of 2 articles kept, texts of %v; want both, the new one's text alone", kept(), texts)
			}
			d.prune(ctx, config.Retention{}, now)
			if h, _ := s.HashAt(ctx, "https://a.example/old"); h != "" || kept() != 1 {
				t.Errorf("after the default retention: the 40-day-old article kept %v, %d kept", h != "", kept())
			}
		})
	}
}
