package rules

import (
	"slices"
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// "The death toll in the country had risen to 44,218" names no place, but
// points back: "the country" is the country the sentence named before it
// ("Turkey's disaster agency AFAD said ..."). When that country is an
// exclude_near word, the keyword is placed in it as "in Turkey" would
// place it, and counts that country's part of a whole of two. A country
// joined to another ("Turkey and Syria said ...") is the whole, and "the
// two countries" points back to no one country.

//
// A city, a town or a region points back the same way, to the last
// place the sentence names before it: "Thousands died in the siege of
// Mariupol; officials have put the city's civilian death toll at more
// than 20,000", "Kharkiv was shelled again overnight, and the civilian
// toll in the city now exceeds 1,400". When that place is an exclude_near
// word, alone, the keyword the noun owns ("the city's death toll") or
// places ("the toll in the city") is that place's part. A place the
// metric counts, or any listed country, named between them is the one
// pointed to ("Mariupol fell in 2022; in Ukraine the country's ...").

// countryNouns are the nouns that stand for a country named before them.
var countryNouns = map[string]bool{"country": true, "nation": true}

// pointingPlaceNoun reports whether lower-cased w stands for a city,
// town or region named before it: "the city", "the port", "the region".
func pointingPlaceNoun(w string) bool {
	switch w {
	case "capital", "village", "port":
		return true
	}
	return placeKindNoun(w)
}

// excludedCountryBack reports whether tokens k, k+1 of sentence s are "the
// country" (or "the nation", "the city", "the region"), not owning a noun
// after them ("the country's south" is a region, read as one), and the
// place they point back to before token before is one an exclude_near hit
// names, alone (excludedPlaceBack).
func (m *metric) excludedCountryBack(d *figures.Document, s *figures.Sentence, hits []hit, k, before int) bool {
	if k+1 >= s.TokEnd || !strings.EqualFold(d.TokenText(k), "the") {
		return false
	}
	if k+2 < s.TokEnd && (d.TokenText(k+2) == "'" || d.TokenText(k+2) == "’") {
		return false
	}
	return m.excludedPlaceBack(d, s, hits, k+1, before)
}

// excludedPlaceBack reports whether the pointing noun at token noun ("the
// country", "the city") stands for a place an exclude_near hit names,
// alone: for a country the last country the sentence names before token
// before, for a city or a region the last exclude_near name before it
// with no listed country nor place of the metric nearer.
func (m *metric) excludedPlaceBack(d *figures.Document, s *figures.Sentence, hits []hit, noun, before int) bool {
	w := strings.ToLower(d.TokenText(noun))
	if countryNouns[w] {
		for t := before - 1; t >= s.TokStart; t-- {
			c := countryBefore(d, s, t+1)
			if c < 0 {
				continue
			}
			return excludedAlone(d, s, hits, c, t+1)
		}
		return false
	}
	if !pointingPlaceNoun(w) {
		return false
	}
	for t := min(before, noun-1) - 1; t >= s.TokStart; t-- {
		if !named(d, t) {
			continue
		}
		for _, x := range hits {
			if x.ref.role == roleNear && x.end == t+1 && named(d, x.start) {
				return excludedAlone(d, s, hits, x.start, x.end)
			}
		}
		if countryBefore(d, s, t+1) >= 0 || slices.Contains(m.places, d.LowerTokenText(t)) || m.scopeName(d.TokenText(t)) {
			return false // another place, nearer: the one pointed to
		}
	}
	return false
}

// excludedPlaceOwner reports whether keyword hit h is owned by "the city's"
// ("the country's", "the region's"), at most two lower-case modifiers
// between ("the city's civilian death toll"), that points back to a place
// an exclude_near hit names, alone.
func (m *metric) excludedPlaceOwner(d *figures.Document, s *figures.Sentence, hits []hit, h hit) bool {
	j := h.start
	for n := 0; n < 2 && j-1 > s.TokStart && isLowerWord(d.TokenText(j-1)) && d.LowerTokenText(j-1) != "s"; n++ {
		j--
	}
	o := ownerBefore(d, j)
	if o-1 < s.TokStart {
		return false
	}
	switch d.LowerTokenText(o - 1) {
	case "the", "that", "this":
	default:
		return false
	}
	return m.excludedPlaceBack(d, s, hits, o, o-1)
}

// excludedAlone reports whether the country name at tokens [c, end) is an
// exclude_near hit that no "and", "or", hyphen or slash joins to another
// place, before or after it (an owner's "'s" may follow the name). A
// hyphen with a space on one side is a dash, no join: a wire's "Ankara
// (Petra) -- Turkey's disaster agency said ..." typed with two hyphens
// (joiningHyphen).
func excludedAlone(d *figures.Document, s *figures.Sentence, hits []hit, c, end int) bool {
	word := func(k int) string {
		if k < s.TokStart || k >= s.TokEnd {
			return ""
		}
		return d.LowerTokenText(k)
	}
	after := end
	if w := word(after); w == "'" || w == "’" {
		after += 2 // "Turkey's"
	}
	for _, k := range []int{c - 1, after} {
		switch word(k) {
		case "and", "or", "/":
			return false
		case "-":
			if joiningHyphen(d, s, k) {
				return false // "Turkey-Syria"
			}
		}
	}
	for _, x := range hits {
		if x.ref.role == roleNear && x.start == c {
			return true
		}
	}
	return false
}

// joiningHyphen reports whether token k of sentence s is a hyphen set
// between two words with no space on either side ("Turkey-Syria"), which
// joins them, rather than a dash typed as a hyphen or two with spaces
// around it ("Ankara (Petra) -- Turkey's agency", "ISTANBUL - Turkey's
// agency").
func joiningHyphen(d *figures.Document, s *figures.Sentence, k int) bool {
	return k > s.TokStart && k+1 < s.TokEnd && d.TokenText(k) == "-" && !d.Tokens[k].Space && !d.Tokens[k+1].Space &&
		d.Tokens[k-1].IsWord() && d.Tokens[k+1].IsWord()
}
