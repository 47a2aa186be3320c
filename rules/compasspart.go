package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A running total counts the whole of its place; a place phrase that names
// one side of a place by a point of the compass, or a part of it, places
// its people in that part: "killed in northern Gaza", "displaced in
// western Sudan", "in the north of the Strip", "in the east", "in the
// southern half of the enclave", "in parts of the city". heldPlace
// (controlpart.go) reads the phrase after "in" wherever it asks for land
// one side holds: after the figure (controlPart), after the count's
// keyword (keywordInPart) and fronted (frontedPart). Sides joined to each
// other ("in southern Turkey and northern Syria", "in northern and
// southern Gaza") are the whole, or more of it than one side, and stay. A
// point of the compass written as a name's first word ("North Darfur",
// "South Sudan", "the West Bank") is a name, which other readings place.

// Only a metric that says so (side_parts: true) has sides for parts: a
// disaster's toll whose whole is one side of a country ("the floods in
// eastern Libya", "cholera across southern Africa") keeps "killed in
// eastern Libya" as its whole, and no prose of its description decides it.

// compassVerbWords is how many words may stand between a figure and the
// keyword whose place follows: "5,000 people have been killed in".
const compassVerbWords = 4

// compassAfterPart reports whether figure fi of sentence s, for a running
// total, is followed in its clause by a keyword of the metric and, right
// after it, "in" (or "across", "within", "inside") and a place phrase
// compassPart reads: "5,000 people have been killed in northern Gaza".
// The place must be the count's own, after its verb or noun: a place
// after another verb is that verb's ("passes 30,000 as hunger spreads in
// the north", "pushed host communities in eastern Sudan to breaking
// point"). The caller asks only when the sentence holds a point of the
// compass or a noun of a part (placeMarks).
func (m *metric) compassAfterPart(st *docState, s *figures.Sentence, hits []hit, fi int) bool {
	if !m.sidesParts {
		return false
	}
	d := st.d
	_, fe := d.FigureTokens(fi)
	// The figure's own noun phrase: "killed more than 4,500 people in
	// north-west Syria".
	for k := fe; k < s.TokEnd && k <= fe+1; k++ {
		if partPreposition(d.LowerTokenText(k)) {
			if compassPart(d, s, k) {
				return true
			}
			break
		}
		if !isLowerWord(d.TokenText(k)) {
			break
		}
	}
	for _, h := range hits {
		if h.ref.role != roleKeyword || h.start < fe || h.end >= s.TokEnd {
			continue
		}
		if !partPreposition(d.LowerTokenText(h.end)) || !compassPart(d, s, h.end) {
			continue
		}
		if d.WordPos(h.start)-d.WordPos(fe) > compassVerbWords || !isLowerWords(d, fe, h.start) {
			continue // "rose to 52,800 once Syria's health ministry had counted the dead in the north-west": another clause's
		}
		return true
	}
	return false
}

// compassPart reports whether the place phrase after the preposition at
// token k of sentence s names a part of a place by a point of the compass
// or by a noun of a part (see above). The caller asks only when the
// sentence holds a point of the compass or a noun of a part (isCompassMark).
func compassPart(d *figures.Document, s *figures.Sentence, k int) bool {
	word := sentenceWords(d, s)
	j := k + 1
	the := word(j) == "the"
	if the {
		j++
	}
	if j >= s.TokEnd {
		return false
	}
	if partNoun(word(j)) && word(j+1) == "of" {
		return !sideJoined(d, s, j+2) // "in parts of the city", "in the part of Gaza north of the wadi"
	}
	if !isLowerWord(d.TokenText(j)) {
		return false // "North Darfur", "the West Bank": a name
	}
	e := compassEnd(d, j)
	if e == j {
		return false
	}
	w := word(e)
	switch {
	case w == "and" || w == "or" || w == "," && compassAdjective(word(e+1)):
		return false // "in northern and southern Gaza"
	case e < s.TokEnd && named(d, e):
		// "in northern Gaza", "in the southern Gaza Strip"
		last := e
		for last+1 < s.TokEnd && named(d, last+1) {
			last++
		}
		return !sideJoined(d, s, last+1)
	case partNoun(w) || heldLandNoun(w) || placeKindNoun(w):
		return !sideJoined(d, s, e+1) // "in the southern half of", "in northern areas", "in the eastern region of"
	case the:
		// The point of the compass is the noun: "in the north", "in the
		// east of the country".
		return !sideJoined(d, s, e)
	}
	return false
}

// compassOwner reports whether the keyword at token k of sentence s is
// owned by one side of a place: a name, perhaps with "'s", right before it,
// and a point of the compass before the name ("Northern Gaza death toll
// passes 5,000", "north-west Syria's toll"), joined to no other place
// before it ("southern Turkey and northern Syria death toll"). A
// capitalised "North", "South", "East" or "West" opens a name of its own
// ("South Sudan", "West Bank"), not a side.
func compassOwner(d *figures.Document, s *figures.Sentence, k int) bool {
	word := sentenceWords(d, s)
	e := k - 1
	if e-1 > s.TokStart && word(e) == "s" && isApostrophe(d.TokenText(e-1)) {
		e -= 2
	}
	if e <= s.TokStart || !named(d, e) {
		return false
	}
	n := nameStart(d, s.TokStart, e)
	c := skipCompass(d, n-1, s.TokStart)
	if c == n-1 && (n == e || compassEnd(d, n) == n) {
		return false // no side before the name, nor a capitalised one opening it ("Northern Gaza")
	}
	if w := d.TokenText(c + 1); !isLowerWord(w) && !strings.HasSuffix(w, "ern") && w != "Central" {
		return false
	}
	switch word(c) {
	case "and", "or", "&", ",":
		return false
	}
	return true
}

// speakerAfter reports whether a verb of saying (speakingVerb) stands
// between tokens from and to: a fronted side before it is where the
// speaker spoke ("In southern Gaza, the ministry said on Tuesday that
// 34,500 had been killed"), not where the count is.
func speakerAfter(d *figures.Document, from, to int) bool {
	for k := from; k < to; k++ {
		if speakingVerb(d.LowerTokenText(k)) {
			return true
		}
	}
	return false
}

// sideJoined reports whether the place phrase that goes on at token k of
// sentence s is joined by "and", "or" or "&" to another side or place in
// its next few words, up to a mark of punctuation: "(southern Turkey) and
// northern Syria", "(the north of Gaza) and the south".
func sideJoined(d *figures.Document, s *figures.Sentence, k int) bool {
	word := sentenceWords(d, s)
	for n := 0; n < 6 && k < s.TokEnd; n, k = n+1, k+1 {
		switch word(k) {
		case ",", ";", ":", "—", "–", "(", ")":
			return false
		case "and", "or", "&":
			j := k + 1
			if word(j) == "the" {
				j++
			}
			return compassAdjective(word(j)) || j < s.TokEnd && named(d, j)
		}
	}
	return false
}

// partNoun reports whether lower-cased w names a part of a place: "part",
// "parts", "half".
func partNoun(w string) bool {
	switch w {
	case "part", "parts", "half":
		return true
	}
	return false
}

// isCompassMark reports whether lower-cased w is a word compassPart needs:
// a point of the compass or a noun of a part.
func isCompassMark(w string) bool {
	return compassAdjective(w) || partNoun(w)
}
