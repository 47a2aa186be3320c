package main

import (
	"strings"
	"testing"
)

// TestExtractDatesAnUndatedPageAsThePassDoes: a page that gives no date
// is read as of now, as the tracker reads it (tracker.ArticleDate), so a
// year long past dates its figure in extract and --explain as in a pass;
// a page dated in that year keeps the figure (review35).
func TestExtractDatesAnUndatedPageAsThePassDoes(t *testing.T) {
	const story = "Gaza war. In 2019 Washington gave Israel $3.1 billion in Foreign Military Financing."
	code, out, errs := run(t, story, "extract", "--config", "../../config.yaml", "-")
	if code != exitOK || strings.Contains(out, "us_fmf_israel") {
		t.Errorf("undated, read now: 2019 is past, no figure wanted: %d\n%s%s", code, out, errs)
	}
	code, out, errs = run(t, story, "extract", "--explain", "--metric", "us_fmf_israel", "--config", "../../config.yaml", "-")
	if code != exitOK || !strings.Contains(out, "past decade or year") {
		t.Errorf("--explain does not say the year dates the sentence: %d\n%s%s", code, out, errs)
	}
	page := `<html><head><title>Arms</title><meta property="article:published_time" content="2019-11-02T10:00:00Z"></head>` +
		`<body><article><p>` + story + `</p></article></body></html>`
	code, out, errs = run(t, page, "extract", "--config", "../../config.yaml", "-")
	if code != exitOK || !strings.Contains(out, `us_fmf_israel: 3100000000 USD from "$3.1 billion"`) {
		t.Errorf("dated 2019, the year is its own: want the $3.1 billion: %d\n%s%s", code, out, errs)
	}
}
