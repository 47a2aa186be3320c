package scrape

import (
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"
)

// HeaderText is an article saved as text with a header, as the demo's
// articles are written (demo/articles): "Key: value" lines (Outlet,
// Published, Title and URL, each once and no other), a blank line, then
// the body. Every reader of a saved file reads the header here (the demo,
// extract, rules misses and a dir: source, through ArticleFromBytes), so
// that it gives the article's date, title and outlet and is not taken for
// its text: "URL: /courier/.../gaza-toll-passes-32000" holds a 32000, and
// "Title: ..." was read as a claimant.
type HeaderText struct {
	Outlet    string
	Published time.Time
	Title     string
	Path      string // the URL line: a path on the demo's site, or an address
	Body      string
}

// HeaderError is a header that is meant as one (its lines are all
// Outlet, Published, Title and URL) but cannot be read: Line (from 1) and
// what to write instead. A reader reports it with the file's name rather
// than take the header lines for the article's text.
type HeaderError struct {
	Line int
	Msg  string
}

func (e *HeaderError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// headerKeys are the keys of a HeaderText, in the order the demo writes them.
var headerKeys = []string{"Outlet", "Published", "Title", "URL"}

// ParseHeaderText reads s as a HeaderText. A text whose first lines are
// not all "Key: value" with the keys above has no header: the error says
// why, and it is read as it is; unless they are all "Key: value" and one
// key is a header's, when a misnamed key ("Date:") is a *HeaderError
// (meantAsHeader). One whose lines are, but whose values do not read (a
// date neither 2024-03-24 nor RFC 3339, Outlet or Title missing, a key
// given twice), gives a *HeaderError. Published and URL may be left out:
// Published is then zero.
func ParseHeaderText(s string) (HeaderText, error) {
	var h HeaderText
	// A text saved by a Windows editor may open with a UTF-8 byte order
	// mark, which would make the first key "\ufeffOutlet".
	s = strings.TrimPrefix(s, "\ufeff")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	head, body, ok := strings.Cut(s, "\n\n")
	if !ok {
		return h, errors.New("no blank line after the header")
	}
	lines := strings.Split(head, "\n")
	for i, l := range lines {
		if k, _, ok := strings.Cut(l, ": "); !ok || !slices.Contains(headerKeys, k) {
			if meantAsHeader(lines) {
				return h, &HeaderError{i + 1, fmt.Sprintf("%q is no header key: a header's keys are %s (the date is Published: 2024-03-24); or leave the header out and the text is read as written",
					k, strings.Join(headerKeys, ", "))}
			}
			return h, fmt.Errorf("header line %q is not one of %s: value", l, strings.Join(headerKeys, ", "))
		}
	}
	seen := map[string]int{}
	for i, l := range lines {
		k, v, _ := strings.Cut(l, ": ")
		if first, ok := seen[k]; ok {
			return h, &HeaderError{i + 1, fmt.Sprintf("%s is given twice (first at line %d): keep one", k, first)}
		}
		seen[k] = i + 1
		v = strings.TrimSpace(v)
		switch k {
		case "Outlet":
			h.Outlet = v
		case "Title":
			h.Title = v
		case "URL":
			h.Path = v
		case "Published":
			t, err := time.Parse(time.RFC3339, v)
			if err != nil {
				t, err = time.Parse(time.DateOnly, v) // "2024-03-24": that day, midnight UTC
			}
			if err != nil {
				return h, &HeaderError{i + 1, fmt.Sprintf("Published: %q is no date: write it as 2024-03-24, or RFC 3339 with its time, 2024-03-24T09:00:00Z", v)}
			}
			h.Published = t
		}
	}
	h.Body = strings.TrimSpace(body)
	var missing []string
	for _, k := range requiredHeaderKeys {
		if _, ok := seen[k]; !ok {
			missing = append(missing, k)
		}
	}
	if len(missing) > 0 || h.Outlet == "" || h.Title == "" || seen["URL"] > 0 && h.Path == "" {
		return h, &HeaderError{1, fmt.Sprintf("a header needs a value for each of %s (missing or empty: %s), then a blank line; or leave the header out and the text is read as written",
			strings.Join(requiredHeaderKeys, ", "), strings.Join(emptyKeys(h, missing, seen), ", "))}
	}
	return h, nil
}

// meantAsHeader reports whether lines, a text's first paragraph, are a
// header with a key misnamed: every line "Key: value", each key one
// capitalised word, and one of them a header key. "Outlet: ...", "Date:
// ..." is a header whose date is written as an e-mail writes it; read as
// text, its outlet would be lost and its lines read as sentences.
func meantAsHeader(lines []string) bool {
	known := false
	for _, l := range lines {
		k, _, ok := strings.Cut(l, ": ")
		if !ok || !headerKeyShape(k) {
			return false
		}
		known = known || slices.Contains(headerKeys, k)
	}
	return known
}

// headerKeyShape reports whether k looks like a header's key: one word,
// capitalised, of letters and hyphens ("Date", "Last-Modified").
func headerKeyShape(k string) bool {
	if k == "" || k[0] < 'A' || k[0] > 'Z' {
		return false
	}
	for _, r := range k {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '-') {
			return false
		}
	}
	return true
}

// requiredHeaderKeys are the keys a header cannot leave out. Without
// Published the file is dated as one with no header is (its name, else its
// modification time: the reader that knows the file says so, see
// Article.HeaderUndated); without URL its address is the file's.
var requiredHeaderKeys = []string{"Outlet", "Title"}

// emptyKeys adds to missing the keys given with no value.
func emptyKeys(h HeaderText, missing []string, seen map[string]int) []string {
	for k, v := range map[string]string{"Outlet": h.Outlet, "Title": h.Title, "URL": h.Path} {
		if _, given := seen[k]; v == "" && given && !slices.Contains(missing, k) {
			missing = append(missing, k)
		}
	}
	slices.Sort(missing)
	return missing
}

// Article is the text as a page of it reads: the title as the first
// paragraph, then the body's paragraphs with the lines a site's furniture
// adds dropped (opts.Boilerplate), the date and the outlet; an absolute
// URL line is its canonical address.
func (h HeaderText) Article(opts ExtractOptions) *Article {
	a := &Article{Title: h.Title, Outlet: h.Outlet, Published: h.Published}
	a.setText(h.Title+"\n\n"+h.Body, opts)
	if u, err := url.Parse(h.Path); err == nil && u.IsAbs() {
		a.CanonicalURL = NormalizeURL(u)
	}
	return a
}
