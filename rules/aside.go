package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// asideWords counts the words of the asides that stand between keyword hit
// h and figure fi, each opened by a comma and an asideOpener and closed by
// a comma: an aside about the keyword's noun, not a distance between the
// keyword and its figure. Only a keyword before its figure has one.
func asideWords(d *figures.Document, h hit, fi int) int {
	fs, _ := d.FigureTokens(fi)
	return asideWordsBefore(d, h, fs)
}

// asideWordsBefore is asideWords for the figure starting at token fs.
func asideWordsBefore(d *figures.Document, h hit, fs int) int {
	if h.end > fs {
		return 0
	}
	var buf [64]byte
	n := 0
	for t := h.end; t+1 < fs; t++ {
		if d.TokenText(t) != "," {
			continue
		}
		if !asideOpener(string(lowerInto(&buf, d.TokenText(t+1)))) {
			continue
		}
		for c := t + 1; c < fs; c++ {
			if d.TokenText(c) == "," {
				n += d.WordPos(c) - d.WordPos(t+1)
				t = c
				break
			}
		}
	}
	return n
}

// subjectPhraseWords counts the words of the phrase that hangs on keyword
// hit h when the keyword is the subject of the verb that sets figure fi:
// "The death toll [from Israel's ongoing onslaught on the Gaza Strip] has
// risen to 44,502". The phrase opens with a preposition right after the
// keyword and runs to a verb at most three words before the figure (an
// auxiliary or a past form), the first verb after the keyword; it says
// whose toll it is, not how far the figure stands from it. No figure,
// comma or word that opens another clause may stand in it.
func subjectPhraseWords(d *figures.Document, h hit, fi int) int {
	fs, _ := d.FigureTokens(fi)
	if h.end >= fs || !nounKeyword(d, h) && !participleOfNoun(d, h) {
		return 0
	}
	var buf [64]byte
	switch string(lowerInto(&buf, d.TokenText(h.end))) {
	case "from", "of", "in", "among", "since", "after", "following", "across", "by", "during", "under", "over":
	default:
		return 0
	}
	relative := false
	between := false // "between the army and the RSF" joins two nouns, not two clauses // a relative clause in the phrase: "that struck Turkey and Syria"
	for t := h.end + 1; t < fs; t++ {
		if fj := figureAt(d, t); fj >= 0 {
			if d.Figures[fj].Kind.IsAmount() {
				return 0 // another count
			}
			continue // a date or a year: "since Oct. 7"
		}
		if d.TokenText(t) == "," || d.TokenText(t) == ";" {
			return 0
		}
		w := string(lowerInto(&buf, d.TokenText(t)))
		switch w {
		case "that", "which":
			// A relative clause on the phrase's noun ("the earthquakes
			// that struck ..."): its verb is not the figure's.
			if relative {
				return 0
			}
			relative = true
			continue
		case "between":
			between = true
		case "and":
			if between {
				between = false
				continue
			}
			next := t + 1
			if next < fs && string(lowerInto(&buf, d.TokenText(next))) == "the" {
				next++
			}
			if next < fs && compassAdjective(string(lowerInto(&buf, d.TokenText(next)))) {
				next++
			}
			if named(d, t-1) && named(d, next) {
				continue // names joined: "in Turkey and Syria", "southern Turkey and northern Syria"
			}
			return 0
		case "as", "but", "while", "when", "after", "because", "who":
			return 0 // another clause
		}
		if subjectVerb(w) {
			// The first verb must be the figure's own; one right after
			// the relative pronoun is the relative clause's.
			if d.WordPos(fs)-d.WordPos(t)-changeSpanWords(d, fs) > 3 {
				if prev := string(lowerInto(&buf, d.TokenText(t-1))); relative && (prev == "that" || prev == "which") {
					continue
				}
				return 0
			}
			return d.WordPos(t) - d.WordPos(h.end)
		}
	}
	return 0
}

// subjectVerb reports whether w opens the verb of a figure's clause: an
// auxiliary, or a verb that sets or moves a figure ("has risen to",
// "climbed to", "stood at"). A past participle alone is no verb here: "the
// besieged north".
func subjectVerb(w string) bool {
	switch w {
	case "has", "have", "had", "is", "was", "now", "stands", "stood", "rose", "rises", "hit", "hits", "reached", "reaches",
		"climbed", "climbs", "jumped", "surged", "soared", "grew", "increased":
		return true
	}
	return false
}

// participleOfNoun reports whether keyword hit h is a participle that
// says what the plural noun right before it is: "civilians killed in
// Ukraine since ...", "the number of people displaced by ...". The noun
// and its participle are the subject the phrase after them hangs on; an
// auxiliary or a name before the keyword makes it a verb ("were killed",
// "Israel killed").
func participleOfNoun(d *figures.Document, h hit) bool {
	if h.end-h.start != 1 || h.start == 0 || !d.Tokens[h.start-1].IsWord() {
		return false
	}
	var buf [64]byte
	w := string(lowerInto(&buf, d.TokenText(h.start)))
	if !strings.HasSuffix(w, "ed") {
		return false
	}
	p := string(lowerInto(&buf, d.TokenText(h.start-1)))
	if p == "people" || p == "those" {
		return true
	}
	return isLowerWord(p) && pluralForm(p) && !strings.HasSuffix(p, "as") && !auxiliaryWord(p)
}

// auxiliaryWord reports whether w is an auxiliary verb: "was killed" is a
// verb, not a noun and its participle.
func auxiliaryWord(w string) bool {
	switch w {
	case "was", "has", "does", "its", "this", "his":
		return true
	}
	return false
}

// nounKeyword reports whether keyword hit h ends in a noun, not a verb
// form: "the toll", "deaths", not "killed" or "dying".
func nounKeyword(d *figures.Document, h hit) bool {
	var buf [64]byte
	w := string(lowerInto(&buf, d.TokenText(h.end-1)))
	return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")
}

// inAside reports whether hit h stands inside an aside before the figure
// starting at token fs, opened by a comma and an asideOpener and closed by
// a comma before the figure: "The death toll, which
// Israel disputes, now stands at 34,000". The aside speaks of the
// keyword's noun; its words neither name nor rule out the figure.
func inAside(d *figures.Document, h hit, fs int) bool {
	if h.end > fs {
		return false
	}
	var buf [64]byte
	open := false
	for k := h.start - 1; k > 0; k-- {
		if d.TokenText(k) == "," {
			return false
		}
		if asideOpener(string(lowerInto(&buf, d.TokenText(k)))) {
			open = d.TokenText(k-1) == ","
		}
		if open {
			break
		}
	}
	if !open {
		return false
	}
	for k := h.end; k < fs; k++ {
		if d.TokenText(k) == "," {
			return true
		}
	}
	return false
}

// asideOpener reports whether w, after a comma, opens an aside about the
// noun before it: a relative clause ("which Israel disputes") or what the
// noun includes ("including soldiers killed in the ground offensive").
func asideOpener(w string) bool {
	switch w {
	case "which", "who", "whose", "where", "including", "excluding":
		return true
	}
	return false
}

// agentInSubjectPhrase reports whether exclude_near hit h is an owner
// ("Israel's") of a noun that is no keyword, inside the phrase that hangs
// on a keyword of role r as the subject of figure fi's verb: "The death
// toll from Israel's onslaught on the Gaza Strip has risen to 25,295". The
// owner there says whose act the count comes from, not whose count it is.
func agentInSubjectPhrase(d *figures.Document, hits []hit, h hit, r role, fi int) bool {
	if !ownsNext(d, h) {
		return false
	}
	for _, k := range hits {
		if k.ref.role == r && ownsKeyword(d, h.end+2, k) {
			return false // the keyword's own owner: "Israel's death toll"
		}
	}
	for _, k := range hits {
		if k.ref.role != r || k.end > h.start {
			continue
		}
		if n := subjectPhraseWords(d, k, fi); n > 0 && d.WordPos(h.start) < d.WordPos(k.end)+n {
			return true
		}
	}
	return false
}

// relativeValue reports whether the figure starting at token fs is the
// value a relative clause gives keyword hit h's noun: "the remaining
// battalions in Rafah, which he put at four", "the missing, whom the Red
// Crescent puts at more than 10,000", "..., whose number officials put at
// 2,400". The keyword ends the noun phrase before the comma (at most
// antecedentWords words after it); the clause, no comma or other count in
// it, ends in a verb of estimating and "at", or in "number(s)" or
// "total(s)", right before the figure.
func relativeValue(d *figures.Document, h hit, fs int) bool {
	const antecedentWords, clauseWords = 6, 9
	if h.end >= fs || fs < 2 {
		return false
	}
	var buf [64]byte
	comma := -1
	for t := h.end; t < fs; t++ {
		if d.TokenText(t) == "," {
			comma = t
			break
		}
		if fj := figureAt(d, t); fj >= 0 && d.Figures[fj].Kind.IsAmount() {
			return false
		}
	}
	if comma < 0 || d.WordPos(comma)-d.WordPos(h.end) > antecedentWords || comma+1 >= fs {
		return false
	}
	switch string(lowerInto(&buf, d.TokenText(comma+1))) {
	case "which", "whom", "whose":
	default:
		return false
	}
	if d.WordPos(fs)-d.WordPos(comma+1) > clauseWords {
		return false
	}
	for t := comma + 2; t < fs; t++ {
		if !d.Tokens[t].IsWord() || inFigure(d, t) {
			return false
		}
	}
	switch string(lowerInto(&buf, d.TokenText(fs-1))) {
	case "number", "numbers", "numbered", "total", "totals", "totalled", "totaled":
		return true
	case "at":
	default:
		return false
	}
	for t := comma + 2; t < fs-1; t++ {
		if estimateVerb(string(lowerInto(&buf, d.TokenText(t)))) {
			return true
		}
	}
	return false
}

// estimateVerb reports whether w is a verb that puts a figure on a count:
// "put at", "estimates at", "placed at".
func estimateVerb(w string) bool {
	switch w {
	case "put", "puts", "putting", "estimate", "estimates", "estimated", "place", "places", "placed",
		"peg", "pegs", "pegged", "reckon", "reckons", "reckoned", "count", "counts", "counted", "assess", "assesses", "assessed":
		return true
	}
	return false
}
