package scrape

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
)

func TestArticleThroughFetch(t *testing.T) {
	page := string(readTestdata(t, "cafe.html"))
	latin, _ := charmap.Windows1252.NewEncoder().String(page)
	srv := site(t, map[string]http.HandlerFunc{
		"/cp1252": text(latin, "text/html; charset=windows-1252"),
		"/utf8":   text(page, "text/html"),
		"/pdf":    text("%PDF-1.7", "application/pdf"),
	})
	f := newTestFetcher(t, FetchConfig{})
	for _, p := range []string{"/cp1252", "/utf8"} {
		a, _, err := f.Article(context.Background(), Link{URL: srv.URL + p}, Source{}, Validators{})
		if err != nil || !strings.Contains(a.Text, "The café on the corner") || a.CanonicalURL != srv.URL+p {
			t.Errorf("%s: %+v %v", p, a, err)
		}
	}
	if _, _, err := f.Article(context.Background(), Link{URL: srv.URL + "/pdf"}, Source{}, Validators{}); !errors.Is(err, ErrNotHTML) {
		t.Errorf("pdf: %v", err)
	}
}

// The extraction budget lets ordinary pages through side by side and a
// page as large as the budget alone.
func TestExtractionBudget(t *testing.T) {
	f := newTestFetcher(t, FetchConfig{ExtractBudget: 8 << 20})
	ctx := context.Background()
	small1, err := f.admit(ctx, 300<<10)
	if err != nil {
		t.Fatal(err)
	}
	small2, err := f.admit(ctx, 300<<10)
	if err != nil {
		t.Fatalf("two ordinary pages should go through together: %v", err)
	}
	short, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	if _, err := f.admit(short, 5<<20+8<<20); err == nil {
		t.Fatal("a page larger than the budget went through beside two others")
	}
	small1()
	small2()
	big, err := f.admit(ctx, 20<<20)
	if err != nil {
		t.Fatalf("a page larger than the budget should go through alone: %v", err)
	}
	short, cancel = context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	if _, err := f.admit(short, 1); err == nil {
		t.Fatal("a page went through beside one as large as the budget")
	}
	big()
}
