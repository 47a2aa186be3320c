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
	end := countryAt(d, s, k)
	if end < 0 {
		end, _ = countryPlaceAt(d, s, k)
	}
	for t := max(k+1, end); t < s.TokEnd; t++ {
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
		// A capital or a town of names/within.yaml holding the count
		// (countrySubject) is its country's (capitalcountry.go).
		if e, r := countryPlaceAt(d, s, k); r != nil {
			return !m.ownCountryPlace(d, k, e, r)
		}
		return false
	}
	for t := k; t < end; t++ {
		if !slices.Contains(m.places, d.LowerTokenText(t)) {
			return true
		}
	}
	return false
}
