package eval

import (
	"sort"
	"strings"
	"time"

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
	// Date is the article's date, the zero time when not known: the rules
	// read a year before the one before it as past.
	Date time.Time
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
	// Refused is why the rules left the figure on purpose, as --explain
	// says it ("the whole a share is taken of ...", "excluded by ..."):
	// such a candidate ranks after every silent miss. Empty for a figure
	// the rules said nothing of.
	Refused string `json:"refused,omitempty"`
}

// explainer is an Extractor that also says why it took or left each
// figure (*rules.Engine).
type explainer interface {
	ExplainDated(text string, date time.Time) ([]rules.Observation, []rules.SentenceExplanation)
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

// Find returns the candidates of the documents, likeliest first.
func (f *MissFinder) Find(docs ...Document) []Candidate {
	var out []Candidate
	for _, doc := range docs {
		out = append(out, f.findIn(doc)...)
	}
	SortCandidates(out)
	return out
}

// SortCandidates puts candidates likeliest first: the silent misses by
// score, then the figures the rules refused on purpose, by score.
func SortCandidates(cs []Candidate) {
	sort.SliceStable(cs, func(i, j int) bool {
		if ri, rj := cs[i].Refused != "", cs[j].Refused != ""; ri != rj {
			return rj
		}
		return cs[i].Score > cs[j].Score
	})
}

// extract returns the rules' observations of text and, when the rules
// can say why, the metric's own decision on each sentence it looked at
// and took nothing from, by the sentence's start.
func (f *MissFinder) extract(text string, date time.Time) ([]rules.Observation, map[int]*rules.MetricExplanation) {
	ex, ok := f.Rules.(explainer)
	if !ok {
		return f.Rules.ExtractInArticle(text, "", date), nil
	}
	obs, sentences := ex.ExplainDated(text, date)
	left := map[int]*rules.MetricExplanation{}
	for i := range sentences {
		for j := range sentences[i].Metrics {
			if m := &sentences[i].Metrics[j]; m.Metric == f.Metric.ID && !m.Took {
				left[sentences[i].QuoteStart] = m
			}
		}
	}
	return obs, left
}

// refusal is the reason m, the metric's decision on a sentence it took
// nothing from, gives for leaving the figure written text on purpose: a
// refusing note on the whole sentence ("excluded by ..."), or else the
// last refusing note on the figure ("the whole a share is taken of ...");
// "" when it has neither. It reads the notes' kinds, not their wording:
// no figure fitting, a keyword too far or a pattern that stopped is a
// silent miss, not a refusal. A note marked Also (an engine's reading
// noted after the metric's own rule that leaves the figure too) gives
// way to a refusing note of the rule's ("excluded by"), as --explain
// prints it first; a keyword too far leaves the figure anyway, so the
// reading is then the refusal.
func refusal(m *rules.MetricExplanation, text string) string {
	if m == nil {
		return ""
	}
	why, also := "", ""
	for _, n := range m.Notes {
		if !n.Kind.Refuses() {
			continue
		}
		if n.Figure == "" {
			return n.Reason
		}
		if n.Figure == text && n.Also {
			also = n.Reason
		} else if n.Figure == text {
			why = n.Reason
		}
	}
	if why == "" {
		return also
	}
	return why
}

func (f *MissFinder) findIn(doc Document) []Candidate {
	d := figures.Analyze(doc.Text)
	taken := map[int]bool{}
	others := map[int]string{} // a figure's start → the other metric that took it
	obs, left := f.extract(doc.Text, doc.Date)
	for _, o := range obs {
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
	// A sentence written twice in one text (a headline given again as the
	// page's h1 or standfirst, a live blog's key points restating an entry)
	// is one candidate: listed twice, it crowded out the next one.
	listed := map[string]bool{}
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
		c.Refused = refusal(left[s.Start], c.Figure.Text)
		c.Document = doc.Name
		c.Sentence = strings.TrimSpace(text)
		if listed[c.Sentence] {
			continue
		}
		listed[c.Sentence] = true
		if doc.Lines {
			c.Line = 1 + strings.Count(doc.Text[:s.Start], "\n")
		}
		out = append(out, c)
	}
	return out
}

// candidateFigures are the sentence's figures of the metric's kind, unit
// and range. For a metric in a unit of measure, a figure written in
// another ("1.2 million acres" for a metric in hectares) is no miss: the
// rules convert nothing and leave it on purpose (rules/measureunit.go).
func (f *MissFinder) candidateFigures(d *figures.Document, s figures.Sentence) []int {
	var out []int
	measure := rules.MeasureOf(f.Metric.Unit)
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		fg := d.Figures[fi]
		if !kindFits(f.Metric, fg) {
			continue
		}
		// A figure written with no unit at all is no area or length either:
		// the rules take only figures written with the metric's unit
		// ("30,000 people fled as fires burned", "3 deaths" in a story on
		// acres burned), and a desk saw such figures listed first.
		if u := rules.MeasureAfter(d, &s, fi); measure != "" && u != measure {
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
