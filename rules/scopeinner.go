package rules

import (
	"slices"
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A metric whose scope may be met anywhere in the article meets it in a
// story that names a place inside the scope's territory: a story headed on
// Rafah or Khan Younis is about Gaza, as a strike on Rafah is an act in
// Gaza (names/within.yaml). Only an article-wide scope reads them; a
// sentence-wide scope keeps to its own words (article_inner_place.yaml).

// scopeInner returns, as scope phrases, the places names/within.yaml lists
// inside the regions s's scope names (each by its every spelling), the
// region's capital left out; nil when the scope names no region or is
// sentence-wide.
func scopeInner(s MetricSpec) []phrase {
	if s.ScopeIn == "sentence" {
		return nil
	}
	var inner []string
	for _, r := range regions() {
		spellings := placeSpellings(r.place)
		namesRegion := func(entry string) bool {
			return slices.ContainsFunc(spellings, func(sp []string) bool { return slices.Equal(sp, wordsOf(entry)) })
		}
		if !slices.ContainsFunc(s.Scope, namesRegion) {
			continue
		}
		for _, w := range r.within {
			// A capital speaks for its government as often as it names a
			// place ("Khartoum said"): alone it puts no article in the
			// country's story (docs/rules.md).
			if !slices.ContainsFunc(r.capital, func(c []string) bool { return slices.Equal(c, w) }) {
				inner = append(inner, strings.Join(w, " "))
			}
		}
	}
	if len(inner) == 0 {
		return nil
	}
	return toPhrases(inner, "scope", nil)
}

// innerNames is where a text names places inside a metric's scope region.
type innerNames struct {
	first, last int  // offsets of the first and last naming; -1: none
	article     bool // the article around the text names one
}

// innerScope reports whether the article, or the text outside sentence s,
// names one of inner, the places inside metric mi's scope region. A place
// named only in s itself places its figure there, a part of the region
// ("killed in Jabalia since the offensive began"), not the region's story.
func (st *docState) innerScope(s *figures.Sentence, mi int, inner []phrase) bool {
	if pointsBackToPlace(st.d, s) {
		return false
	}
	n, ok := st.inner[mi]
	if !ok {
		n = innerNames{first: -1, last: -1}
		n.article = st.article != "" && st.containsAnyPhrase(st.article, inner)
		st.eachPhraseAt(st.lowerText(), inner, func(k int) bool {
			if n.first < 0 || k < n.first {
				n.first = k
			}
			n.last = max(n.last, k)
			return true
		})
		if st.inner == nil {
			st.inner = map[int]innerNames{}
		}
		st.inner[mi] = n
	}
	return n.article || n.first >= 0 && (n.first < s.Start || n.last >= s.End)
}

// pointsBackToPlace reports whether sentence s leaves its figure's place to
// a place named before it: a "there" of place (placeback.go), or a
// determiner and a place noun with no name after it ("in the city", "that
// camp's wards", "across the region"). Such a sentence counts in the place
// it points back to; when that place lies inside the scope's region it is
// a part of the region, so the inner places named before it do not make
// the figure the region's whole. A noun that names a kind of government
// as well ("the state") points back to no place.
func pointsBackToPlace(d *figures.Document, s *figures.Sentence) bool {
	if placeThere(d, s) {
		return true
	}
	for k := s.TokStart; k+1 < s.TokEnd; k++ {
		switch d.LowerTokenText(k) {
		case "the", "that", "this":
		default:
			continue
		}
		w := d.LowerTokenText(k + 1)
		if w == "state" || !placeNouns[w] && !placeKindNoun(w) {
			continue
		}
		if k+2 < s.TokEnd && (named(d, k+2) || d.LowerTokenText(k+2) == "of") {
			continue // "the city of Rafah", "the Mawasi zone" reads on
		}
		return true
	}
	return false
}
