package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A speaker placed in a part of the metric's place gives that part's
// count: "rescuers in the rebel-held northwest reported more than 2,000
// deaths", "officials in Turkey are now saying 44,000 have died". The
// exclude_near word stands in the subject, often farther from the figure
// than the keyword after it, so distance alone keeps the figure. The
// figure's own clause may still name its place, and then that place is
// what it counts: "officials in Israel said 34,000 were killed in Gaza",
// "... had died in Turkey and Syria", "... in both countries".

// reporterInPart reports whether figure fi of sentence s is the object of
// a verb of saying or recording (perhaps through "that") whose subject
// holds "in" and a place an exclude_near hit names alone, with no place
// of the figure's own named after it.
func (m *metric) reporterInPart(d *figures.Document, s *figures.Sentence, hits []hit, fi int) bool {
	fs, fe := d.FigureTokens(fi)
	var buf [64]byte
	v := fs - 1
	if v > s.TokStart && strings.EqualFold(d.TokenText(v), "that") {
		v--
	}
	if v <= s.TokStart || !reportedBy(lowerInto(&buf, d.TokenText(v))) {
		return false // the cheap test first: most figures follow no verb of saying
	}
	word := sentenceWords(d, s)
	// The subject: back over the verb group ("are now saying", "have
	// counted") to the clause's opening, at most eight words.
	t := subjectBefore(d, s, v, func(w, raw string) bool {
		return auxiliary(w) || subjectAdverb(w) || w == "now" || w == "also"
	})
	in := -1
	for k := t; k > s.TokStart && t-k < 8; k-- {
		w := word(k)
		if w == "in" {
			in = k
			break
		}
		if clauseOpening(w) {
			return false
		}
	}
	if in < 0 || !m.excludedPlaceIn(d, hits, in+1, t+1) {
		return false
	}
	return !ownPlaceAfter(d, s, hits, fe)
}

// reportedBy reports whether lower-cased w is a verb whose subject tells
// or records a count: "said", "reported", "are saying", "counted",
// "recorded". It takes the bytes, asked of every figure, so that the
// lookups convert them without an allocation.
func reportedBy(w []byte) bool {
	if _, ok := sayingVerbs[string(w)]; ok {
		return true
	}
	switch string(w) {
	case "saying", "report", "reporting", "counted", "recorded", "registered", "confirmed":
		return true
	}
	return false
}

// clauseOpening reports whether w ends the words a subject may hold when
// walking back: a mark or a word that opens a clause.
func clauseOpening(w string) bool {
	switch w {
	case ",", ";", ":", "—", "–", "while", "whereas", "but", "as", "and", "after", "where", "when":
		return true
	}
	return false
}

// excludedPlaceIn reports whether an exclude_near hit of a place (a name,
// a point of the compass, a hyphened "rebel-held") starts among tokens
// from..to and stands alone: joined to no other place ("in Turkey and
// Syria" is the whole) and owning nothing after it.
func (m *metric) excludedPlaceIn(d *figures.Document, hits []hit, from, to int) bool {
	for _, h := range hits {
		if h.ref.role != roleNear || h.start < from || h.start >= to {
			continue
		}
		place := named(d, h.start) || compassAdjective(d.LowerTokenText(h.start)) ||
			h.end-h.start == 3 && d.TokenText(h.start+1) == "-"
		if place && !joinedPlace(d, h) && !ownerHit(d, h) {
			return true
		}
	}
	return false
}

// ownPlaceAfter reports whether the clause after token fe names a place
// of its own: "in", "across" or "throughout", then at most three
// lower-case words, then a name that is not an exclude_near place alone
// ("killed in Gaza", "in Turkey and Syria"), or "both" ("in both
// countries").
func ownPlaceAfter(d *figures.Document, s *figures.Sentence, hits []hit, fe int) bool {
	word := sentenceWords(d, s)
	for k := fe; k < s.TokEnd; k++ {
		switch word(k) {
		case ";", "—", "–":
			return false
		case "in", "across", "throughout":
		default:
			continue
		}
		j := k + 1
		for n := 0; n < 3 && j < s.TokEnd && isLowerWord(d.TokenText(j)) && word(j) != "both"; n++ {
			j++
		}
		if j >= s.TokEnd {
			return false
		}
		if word(j) == "both" {
			return true
		}
		if !named(d, j) {
			continue
		}
		alone := false
		for _, h := range hits {
			if h.ref.role == roleNear && h.start == j && !joinedPlace(d, h) {
				alone = true
			}
		}
		return !alone
	}
	return false
}
