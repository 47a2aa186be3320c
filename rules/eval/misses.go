package eval

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"

	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/rules/figures"
)

// Document is one text of an archive searched for misses.
type Document struct {
	Name string
	Text string
	// Lines says offsets in Text are those of the file, so a candidate can
	// name its line; false for text extracted from HTML.
	Lines bool
}

// Candidate is a sentence a metric's rules most likely missed.
type Candidate struct {
	Document string         `json:"document"`
	Line     int            `json:"line,omitempty"`
	Sentence string         `json:"sentence"`
	Figure   figures.Figure `json:"figure"`
	// Score ranks candidates: higher is more likely a miss. Reasons say
	// what earned it, in words.
	Score   float64  `json:"score"`
	Reasons []string `json:"reasons"`
}

// MissFinder lists the sentences of an archive that hold a metric's scope
// words and a figure it could take, but that no rule took. It does not
// judge them: it ranks them so that a desk reads the likeliest first.
type MissFinder struct {
	Rules  Extractor
	Metric rules.MetricSpec

	keywords, scope, near []stemPhrase
	exclude               []stemPhrase
	window                int
	names                 int // figures a single observation binds
}

// stemPhrase is a phrase of the metric as stems, with its words as
// written for the reasons shown.
type stemPhrase struct {
	text   string
	stems  []string
	prefix string // a trailing-* keyword: the prefix, lower-cased
}

// NewMissFinder prepares a finder for one metric of the rules.
func NewMissFinder(r Extractor, spec rules.MetricSpec) *MissFinder {
	f := &MissFinder{Rules: r, Metric: spec, window: spec.Window, names: 1}
	if f.window == 0 {
		f.window = rules.DefaultWindow
	}
	f.keywords = stemPhrases(spec.Keywords)
	// A pattern's literal words stand in for keywords: they are what the
	// pattern needs near its figures.
	for _, p := range spec.Patterns {
		f.keywords = append(f.keywords, stemPhrases(patternWords(p))...)
		if n := len(placeholders(p)); n > f.names {
			f.names = n
		}
	}
	f.scope = stemPhrases(spec.Scope)
	f.near = stemPhrases(spec.ExcludeNear)
	f.exclude = stemPhrases(spec.Exclude)
	return f
}

var placeholder = regexp.MustCompile(`\{([A-Za-z_][A-Za-z0-9_]*)\}`)

// placeholders lists the distinct {name}s of a pattern.
func placeholders(p string) map[string]bool {
	out := map[string]bool{}
	for _, m := range placeholder.FindAllStringSubmatch(p, -1) {
		out[m[1]] = true
	}
	return out
}

// patternWords takes the words of four letters or more out of a regular
// expression: "(Palestinian )?prisoners in exchange for" gives
// palestinian, prisoners, exchange.
func patternWords(p string) []string {
	var out []string
	p = placeholder.ReplaceAllString(p, " ")
	for _, w := range strings.FieldsFunc(p, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if utf8.RuneCountInString(w) >= 4 {
			out = append(out, w)
		}
	}
	return out
}

func stemPhrases(list []string) []stemPhrase {
	var out []stemPhrase
	for _, s := range list {
		t := strings.TrimSpace(s)
		ph := stemPhrase{text: t}
		words := splitWords(strings.TrimSuffix(t, "*"))
		if len(words) == 0 {
			continue
		}
		for _, w := range words {
			ph.stems = append(ph.stems, stem(w.text))
		}
		if strings.HasSuffix(t, "*") && len(words) == 1 {
			ph.prefix = strings.ToLower(words[0].text)
		}
		out = append(out, ph)
	}
	return out
}

// stem reduces a word to its English stem, so that "sheltered" meets
// "shelter" and "killing" meets "killed".
func stem(w string) string { return english.Stem(strings.ToLower(w), true) }

type word struct {
	text       string
	start, end int // byte offsets in the text
	stem       string
}

// splitWords cuts text into runs of letters and digits.
func splitWords(text string) []word {
	var out []word
	start := -1
	for i, r := range text {
		in := unicode.IsLetter(r) || unicode.IsDigit(r)
		if in && start < 0 {
			start = i
		} else if !in && start >= 0 {
			out = append(out, word{text: text[start:i], start: start, end: i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, word{text: text[start:], start: start, end: len(text)})
	}
	return out
}

// match is a phrase found in a sentence: its word range and whether the
// words were written as in the rule (or only share their stems).
type match struct {
	ph         *stemPhrase
	first, end int // word indexes
	written    string
	exact      bool
}

func findPhrases(words []word, phrases []stemPhrase) []match {
	var out []match
	for pi := range phrases {
		ph := &phrases[pi]
		for i := range words {
			if ph.prefix != "" {
				if strings.HasPrefix(strings.ToLower(words[i].text), ph.prefix) {
					out = append(out, match{ph: ph, first: i, end: i + 1, written: words[i].text, exact: true})
				}
				continue
			}
			if i+len(ph.stems) > len(words) {
				break
			}
			ok := true
			for k, s := range ph.stems {
				if words[i+k].stem != s {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			written := joinWords(words[i : i+len(ph.stems)])
			out = append(out, match{ph: ph, first: i, end: i + len(ph.stems), written: written,
				exact: strings.EqualFold(written, strings.Join(splitTexts(ph.text), " "))})
		}
	}
	return out
}

func joinWords(ws []word) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.text
	}
	return strings.Join(parts, " ")
}

func splitTexts(s string) []string {
	var out []string
	for _, w := range splitWords(s) {
		out = append(out, w.text)
	}
	return out
}

// Find returns the candidates of the documents, likeliest first.
func (f *MissFinder) Find(docs ...Document) []Candidate {
	var out []Candidate
	for _, doc := range docs {
		out = append(out, f.findIn(doc)...)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	return out
}

func (f *MissFinder) findIn(doc Document) []Candidate {
	d := figures.Analyze(doc.Text)
	taken := map[int]bool{}
	for _, o := range f.Rules.Extract(doc.Text) {
		if o.Metric == f.Metric.ID {
			taken[o.QuoteStart] = true
		}
	}
	articleScope := ""
	if len(f.scope) > 0 && f.Metric.ScopeIn != "sentence" {
		ws := stemmed(splitWords(doc.Text))
		ms := findPhrases(ws, f.scope)
		if len(ms) == 0 {
			return nil // the metric cannot take anything from this text
		}
		articleScope = ms[0].written
	}
	var out []Candidate
	for si := range d.Sentences {
		s := d.Sentences[si]
		if taken[s.Start] {
			continue
		}
		figs := f.candidateFigures(d, s)
		if len(figs) < f.names {
			continue
		}
		text := d.Text[s.Start:s.End]
		words := stemmed(splitWords(text))
		if len(findPhrases(words, f.exclude)) > 0 {
			continue // the rules rule such sentences out on purpose
		}
		scopeHere := findPhrases(words, f.scope)
		if len(f.scope) > 0 && f.Metric.ScopeIn == "sentence" && len(scopeHere) == 0 {
			continue
		}
		c, ok := f.rank(d, s, words, figs, scopeHere, articleScope)
		if !ok {
			continue
		}
		c.Document = doc.Name
		c.Sentence = strings.TrimSpace(text)
		if doc.Lines {
			c.Line = 1 + strings.Count(doc.Text[:s.Start], "\n")
		}
		out = append(out, c)
	}
	return out
}

func stemmed(ws []word) []word {
	for i := range ws {
		ws[i].stem = stem(ws[i].text)
	}
	return ws
}

// candidateFigures are the sentence's figures of the metric's kind, unit
// and range.
func (f *MissFinder) candidateFigures(d *figures.Document, s figures.Sentence) []int {
	var out []int
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		fg := d.Figures[fi]
		if !kindFits(f.Metric, fg) {
			continue
		}
		if f.Metric.Min != nil && fg.Value < *f.Metric.Min || f.Metric.Max != nil && fg.Value > *f.Metric.Max {
			continue
		}
		out = append(out, fi)
	}
	return out
}

func kindFits(m rules.MetricSpec, fg figures.Figure) bool {
	switch m.Kind {
	case "", "count":
		return fg.Kind == figures.Count
	case "money":
		return fg.Kind == figures.Money && (m.Unit == "" || fg.Unit == m.Unit)
	case "percent":
		return fg.Kind == figures.Percent
	case "fraction":
		return fg.Kind == figures.Fraction || fg.Kind == figures.Percent
	}
	return false
}

// rank scores the sentence by its best figure: a keyword's word form
// within the window counts most, then a keyword further off, the scope in
// the sentence, the metric's unit after the figure; an exclude_near word
// nearer than any keyword counts against.
func (f *MissFinder) rank(d *figures.Document, s figures.Sentence, words []word, figs []int, scopeHere []match, articleScope string) (Candidate, bool) {
	kws := findPhrases(words, f.keywords)
	nears := findPhrases(words, f.near)
	unitStem := ""
	if u := splitWords(f.Metric.Unit); len(u) == 1 && f.Metric.Kind != "money" {
		unitStem = stem(u[0].text)
	}
	best := Candidate{Score: -1}
	for _, fi := range figs {
		fg := d.Figures[fi]
		first, end := wordSpan(words, fg.Start-s.Start, fg.End-s.Start)
		var c Candidate
		c.Figure = fg
		kw, kwDist := nearest(kws, first, end)
		switch {
		case kw == nil:
			c.Reasons = append(c.Reasons, "no keyword in any form")
		case kwDist <= f.window:
			c.Score += 3
			c.Reasons = append(c.Reasons, keywordReason(kw, kwDist, fmt.Sprintf("within the window of %d", f.window)))
		case kwDist <= 2*f.window:
			c.Score += 2
			c.Reasons = append(c.Reasons, keywordReason(kw, kwDist, fmt.Sprintf("beyond the window of %d", f.window)))
		default:
			c.Score++
			c.Reasons = append(c.Reasons, keywordReason(kw, kwDist, "far off"))
		}
		if len(scopeHere) > 0 {
			c.Score++
			c.Reasons = append(c.Reasons, fmt.Sprintf("scope %q in the sentence", scopeHere[0].written))
		} else if articleScope != "" {
			c.Reasons = append(c.Reasons, fmt.Sprintf("scope %q in the article", articleScope))
		}
		if unitStem != "" && unitFollows(words, end, unitStem) {
			c.Score++
			c.Reasons = append(c.Reasons, fmt.Sprintf("the unit %q follows the figure", f.Metric.Unit))
		}
		if nr, nd := nearest(nears, first, end); nr != nil && (kw == nil || nd <= kwDist) {
			c.Score--
			c.Reasons = append(c.Reasons, fmt.Sprintf("exclude_near %q stands %s", nr.ph.text, words2(nd)))
		}
		if c.Score > best.Score {
			best = c
		}
	}
	return best, best.Score >= 0
}

func keywordReason(m *match, dist int, where string) string {
	form := strconv.Quote(m.ph.text)
	if !m.exact {
		form += " as " + strconv.Quote(m.written)
	}
	return fmt.Sprintf("keyword %s %s away, %s", form, words2(dist), where)
}

func words2(n int) string {
	if n == 1 {
		return "1 word"
	}
	return fmt.Sprintf("%d words", n)
}

// wordSpan is the range of words a figure's bytes cover.
func wordSpan(words []word, start, end int) (int, int) {
	first, last := len(words), len(words)
	for i, w := range words {
		if w.end > start && first == len(words) {
			first = i
		}
		if w.start >= end {
			last = i
			break
		}
	}
	if last < first {
		last = first
	}
	return first, last
}

// nearest is the match nearest the word range [first, end), with the
// count of words between.
func nearest(ms []match, first, end int) (*match, int) {
	var best *match
	bestDist := 1 << 30
	for i := range ms {
		m := &ms[i]
		dist := 0
		switch {
		case m.end <= first:
			dist = first - m.end
		case m.first >= end:
			dist = m.first - end
		}
		if dist < bestDist {
			best, bestDist = m, dist
		}
	}
	return best, bestDist
}

// unitFollows reports whether the unit's word stands within two words
// after the figure ("1.4 million displaced people").
func unitFollows(words []word, end int, unitStem string) bool {
	for i := end; i < len(words) && i < end+3; i++ {
		if words[i].stem == unitStem {
			return true
		}
	}
	return false
}
