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
	exclude, require      []stemPhrase
	// named holds the words of the metric's name and id that are not
	// already keywords or scope ("toll" of "Gaza death toll"): a desk names
	// a metric by what it counts.
	named  []stemPhrase
	window int
	names  int // figures a single observation binds
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
	vocabs := spec.Vocabularies
	if vocabs == nil {
		vocabs, _ = rules.ShippedVocabularies()
	}
	f.keywords = stemPhrases(expand(spec.Keywords, vocabs))
	// A pattern's literal words stand in for keywords: they are what the
	// pattern needs near its figures.
	for _, p := range spec.Patterns {
		f.keywords = append(f.keywords, stemPhrases(patternWords(p))...)
		if n := len(placeholders(p)); n > f.names {
			f.names = n
		}
	}
	f.keywords = distinct(f.keywords)
	f.scope = stemPhrases(expand(spec.Scope, vocabs))
	f.near = stemPhrases(expand(spec.ExcludeNear, vocabs))
	f.exclude = stemPhrases(expand(spec.Exclude, vocabs))
	f.require = stemPhrases(expand(spec.Require, vocabs))
	f.named = nameWords(spec, f.keywords, f.scope)
	return f
}

// nameWords are the content words of a metric's name and id, less those
// its keywords, scope and unit already hold.
func nameWords(spec rules.MetricSpec, keywords, scope []stemPhrase) []stemPhrase {
	known := map[string]bool{}
	for _, w := range splitWords(spec.Unit) {
		known[stem(w.text)] = true
	}
	for _, list := range [][]stemPhrase{keywords, scope} {
		for _, ph := range list {
			if len(ph.stems) == 1 {
				known[ph.stems[0]] = true
			}
		}
	}
	var words []string
	for _, w := range splitWords(spec.Name + " " + strings.ReplaceAll(spec.ID, "_", " ")) {
		lw := strings.ToLower(w.text)
		st := stem(lw)
		if len(lw) < 3 || english.IsStopWord(lw) || strings.IndexFunc(lw, unicode.IsDigit) >= 0 || known[st] {
			continue
		}
		known[st] = true
		words = append(words, w.text)
	}
	return stemPhrases(words)
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

// patternWords takes the content words out of a regular expression, and
// its placeholders' names: "{prisoners} (Palestinian )?prisoners in
// exchange for (some )?{hostages}" gives prisoners, Palestinian, exchange,
// hostages. Short and stop words ("for", "some", "would") say nothing of
// what the metric counts.
func patternWords(p string) []string {
	var out []string
	for name := range placeholders(p) {
		if name != "value" {
			out = append(out, strings.ReplaceAll(name, "_", " "))
		}
	}
	sort.Strings(out) // map order must not reach the reasons shown
	p = placeholder.ReplaceAllString(p, " ")
	for _, w := range strings.FieldsFunc(p, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if utf8.RuneCountInString(w) >= 4 && !english.IsStopWord(strings.ToLower(w)) {
			out = append(out, w)
		}
	}
	return out
}

// distinct drops phrases whose stems (and prefix) an earlier one has:
// several patterns of a metric repeat their words.
func distinct(list []stemPhrase) []stemPhrase {
	seen := map[string]bool{}
	var out []stemPhrase
	for _, ph := range list {
		k := strings.Join(ph.stems, " ") + "*" + ph.prefix
		if !seen[k] {
			seen[k] = true
			out = append(out, ph)
		}
	}
	return out
}

// expand replaces each @vocabulary of a rule's list by its phrases: the
// rules match those, so the ranker must see them too, or every metric
// written with vocabularies loses its keyword evidence.
func expand(list []string, vocabs *rules.Vocabularies) []string {
	var out []string
	for _, s := range list {
		t := strings.TrimSpace(s)
		if name, ok := strings.CutPrefix(t, "@"); ok {
			if v, ok := vocabs.Lookup(name); ok {
				out = append(out, v.Phrases...)
				continue
			}
		}
		out = append(out, t)
	}
	return out
}

// stemPhrases reads a rule's phrases as stems. An exact phrase ("=killed")
// is stemmed too: the rules took its written form, and another form of it
// ("killing") is just the miss a desk should see first.
func stemPhrases(list []string) []stemPhrase {
	var out []stemPhrase
	for _, s := range list {
		t := strings.TrimPrefix(strings.TrimSpace(s), "=")
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
	others := map[int]string{} // a figure's start → the other metric that took it
	for _, o := range f.Rules.Extract(doc.Text) {
		if o.Metric == f.Metric.ID {
			taken[o.QuoteStart] = true
			continue
		}
		for _, v := range o.Values {
			others[v.Start] = o.Metric
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
		if len(findPhrases(words, f.exclude)) > 0 || len(f.require) > 0 && len(findPhrases(words, f.require)) == 0 {
			continue // the rules rule such sentences out on purpose
		}
		scopeHere := findPhrases(words, f.scope)
		if len(f.scope) > 0 && f.Metric.ScopeIn == "sentence" && len(scopeHere) == 0 {
			continue
		}
		c, ok := f.rank(d, s, words, figs, scopeHere, articleScope, others)
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
// within the window counts most, then a keyword further off, a word of the
// metric's name, the scope in the sentence, the metric's unit after the
// figure. A figure another metric took, or that an exclude_near word
// stands nearer to than any keyword, counts against.
func (f *MissFinder) rank(d *figures.Document, s figures.Sentence, words []word, figs []int, scopeHere []match, articleScope string, others map[int]string) (Candidate, bool) {
	kws := findPhrases(words, f.keywords)
	named := findPhrases(words, f.named)
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
			c.Score += 3 - f.closeness(kwDist)
			c.Reasons = append(c.Reasons, keywordReason(kw, kwDist, fmt.Sprintf("within the window of %d", f.window)))
		case kwDist <= 2*f.window:
			c.Score += 2
			c.Reasons = append(c.Reasons, keywordReason(kw, kwDist, fmt.Sprintf("beyond the window of %d", f.window)))
		default:
			c.Score++
			c.Reasons = append(c.Reasons, keywordReason(kw, kwDist, "far off"))
		}
		if nm, nd := nearest(named, first, end); nm != nil {
			if nd <= f.window {
				c.Score += 2 - f.closeness(nd)
			} else {
				c.Score++
			}
			c.Reasons = append(c.Reasons, fmt.Sprintf("%q of the metric's name or id %s away", nm.written, words2(nd)))
		}
		if n := distinctPhrases(kws, named); n > 1 {
			bonus := min(0.5*float64(n-1), 1.5)
			c.Score += bonus
			c.Reasons = append(c.Reasons, fmt.Sprintf("%d of the metric's words in the sentence", n))
		}
		if len(scopeHere) > 0 {
			c.Score++
			c.Reasons = append(c.Reasons, fmt.Sprintf("scope %q in the sentence", scopeHere[0].written))
		} else if articleScope != "" {
			c.Reasons = append(c.Reasons, fmt.Sprintf("scope %q in the article", articleScope))
		}
		if unitStem != "" && unitFollows(words, end, unitStem) {
			c.Score += 0.25
			c.Reasons = append(c.Reasons, fmt.Sprintf("the unit %q follows the figure", f.Metric.Unit))
		}
		if other, ok := others[fg.Start]; ok {
			c.Score--
			c.Reasons = append(c.Reasons, "taken by "+other)
		}
		if nr, nd := nearest(nears, first, end); nr != nil && (kw == nil || nd <= kwDist) {
			c.Score -= 2
			c.Reasons = append(c.Reasons, fmt.Sprintf("exclude_near %q stands %s", nr.ph.text, words2(nd)))
		}
		if c.Score > best.Score {
			best = c
		}
	}
	return best, best.Score >= 0
}

// distinctPhrases counts the different keywords and name words found: the
// more of a metric's words a sentence holds, the likelier it is about it.
func distinctPhrases(lists ...[]match) int {
	seen := map[*stemPhrase]bool{}
	for _, ms := range lists {
		for _, m := range ms {
			seen[m.ph] = true
		}
	}
	return len(seen)
}

// closeness takes up to one point off a word within the window, the more
// the further it stands, so that of two figures the nearer ranks first.
func (f *MissFinder) closeness(dist int) float64 {
	return float64(dist) / float64(f.window+1)
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
