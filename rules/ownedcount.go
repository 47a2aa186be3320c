package rules

import (
	"slices"

	"github.com/claimtrack/claimtrack/rules/figures"
	"github.com/claimtrack/claimtrack/rules/names"
)

// A place that speaks of its own count ("Malawi says its cholera deaths
// fell to", "Zambian officials said their case count had climbed to")
// gives that place's figure. When the metric counts a wider place (a
// region, or a country the speaker is not), the figure is a part of it or
// another place's, as "Zambia's cholera deaths" is (otherevent.go): the
// possessive stands for the subject's name. The metric's own place as the
// subject keeps its figure, and so does a subject of two places ("Malawi
// and Zambia say their combined toll").

// ownedCountWords is how many tokens may stand between the possessive and
// the figure ("its civilian death toll in the border regions has risen to").
const ownedCountWords = 12

// specNamesPlace reports whether the spec names a place of its own: a country,
// a place of names/within.yaml, or a continent or world region ("southern
// Africa"). Without one the metric's place is unknown and no subject's
// place can be read as another.
func specNamesPlace(places, own []string) bool {
	return len(places) > 0 || slices.ContainsFunc(own, names.KnownRegion)
}

// countOwnedByOtherPlace reports whether figure fi is the value a verb
// that moves or sets a count gives a tally owned by "its" or "their",
// whose clause's subject names one place, by name or demonym, the metric
// does not name.
func (m *metric) countOwnedByOtherPlace(d *figures.Document, s *figures.Sentence, fi int) bool {
	if !m.spec.Total || !m.namesPlace {
		return false
	}
	fs, _ := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	// A qualifier's verb may open the figure itself ("passed 150").
	owner, verb := -1, ownedCountVerb(word(fs))
	for k := fs - 1; k > s.TokStart && k >= fs-ownedCountWords; k-- {
		w := word(k)
		if !d.Tokens[k].IsWord() || !isLowerWord(d.TokenText(k)) || countAt(d, k) {
			return false
		}
		if possessiveDeterminer(w) {
			if w == "its" || w == "their" {
				owner = k
			}
			break
		}
		switch {
		case w == "combined" || w == "overall" || w == "total" || w == "both" || w == "regional" || w == "all":
			return false // "their combined toll": a whole the subject sums
		case ownedCountVerb(w):
			verb = true
		}
	}
	if owner < 0 || !verb {
		return false
	}
	// The subject: back from the possessive to the clause's start.
	part := ""
	for k := owner - 1; k >= s.TokStart; k-- {
		w := word(k)
		if w == "," || w == ";" || w == ":" || w == "—" || timeConjunction(w) || subordinatingWord(w) || w == "as" ||
			w == "and" && k > s.TokStart && isLowerWord(d.TokenText(k-1)) {
			break
		}
		t := d.TokenText(k)
		if acronym(t) && !isCountry(t) && !names.KnownPlace(t) {
			return false // a body ("A WHO official in Kenya said their count"): its own count
		}
		if !named(d, k) || len(t) < stemLetters || hyphenedOn(d, s, k) ||
			!isCountry(t) && !names.KnownPlace(t) && !demonymShape(t) {
			continue
		}
		if !m.foreignName(t) {
			return false // the metric's own place keeps its count
		}
		if part != "" && !sameStem(part, t) {
			return false // two places: a sum of both
		}
		part = t
	}
	return part != ""
}

// ownedCountVerb reports whether lower-cased w is a verb that moves a
// count ("risen", "fell") or says where it stands ("reached", "tops",
// "stood at"): countSettingVerb's verbs without its auxiliaries and
// adverbs, and changeVerb's.
func ownedCountVerb(w string) bool {
	switch w {
	case "has", "have", "had", "is", "was", "now", "already", "since", "then":
		return false
	}
	return changeVerb(w) || countSettingVerb(w)
}
