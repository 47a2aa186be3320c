package scrape

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"strings"
	"unicode"
)

// DefaultBoilerplate matches lines of page furniture that survive
// extraction: "See also ...", "Follow us on ...", copyright lines.
var DefaultBoilerplate = []*regexp.Regexp{
	regexp.MustCompile(`(?i)^\s*(see also|read more|read also|related( articles| stories| coverage)?|more on this|recommended|most read|trending)\b`),
	regexp.MustCompile(`(?i)^\s*(follow us|follow @|join (our|us)|sign up|subscribe|download (our|the) app|get our newsletter)\b`),
	regexp.MustCompile(`(?i)^\s*(copyright\b|©|\(c\) \d{4})`),
	// A short line that ends "All rights reserved" is a copyright notice;
	// a paragraph that ends so is not. The bound also keeps the pattern
	// cheap: unanchored, Go's regexp would try it at every position of
	// every line (the cost is in docs/performance.md, "The scraper").
	regexp.MustCompile(`(?i)^.{0,80}\ball rights reserved\.?\s*$`),
	regexp.MustCompile(`(?i)^\s*((share this|share on|advertisement|click here|listen to this article)\b|(watch|photo|image):)`),
}

// Boilerplate returns the default line patterns followed by extra ones.
func Boilerplate(extra []string) ([]*regexp.Regexp, error) {
	out := append([]*regexp.Regexp(nil), DefaultBoilerplate...)
	for _, s := range extra {
		re, err := regexp.Compile(s)
		if err != nil {
			return nil, fmt.Errorf("boilerplate pattern %q: %w", s, err)
		}
		out = append(out, re)
	}
	return out, nil
}

func boilerplateOf(o ExtractOptions) []*regexp.Regexp {
	if o.Boilerplate == nil {
		return DefaultBoilerplate
	}
	return o.Boilerplate
}

// setText sets an article's text, cleaned with the source's boilerplate
// patterns, and the hash that goes with it: every reader of an article,
// whatever its format, ends here, so no text is stored without its hash.
func (a *Article) setText(raw string, opts ExtractOptions) {
	clean := CleanText(raw, boilerplateOf(opts))
	a.Text = cutText(clean, MaxTextBytes)
	a.Cut += len(clean) - len(a.Text)
	a.TextHash = HashText(a.Text)
}

// MaxTextBytes bounds an article's text. No news story comes near it (the
// longest live pages run to a few hundred kB), and everything after
// extraction (the rules, the fingerprint, the store) holds the text whole,
// for every source read at once.
const MaxTextBytes = 1 << 20

// cutText returns text cut to at most limit bytes, at the last paragraph
// break before the limit (else the last space), so that no sentence is cut
// in two.
func cutText(text string, limit int) string {
	if len(text) <= limit {
		return text
	}
	text = text[:limit]
	if i := strings.LastIndex(text, "\n\n"); i > 0 {
		return text[:i]
	}
	if i := strings.LastIndexByte(text, ' '); i > 0 {
		return text[:i]
	}
	return strings.ToValidUTF8(text, "")
}

// CleanText normalises white space, keeps one blank line between
// paragraphs, drops lines matching any boilerplate pattern and takes out
// soft hyphens.
//
// A soft hyphen (U+00AD) marks where a word may break at the end of a
// line and is invisible elsewhere; pages that hyphenate their columns put
// them inside names ("Netan\u00adyahu"), where a keyword or a claimant's
// name would not be found.
func CleanText(text string, boilerplate []*regexp.Regexp) string {
	if strings.Contains(text, softHyphen) {
		text = strings.ReplaceAll(text, softHyphen, "")
	}
	var out strings.Builder
	out.Grow(len(text))
	var line []byte // the line being read, its white space folded
	for rest := text; rest != ""; {
		var raw string
		raw, rest, _ = strings.Cut(rest, "\n")
		line = line[:0]
		for w := range strings.FieldsSeq(raw) {
			if len(line) > 0 {
				line = append(line, ' ')
			}
			line = append(line, w...)
		}
		if len(line) == 0 || matchesAny(boilerplate, line) {
			continue
		}
		if out.Len() > 0 {
			out.WriteString("\n\n")
		}
		out.Write(line)
	}
	return out.String()
}

const softHyphen = "\u00ad"

func matchesAny(patterns []*regexp.Regexp, line []byte) bool {
	for _, re := range patterns {
		if re.Match(line) {
			return true
		}
	}
	return false
}

// HashText hashes text with white space folded, so that the same article
// re-published with other line breaks hashes the same.
func HashText(text string) string {
	// The words go to the hash through a small buffer, one space between
	// them, rather than joined into a copy of the text first.
	h := sha256.New()
	var buf [2048]byte
	n := 0
	put := func(s string) {
		for s != "" {
			if n == len(buf) {
				h.Write(buf[:])
				n = 0
			}
			c := copy(buf[n:], s)
			n += c
			s = s[c:]
		}
	}
	first := true
	for w := range strings.FieldsSeq(text) {
		if !first {
			put(" ")
		}
		first = false
		put(w)
	}
	h.Write(buf[:n])
	var sum [sha256.Size]byte
	return hex.EncodeToString(h.Sum(sum[:0])[:16])
}

// TextFromPlain turns a plain-text article into one paragraph per line
// block, as ExtractHTML returns it.
func TextFromPlain(s string) string {
	s = strings.TrimFunc(s, unicode.IsSpace)
	return CleanText(s, DefaultBoilerplate)
}
