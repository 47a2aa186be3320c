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

// incidentPart reports whether keyword hit h is followed by such a
// clause, or has one incident for its subject (incidentSubject).
func (m *metric) incidentPart(st *docState, s *figures.Sentence, h hit) bool {
	d := st.d
	if st.wordMarks(s).bits&rmIncident != 0 && m.incidentSubject(st, s, h) {
		return true
	}
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

// One incident may also be the subject of the keyword's verb: "A Russian
// missile strike kills four", "Overnight drone attack kills 12", "a raid
// on a Zaporizhzhia suburb has killed nine", "the strike that killed 27"
// (incident_count_not_total.yaml). The word right before the verb (past
// a singular "has" or "had", or a "that" or "which") is a singular noun
// of one act or blast (incidentNoun), or a place phrase after one stands
// between, with no comma or figure ("strike on a tent camp"), and the noun
// heads its clause (incidentHead). The metric's own event and a plural
// running cause are no such noun ("the war has killed", "Russian strikes
// have killed more than 10,000": the corpus's totals), nor is a noun that
// is one of the metric's scope words, nor one "on" a name of the metric's
// own place alone ("Russia's attack on Ukraine has killed": the war); a
// sentence with a word of the whole count ("since", "so far", "to date")
// is counting from the event's start, whatever its subject. A passive
// with the incident as its agent ("were killed by a missile strike") is
// not read here.

// incidentPlaceWords is how many words a place phrase after the incident's
// noun may take: "on a school sheltering displaced families in Gaza City".
const incidentPlaceWords = 10

// incidentSubject reports whether keyword hit h is a verb whose subject is
// one incident.
func (m *metric) incidentSubject(st *docState, s *figures.Sentence, h hit) bool {
	d := st.d
	w := d.TokenText(h.start)
	if !isLowerWord(w) || !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "s") {
		return false // a verb of the count: "kills", "killed", "claimed"
	}
	k := h.start - 1
	if k > s.TokStart {
		switch d.LowerTokenText(k) {
		case "has", "had", "that", "which":
			k--
		}
	}
	if k < s.TokStart {
		return false
	}
	for j := s.TokStart; j < s.TokEnd; j++ {
		if wholeCountWord(d, j) {
			return false
		}
	}
	var buf [64]byte
	words := 0
	for n := k; n >= s.TokStart; n-- {
		if possessiveOrHyphen(d.TokenText(n)) {
			continue
		}
		if words++; words > incidentPlaceWords || !d.Tokens[n].IsWord() || figureAt(d, n) >= 0 {
			return false
		}
		if n != k && !incidentPreposition(d.LowerTokenText(n+1)) || !incidentNoun(d.LowerTokenText(n)) {
			continue
		}
		if n+2 == k && d.LowerTokenText(n+1) == "on" && named(d, k) && len(m.ownNames) > 0 && !m.foreignName(d.TokenText(k)) {
			return false // "Russia's attack on Ukraine has killed": on the whole land, the war
		}
		return incidentHead(d, s, n) && !m.scopeAt(st, s, n, lowerInto(&buf, d.TokenText(n)))
	}
	return false
}

// incidentHeadWords is how many words may modify an incident's noun: "A
// Russian glide-bomb raid", "an RSF drone attack".
const incidentHeadWords = 5

// incidentHead reports whether the noun at token n heads its clause's
// subject: before it, up to the sentence's opening or a clause mark, stand
// at most incidentHeadWords words and no preposition or relative word
// ("The war triggered by the October 7 attack killed", "the campaign
// launched after the attack killed": the noun is in another's modifier).
func incidentHead(d *figures.Document, s *figures.Sentence, n int) bool {
	open := afterStamp(d, s)
	words := 0
	for j := n - 1; ; j-- {
		if j < open || isClauseMark(d.TokenText(j)) {
			return true
		}
		if possessiveOrHyphen(d.TokenText(j)) {
			continue // "glide-bomb", "Russia's"
		}
		if words++; words > incidentHeadWords || !d.Tokens[j].IsWord() || figureAt(d, j) >= 0 {
			return false
		}
		switch w := d.LowerTokenText(j); w {
		case "by", "after", "with", "of", "from", "since", "before", "during", "that", "which", "who", "than", "like",
			"and", "or", "as", "when", "while":
			return false
		default:
			if incidentPreposition(w) {
				return false
			}
		}
	}
}

// possessiveOrHyphen reports whether token t is an apostrophe or a hyphen
// inside a name or a compound: "Gaza City's port", "glide-bomb".
func possessiveOrHyphen(t string) bool {
	return t == "-" || isApostrophe(t)
}

// incidentPreposition reports whether lower-cased w places an incident:
// "a strike on", "an attack in", "a blast near".
func incidentPreposition(w string) bool {
	switch w {
	case "on", "in", "at", "near", "against", "outside", "inside":
		return true
	}
	return false
}

// incidentNoun reports whether lower-cased w is a singular noun of one act
// of war or one blast: "strike", "attack", "raid", "barrage", "explosion".
// Mass nouns of a campaign ("shelling", "bombing", "bombardment",
// "fighting") and an offensive's nouns ("assault", "offensive") are
// running causes.
func incidentNoun(w string) bool {
	switch w {
	case "strike", "airstrike", "attack", "blast", "raid", "barrage", "explosion", "missile", "rocket",
		"drone", "shell", "bomb", "ambush", "aftershock":
		return true
	}
	return false
}
