package rules

import (
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

// countryNouns are the nouns that stand for a country named before them.
var countryNouns = map[string]bool{"country": true, "nation": true}

// excludedCountryBack reports whether tokens k, k+1 of sentence s are "the
// country" (or "the nation"), not owning a noun after them ("the
// country's south" is a region, read as one), and the last country the
// sentence names before token before is one an exclude_near hit names,
// alone.
func excludedCountryBack(d *figures.Document, s *figures.Sentence, hits []hit, k, before int) bool {
	if k+1 >= s.TokEnd || !strings.EqualFold(d.TokenText(k), "the") || !countryNouns[strings.ToLower(d.TokenText(k+1))] {
		return false
	}
	if k+2 < s.TokEnd && (d.TokenText(k+2) == "'" || d.TokenText(k+2) == "’") {
		return false
	}
	for t := before - 1; t >= s.TokStart; t-- {
		c := countryBefore(d, s, t+1)
		if c < 0 {
			continue
		}
		return excludedAlone(d, s, hits, c, t+1)
	}
	return false
}

// excludedAlone reports whether the country name at tokens [c, end) is an
// exclude_near hit that no "and", "or", hyphen or slash joins to another
// place, before or after it (an owner's "'s" may follow the name).
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
	for _, w := range []string{word(c - 1), word(after)} {
		switch w {
		case "and", "or", "-", "/":
			return false
		}
	}
	for _, x := range hits {
		if x.ref.role == roleNear && x.start == c {
			return true
		}
	}
	return false
}
