package scrape

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestDirSource(t *testing.T) {
	// testdata/folder holds a text file, two e-mails (one multipart with a
	// plain and an HTML part, one HTML only), a web page and a PDF, which
	// is not read.
	got := dirArticles(t, filepath.Join("testdata", "folder"), 4)
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

// TestDirDatesFromNames: testdata/dated holds files whose names carry their
// date (three spellings), one whose name has no date and one whose name
// has an impossible one. A named date is the file's publication time,
// whatever its modification time (git, cp and unzip all reset it); the
// others keep their modification time.
func TestDirDatesFromNames(t *testing.T) {
	dir := filepath.Join("testdata", "dated")
	links, err := DirLinks(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"2024-11-05T0930-update.txt": "2024-11-05T09:30:00Z",
		"20241103-anger.html":        "2024-11-03T00:00:00Z",
		"2024-11-01 toll.txt":        "2024-11-01T00:00:00Z",
	}
	var dated []string
	for _, l := range links {
		name := filepath.Base(l.Path)
		if w, ok := want[name]; ok {
			dated = append(dated, name)
			if got := l.Published.UTC().Format(time.RFC3339); got != w {
				t.Errorf("%s: published %s, want %s", name, got, w)
			}
			continue
		}
		info, err := os.Stat(l.Path)
		if err != nil {
			t.Fatal(err)
		}
		if !l.Published.Equal(info.ModTime()) {
			t.Errorf("%s: published %s, want its modification time %s", name, l.Published, info.ModTime())
		}
	}
	if strings.Join(dated, ",") != "2024-11-05T0930-update.txt,20241103-anger.html,2024-11-01 toll.txt" {
		t.Errorf("dated files not newest first: %v", dated)
	}
	// A page that gives no date of its own takes its name's.
	f := newTestFetcher(t, FetchConfig{})
	for _, l := range links {
		if filepath.Base(l.Path) != "20241103-anger.html" {
			continue
		}
		a, _, err := f.Article(context.Background(), l, Source{}, Validators{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Published.Format("2006-01-02") != "2024-11-03" {
			t.Errorf("html without a date: published %s", a.Published)
		}
	}
}

// TestDirDayNameTakesTheTimeSaved: testdata/saved-on-the-day holds two
// files named by day only. One modified on its name's day (an article saved
// as it came out) is published at that time, not midnight, so a figure
// saved this afternoon is not older than tracking begun this morning; one
// modified on another day (copied later) keeps its name's midnight.
func TestDirDayNameTakesTheTimeSaved(t *testing.T) {
	dir := t.TempDir()
	savedAt := map[string]time.Time{
		"2024-11-05-toll.txt": time.Date(2024, 11, 5, 18, 20, 0, 0, time.UTC),
		"2024-11-01-toll.txt": time.Date(2024, 12, 2, 9, 0, 0, 0, time.UTC),
	}
	want := map[string]string{
		"2024-11-05-toll.txt": "2024-11-05T18:20:00Z",
		"2024-11-01-toll.txt": "2024-11-01T00:00:00Z",
	}
	for name, at := range savedAt {
		data, err := os.ReadFile(filepath.Join("testdata", "saved-on-the-day", name))
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, at, at); err != nil {
			t.Fatal(err)
		}
	}
	links, err := DirLinks(dir)
	if err != nil || len(links) != 2 {
		t.Fatalf("dir links: %+v %v", links, err)
	}
	for _, l := range links {
		name := filepath.Base(l.Path)
		if got := l.Published.UTC().Format(time.RFC3339); got != want[name] {
			t.Errorf("%s: published %s, want %s", name, got, want[name])
		}
	}
}

// TestDirReadsHeaderText: a dir: source reads a text saved with the demo's
// header (HeaderText) by its header, as extract and rules misses do: its
// title, date, outlet and canonical address, and no header line in the
// text (the URL's 44000 is not a figure of it). A text whose first lines
// only look like a header is read as written.
func TestDirReadsHeaderText(t *testing.T) {
	got := dirArticles(t, filepath.Join("testdata", "headed"), 2)
	h := got["2025-06-02-herald.txt"]
	want := "Gaza toll passes 44,000 as strikes go on\n\nThe Gaza health ministry said on Monday that 44,000 people have been killed since the war began."
	if h.Text != want || h.Title != "Gaza toll passes 44,000 as strikes go on" || h.Outlet != "Valley Herald" ||
		!h.Published.Equal(time.Date(2025, 6, 2, 8, 0, 0, 0, time.UTC)) || h.CanonicalURL != "https://herald.example/2025/06/02/gaza-toll-passes-44000" {
		t.Errorf("headed text: %+v", h)
	}
	if p := got["2025-06-03-notes.txt"]; p.Title != "Toll notes" || !strings.Contains(p.Text, "URL: the ministry's page gives 45000") {
		t.Errorf("a text that only looks headed: %+v", p)
	}
}

// TestDirHeaderErrorsCarryLines: a header meant as one (every line one of
// its keys) that cannot be read is an error at the file's line saying what
// to write, not a text whose header lines are read as sentences: a date
// not in RFC 3339 (line 3), a key left out (line 1), a key misnamed as an
// e-mail names it ("Date:", line 3: read as text, the outlet was lost).
func TestDirHeaderErrorsCarryLines(t *testing.T) {
	f := newTestFetcher(t, FetchConfig{})
	links, err := f.Discover(context.Background(), Source{Name: "d", Dir: filepath.Join("testdata", "headed-broken")})
	if err != nil || len(links) != 3 {
		t.Fatalf("dir links: %+v %v", links, err)
	}
	want := map[string]string{
		"2025-06-09-herald.txt": `2025-06-09-herald.txt:3: "Date" is no header key: a header's keys are Outlet, Published, Title, URL (the date is Published: 2024-03-24)`,
		"2025-06-04-herald.txt": `2025-06-04-herald.txt:3: Published: "Wednesday morning" is no date: write it as 2024-03-24, or RFC 3339 with its time, 2024-03-24T09:00:00Z`,
		"2025-06-05-herald.txt": "2025-06-05-herald.txt:1: a header needs a value for each of Outlet, Title (missing or empty: Title)",
	}
	for _, l := range links {
		_, _, err := f.Article(context.Background(), l, Source{}, Validators{})
		if w := want[filepath.Base(l.Path)]; err == nil || !strings.Contains(err.Error(), w) {
			t.Errorf("%s: got %v, want %q", l.Path, err, w)
		}
	}
}

// TestDirHeaderTextAfterBOM: a text saved by a Windows editor opens with a
// UTF-8 byte order mark (and ends its lines with CRLF); its header is read
// as any other's, not taken for the article's text.
func TestDirHeaderTextAfterBOM(t *testing.T) {
	a := dirArticles(t, filepath.Join("testdata", "headed-bom"), 1)["2025-06-06-herald.txt"]
	if a == nil {
		t.Fatal("headed-bom: no 2025-06-06-herald.txt read")
	}
	if a.Outlet != "Valley Herald" || a.Title != "Gaza toll passes 45,000" || strings.Contains(a.Text, "Outlet:") ||
		!a.Published.Equal(time.Date(2025, 6, 6, 8, 0, 0, 0, time.UTC)) {
		t.Errorf("headed text after a BOM: %+v", a)
	}
}

// dirArticles discovers the folder dir as a dir: source, which must list
// n files, and reads each, by its file name.
func dirArticles(t *testing.T, dir string, n int) map[string]*Article {
	t.Helper()
	f := newTestFetcher(t, FetchConfig{})
	links, err := f.Discover(context.Background(), Source{Name: "d", Dir: dir})
	if err != nil || len(links) != n {
		t.Fatalf("%s: dir links: %+v %v", dir, links, err)
	}
	got := map[string]*Article{}
	for _, l := range links {
		a, _, err := f.Article(context.Background(), l, Source{}, Validators{})
		if err != nil {
			t.Fatalf("%s: %v", l.Path, err)
		}
		got[filepath.Base(l.Path)] = a
	}
	return got
}

// TestDirHeaderWithoutPublished is user50's and user51's desks: a .txt
// saved with Outlet: and Title: but no Published: line was refused. It is
// read, dated as a file with no header is (the date in its name, else its
// modification time), and the note the pass logs names the file and the
// line to write; "Published: 2025-06-08", a day alone, is a date.
func TestDirHeaderWithoutPublished(t *testing.T) {
	got := dirArticles(t, filepath.Join("testdata", "headed-undated"), 2)
	a := got["2025-06-07-herald.txt"]
	if a == nil || a.Title != "Toll rises again" || a.Outlet != "Valley Herald" || strings.Contains(a.Text, "Outlet:") ||
		!a.Published.Equal(time.Date(2025, 6, 7, 0, 0, 0, 0, time.UTC)) || !a.HeaderUndated ||
		!strings.Contains(a.DateNote, "2025-06-07-herald.txt: its header has no Published: line, so it is dated 2025-06-07 by the date in its name") ||
		!strings.Contains(a.DateNote, `add a line "Published: 2025-06-07"`) {
		t.Errorf("a header without Published: %+v", a)
	}
	d := got["2025-06-08-herald.txt"]
	if d == nil || !d.Published.Equal(time.Date(2025, 6, 8, 0, 0, 0, 0, time.UTC)) || d.HeaderUndated || d.DateNote != "" || d.Title != "Toll passes 46,000" {
		t.Errorf("a header dated by its day: %+v", d)
	}
}
