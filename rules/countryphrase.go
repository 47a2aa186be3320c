package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

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
// figure, fronted on its clause, or its clause's subject holding it), or -1. It reads the
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
	if k := countryFronted(d, s, fi); k >= 0 {
		return k
	}
	return countrySubject(d, s, fi) // "Yemen has 4.5 million displaced" (countrysubject.go)
}

// lastNamed returns the last word of the name that starts at token k.
func lastNamed(d *figures.Document, s *figures.Sentence, k int) string {
	return d.TokenText(nameEnd(d, s, k) - 1)
}

// countryFronted reads a phrase that opens figure fi's clause with no
// comma before the figure's subject: "In Lebanon it's over three thousand
// killed", "but in Yemen more than 4 million remain displaced". "In"
// opens the sentence (after a stamp) or follows "but", "and", "while" or a
// comma; perhaps "the" and a point of the compass, then the country, then
// the subject (closesFronted) and the figure within three words, a
// speaker's filler not counted ("in Sudan it's, what, fifteen thousand":
// fillerTokens, determinedterm.go).
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
		if end < 0 || end > fs || fs-end-fillerTokens(d, s, end, fs) > 3 || d.TokenText(end) == "," {
			continue
		}
		if closesFronted(d, s, hit{start: k, end: end}, false) || subjectPronoun(word(end)) && contrastedPlaceAfter(d, s, fi) {
			return k // "In Ukraine they say ten thousand dead, but in Gaza ..." (contrastedplace.go)
		}
	}
	return -1
}
