package rules

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"strconv"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// SentenceExplanation says, for one sentence that holds a figure, which
// metrics looked at it and why each took a figure or left it.
type SentenceExplanation struct {
	Quote      string `json:"quote"`
	QuoteStart int    `json:"quote_start"`
	QuoteEnd   int    `json:"quote_end"`
	// Figures are the amounts the sentence holds, as written.
	Figures []string            `json:"figures"`
	Metrics []MetricExplanation `json:"metrics"`
}

// MetricExplanation is one metric's decision on one sentence, step by
// step, as the engine made it.
type MetricExplanation struct {
	Metric string `json:"metric"`
	Took   bool   `json:"took"`
	// Steps are the notes as --explain prints them; Notes[i] is Steps[i]
	// as a record, for a reader that must not depend on the wording.
	Steps []string `json:"steps"`
	Notes []Note   `json:"notes"`
}

// Note is one decision of the engine on a sentence: what kind of
// decision it was, the figure it concerns, and the reason in words.
type Note struct {
	Kind NoteKind `json:"kind"`
	// Figure is the figure the note is about, as written; "" when the note
	// is about the whole sentence.
	Figure string `json:"figure,omitempty"`
	// Reason is the note's words without the figure ("the whole a share is
	// taken of ...") or the "left: " of a sentence left.
	Reason string `json:"reason"`
	// Also: a reading of the engine's that leaves the figure, noted after
	// the metric's own rule (its window, its exclude_near) that leaves it
	// too and is noted first (ownrulefirst.go).
	Also bool `json:"also,omitempty"`
}

// NoteKind says what decision a note records. The kind is set where the
// decision is made, so a reader (rules misses) can tell a refusal from a
// step on the way without reading the note's wording.
type NoteKind string

const (
	// NoteFound: the metric's words found in or around the sentence.
	NoteFound NoteKind = "found"
	// NoteNotTried: a pattern not tried (none of its words, too few figures).
	NoteNotTried NoteKind = "pattern_not_tried"
	// NotePatternStopped: a pattern tried that did not match.
	NotePatternStopped NoteKind = "pattern_stopped"
	// NoteTook: the metric took a figure.
	NoteTook NoteKind = "took"
	// NoteNear: a figure passes a step (near enough a keyword, nearest a
	// value's words, the figure as first said).
	NoteNear NoteKind = "near"
	// NoteExcludeLifted: an exclude word that does not rule out this
	// figure or this sentence (an aside, a setting, a label of its own).
	NoteExcludeLifted NoteKind = "exclude_lifted"
	// NoteTooFar: no keyword, or the nearest is outside the window.
	NoteTooFar NoteKind = "too_far"
	// NoteNoFigure: the sentence left because no figure fits (or none
	// for a value).
	NoteNoFigure NoteKind = "no_figure"
	// NoteScopeMissing: the sentence or article names none of scope.
	NoteScopeMissing NoteKind = "scope_missing"
	// NoteRequireMissing: the sentence holds none of require.
	NoteRequireMissing NoteKind = "require_missing"
	// NoteExcluded: an exclude or exclude_near word rules it out.
	NoteExcluded NoteKind = "excluded"
	// NoteOutOfRange: the figure is below min or above max.
	NoteOutOfRange NoteKind = "out_of_range"
	// NoteWrongKind: the figure is not of the metric's kind or unit (a
	// rate, a duration, another currency, a scale's span).
	NoteWrongKind NoteKind = "wrong_kind"
	// NoteVague: a vague amount, no number to record.
	NoteVague NoteKind = "vague"
	// NoteRefused: a reading left the figure on purpose (a part, a share's
	// whole, another place's count, a withdrawn figure ...).
	NoteRefused NoteKind = "refused"
	// NoteSentenceLeft: a reading left the whole sentence on purpose
	// (another place's event, an event before since ...).
	NoteSentenceLeft NoteKind = "sentence_left"
)

// NoteKinds are every kind a note can have.
var NoteKinds = []NoteKind{NoteFound, NoteNotTried, NotePatternStopped, NoteTook, NoteNear, NoteExcludeLifted,
	NoteTooFar, NoteNoFigure, NoteScopeMissing, NoteRequireMissing, NoteExcluded, NoteOutOfRange, NoteWrongKind,
	NoteVague, NoteRefused, NoteSentenceLeft}

// Refuses says a note of kind k leaves its figure, or its sentence, on
// purpose: the rules decided against it, rather than not finding what
// they look for (no keyword near, no pattern matched, no figure fits).
func (k NoteKind) Refuses() bool {
	switch k {
	case NoteExcluded, NoteOutOfRange, NoteWrongKind, NoteVague, NoteRefused, NoteSentenceLeft,
		NoteScopeMissing, NoteRequireMissing:
		return true
	}
	return false
}

// tracer records the engine's decisions as it makes them. The engine
// calls it only when an explanation was asked for (docState.trace is nil
// otherwise), so extraction without one pays a nil check per decision.
type tracer struct {
	sentences []SentenceExplanation
	// nearSeen: a sentence traced held an exclude_near word of its
	// metric (exampleuntested.go).
	nearSeen bool
}

func (t *tracer) sentence(d *figures.Document, s *figures.Sentence) {
	se := SentenceExplanation{Quote: strings.TrimSpace(d.Text[s.Start:s.End]), QuoteStart: s.Start, QuoteEnd: s.End}
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		if d.Figures[fi].Kind.IsAmount() {
			se.Figures = append(se.Figures, d.Figures[fi].Text)
		}
	}
	t.sentences = append(t.sentences, se)
}

func (t *tracer) current() *MetricExplanation {
	se := &t.sentences[len(t.sentences)-1]
	return &se.Metrics[len(se.Metrics)-1]
}

func (t *tracer) metric(id string) {
	se := &t.sentences[len(t.sentences)-1]
	se.Metrics = append(se.Metrics, MetricExplanation{Metric: id})
}

// add records one note: its text as printed and, as a record, its kind,
// the figure it concerns ("" for the sentence) and its reason.
func (t *tracer) add(kind NoteKind, figure, text string) {
	reason := strings.TrimPrefix(text, "left: ")
	if figure != "" {
		reason = text
		if rest, ok := strings.CutPrefix(text, strconv.Quote(figure)); ok {
			reason = strings.TrimPrefix(strings.TrimPrefix(rest, ":"), " ")
		}
	}
	m := t.current()
	m.Steps = append(m.Steps, text)
	m.Notes = append(m.Notes, Note{Kind: kind, Figure: figure, Reason: reason})
}

// note notes a decision on the whole sentence.
func (t *tracer) note(kind NoteKind, format string, args ...any) {
	t.add(kind, "", fmt.Sprintf(format, args...))
}

// noteFigure notes a decision on one figure, written figure; the note
// reads the figure quoted, then rest.
func (t *tracer) noteFigure(kind NoteKind, figure, rest string, args ...any) {
	t.add(kind, figure, strconv.Quote(figure)+fmt.Sprintf(rest, args...))
}

// dropped reports cond, and when it holds and an explanation was asked
// for, notes why the figure is not taken (format has one %q, the figure's
// text, first). t may be nil: the note is then not even formatted.
// It stays small enough to inline, so the dozens of checks figureDropped
// makes per figure and metric cost no call when nothing is dropped; the
// note is formatted out of line.
func (t *tracer) dropped(kind NoteKind, cond bool, format, figure string) bool {
	if cond && t != nil {
		t.addDropped(kind, format, figure)
	}
	return cond
}

func (t *tracer) addDropped(kind NoteKind, format, figure string) {
	t.add(kind, figure, fmt.Sprintf(format, figure))
}

// droppedByKeyword is dropped for a check that names keyword h as what
// turns the figure away: the note reads the figure quoted, then rest,
// whose one %q is the keyword's text, read only when the note is made.
// Small enough to inline, as dropped is.
func (t *tracer) droppedByKeyword(kind NoteKind, cond bool, rest, figure string, d *figures.Document, h hit) bool {
	if cond && t != nil {
		t.addDroppedByKeyword(kind, rest, figure, d, h)
	}
	return cond
}

func (t *tracer) addDroppedByKeyword(kind NoteKind, rest, figure string, d *figures.Document, h hit) {
	t.noteFigure(kind, figure, rest, tokensText(d, h.start, h.end))
}

func (t *tracer) took(format string, args ...any) {
	t.note(NoteTook, format, args...)
	t.current().Took = true
}

// Explain is Extract that also says, for every sentence with a figure,
// which metrics looked at it and why each took a figure or not. The
// explanations are notes the engine made while deciding, not a second
// reading of the rules.
func (e *Engine) Explain(text string) ([]Observation, []SentenceExplanation) {
	return e.ExplainDated(text, time.Time{})
}

// ExplainDated is Explain on a text of an article dated date (the zero
// time: not known), as ExtractInArticle reads it.
func (e *Engine) ExplainDated(text string, date time.Time) ([]Observation, []SentenceExplanation) {
	tr := &tracer{}
	obs := e.extract(figures.Analyze(text), -1, tr, date)
	return obs, tr.sentences
}

// noteHits notes the metric's words found for sentence s, each where it
// stands: in s ("found here"), or in the sentence after it that names a
// figure fronted on its own ("Fifty thousand. That is the number of
// Palestinians killed ...", fronted.go), or in the question s answers.
func (e *Engine) noteHits(st *docState, s *figures.Sentence, hits []hit) {
	if len(hits) == 0 {
		st.trace.note(NoteFound, "found here: no words of its own (a pattern without required words)")
		return
	}
	var here, next, before []hit
	for _, h := range hits {
		switch {
		case h.start >= s.TokEnd:
			next = append(next, h)
		case fromQuestion(s, h):
			before = append(before, h)
		default:
			here = append(here, h)
		}
	}
	for _, g := range []struct {
		where string
		hits  []hit
	}{{"here", here}, {"in the next sentence", next}, {"in the question before", before}} {
		if len(g.hits) > 0 {
			st.trace.note(NoteFound, "found %s: %s", g.where, e.describeHits(st, g.hits))
		}
	}
}

// describeHits lists the metric's words found.
func (e *Engine) describeHits(st *docState, hits []hit) string {
	var parts []string
	for _, h := range hits {
		what := "pattern word"
		switch {
		case h.ref.article:
			what = "the article's subject (its story before the sentence names this metric, by " + e.phraseOf(h.ref).rule + ", and no other count the figure fits; articlesubject.go)"
		case h.ref.back:
			what = e.phraseOf(h.ref).rule + ", a back-reference (the noun takes up the one place the sentence before or the title names; backcity.go)"
		case h.ref.role != rolePattern:
			what = e.phraseOf(h.ref).rule
		default:
			what = fmt.Sprintf("patterns[%d] word", h.ref.index)
		}
		parts = append(parts, fmt.Sprintf("%q by %s", tokensText(st.d, h.start, h.end), what))
	}
	return strings.Join(parts, "; ")
}

// tokensText is the text of tokens [start, end).
func tokensText(d *figures.Document, start, end int) string {
	return d.Text[d.Tokens[start].Start:d.Tokens[end-1].End]
}

func words(n int) string {
	switch {
	case n >= far/2:
		return "none in the sentence"
	case n == 1:
		return "1 word"
	}
	return strconv.Itoa(n) + " words"
}

func describeFar(d *figures.Document, hits []hit, kw, dist, window int) string {
	if kw < 0 {
		if hasRole(hits, roleKeyword) {
			return "its keywords are another figure's (a conjunction or semicolon stands between, or an amount before names them after \"in\")"
		}
		return "no keyword in the sentence"
	}
	return fmt.Sprintf("nearest keyword %q is %s away; window %d", tokensText(d, hits[kw].start, hits[kw].end), words(dist), window)
}

// kindOf is the kind of note a figure the metric rejects for why gets.
func kindOf(why fit) NoteKind {
	switch why {
	case belowMin, aboveMax:
		return NoteOutOfRange
	case fitting:
		return NoteNear
	}
	return NoteWrongKind
}

func (m *metric) describeReject(why fit, f *figures.Figure) string {
	switch why {
	case wrongKind:
		kind := m.spec.Kind
		if kind == "" {
			kind = "count"
		}
		return fmt.Sprintf("is a %s figure; the metric takes %s", f.Kind, kind)
	case wrongCurrency:
		unit := f.Unit
		if unit == "" {
			unit = "no currency"
		}
		return fmt.Sprintf("is in %s; the metric takes %s", unit, m.spec.Unit)
	case belowMin:
		return fmt.Sprintf("%s is below min %s", formatNumber(f.Value), formatNumber(*m.spec.Min))
	case aboveMax:
		return fmt.Sprintf("%s is above max %s", formatNumber(f.Value), formatNumber(*m.spec.Max))
	case zeroRange:
		return "is a range from zero, a scale's span"
	}
	return "fits"
}

// stoppedAt says where a pattern that did not match stopped: it tries
// ever shorter beginnings of the pattern and quotes what follows the
// longest one that matches. Only explanations call it.
func (cp *compiledPattern) stoppedAt(d *figures.Document, masked string) string {
	re, err := syntax.Parse(cp.re.String(), syntax.Perl)
	if err != nil || re.Op != syntax.OpConcat {
		return "no part of it matched"
	}
	for k := len(re.Sub) - 1; k > 0; k-- {
		prefix := &syntax.Regexp{Op: syntax.OpConcat, Flags: re.Flags, Sub: re.Sub[:k]}
		pre, err := regexp.Compile(prefix.String())
		if err != nil {
			continue
		}
		loc := pre.FindStringIndex(masked)
		if loc == nil {
			continue
		}
		rest := unmask(d, masked[loc[1]:])
		if len(rest) > 40 {
			rest = rest[:40] + "…"
		}
		return fmt.Sprintf("matched %q, then stopped at %q", unmask(d, masked[loc[0]:loc[1]]), rest)
	}
	return "no part of it matched"
}

// unmask puts the figures back in a masked piece of a sentence.
func unmask(d *figures.Document, s string) string {
	var b strings.Builder
	for {
		i := strings.IndexRune(s, markOpen)
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		s = s[i+len(string(markOpen)):]
		j := strings.IndexRune(s, markClose)
		if j < 0 {
			return b.String()
		}
		if fi, err := strconv.Atoi(s[:j]); err == nil && fi >= 0 && fi < len(d.Figures) {
			b.WriteString(d.Figures[fi].Text)
		}
		s = s[j+len(string(markClose)):]
	}
}
