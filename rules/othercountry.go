package rules

import (
	"slices"
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A figure placed in another country counts that country's: "the UN
// verified about 12,000 civilians killed in Ukraine" in a story on Gaza,
// "more than 2 million people displaced in Ethiopia" in one on Sudan. The
// place is said right after the figure's noun or verb ("killed in
// Ukraine", "dead in Lebanon"), as another country's war or disaster
// ("uprooted at the height of Syria's war", "killed in Morocco's quake"),
// or in a phrase that opens the figure's clause with no comma ("In Lebanon
// it's over three thousand killed", "but in Yemen more than 4 million
// remain displaced"). The country is one of names/countries.yaml, so a
// place inside the metric's ("Khan Younis", "Darfur") or the metric's in
// other words ("the Strip") is never one; it must be none of the metric's
// own places (ownPlaces), and the figure's clause must name none of them
// after it: "in Israel's war on Gaza" is the metric's own war. What stands
// between the figure and the phrase is its own words only: a comparison
// ("more than were killed in Ukraine", "outnumber those killed in
// Ukraine") or a relay after a comma ("killed in Gaza, Qatar said") does
// not place it.

// countryPhraseWords is how many words may stand between the figure and
// the phrase's preposition ("civilians have been killed"), and between
// that preposition and the owner of a war ("the height of").
const countryPhraseWords = 4

// ownPlaces are the capitalised words of a metric's name, description,
// scope and keywords, lower-cased, with their other spellings (ownNames):
// the places it counts. Its exclude_near words are left out: they name
// places the metric rules out ("Lebanon" in a metric of Gaza's dead). A
// metric none of whose words is a listed country or a place of
// names/within.yaml names no place, and has none: nil.
func ownPlaces(s MetricSpec) []string {
	s.ExcludeNear = nil
	names := ownNames(s)
	for _, n := range names {
		if isCountry(strings.ToUpper(n[:1])+n[1:]) || slices.ContainsFunc(regions(), func(r region) bool { return r.place == n }) {
			return names
		}
	}
	return nil
}

// inOtherCountry reports whether figure fi of sentence s is placed in a
// listed country none of the metric's own places, and its clause names
// none of them after the country.
func (m *metric) inOtherCountry(st *docState, s *figures.Sentence, fi int) bool {
	if len(m.places) == 0 {
		return false
	}
	k := st.countryPhrase(s, fi)
	if k < 0 {
		return false
	}
	fs, fe := st.d.FigureTokens(fi)
	if k < fs && itselfOpens(st.d, s, k) {
		// An aside opened by "itself" is the country's own case, whatever
		// else it names (countryaside.go).
		return m.otherCountryAt(st.d, s, k)
	}
	return m.countryIsOther(st.d, s, k, fe)
}

// countryIsOther reports whether the listed country whose name starts at
// token k, placing a figure that ends at token fe, is another than the
// metric's: not all of it the metric's own places, not the owner of the
// metric's own war, and the clause past it names none of the metric's
// places. keywordcountry.go reads a keyword's country with it too.
func (m *metric) countryIsOther(d *figures.Document, s *figures.Sentence, k, fe int) bool {
	if !m.otherCountryAt(d, s, k) {
		return false
	}
	// An owner the metric's words name is a party to its own war, not
	// another place: "killed in Israel's war" for Gaza's dead.
	if ownsNext(d, hit{start: k, end: nameEnd(d, s, k)}) && !m.foreignName(lastNamed(d, s, k)) {
		return false
	}
	// The clause past the country, to its first punctuation: "in Israel's
	// war on Gaza", "in Lebanon and Gaza" name the metric's place too. The
	// country's own words are past: "Sudan" of "South Sudan" is no
	// mention of the metric's Sudan.
	for t := max(k+1, countryAt(d, s, k)); t < s.TokEnd; t++ {
		if !d.Tokens[t].IsWord() && !isApostrophe(d.TokenText(t)) && d.TokenText(t) != "-" {
			if t >= fe {
				break
			}
			continue
		}
		if named(d, t) && (slices.Contains(m.places, d.LowerTokenText(t)) || m.scopeName(d.TokenText(t))) {
			return false
		}
	}
	return true
}

// otherCountryAt reports whether a listed country's name starts at token
// k and not every word of it is one of the metric's own places ("South
// Sudan" for a metric of Sudan).
func (m *metric) otherCountryAt(d *figures.Document, s *figures.Sentence, k int) bool {
	end := countryAt(d, s, k)
	if end < 0 {
		return false
	}
	for t := k; t < end; t++ {
		if !slices.Contains(m.places, d.LowerTokenText(t)) {
			return true
		}
	}
	return false
}

// countryAt returns the token after the longest listed country's name
// that starts at token k ("South Sudan", "Syria"), or -1.
func countryAt(d *figures.Document, s *figures.Sentence, k int) int {
	end := -1
	for e := k + 1; e <= s.TokEnd && e <= k+4 && named(d, e-1); e++ {
		for start := range countryNamesBefore(d, s, e) {
			if start == k {
				end = e
			}
		}
	}
	return end
}

// countryPhrase returns the first token of the country's name that places
// figure fi (an aside on it the figure stands in, a phrase after the
// figure, or fronted on its clause), or -1. It reads the
// figure and its sentence alone; whether the country is another is the
// metric's (inOtherCountry).
func countryPhrase(d *figures.Document, s *figures.Sentence, fi int) int {
	// An aside marks its country more surely than a phrase after the
	// figure: "Chad, itself hosting 400,000 people displaced in Sudan,
	// ..." (countryaside.go).
	if k := countryAside(d, s, fi); k >= 0 {
		return k
	}
	if k := countryAfter(d, s, fi); k >= 0 {
		return k
	}
	return countryFronted(d, s, fi)
}

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

// countryFronted reads a phrase that opens figure fi's clause with no
// comma before the figure's subject: "In Lebanon it's over three thousand
// killed", "but in Yemen more than 4 million remain displaced". "In"
// opens the sentence (after a stamp) or follows "but", "and", "while" or a
// comma; perhaps "the" and a point of the compass, then the country, then
// the subject (closesFronted) and the figure within three words.
func countryFronted(d *figures.Document, s *figures.Sentence, fi int) int {
	fs, _ := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	start := max(afterStamp(d, s), afterSpeakerLabel(d, s))
	for i := max(start, fs-10); i < fs; i++ {
		if word(i) != "in" {
			continue
		}
		if i > start {
			switch word(i - 1) {
			case "but", "and", "while", "whereas", "yet", ",":
			default:
				continue
			}
		}
		k := i + 1
		if word(k) == "the" {
			k++
		}
		k = skipCompassAfter(d, k, fs)
		end := countryAt(d, s, k)
		if end < 0 || end > fs || fs-end > 3 || d.TokenText(end) == "," {
			continue
		}
		if closesFronted(d, s, hit{start: k, end: end}, false) {
			return k
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
		if w := word(t); w != "the" && !compassAdjective(w) && w != "neighbouring" && w != "neighboring" && w != "-" {
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

// lastNamed returns the last word of the name that starts at token k.
func lastNamed(d *figures.Document, s *figures.Sentence, k int) string {
	return d.TokenText(nameEnd(d, s, k) - 1)
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
