package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A figure a participle of valuation gives ("estimated at 500,000
// people", "numbering some 80,000", "is put at 20,000") values the noun
// before it: "In Chile, home to the largest Palestinian diaspora outside
// the Arab world, estimated at 500,000 people, the toll of the war is felt
// personally" counts the diaspora. When the figure's stretch of the
// sentence, between the marks around it (commas, a semicolon, a colon, a
// dash), holds no keyword of the metric and every keyword stands after the
// comma that closes it, the figure counts something the metric does not,
// however near the keyword after the comma ("Those killed in Gaza,
// estimated at 40,000, ..." holds its keyword and stays; so does
// "estimated at 40,000 dead"). The stretch must stand past a mark: one
// opening the sentence is its subject, and the words after its comma may
// say what the figure counts.

// valuedNounWords is how many tokens back the valued phrase may reach.
const valuedNounWords = 14

// valuesOtherNoun reports whether figure fi of sentence s is the value a
// participle of valuation gives a stretch holding none of the metric's
// keywords, all of them after it (tune35_valued_other_noun.yaml).
func valuesOtherNoun(d *figures.Document, s *figures.Sentence, hits []hit, fi int) bool {
	fs, fe := d.FigureTokens(fi)
	v := -1
	switch {
	case valuingParticiple(d.LowerTokenText(fs)):
		v = fs // the figure's text holds it: "estimated at 500,000"
	case fs-1 > s.TokStart && d.LowerTokenText(fs-1) == "numbering":
		v = fs - 1
	case fs-2 > s.TokStart && d.LowerTokenText(fs-1) == "at" && valuingParticiple(d.LowerTokenText(fs-2)):
		v = fs - 2
	}
	if v < 0 {
		return false
	}
	// An aside after a comma ("..., estimated at 500,000 people,") values
	// the stretch before that comma.
	start := v - 1
	if start > s.TokStart && d.TokenText(start) == "," {
		start--
	}
	from := -1
	for k := start; k >= s.TokStart && k >= v-valuedNounWords; k-- {
		if stretchMark(d, k) {
			from = k + 1
			break
		}
	}
	if from < 0 && v-valuedNounWords <= s.TokStart {
		from = s.TokStart
	}
	to := -1
	for k := fe; k < s.TokEnd && k < fe+valuedNounWords; k++ {
		if stretchMark(d, k) {
			if d.TokenText(k) == "," {
				to = k
			}
			break
		}
	}
	// A stretch opening the sentence is its own subject, the figure its
	// predicate's ("The IDP population in Rafah is estimated at 1.2
	// million, in shelters ..."): what follows the comma may still say
	// what it counts. Only a stretch past a fronted phrase is an aside.
	if from <= s.TokStart || from > start || to < 0 {
		return false
	}
	for _, h := range hits {
		if h.ref.role == roleKeyword && h.start < to {
			return false
		}
	}
	return true
}

// valuingParticiple reports whether lower-cased w is a participle that
// gives a noun its value with "at": "estimated at", "put at".
func valuingParticiple(w string) bool {
	switch w {
	case "estimated", "put", "reckoned", "counted", "valued", "numbered":
		return true
	}
	return false
}
