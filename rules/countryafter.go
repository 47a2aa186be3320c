package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// countryPhraseWords is how many words may stand between the figure and
// the phrase's preposition ("civilians have been killed"), and between
// that preposition and the owner of a war ("the height of").
const countryPhraseWords = 4

// countryAfter reads the phrase after figure fi: at most
// countryPhraseWords of its own words (none that opens a comparison or
// another noun phrase), a preposition, then a country ("in Ukraine", "in
// the north of Syria" is not read: "in", perhaps "the" and a point of the
// compass or "neighbouring") or another country's war or disaster (an
// owner, then within three words a noun of war or disaster: "at the
// height of Syria's war", "in Morocco's quake").
func countryAfter(d *figures.Document, s *figures.Sentence, fi int) int {
	_, fe := d.FigureTokens(fi)
	return countryAfterAt(d, s, fe)
}

// countryAfterAt is countryAfter's reading of the phrase that starts at
// token fe, the token after a figure or a keyword (keywordcountry.go).
func countryAfterAt(d *figures.Document, s *figures.Sentence, fe int) int {
	word := sentenceWords(d, s)
	p := -1
	for t, n := fe, 0; t < s.TokEnd && n <= countryPhraseWords; t, n = t+1, n+1 {
		if !d.Tokens[t].IsWord() || figureAt(d, t) >= 0 {
			return -1
		}
		w := word(t)
		if countedInPreposition(w) || warPreposition(w) {
			p = t
			break
		}
		if comparisonOrDeterminer(w) || isCountry(d.TokenText(t)) {
			return -1
		}
	}
	if p < 0 {
		return -1
	}
	for k, n := p+1, 0; k < s.TokEnd && n <= countryPhraseWords; k, n = k+1, n+1 {
		if named(d, k) {
			if !isCountry(lastNamed(d, s, k)) {
				return -1
			}
			if ownsNext(d, hit{start: k, end: nameEnd(d, s, k)}) {
				if warPreposition(word(p)) || countedInPreposition(word(p)) {
					if eventAfterOwner(d, s, nameEnd(d, s, k)+2) {
						return k
					}
				}
				return -1
			}
			if countedInPreposition(word(p)) && placeWordsOnly(d, s, p+1, k) {
				return k
			}
			return -1
		}
		if w := word(k); !isLowerWord(d.TokenText(k)) || prepositions[w] && w != "of" {
			return -1
		}
	}
	return -1
}

// placeWordsOnly reports whether tokens [from, to) are only "the", points
// of the compass or "neighbouring": what may stand between "in" and a
// country that is the place itself.
func placeWordsOnly(d *figures.Document, s *figures.Sentence, from, to int) bool {
	word := sentenceWords(d, s)
	for t := from; t < to; t++ {
		if w := word(t); w != "the" && !compassAdjective(w) && !neighbourWord(w) && w != "-" {
			return false
		}
	}
	return true
}

// eventAfterOwner reports whether a noun of war or disaster that happens
// in its owner stands within three lower-case words from token k:
// "Syria's war", "Morocco's September earthquake" (a month may stand
// between), "Yemen's long civil war"; not an act the owner wages on
// another place ("Israel's offensive").
func eventAfterOwner(d *figures.Document, s *figures.Sentence, k int) bool {
	var buf [64]byte
	for t := k; t < s.TokEnd && t < k+3; t++ {
		w := d.TokenText(t)
		if !isLowerWord(w) && !calendarName(w) && figureAt(d, t) < 0 {
			return false
		}
		if w := string(lowerInto(&buf, w)); eventNoun(w) {
			// A country's war or disaster is in it; an act it wages is
			// on another place: "Israel's offensive", "Russia's invasion".
			return w != "offensive" && w != "invasion" && w != "genocide" && w != "population"
		}
	}
	return false
}

// countedInPreposition reports whether w opens the phrase of the place a count
// was counted in.
func countedInPreposition(w string) bool {
	switch w {
	case "in", "across", "throughout", "inside", "within":
		return true
	}
	return false
}

// warPreposition reports whether w opens a phrase of the war or disaster
// that caused a count: "during Syria's war", "by Ukraine's war", "at the
// height of Syria's war", "amid Yemen's war".
func warPreposition(w string) bool {
	switch w {
	case "during", "by", "at", "amid", "over", "from", "since":
		return true
	}
	return false
}

// comparisonOrDeterminer reports whether w, between a figure and a place,
// opens a comparison or another noun phrase: the place after it is not the
// figure's ("more than were killed in Ukraine", "outnumber those killed in
// Ukraine").
func comparisonOrDeterminer(w string) bool {
	switch w {
	case "than", "as", "like", "those", "these", "the", "a", "an", "its", "their", "his", "her",
		"compared", "versus", "vs":
		return true
	}
	return strings.HasSuffix(w, "er") && len(w) > 5 // a comparative: "higher", "greater", "larger"
}
