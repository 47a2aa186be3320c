package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestExtractReadsTheDemoHeader: extract reads a text saved as the demo's
// articles are (an Outlet, Published, Title and URL header) with the
// reader rules misses, the demo and a dir: source use (scrape.HeaderText,
// through readArticleFile), so the header gives the
// date and the outlet and no header line is a sentence: before, the URL
// line's 44000 was an observation "claimed by URL", the title's one
// "claimed by Title". A plain text file is read as it is.
func TestExtractReadsTheDemoHeader(t *testing.T) {
	files, err := filepath.Glob("../../demo/articles/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no demo articles: %v", err)
	}
	for _, f := range append(files, "testdata/input/header-article.txt") {
		code, out, errs := run(t, "", "extract", "--config", "../../config.yaml", f)
		if code != exitOK {
			t.Fatalf("%s: exit %d %s", f, code, errs)
		}
		for _, header := range []string{"URL", "Outlet", "Published", "Title", "Follow us"} {
			if strings.Contains(out, header) {
				t.Errorf("%s: the header's %q read as the article's text:\n%s", f, header, out)
			}
		}
	}
	code, out, errs := run(t, "", "extract", "--config", "../../config.yaml", "testdata/input/header-article.txt")
	if code != exitOK || strings.Count(out, "gaza_death_toll: 44000") != 2 || !strings.Contains(out, "claimed by gaza_health_ministry") {
		t.Errorf("want the title's and the body's 44,000, the body's claimed by the ministry: exit %d\n%s%s", code, out, errs)
	}
	code, out, errs = run(t, "", "extract", "--text", "--config", "../../config.yaml", "testdata/input/header-article.txt")
	if want := "Title: Gaza toll passes 44,000 as strikes go on\nDate: 2025-06-02 08:00 UTC\nOutlet: Valley Herald\n"; code != exitOK || !strings.HasPrefix(out, want) {
		t.Errorf("--text: want %q first: exit %d\n%s%s", want, code, out, errs)
	}
	// A text with no such header is read as written, its first line the title.
	code, out, errs = run(t, "Gaza toll passes 44,000\n\nURL: the ministry's page gives 44000.\n", "extract", "--text", "--config", "../../config.yaml", "-")
	if code != exitOK || !strings.Contains(out, "URL: the ministry's page") || strings.Contains(out, "Date:") {
		t.Errorf("a plain text: exit %d\n%s%s", code, out, errs)
	}
}

// TestHeaderErrorsCarryTheLine: a header meant as one that cannot be read
// (a date neither 2024-03-24 nor RFC 3339) stops extract and rules misses at the file's
// line with what to write, named once; it was read as text, the header
// lines as sentences.
func TestHeaderErrorsCarryTheLine(t *testing.T) {
	const f = "testdata/input/header-broken.txt"
	want := f + `:3: Published: "Wednesday morning" is no date: write it as 2024-03-24, or RFC 3339`
	code, _, errs := run(t, "", "extract", "--config", "../../config.yaml", f)
	if code != exitFail || !strings.Contains(errs, "claimtrack extract: "+want) {
		t.Errorf("extract: exit %d %s", code, errs)
	}
	code, _, errs = run(t, "", "rules", "misses", "--metric", "gaza_death_toll", "--rules", "../../metrics/israel-gaza.yaml", f)
	if code != exitFail || !strings.Contains(errs, "claimtrack rules misses: "+want) {
		t.Errorf("rules misses: exit %d %s", code, errs)
	}
}
