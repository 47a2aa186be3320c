package scrape

import (
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestDirSavedTextEncodings: testdata/encodings holds one text saved four
// ways, as Windows-1252 (its dash and curly apostrophe invalid UTF-8), as
// UTF-16 with its byte order mark (Notepad's "Unicode"), as UTF-8, and as
// UTF-8 with one apostrophe pasted in as a Windows-1252 byte (0x92). A
// dir: source reads each as the same words, in valid UTF-8: the dash, the
// apostrophe and "Café" as written, no mark, no NUL between letters.
func TestDirSavedTextEncodings(t *testing.T) {
	got := dirArticles(t, filepath.Join("testdata", "encodings"), 4)
	for name, figure := range map[string]string{
		"2026-12-05-windows-1252.txt": "231",
		"2026-12-06-utf-16.txt":       "233",
		"2026-12-07-utf-8.txt":        "235",
		"2026-12-08-mixed.txt":        "237",
	} {
		a := got[name]
		if a == nil {
			t.Errorf("%s: not read", name)
			continue
		}
		want := "KARACHI – The death toll from floods in Sindh has risen to " + figure +
			", the provincial disaster management authority’s spokesman said. Café owners"
		if !utf8.ValidString(a.Text) || !strings.Contains(a.Text, want) || a.Title != "Sindh flood toll rises" {
			t.Errorf("%s: title %q, text %q; want the title and %q", name, a.Title, a.Text, want)
		}
	}
}
