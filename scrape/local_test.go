package scrape

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

func TestDirSource(t *testing.T) {
	// testdata/folder holds a text file, two e-mails (one multipart with a
	// plain and an HTML part, one HTML only), a web page and a PDF, which
	// is not read.
	dir := filepath.Join("testdata", "folder")
	f := newTestFetcher(t, FetchConfig{})
	links, err := f.Discover(context.Background(), Source{Name: "d", Dir: dir})
	if err != nil || len(links) != 4 {
		t.Fatalf("dir links: %+v %v", links, err)
	}
	got := map[string]*Article{}
	for _, l := range links {
		a, _, err := f.Article(context.Background(), l, Source{}, Validators{})
		if err != nil {
			t.Fatal(err)
		}
		got[filepath.Base(l.Path)] = a
	}
	if a := got["a.txt"]; a.Title != "Talks resume" || strings.Contains(a.Text, "See also") || !strings.Contains(a.Text, "32,000") {
		t.Errorf("txt: %+v", a)
	}
	if a := got["d.eml"]; a.Title != "Aid update" || !strings.Contains(a.Text, "more than 20,000 people had fled") {
		t.Errorf("html e-mail: %+v", a)
	}
	if a := got["c.html"]; !strings.Contains(a.Text, "about 48,000 people could return") || !strings.HasPrefix(a.URL, "file://") {
		t.Errorf("html file: %+v", a)
	}
	if a := got["b.eml"]; a.Title != "Café briefing" || a.Text != "Some 700 prisoners would be released." || a.Published.Year() != 2024 {
		t.Errorf("eml: %+v", a)
	}
	// Each kind of file hashes its text, whichever reader set it.
	for name, a := range got {
		if a.Text == "" || a.TextHash != HashText(a.Text) {
			t.Errorf("%s: text %q hashed as %q", name, a.Text, a.TextHash)
		}
	}
}
