package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A count told as background names the event it belongs to after its
// verb: "by some estimates 35,000 dead in the Boko Haram insurgency",
// "Some 500,000 people were killed in the Rwandan genocide", "displaced in
// the Tigray war next door", "perished in the Tamil Tigers' long
// insurgency". The event is a noun of war or disaster after a name: a
// group, a people or a place the metric's own words do not name (ownNames:
// its description, scope and word lists), or a demonym of one. A running
// total counts one event, its own, so a figure placed in another is that
// event's. A name the metric's words give ("the Israel-Hamas war", "the
// Russian invasion", "the Kahramanmaras earthquake") is its own event, and
// an acronym ("the SAF-RSF war") says too little of whose war it is to
// rule a figure out. othercountry.go reads a country's name or its owned
// war after the figure; this reads a named event of any kind.

// namedEventWords is how many tokens after the figure, in its clause, the
// preposition that places it in the event may stand ("civilians are
// thought to have perished in").
const namedEventWords = 12

// namedEventAfter reports whether figure fi of sentence s is placed, after
// it in its clause, in an event another name than the metric's names.
func (m *metric) namedEventAfter(d *figures.Document, s *figures.Sentence, fi int) bool {
	if len(m.ownNames) == 0 {
		return false
	}
	_, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	for k := fe; k < s.TokEnd && k < fe+namedEventWords; k++ {
		w := word(k)
		if !d.Tokens[k].IsWord() && w != "-" && !isApostrophe(w) || comparisonWord(w) || w == "as" {
			return false // the clause ends, or a comparison names what the figure is set against
		}
		if fj := figureIn(d, s, k); fj >= 0 && d.Figures[fj].Kind.IsAmount() {
			if _, je := d.FigureTokens(fj); !spanUnit(word(je)) {
				return false // another count's words; "over five decades" says how long
			}
		}
		switch w {
		case "in", "during", "by", "amid", "throughout", "from":
			if m.foreignEventAt(d, s, k+1) {
				return true
			}
		}
	}
	return false
}

// foreignEventAt reports whether the words from token k are a named
// event: perhaps an article, a name of one or more capitalised words (a
// hyphen or an owner's 's may join them) at least one of which is
// foreign to the metric and none of which is its own, then within three
// lower-case modifiers a noun of war or disaster ("the Boko Haram
// insurgency", "the Rwandan genocide", "the Nuer-Dinka fighting", "the
// Tamil Tigers' long insurgency", "the South Sudanese civil war"), or a
// name whose own words hold the noun ("the Second World War").
func (m *metric) foreignEventAt(d *figures.Document, s *figures.Sentence, k int) bool {
	word := sentenceWords(d, s)
	if w := word(k); w == "the" || w == "a" || w == "an" {
		k++
	}
	foreign, titled, names := false, false, 0
	for ; k < s.TokEnd; k++ {
		w := d.TokenText(k)
		if w == "-" || isApostrophe(w) || w == "s" && k > s.TokStart && isApostrophe(d.TokenText(k-1)) {
			continue
		}
		if !named(d, k) || figureAt(d, k) >= 0 {
			break
		}
		if m.innerPlaceStarts(d, s, k) {
			return false // "amid Khan Younis fighting": the metric's own place (innerevent.go)
		}
		names++
		titled = titled || eventWord(strings.ToLower(w))
		if isCountry(w) && ownsNext(d, hit{start: k, end: k + 1}) && !named(d, k+3) {
			// A country's own war or one it wages ("Israel's war on
			// Gaza", "Syria's war"): othercountry.go reads whose it is.
			// A name after the owner names the event ("Nigeria's Boko
			// Haram insurgency").
			return false
		}
		switch {
		case calendarName(w) || acronym(w):
			// says when, or too little of whose
		case compassAdjective(strings.ToLower(w)) && k+1 < s.TokEnd && named(d, k+1):
			// "South Sudanese": the compass word and the name after it
			// may be another country than the metric's ("South Sudan")
			if m.compassCountry(w, d.TokenText(k+1)) {
				foreign = true
				k++
			}
		case !m.foreignName(w):
			return false // the metric's own: "the Israel-Hamas war"
		case len(w) >= stemLetters:
			foreign = true
		}
	}
	if names == 0 || !foreign {
		return false
	}
	if titled {
		// The noun of war is a word of the name: a war known by its
		// title ("the Second World War", "World War II", "the Six-Day
		// War", "the Korean War"), another than the metric's, whose war
		// the writer names in lower case ("the war in Gaza").
		return !m.ownNameUntilClauseEnd(d, s, k)
	}
	// Only modifiers stand between the name and its noun ("long",
	// "civil"): a preposition or an article opens another phrase ("in the
	// Strip since the war began", "approved by Washington since the war").
	for j := k; j < s.TokEnd && j < k+3; j++ {
		w := word(j)
		if !isLowerWord(d.TokenText(j)) || prepositions[w] || article(w) || w == "and" || w == "or" {
			return false
		}
		if eventWord(w) || spellNoun(w) {
			return !m.ownNameUntilClauseEnd(d, s, j+1)
		}
	}
	return false
}

// ownNameUntilClauseEnd reports whether a name of the metric's own stands
// from token k to the end of its clause: the event is waged on the
// metric's place or fought by its parties ("the Salvadoran army's
// offensive on Gaza").
func (m *metric) ownNameUntilClauseEnd(d *figures.Document, s *figures.Sentence, k int) bool {
	for ; k < s.TokEnd; k++ {
		w := d.TokenText(k)
		if !d.Tokens[k].IsWord() && w != "-" && !isApostrophe(w) {
			return false
		}
		if named(d, k) && !m.foreignName(w) && !calendarName(w) {
			return true
		}
	}
	return false
}

// acronym reports whether w is written in capitals only, two to five of
// them: "RSF", "SAF", "IDF".
func acronym(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// compassCountry reports whether a compass word and the name after it
// are a listed country of two words ("South Sudan" for "South
// Sudanese"), not every word of which is among the metric's own names.
func (m *metric) compassCountry(compass, name string) bool {
	for _, ws := range listedCountries()[name] {
		if len(ws) == 2 && ws[0] == compass {
			return m.foreignName(ws[0])
		}
	}
	for last, list := range listedCountries() {
		if !sameStem(last, name) {
			continue
		}
		for _, ws := range list {
			if len(ws) == 2 && ws[0] == compass {
				return m.foreignName(ws[0])
			}
		}
	}
	return false
}
