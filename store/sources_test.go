package store

import (
	"context"
	"fmt"
	"testing"

	"github.com/claimtrack/claimtrack/internal/newstext"
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
