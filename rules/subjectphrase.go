package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// The subject phrase: when a keyword is the subject of the verb that sets
// its figure, the phrase hanging on it ("The death toll [from Israel's
// onslaught on the Gaza Strip] has risen to ...") says whose count it is,
// not how far the figure stands. It stands apart from aside.go's comma and
// dash asides because it is read from the keyword's noun to its verb, with
// no punctuation to open or close it.

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
	open := h.end
	if w := d.LowerTokenText(open); isLowerWord(d.TokenText(open)) && strings.HasSuffix(w, "ed") && open+1 < fs {
		open++ // a participle that says whose count: "deaths recorded by the monitoring mission in ..."
	}
	if relativeSubjectPhrase(d, h, fs) {
		// The phrase may be a relative clause alone, perhaps past the
		// closing dash of a restatement: "the number of foreign military
		// sales — separate sales — that have gone to Israel since October
		// is, I believe, over a hundred" (relativesubject.go).
		return relativePhraseWords(d, h, fs)
	}
	if !subjectPhrasePreposition(d.LowerTokenText(open)) {
		return 0
	}
	relative := false // a relative clause in the phrase: "that struck Turkey and Syria"
	between := false  // "between the army and the RSF" joins two nouns, not two clauses
	aside := 0        // the words of asides in the phrase, counted by asideWords
	for t := h.end + 1; t < fs; t++ {
		if fj := figureAt(d, t); fj >= 0 {
			_, je := d.FigureTokens(fj)
			// A span of time is the war's length, not another count: "The
			// toll in Gaza from more than 15 months of war stood at".
			span := je < fs && timeUnit(d.LowerTokenText(je))
			if d.Figures[fj].Kind.IsAmount() && !determinerBefore(d, t) && !span && !magnitudeAt(d, t, je) {
				return 0 // another count
			}
			// A date or a year ("since Oct. 7"), or a number the phrase's
			// noun takes as a determiner ("the two earthquakes").
			t = je - 1
			if je < fs && d.TokenText(je) == "," && datedCommaClose(d, fj) {
				t = je // "since the Oct. 7, 2023, Hamas-led attack": the date's own closing comma
			}
			continue
		}
		if d.TokenText(t) == "," && (asideOpensAt(d, t+1) || interruptingAsideEnd(d, h, t, fs) > 0) {
			// "..., according to the health ministry in the territory, now
			// exceeds 44,000": an aside inside the phrase; or one that
			// interrupts the clause (interruptaside.go).
			c := t + 1
			for c < fs && d.TokenText(c) != "," {
				c++
			}
			if c >= fs {
				return 0
			}
			aside += d.WordPos(c) - d.WordPos(t+1)
			t = c
			continue
		}
		if d.TokenText(t) == "," || d.TokenText(t) == ";" {
			return 0
		}
		w := d.LowerTokenText(t)
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
			if next < fs && d.LowerTokenText(next) == "the" {
				next++
			}
			if next < fs && compassAdjective(d.LowerTokenText(next)) {
				next++
			}
			if named(d, t-1) && named(d, next) {
				continue // names joined: "in Turkey and Syria", "southern Turkey and northern Syria"
			}
			if nounsJoined(d, t) {
				continue // "Israel's air and ground offensive", "the storm's wind and flood damage"
			}
			return 0
		case "after":
			// "after almost two years of bombardment" is a span; "after
			// Israel launched its offensive", with a verb, a clause.
			if opensSubject(d, t+1) && pastOrAuxWithin(d, t+2, 4) {
				return 0
			}
		case "as", "but", "while", "when", "because", "who":
			return 0 // another clause
		}
		if subjectVerb(w) {
			// The first verb must be the figure's own; one right after
			// the relative pronoun is the relative clause's.
			if d.WordPos(fs)-d.WordPos(t)-changeSpanWords(d, fs) > 3 {
				if prev := d.LowerTokenText(t - 1); relative && (prev == "that" || prev == "which") {
					continue
				}
				return 0
			}
			return d.WordPos(t) - d.WordPos(h.end) - aside
		}
	}
	// The figure's own words may open with its verb: "soared past 7,800",
	// "surpassed 57,000".
	if w := d.TokenText(fs); fs > h.end && isLowerWord(w) && (subjectVerb(w) || strings.HasSuffix(w, "ed")) {
		return d.WordPos(fs) - d.WordPos(h.end) - aside
	}
	return 0
}

// magnitudeAt reports whether the figure over tokens ts to te is an
// earthquake's magnitude, a measure, not a count: "magnitude 7.8",
// "a 7.8-magnitude quake".
func magnitudeAt(d *figures.Document, ts, te int) bool {
	if ts > 0 && d.LowerTokenText(ts-1) == "magnitude" {
		return true
	}
	for k := te; k < len(d.Tokens) && k <= te+1; k++ {
		if d.LowerTokenText(k) == "magnitude" {
			return true
		}
	}
	return false
}

// datedCommaClose reports whether figure fj is a date written month, day,
// comma, year ("Oct. 7, 2023"), which a comma closes as it opened, American
// style: the comma after it is the date's, not a clause's.
func datedCommaClose(d *figures.Document, fj int) bool {
	if d.Figures[fj].Kind != figures.Date {
		return false
	}
	fs, fe := d.FigureTokens(fj)
	for k := fs; k < fe; k++ {
		if d.TokenText(k) == "," {
			return true
		}
	}
	return false
}

// subjectPhrasePreposition reports whether w opens a phrase that hangs on
// a subject keyword: "The death toll [from ...]", "civilians killed [in
// ...]".
func subjectPhrasePreposition(w string) bool {
	switch w {
	case "from", "of", "in", "among", "since", "after", "following", "across", "by", "during", "under", "over":
		return true
	}
	return false
}

// determinerBefore reports whether the figure starting at token k follows
// "the", "its", "their", "both" or "all": it says how many of the phrase's
// noun there are ("the two earthquakes"), not another count.
func determinerBefore(d *figures.Document, k int) bool {
	if k < 1 {
		return false
	}
	switch d.LowerTokenText(k - 1) {
	case "the", "its", "their", "both", "all":
		return true
	}
	return false
}

// nounsJoined reports whether "and" at token k joins two lower-case words
// before the noun they modify ("air and ground offensive"), not two
// clauses: the word after it and the one after that are lower-case words,
// neither a verb that acts or speaks nor one that opens a figure's verb.
func nounsJoined(d *figures.Document, k int) bool {
	if k < 1 || k+2 >= len(d.Tokens) || !isLowerWord(d.TokenText(k-1)) {
		return false
	}
	for t := k + 1; t <= k+2; t++ {
		w := d.TokenText(t)
		if !isLowerWord(w) || actsOrSpeaks[w] || subjectVerb(w) || strings.HasSuffix(w, "ed") || prepositions[w] {
			return false
		}
	}
	return true
}

// subjectVerb reports whether w opens the verb of a figure's clause: an
// auxiliary, or a verb that sets or moves a figure ("has risen to",
// "climbed to", "stood at"). A past participle alone is no verb here: "the
// besieged north".
func subjectVerb(w string) bool {
	switch w {
	case "has", "have", "had", "is", "was", "now", "stands", "stood", "rose", "rises", "hit", "hits", "reached", "reaches",
		"climbed", "climbs", "jumped", "surged", "soared", "grew", "increased", "number", "numbered":
		return true
	}
	return false
}

// participleOfNoun reports whether keyword hit h is a participle that
// says what the plural noun right before it is: "civilians killed in
// Ukraine since ...", "the number of people displaced by ...", or what a
// tally counts ("the total number displaced by the conflict"). The noun
// and its participle are the subject the phrase after them hangs on; an
// auxiliary or a name before the keyword makes it a verb ("were killed",
// "Israel killed").
func participleOfNoun(d *figures.Document, h hit) bool {
	if h.end-h.start != 1 || h.start == 0 || !d.Tokens[h.start-1].IsWord() {
		return false
	}
	w := d.LowerTokenText(h.start)
	if !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") {
		return false
	}
	p := d.LowerTokenText(h.start - 1)
	if p == "people" || p == "those" || tallyNoun(p) {
		return true // "the total number displaced by the conflict"
	}
	if p == "as" && h.start >= 2 {
		// "the number of civilians the UN has verified as killed in ..."
		return strings.HasSuffix(d.LowerTokenText(h.start-2), "ed")
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

// agentInSubjectPhrase reports whether exclude_near hit h is an owner
// ("Israel's") of a noun that is no keyword, inside the phrase that hangs
// on a keyword of role r as the subject of figure fi's verb: "The death
// toll from Israel's onslaught on the Gaza Strip has risen to 25,295". The
// owner there says whose act the count comes from, not whose count it is.
func agentInSubjectPhrase(d *figures.Document, hits []hit, h hit, r role, fi int) bool {
	if !ownsNext(d, h) {
		return false
	}
	phraseEnd := -1 // the word after the phrase h stands in
	for _, k := range hits {
		if k.ref.role != r || k.end > h.start {
			continue
		}
		if n := subjectPhraseWords(d, k, fi); n > 0 && d.WordPos(h.start) < d.WordPos(k.end)+n {
			phraseEnd = max(phraseEnd, d.WordPos(k.end)+n)
		}
	}
	if phraseEnd < 0 {
		return false
	}
	for _, k := range hits {
		// The owner of a keyword past the phrase owns the subject's count:
		// "Israel's death toll". A keyword inside it names the act the
		// count is of: "The death toll from Israel's massacres in Gaza".
		if k.ref.role == r && ownsKeyword(d, h.end+2, k) && d.WordPos(k.start) >= phraseEnd {
			return false
		}
	}
	return true
}

// agentInSubjectCore is agentInSubjectPhrase read on the opening subject
// whose verb of value sets the figure (subjectcount.go), which passes over
// an aside closed before the verb where subjectPhraseWords stops at its
// comma: "The death toll from Israel's military campaign in the Gaza
// Strip, now in its eighth month, rose to 34,904". Exclude_near hit h owns
// a noun that is no keyword, inside the core, after a keyword of role r
// that heads it, and follows a preposition of cause ("from", "of", "by",
// "after", "since", "following", "during"): the owner's act is what the
// count comes from. After a preposition of place ("The death toll in
// Israel's south, ..., stands at 1,139") the owner is where the dead are,
// and an owner of a keyword ("Israel's death toll") owns the count: both
// stay exclude words (subject_core_agent.yaml).
func agentInSubjectCore(d *figures.Document, hits []hit, h hit, r role, sc subjectCount) bool {
	if !ownsNext(d, h) || !sc.inCore(h) || h.start < 1 {
		return false
	}
	switch d.LowerTokenText(h.start - 1) {
	case "from", "of", "by", "after", "since", "following", "during":
	default:
		return false
	}
	head := false
	for _, k := range hits {
		if k.ref.role != r {
			continue
		}
		if ownsKeyword(d, h.end+2, k) {
			return false // "the toll from Israel's death toll"
		}
		if k.end <= h.start && sc.headsCore(d, k) {
			head = true
		}
	}
	return head
}
