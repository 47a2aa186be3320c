package scrape

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"

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
