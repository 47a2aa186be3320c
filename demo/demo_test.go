package demo

import "testing"

// TestParseNeedsTheWholeHeader: a text whose opening lines only look like
// a header (a dateline "Note: ...", a header missing a key) is not one.
func TestParseNeedsTheWholeHeader(t *testing.T) {
	for _, s := range []string{
		"Note: figures are provisional\n\nMore than 2,000 people were killed.",
		"Outlet: Gulf Courier\nTitle: Toll rises\nURL: /a\n\nMore than 2,000 people were killed.",
		"More than 2,000 people were killed.\n\nOfficials said so.",
	} {
		if _, err := Parse(s); err == nil {
			t.Errorf("%q is read as a header", s)
		}
	}
}
