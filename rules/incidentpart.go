package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// One incident's dead are a part of a running total, as those killed
// while doing one thing are (circumstancepart.go): "38 died when a
// trawler sank off Pylos", "drowned after their dinghy capsized", "were
// lost when the vessel went down". The keyword is followed straight away
// by "when" or "after" and a clause whose subject is one thing (an
// article or a possessive, at most three lower-case words, the last a
// singular noun) and whose verb is in the past: the figure counts what
// that one thing's mishap did. A subject that holds one of the metric's
// scope words is the metric's own event ("died when the quake struck"),
// and a plural subject ("when boats capsized", "when crossings
// peaked") is no single incident, a perfect ("had been killed when the
// truce collapsed") is the count by then, an event's start ("after the war
// began") opens the period counted; a comma before "when" opens a clause
// that dates the whole.

// incidentPart reports whether keyword hit h is followed by such a clause.
func (m *metric) incidentPart(st *docState, s *figures.Sentence, h hit) bool {
	d := st.d
	k := h.end
	if k+2 >= s.TokEnd || !d.Tokens[k].IsWord() {
		return false
	}
	if w := d.LowerTokenText(k); w != "when" && w != "after" {
		return false
	}
	if perfectBefore(d, s, h.start) {
		return false // "had been killed when the truce collapsed": the count up to then
	}
	k++
	if !determiner(d.LowerTokenText(k)) {
		return false
	}
	var buf [64]byte
	for j := k + 1; j < s.TokEnd && j <= k+4; j++ {
		w := d.TokenText(j)
		if !d.Tokens[j].IsWord() || !isLowerWord(w) || figureAt(d, j) >= 0 {
			return false
		}
		low := lowerInto(&buf, w)
		if m.scopeAt(st, s, j, low) {
			return false // the metric's own event: "when the quake struck"
		}
		if j > k+1 && incidentVerb(string(low)) {
			// An event's start opens the period the total counts:
			// "killed after the war began" (pastdated.go startedVerb).
			return singularNoun(d.LowerTokenText(j-1)) && !startedVerb(string(low))
		}
		if j > k+1 && string(low) == "was" {
			// The passive of one thing's mishap: "when the boat was hit
			// by a wave", "after their vessel was struck"
			// (incident_passive.yaml). "was" is singular, as the noun
			// before it must be; the participle after it may be the
			// metric's own event ("was struck by the quake").
			return singularNoun(d.LowerTokenText(j-1)) && m.passiveIncident(st, s, j+1)
		}
	}
	return false
}

// passiveIncident reports whether token p, after a singular subject's
// "was", is a participle of a mishap (perhaps after one adverb: "was
// badly damaged") whose agent after "by", if any, holds no scope word of
// the metric ("was struck by the earthquake" is the metric's own event;
// a scope word elsewhere, "was swamped at sea", is only where).
func (m *metric) passiveIncident(st *docState, s *figures.Sentence, p int) bool {
	d := st.d
	if p < s.TokEnd && strings.HasSuffix(d.LowerTokenText(p), "ly") {
		p++
	}
	if p >= s.TokEnd || !isLowerWord(d.TokenText(p)) || !incidentVerb(d.LowerTokenText(p)) || eventStartParticiple(d.LowerTokenText(p)) {
		return false
	}
	if p+1 >= s.TokEnd || d.LowerTokenText(p+1) != "by" {
		return true
	}
	var buf [64]byte
	for j := p + 2; j < s.TokEnd && j <= p+5; j++ {
		if isClauseMark(d.TokenText(j)) {
			break
		}
		if m.scopeAt(st, s, j, lowerInto(&buf, d.TokenText(j))) {
			return false
		}
	}
	return true
}

// eventStartParticiple reports whether lower-cased w, a participle after
// "was", starts the event whose subject is ("after the offensive was
// launched", "when the war was declared"): the period the total counts
// opens there. startedVerb's other words ("struck", "hit", "attacked")
// in the passive tell what befell one thing ("the boat was hit").
func eventStartParticiple(w string) bool {
	switch w {
	case "begun", "started", "launched", "declared":
		return true
	}
	return false
}

// perfectBefore reports whether the keyword at token t is a perfect's
// participle ("had been killed", "have died"): what the count had reached
// by the time the "when" clause tells, not what that time's mishap did.
func perfectBefore(d *figures.Document, s *figures.Sentence, t int) bool {
	k := t - 1
	if k > s.TokStart && d.LowerTokenText(k) == "been" {
		k--
	}
	if k < s.TokStart {
		return false
	}
	w := d.LowerTokenText(k)
	return perfectAux(w) || w == "had" || w == "'d"
}

// incidentVerb reports whether lower-cased w is a verb in the past: a
// regular form in -ed or an irregular past ("sank", "went", "broke").
func incidentVerb(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") || irregularPastForm(w)
}

// singularNoun reports whether lower-cased w reads as a singular noun: no
// plural -s ("boats"), though "-ss" is one ("the vessel", "the ferry", "a
// boat"; "the press").
func singularNoun(w string) bool {
	return len(w) >= 3 && (!strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss"))
}
