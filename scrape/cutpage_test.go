package scrape

import (
	"path/filepath"
	"testing"
)

// TestCutPagesExtract holds that extraction's rewrites of the tree (loose
// text, captions, tables, nested formatting, repeated leads, the story's
// container) bear a page cut anywhere: a download stopped at its size
// bound leaves elements open, a caption without its picture, a table
// without its rows. Every page of testdata/extraction, cut before each
// tag and inside each tag, is extracted without a panic.
func TestCutPagesExtract(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("testdata", "extraction", "*.html"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("no pages in testdata/extraction: %v", err)
	}
	failed := 0
	for _, page := range pages {
		body := readTestdata(t, filepath.Join("extraction", filepath.Base(page)))
		for i := 1; i < len(body) && failed < 10; i++ {
			if body[i] != '<' && body[i-1] != '<' {
				continue
			}
			cut := body[:i]
			func() {
				defer func() {
					if r := recover(); r != nil {
						failed++
						t.Errorf("%s cut at byte %d: %v", filepath.Base(page), i, r)
					}
				}()
				ExtractHTML(cut, "text/html", nil, ExtractOptions{})
			}()
		}
	}
}
