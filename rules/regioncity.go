package rules

import (
	"slices"
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A city the sentence does not name may be the metric's city when the
// story names the region that holds it, though never the city itself: in
// a story about Gaza, "an offensive into a city where 1.4 million
// displaced people have sought refuge" is about Rafah, as it is in a
// story headed "Rafah braces for assault" (coref.go's articleCity). The
// region is read from names/within.yaml: the places whose "within" list
// holds one of the metric's sentence-wide scope names (Rafah is within
// Gaza). The noun must be described as articleCity asks (what it holds,
// no name before it in its sentence, not what the place "was"), so a
// story about Gaza's north that names Jabalia before "a city where" still
// names its own city (region_city.yaml).

// scopeRegions returns, as scope phrases, the regions of names/within.yaml
// that hold one of scope's entries (a place's words, lower-cased, as
// within.yaml spells it), each region by its every spelling; nil when none
// does.
func scopeRegions(scope []string) []phrase {
	var names []string
	for _, r := range regions() {
		held := slices.ContainsFunc(scope, func(entry string) bool {
			words := wordsOf(entry)
			return slices.ContainsFunc(r.within, func(w []string) bool { return slices.Equal(w, words) })
		})
		if held {
			for _, sp := range placeSpellings(r.place) {
				names = append(names, strings.Join(sp, " "))
			}
		}
	}
	if len(names) == 0 {
		return nil
	}
	return toPhrases(names, "scope", nil)
}

// regionCity is articleCity for a story that names the city's region:
// besides being described, the noun must be placed nowhere else after it.
// A region holds several cities (Gaza holds Gaza City, Khan Younis, Deir
// al-Balah), so "a city sheltering 400,000 people in northern Gaza", "a
// city where 700,000 shelter, near Deir al-Balah" or "on the coast further
// north" is another of them, not the metric's (region_city_elsewhere.yaml).
func (st *docState) regionCity(s *figures.Sentence, regions []phrase) bool {
	for k := s.TokStart + 1; k < s.TokEnd; k++ {
		if placeNoun(st.d.TokenText(k)) && placeDeterminer(st.d, k) >= 0 && describedCity(st.d, s, k) &&
			!placedAfter(st.d, s, k, regions) && st.namedOutside(s, regions) {
			return true
		}
	}
	return false
}

// placedAfter reports whether, after the place noun at token k, sentence s
// places it: a point of the compass other than the south ("in northern
// Gaza", "north of Wadi Gaza", "further north"), or a name after a
// preposition of place that is not the region itself ("near Deir
// al-Balah"). Where people came from ("displaced from northern Gaza",
// "from Gaza City") says nothing of where the city is.
func placedAfter(d *figures.Document, s *figures.Sentence, k int, regions []phrase) bool {
	for t := k + 1; t < s.TokEnd; t++ {
		w := d.LowerTokenText(t)
		from := d.LowerTokenText(t-1) == "from" || t-2 > k && d.LowerTokenText(t-2) == "from" && d.LowerTokenText(t-1) == "the"
		if compassAdjective(w) && !strings.HasPrefix(w, "south") && !from {
			return true
		}
		if !named(d, t) || named(d, t-1) || from || regionWord(w, regions) {
			continue
		}
		p := t - 1
		if p > k && d.LowerTokenText(p) == "the" {
			p--
		}
		switch d.LowerTokenText(p) {
		case "in", "near", "outside", "around", "at", "beside", "of":
			return true
		}
	}
	return false
}

// regionWord reports whether lower-case w opens one of the regions'
// spellings ("gaza" of "Gaza Strip").
func regionWord(w string, regions []phrase) bool {
	return slices.ContainsFunc(regions, func(p phrase) bool { return len(p.words) > 0 && p.words[0] == w })
}
