// Package rules matches the metrics users define in YAML to the figures in
// news text. Figures are found once per text (package figures); each
// sentence that holds one is then checked only against the metrics whose
// keywords or pattern words occur in it, so the cost stays flat as metrics
// are added.
package rules

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/claimtrack/claimtrack/rules/claimant"
	"github.com/claimtrack/claimtrack/rules/figures"
)

// DefaultWindow is how many words may separate a keyword from its figure.
const DefaultWindow = 8

// Value is one named figure of an observation ("value" for single-valued
// metrics, or a placeholder name such as "prisoners").
type Value struct {
	Name string `json:"name"`
	figures.Figure
}

// Observation is what one metric found in one sentence of a text.
type Observation struct {
	Metric string  `json:"metric"`
	Values []Value `json:"values"`
	// Quote is the sentence the figures came from; QuoteStart and
	// QuoteEnd are its byte offsets in the text.
	Quote      string `json:"quote"`
	QuoteStart int    `json:"quote_start"`
	QuoteEnd   int    `json:"quote_end"`
	// Rule says which part of the metric matched: `keyword "killed"` or
	// `patterns[0]`.
	Rule string `json:"rule"`
	// Claimant is who the text says claims the main value; nil when
	// unattributed. See claimants.go.
	Claimant *claimant.Claimant `json:"claimant,omitempty"`
}

// Main is the observation's first value: the value of a single-valued metric.
func (o Observation) Main() Value { return o.Values[0] }

// Get returns the value named name.
func (o Observation) Get(name string) (Value, bool) {
	for _, v := range o.Values {
		if v.Name == name {
			return v, true
		}
	}
	return Value{}, false
}

type phrase struct {
	words  []string
	prefix bool // the last word ends in *: kill* matches killed
	text   string
	rule   string // `keyword "kill*"`: made once, named by every observation it makes
}

type metric struct {
	spec     MetricSpec
	kinds    []figures.Kind
	window   int
	keywords []phrase
	scope    []phrase
	exclude  []phrase // rule the sentence out
	near     []phrase // exclude_near: rule a figure out
	patterns []*compiledPattern
}

// Engine evaluates a set of metrics against texts. It is safe for
// concurrent use.
type Engine struct {
	metrics []*metric
	// byWord maps the first word of a phrase (keyword or exclude) to the
	// metrics that use it; byPrefix does the same for "kill*" keywords,
	// keyed by the prefix, with prefixLens the distinct prefix lengths.
	byWord     map[string][]phraseRef
	byPrefix   map[string][]phraseRef
	prefixLens []int
	// starts holds a bit for the first two bytes of every indexed word and
	// prefix: most words of a text start otherwise, and skip the lookups
	// (with a thousand metrics, a map lookup per word and prefix length was
	// the engine's largest cost).
	starts startSet
	// patternAlways lists pattern metrics with no required word, checked on
	// every sentence that holds a figure.
	patternAlways []int
	// analyzers keeps figures.Analyzers between calls of Extract, so that
	// a stream of articles reuses token storage instead of allocating it.
	analyzers sync.Pool
	// claimants finds each observation's claimant (claimants.go).
	claimants claimantSetting
}

// maxPooledText is the longest text whose analyzer goes back to the pool:
// one a hostile page grew to hundreds of megabytes is left to the collector.
const maxPooledText = 4 << 20

type phraseRef struct {
	metric  int
	keyword int // index in keywords, or -1 - index in exclude_near
	pattern int // index in patterns, or -1
}

// Compile validates the specs and builds an engine.
func Compile(specs []MetricSpec) (*Engine, error) {
	e := &Engine{byWord: map[string][]phraseRef{}, byPrefix: map[string][]phraseRef{}}
	var errs []error
	seen := map[string]bool{}
	lens := map[int]bool{}
	for i := range specs {
		s := specs[i]
		where := s.ID
		if o := s.Origin.String(); o != "" {
			where = o + ": " + s.ID
		}
		if ve := s.Validate(); len(ve) > 0 {
			for _, v := range ve {
				errs = append(errs, fmt.Errorf("metric %s: %s", where, v))
			}
			continue
		}
		if seen[s.ID] {
			errs = append(errs, fmt.Errorf("metric %s: duplicate id", where))
			continue
		}
		seen[s.ID] = true
		m := &metric{spec: s, window: s.Window}
		if m.window == 0 {
			m.window = DefaultWindow
		}
		switch s.Kind {
		case "", "count":
			m.kinds = []figures.Kind{figures.Count}
		case "money":
			m.kinds = []figures.Kind{figures.Money}
		case "percent":
			m.kinds = []figures.Kind{figures.Percent}
		case "fraction":
			m.kinds = []figures.Kind{figures.Fraction, figures.Percent}
		}
		m.keywords = toPhrases(s.Keywords)
		m.scope = toPhrases(s.Scope)
		m.exclude = toPhrases(s.Exclude)
		m.near = toPhrases(s.ExcludeNear)
		idx := len(e.metrics)
		for k, ph := range m.keywords {
			e.index(ph, phraseRef{metric: idx, keyword: k, pattern: -1}, lens)
		}
		for k, ph := range m.near {
			e.index(ph, phraseRef{metric: idx, keyword: -1 - k, pattern: -1}, lens)
		}
		for k, p := range s.Patterns {
			cp, err := compilePattern(p)
			if err != nil {
				errs = append(errs, fmt.Errorf("metric %s: patterns[%d]: %w", where, k, err))
				continue
			}
			cp.rule = fmt.Sprintf("patterns[%d]", k)
			m.patterns = append(m.patterns, cp)
			if len(cp.anchors) == 0 {
				e.patternAlways = append(e.patternAlways, idx)
			}
			for _, a := range cp.anchors {
				e.byWord[a] = append(e.byWord[a], phraseRef{metric: idx, keyword: 0, pattern: k})
				e.starts.addWord(a)
			}
		}
		e.metrics = append(e.metrics, m)
	}
	for l := range lens {
		e.prefixLens = append(e.prefixLens, l)
	}
	slices.Sort(e.prefixLens)
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return e, nil
}

func (e *Engine) index(ph phrase, ref phraseRef, lens map[int]bool) {
	if len(ph.words) == 1 && ph.prefix {
		e.byPrefix[ph.words[0]] = append(e.byPrefix[ph.words[0]], ref)
		lens[len(ph.words[0])] = true
		e.starts.addPrefix(ph.words[0])
		return
	}
	e.byWord[ph.words[0]] = append(e.byWord[ph.words[0]], ref)
	e.starts.addWord(ph.words[0])
}

// startSet is a set of two-byte word starts, lower-cased; a one-byte word
// is its byte and a zero.
type startSet [1 << 16 / 64]uint64

func startOf(w string) uint16 {
	k := uint16(lowerByte(w[0])) << 8
	if len(w) > 1 {
		k |= uint16(lowerByte(w[1]))
	}
	return k
}

func (s *startSet) set(k uint16)      { s[k/64] |= 1 << (k % 64) }
func (s *startSet) has(k uint16) bool { return s[k/64]&(1<<(k%64)) != 0 }

func (s *startSet) addWord(w string) { s.set(startOf(w)) }

// addPrefix adds a keyword prefix ("kill*"): a one-letter prefix starts
// words with any second byte.
func (s *startSet) addPrefix(p string) {
	if len(p) > 1 {
		s.set(startOf(p))
		return
	}
	for c := range 256 {
		s.set(startOf(p) | uint16(c))
	}
}

func toPhrases(list []string) []phrase {
	out := make([]phrase, 0, len(list))
	for _, s := range list {
		t := strings.TrimSpace(s)
		ph := phrase{text: t, prefix: strings.HasSuffix(t, "*"), rule: "keyword " + strconv.Quote(t)}
		ph.words = wordsOf(strings.TrimSuffix(t, "*"))
		if len(ph.words) > 0 {
			out = append(out, ph)
		}
	}
	return out
}

// Metrics returns the specs of the compiled metrics, in order.
func (e *Engine) Metrics() []MetricSpec {
	out := make([]MetricSpec, len(e.metrics))
	for i, m := range e.metrics {
		out[i] = m.spec
	}
	return out
}

// Extract finds every observation the metrics make in text.
func (e *Engine) Extract(text string) []Observation {
	a, _ := e.analyzers.Get().(*figures.Analyzer)
	if a == nil {
		a = new(figures.Analyzer)
	}
	// The observations keep nothing of the Document but copies and
	// substrings of text, so the analyzer can serve the next call.
	obs := e.ExtractDoc(a.Analyze(text))
	if len(text) <= maxPooledText {
		e.analyzers.Put(a)
	}
	return obs
}

// ExtractDoc is Extract on a text already analysed.
func (e *Engine) ExtractDoc(d *figures.Document) []Observation {
	return e.extract(d, -1)
}

// hit is a phrase found in a sentence: the token range it covers.
type hit struct {
	ref        phraseRef
	start, end int
}

type docState struct {
	d *figures.Document
	// lower is the text lower-cased, made only when a candidate metric has
	// scope or exclude words to look for: most sentences never need it.
	lower  string
	scoped map[int]bool // metric → article mentions its scope
}

// lowerText returns the document's text with ASCII letters lower-cased.
func (st *docState) lowerText() string {
	if st.lower == "" {
		st.lower = lowerASCII(st.d.Text)
	}
	return st.lower
}

func (e *Engine) extract(d *figures.Document, only int) []Observation {
	if len(e.metrics) == 0 || len(d.Figures) == 0 {
		return nil
	}
	st := &docState{d: d, scoped: map[int]bool{}}
	var out []Observation
	var hits []hit
	for si := range d.Sentences {
		s := &d.Sentences[si]
		if !hasAmount(d, s) {
			continue
		}
		hits = e.findHits(st, s, hits[:0])
		// Group the hits by metric, so each metric sees only its own.
		slices.SortStableFunc(hits, func(a, b hit) int { return a.ref.metric - b.ref.metric })
		for lo := 0; lo < len(hits); {
			mi := hits[lo].ref.metric
			hi := lo + 1
			for hi < len(hits) && hits[hi].ref.metric == mi {
				hi++
			}
			run := hits[lo:hi]
			lo = hi
			if only >= 0 && mi != only || !hasTrigger(run) {
				continue
			}
			if o, ok := e.evaluate(st, s, mi, run); ok {
				out = append(out, o)
			}
		}
		for _, mi := range e.patternAlways {
			if only >= 0 && mi != only || hasMetric(hits, mi) {
				continue
			}
			if o, ok := e.evaluate(st, s, mi, nil); ok {
				out = append(out, o)
			}
		}
	}
	return e.attribute(d, out)
}

// hasTrigger reports whether a metric's hits include a keyword or a
// pattern word: exclude_near words alone do not make it a candidate.
func hasTrigger(hits []hit) bool {
	for _, h := range hits {
		if h.ref.keyword >= 0 || h.ref.pattern >= 0 {
			return true
		}
	}
	return false
}

// hasMetric reports whether the sorted hits hold one for metric mi.
func hasMetric(hits []hit, mi int) bool {
	i := sort.Search(len(hits), func(i int) bool { return hits[i].ref.metric >= mi })
	return i < len(hits) && hits[i].ref.metric == mi
}

func hasAmount(d *figures.Document, s *figures.Sentence) bool {
	for i := s.FigStart; i < s.FigEnd; i++ {
		if d.Figures[i].Kind.IsAmount() {
			return true
		}
	}
	return false
}

func countAmounts(d *figures.Document, s *figures.Sentence) int {
	n := 0
	for i := s.FigStart; i < s.FigEnd; i++ {
		if d.Figures[i].Kind.IsAmount() {
			n++
		}
	}
	return n
}

// findHits looks up each word of the sentence in the phrase index.
func (e *Engine) findHits(st *docState, s *figures.Sentence, hits []hit) []hit {
	d := st.d
	var buf [64]byte
	for ti := s.TokStart; ti < s.TokEnd; ti++ {
		t := d.Tokens[ti]
		if t.IsSymbol() {
			continue
		}
		raw := d.Text[t.Start:t.End]
		if !e.starts.has(startOf(raw)) {
			continue
		}
		w := lowerInto(&buf, raw)
		for _, ref := range e.byWord[string(w)] {
			m := e.metrics[ref.metric]
			if ref.pattern >= 0 {
				hits = append(hits, hit{ref: ref, start: ti, end: ti + 1})
				continue
			}
			ph := m.phraseOf(ref)
			if end, ok := matchPhrase(st, s, ti, ph); ok {
				hits = append(hits, hit{ref: ref, start: ti, end: end})
			}
		}
		for _, l := range e.prefixLens {
			if l > len(w) {
				continue
			}
			for _, ref := range e.byPrefix[string(w[:l])] {
				hits = append(hits, hit{ref: ref, start: ti, end: ti + 1})
			}
		}
	}
	return hits
}

func (m *metric) phraseOf(ref phraseRef) phrase {
	if ref.keyword >= 0 {
		return m.keywords[ref.keyword]
	}
	return m.near[-1-ref.keyword]
}

// matchPhrase checks a phrase's words at token ti, skipping symbols
// (hyphens, apostrophes) between them.
func matchPhrase(st *docState, s *figures.Sentence, ti int, ph phrase) (int, bool) {
	d := st.d
	k := ti
	for wi, w := range ph.words {
		for k < s.TokEnd && d.Tokens[k].IsSymbol() {
			k++
		}
		if k >= s.TokEnd {
			return 0, false
		}
		t := d.Tokens[k]
		got := d.Text[t.Start:t.End]
		last := wi == len(ph.words)-1
		if !hasPrefixLower(got, w) || len(got) != len(w) && !(last && ph.prefix) {
			return 0, false
		}
		k++
	}
	return k, true
}

// evaluate applies metric mi to sentence s.
func (e *Engine) evaluate(st *docState, s *figures.Sentence, mi int, hits []hit) (Observation, bool) {
	m := e.metrics[mi]
	d := st.d
	if len(m.scope) > 0 && !e.inScope(st, s, mi) {
		return Observation{}, false
	}
	if len(m.exclude) > 0 && containsAnyPhrase(st.lowerText()[s.Start:s.End], m.exclude) {
		return Observation{}, false
	}
	// Patterns first: they are the precise form.
	amounts := -1
	for pi, cp := range m.patterns {
		if len(cp.anchors) > 0 && !hasPatternHit(hits, mi, pi) {
			continue
		}
		if amounts < 0 {
			amounts = countAmounts(d, s)
		}
		if amounts < len(cp.names) {
			continue // each placeholder binds a figure of its own
		}
		if vals, ok := m.matchPattern(d, s, cp); ok {
			return m.observation(d, s, vals, cp.rule), true
		}
	}
	if len(m.keywords) == 0 {
		return Observation{}, false
	}
	best, bestDist, bestKw := -1, 1<<30, -1
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		f := d.Figures[fi]
		if !m.accepts(f) {
			continue
		}
		fs, fe := d.FigureTokens(fi)
		kwDist, kw := 1<<30, -1
		exDist := 1 << 30
		for _, h := range hits {
			if h.ref.pattern >= 0 {
				continue
			}
			dist := wordGap(d, fs, fe, h.start, h.end)
			if h.ref.keyword >= 0 {
				if dist < kwDist {
					kwDist, kw = dist, h.ref.keyword
				}
			} else if dist < exDist {
				exDist = dist
			}
		}
		if kwDist > m.window || exDist <= kwDist {
			continue
		}
		// Strictly nearer only: on a tie the earlier figure wins, as in
		// "four battalions of thousands of fighters".
		if kwDist < bestDist {
			best, bestDist, bestKw = fi, kwDist, kw
		}
	}
	if best < 0 {
		return Observation{}, false
	}
	vals := []Value{{Name: "value", Figure: d.Figures[best]}}
	return m.observation(d, s, vals, m.keywords[bestKw].rule), true
}

func hasPatternHit(hits []hit, mi, pi int) bool {
	for _, h := range hits {
		if h.ref.metric == mi && h.ref.pattern == pi {
			return true
		}
	}
	return false
}

// wordGap counts the words strictly between two token ranges.
func wordGap(d *figures.Document, as, ae, bs, be int) int {
	if ae <= bs {
		return d.WordPos(bs) - d.WordPos(ae)
	}
	if be <= as {
		return d.WordPos(as) - d.WordPos(be)
	}
	return 0
}

// accepts reports whether a figure can be a value of the metric.
func (m *metric) accepts(f figures.Figure) bool {
	ok := false
	for _, k := range m.kinds {
		if f.Kind == k {
			ok = true
		}
	}
	if !ok {
		return false
	}
	if m.spec.Kind == "money" && m.spec.Unit != "" && f.Unit != m.spec.Unit {
		return false
	}
	if m.spec.Min != nil && f.Value < *m.spec.Min || m.spec.Max != nil && f.Value > *m.spec.Max {
		return false
	}
	return true
}

// inScope checks the metric's scope words in the sentence or the article.
func (e *Engine) inScope(st *docState, s *figures.Sentence, mi int) bool {
	m := e.metrics[mi]
	if m.spec.ScopeIn == "sentence" {
		return containsAnyPhrase(st.lowerText()[s.Start:s.End], m.scope)
	}
	v, ok := st.scoped[mi]
	if !ok {
		v = containsAnyPhrase(st.lowerText(), m.scope)
		st.scoped[mi] = v
	}
	return v
}

// containsAnyPhrase reports whether text (lower-cased) holds one of the
// phrases as whole words.
func containsAnyPhrase(text string, phrases []phrase) bool {
	for _, ph := range phrases {
		for off := 0; off < len(text); {
			i := strings.Index(text[off:], ph.words[0])
			if i < 0 {
				break
			}
			i += off
			if (i == 0 || !isWordByte(text[i-1])) && matchWordsAt(text, i, ph) {
				return true
			}
			off = i + 1
		}
	}
	return false
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// matchWordsAt checks a phrase's words in text from offset i, allowing
// any run of non-word characters between them.
func matchWordsAt(text string, i int, ph phrase) bool {
	for wi, w := range ph.words {
		for i < len(text) && !isWordByte(text[i]) {
			i++
		}
		if !strings.HasPrefix(text[i:], w) {
			return false
		}
		i += len(w)
		last := wi == len(ph.words)-1
		if last && ph.prefix {
			return true
		}
		if i < len(text) && isWordByte(text[i]) {
			return false
		}
	}
	return true
}

// matchPattern runs a pattern over the sentence with its amount figures
// masked, and returns the figures its placeholders bound.
func (m *metric) matchPattern(d *figures.Document, s *figures.Sentence, cp *compiledPattern) ([]Value, bool) {
	var b strings.Builder
	pos := s.Start
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		f := d.Figures[fi]
		if !f.Kind.IsAmount() || f.Start < pos {
			continue
		}
		b.WriteString(d.Text[pos:f.Start])
		b.WriteRune(markOpen)
		b.WriteString(strconv.Itoa(fi))
		b.WriteRune(markClose)
		pos = f.End
	}
	b.WriteString(d.Text[pos:s.End])
	masked := b.String()
	for _, loc := range cp.re.FindAllStringSubmatchIndex(masked, -1) {
		vals := make([]Value, 0, len(cp.names))
		ok := true
		for _, name := range cp.names {
			g := cp.re.SubexpIndex(name)
			if loc[2*g] < 0 {
				ok = false
				break
			}
			fi, err := strconv.Atoi(masked[loc[2*g]:loc[2*g+1]])
			if err != nil || fi < 0 || fi >= len(d.Figures) || !m.accepts(d.Figures[fi]) {
				ok = false
				break
			}
			vals = append(vals, Value{Name: name, Figure: d.Figures[fi]})
		}
		if ok {
			return vals, true
		}
	}
	return nil, false
}

func (m *metric) observation(d *figures.Document, s *figures.Sentence, vals []Value, rule string) Observation {
	return Observation{
		Metric:     m.spec.ID,
		Values:     vals,
		Quote:      strings.TrimSpace(d.Text[s.Start:s.End]),
		QuoteStart: s.Start,
		QuoteEnd:   s.End,
		Rule:       rule,
	}
}
