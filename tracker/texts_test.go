package tracker

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/store"
)

// TestPassStoresTheTextTheRulesRead: a pass stores each article's main
// text with it, as the rules read it (the page's markup gone), and none
// for an exact copy, whose words are its original's.
func TestPassStoresTheTextTheRulesRead(t *testing.T) {
	story, err := os.ReadFile("testdata/pass-story.txt")
	if err != nil {
		t.Fatal(err)
	}
	srv := storySite(t, "", []string{"/a/story", "/b/same-text"},
		map[string]string{"/a/story": string(story), "/b/same-text": string(story)})
	ctx := context.Background()
	s, p := testPass(t)
	if res := p.Run(ctx, scrape.Source{Name: "wire", Feed: srv.URL + "/feed.xml", Outlet: "Wire"}); res.Err != nil || res.New != 1 {
		t.Fatalf("pass: %+v", res)
	}
	var texts []store.ArticleText
	if err := s.ArticleTexts(ctx, store.TextQuery{}, func(a store.ArticleText) error {
		texts = append(texts, a)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(texts) != 1 || texts[0].CanonicalURL != srv.URL+"/a/story" || texts[0].Source != "wire" {
		t.Fatalf("texts stored: %+v", texts)
	}
	first, _, _ := strings.Cut(string(story), "\n")
	if text := texts[0].Text; !strings.Contains(text, first) || strings.Contains(text, "<p>") {
		t.Errorf("the stored text is not the article's main text:\n%.300s", text)
	}
	if n, err := s.ArticlesWithoutText(ctx, store.TextQuery{}); err != nil || n != 0 {
		t.Errorf("%d articles without text (%v); the copy is read as its original", n, err)
	}
}
