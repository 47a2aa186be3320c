package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A speaker gives a bare figure and names whose it is after it: "We're
// hearing, uh, something north of twenty-eight thousand now, according to
// the ministry in Gaza." A keyword that names an owner's figure
// ("ministry's count") is said so in halves too (see askedfigure.go): the
// figure stands for the noun, "according to the ministry" (or "the
// ministry says") for the owner. The figure must be the sentence's only
// amount, bare (a mark, or "now" and a mark, after it: a noun after it
// says what it counts) and opening its clause (a verb or a noun before it,
// "revised its count of fighters to 14,000", "has detained 14,000", says
// what it is). A sentence with any word of the metric's own (a
// keyword, an exclude_near word) is read by those alone. The noun half may
// also be the subject whose level the figure gives, a noun for a figure
// (any of the owner's nouns, as ownersfigure.go reads them): "Tonight the
// tally stands at forty thousand and five, according to the ministry" says
// "the ministry's tally" of the figure. The owner's verb of saying may also
// stand right before the figure, which then opens what the owner says
// ("The ministry says thirty-eight thousand four hundred"), and the figure
// may carry the people it counts and nothing else ("about thirty-eight
// thousand people now, according to the ministry": barePeople).

// attributedBareHits appends to hits a keyword hit on the owner an
// attribution in sentence s names, for each metric with an owner's-figure
// keyword of that owner, when s's only amount is bare.
func (e *Engine) attributedBareHits(st *docState, s *figures.Sentence, hits []hit) []hit {
	d := st.d
	first := firstAmountTok(d, s)
	if first < 0 || countAmounts(d, s) != 1 {
		return hits
	}
	if !bareAnswer(d, s, first) && (!barePeople(d, s, first) || restatesSentenceBefore(d, s, first)) {
		return hits
	}
	subject := -1 // the figure noun whose level the figure gives: "the tally stands at"
	saidBy := -1  // the owner whose verb of saying stands right before the figure: "the ministry says 38,400"
	if !opensClause(d, s, first) {
		if first-2 >= s.TokStart && ownerSaysVerb(d.LowerTokenText(first-1)) {
			saidBy = first - 2
		} else if subject = figureNounSubject(d, s, first); subject < 0 {
			return hits
		}
	}
	var qhits []hit // the question s answers, if any: read once, when a metric asks
	asked := false
	for mi, m := range e.metrics {
		if metricHit(hits, mi) {
			continue // the sentence names the count, or rules it out, itself
		}
		if !asked {
			qhits, asked = questionHitsOf(e, st, s), true
		}
		if nearInQuestion(qhits, mi) {
			// The question names the count the answer gives: "How many have
			// been wounded? The ministry says over 110,000.", "How many
			// wounded? More than 77,000, according to the same ministry."
			continue
		}
		for ki, ph := range m.keywords {
			owner, ok := ownersFigure(ph)
			if !ok {
				continue
			}
			if k := attributedTo(d, s, owner); k >= 0 && (saidBy < 0 || k == saidBy) {
				at := hit{ref: phraseRef{metric: int32(mi), role: roleKeyword, index: int32(ki)}, start: k, end: k + 1}
				if subject >= 0 {
					at.start, at.end = subject, subject+1
				}
				hits = append(hits, at)
				break
			}
		}
	}
	return hits
}

// levelWords is how many words may stand between a figure noun and the
// figure whose level it gives: "the tally now stands at".
const levelWords = 4

// figureNounSubject returns the token of a figure noun ("tally", "count",
// "figure") that is the subject of a verb giving its level, the figure at
// token fs: "Tonight the tally stands at forty thousand and five", "the
// count has reached 41,000". The noun has "the" before it, and only words
// of the verb that sets its level (countSettingVerb, "at", "to", "past")
// stand between it and the figure. It returns -1 otherwise.
func figureNounSubject(d *figures.Document, s *figures.Sentence, fs int) int {
	for k := fs - 1; k > s.TokStart && k >= fs-levelWords-1; k-- {
		w := d.LowerTokenText(k)
		if figureNoun(w) {
			if k < fs-1 && d.LowerTokenText(k-1) == "the" {
				return k
			}
			return -1
		}
		if !countSettingVerb(w) && !countSettingPreposition(w) {
			return -1
		}
	}
	return -1
}

// attributedToWords is how many words may stand between "according to"
// and the owner ("according to the health ministry in Gaza").
const attributedToWords = 4

// attributedTo returns the token of owner in sentence s where an
// attribution names it, "according to the ministry" or "the ministry
// says", or -1.
func attributedTo(d *figures.Document, s *figures.Sentence, owner string) int {
	for k := s.TokStart; k < s.TokEnd; k++ {
		if d.LowerTokenText(k) != owner {
			continue
		}
		if k+1 < s.TokEnd && ownerSaysVerb(d.LowerTokenText(k+1)) {
			return k
		}
		for j := k - 1; j > s.TokStart && j >= k-attributedToWords-1; j-- {
			if !d.Tokens[j].IsWord() {
				break
			}
			if strings.EqualFold(d.TokenText(j), "to") && strings.EqualFold(d.TokenText(j-1), "according") {
				return k
			}
		}
	}
	return -1
}

// metricHit reports whether hits, in any order, hold one of metric mi.
func metricHit(hits []hit, mi int) bool {
	for _, h := range hits {
		if int(h.ref.metric) == mi {
			return true
		}
	}
	return false
}

// opensClause reports whether the figure starting at token fs opens its
// clause in sentence s: the sentence's first word past a speaker's label,
// or the first after a comma or a dash ("We're hearing, uh, something
// north of twenty-eight thousand").
func opensClause(d *figures.Document, s *figures.Sentence, fs int) bool {
	if fs == afterSpeakerLabel(d, s) {
		return true
	}
	return fs > s.TokStart && (d.TokenText(fs-1) == "," || isDash(d.TokenText(fs-1)))
}

// ownerSaysVerb reports whether lower-cased w is "says" or "said", the verb an
// owner gives its figure by (attributedTo).
func ownerSaysVerb(w string) bool { return w == "says" || w == "said" }

// barePeople reports whether the figure starting at token fs carries only
// the people it counts: "people", perhaps "now", then a mark or the
// sentence's end ("thirty-eight thousand people now, according to the
// ministry"). Any other noun, or a clause going on ("40,000 people are
// waiting"), says what it counts.
func barePeople(d *figures.Document, s *figures.Sentence, fs int) bool {
	fi := figureIn(d, s, fs)
	if fi < 0 {
		return false
	}
	_, fe := d.FigureTokens(fi)
	if fe >= s.TokEnd || d.LowerTokenText(fe) != "people" {
		return false
	}
	fe++
	if fe < s.TokEnd && strings.EqualFold(d.TokenText(fe), "now") {
		fe++
	}
	return fe >= s.TokEnd || !d.Tokens[fe].IsWord()
}

// questionHitsOf returns the hits of the question sentence s answers, or
// none.
func questionHitsOf(e *Engine, st *docState, s *figures.Sentence) []hit {
	q := questionBefore(st.d, s)
	if q == nil {
		return nil
	}
	return e.findHits(st, q, make([]hit, 0, 8))
}

// restatesSentenceBefore reports whether the figure starting at token fs
// says again an amount of the sentence before it in its paragraph: "...
// has gone past forty thousand. Forty thousand people, according to the
// ministry." The sentence before gives the figure, with its bound.
func restatesSentenceBefore(d *figures.Document, s *figures.Sentence, fs int) bool {
	fi := figureIn(d, s, fs)
	si := d.SentenceAt(s.Start)
	if fi < 0 || si <= 0 || d.Sentences[si].ParagraphStart {
		return false
	}
	p := &d.Sentences[si-1]
	for fj := p.FigStart; fj < p.FigEnd; fj++ {
		if g := &d.Figures[fj]; g.Kind == d.Figures[fi].Kind && g.Value == d.Figures[fi].Value {
			return true
		}
	}
	return false
}
