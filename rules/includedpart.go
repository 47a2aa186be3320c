package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A part an earlier amount of the sentence includes ("..., including
// about 2 million who fled abroad", "..., among them 14,000 children",
// "..., with 3,924 killed since March"), and when an amount before it is
// no whole it details: a spell of time, or a count the metric could never
// take. A running total is the whole, never the part (split from
// parts.go).

// includedPart reports whether figure fi of sentence s names a part that
// an earlier amount of the sentence includes: "More than 10 million people
// have been forced from their homes, including about 2 million who fled
// abroad", "..., among them 14,000 children", "..., with 3,924 killed since
// March". A running total is the
// whole, never the part.
func includedPart(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	if fj := frontedWholeFigure(d, s, fs); fj >= 0 && fj != fi && !amongTheWhole(d, s, fs) {
		return true // amongthewhole.go
	}
	if breakdownPart(d, s, fi) {
		return true // "12 million — 8.8 million inside and 3.2 million abroad —" (breakdown.go)
	}
	if relativeWhole(d, s, fi) >= 0 {
		return true // "11.3 million ..., 3.1 million of whom" (ofwhich.go)
	}
	k := fs - 1
	if k <= s.TokStart {
		return false
	}
	switch d.LowerTokenText(k) {
	case "including", "includes", "included", "include":
	case "them", "whom":
		if w := d.LowerTokenText(k - 1); w != "among" && w != "of" {
			return false
		}
	case "with":
		// A with-clause after a comma details the figure before it: "rose
		// to 54,381, with 3,924 killed since March", "11,236, with 8,574
		// in Turkey".
		if d.TokenText(k-1) != "," {
			return false
		}
		return withWholeBefore(d, s, fi, k) // withclausewhole.go
	default:
		return false
	}
	for fj := s.FigStart; fj < fi; fj++ {
		if d.Figures[fj].Kind.IsAmount() && !spellOfTime(d, s, fj) {
			return true
		}
	}
	return false
}

// spellOfTime reports whether figure fj of sentence s counts a spell of
// time, its unit right after it ("Thirty-one months in, with ...", "Ten
// weeks on, with ..."): a while, no whole a with-clause details.
func spellOfTime(d *figures.Document, s *figures.Sentence, fj int) bool {
	_, fe := d.FigureTokens(fj)
	return fe < s.TokEnd && timeUnit(d.LowerTokenText(fe))
}

// noWholeBefore reports whether every amount before figure fi of sentence
// s is a count of its kind that the metric could never take (below its
// min): too small to be the whole the figure details. "a power struggle
// between two generals has become the largest displacement crisis on the
// planet, with more than 10 million people uprooted" gives the total after
// a long clause (part_not_above_whole.yaml). A count the metric could take
// stays the whole, though the detail be larger ("rose to 1,387, with 2,326
// injured"), and so do a share and a sum. A vague count above the metric's
// max ("Of the millions affected ..., at least 45,000 did not survive") is
// no count the metric could take either: a crowd the figure is drawn from,
// not the total it details (vague_whole_above_max.yaml), when the crowd is
// everyone the event touched (touchedCrowd). A crowd of another count's
// condition ("the millions left homeless", "displaced") keeps the figure
// its subgroup. A share or a sum asked for is no whole of a sum of money.
func (m *metric) noWholeBefore(d *figures.Document, s *figures.Sentence, fi int) bool {
	f := &d.Figures[fi]
	for fj := s.FigStart; fj < fi; fj++ {
		g := &d.Figures[fj]
		if f.Kind == figures.Money && (g.Kind == figures.Percent || g.Kind == figures.Fraction || askedSum(d, s, fj, nil)) {
			// A sum after a share of what was asked ("41 per cent funded,
			// with $262m received") or after the sum asked ("Of the $640m
			// sought, just $190m has been received") is the same fact as an
			// amount, no part of them (money_detail_of_share.yaml).
			continue
		}
		if g.Kind.IsAmount() && g.Kind == f.Kind && m.wholeCountsOther(d, s, fj) {
			// "10,450 suspected cases, including 188 deaths": a count of
			// another noun is no whole of the metric's
			// (participle_modifier_counted_noun.yaml).
			continue
		}
		if g.Kind.IsAmount() && (g.Kind != f.Kind || m.rejects(g) != belowMin && !(g.Qualifier == figures.Vague && m.rejects(g) == aboveMax && touchedCrowd(d, s, fj))) {
			return false
		}
	}
	return true
}

// includedAfter reports whether figure fi of sentence s opens a part after
// "including" or "among them", with an amount before it, and keyword hit h
// stands before that opener: the keyword names the whole, not the part
// ("some 1.3 million people were living in Rafah, including approximately
// 50,000 pregnant women"). For a metric that is no running total the part
// may be the count, but only by a keyword of its own phrase.
func includedAfter(d *figures.Document, s *figures.Sentence, fi int, h hit) bool {
	fs, _ := d.FigureTokens(fi)
	k := fs - 1
	if k <= s.TokStart || h.end > k {
		return false
	}
	switch d.LowerTokenText(k) {
	case "including":
	case "them":
		if !strings.EqualFold(d.TokenText(k-1), "among") {
			return false
		}
		k--
	default:
		return false
	}
	if h.end > k {
		return false
	}
	for fj := s.FigStart; fj < fi; fj++ {
		if d.Figures[fj].Kind.IsAmount() {
			return true
		}
	}
	return false
}

// wholeCountsOther reports whether figure fj of sentence s, read as the
// whole a later part details, counts a noun the metric does not count: as
// countsOther, or past one participle before a plural noun ("10,450
// suspected cases", "2,300 confirmed infections", one modifier between:
// "suspected cholera infections"), which countsOther
// leaves alone, since there the participle may be the figure's verb ("a
// count of 900 included three nurses") or its noun
// another name of the metric's ("12,162 confirmed cases" of the dead).
func (m *metric) wholeCountsOther(d *figures.Document, s *figures.Sentence, fj int) bool {
	if m.countNouns == nil {
		return false
	}
	if m.countsOther(d, s, fj) != "" {
		return true
	}
	_, fe := d.FigureTokens(fj)
	t := fe + 1
	if t >= s.TokEnd || !d.Tokens[fe].IsWord() || !d.Tokens[fe].Space || !d.Tokens[t].IsWord() || !strings.HasSuffix(d.LowerTokenText(fe), "ed") {
		return false
	}
	if w := d.TokenText(t); t+1 < s.TokEnd && isLowerWord(w) && !pluralForm(w) && !prepositions[w] && d.Tokens[t].Space && d.Tokens[t+1].IsWord() {
		t++ // one modifier more: "10,450 suspected cholera cases"
	}
	w := d.TokenText(t)
	if !isLowerWord(w) || notNoun(w) || !pluralForm(w) || figureAt(d, t) >= 0 || objectAfter(d, s, t) {
		return false
	}
	return !m.countNouns[w] && !m.countNouns[singular(w)]
}
