package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A total after its parts may be told by a verb that carries the count to
// it: "50,100 people died in Turkey and 7,200 in Syria, bringing the
// total to 57,300", "Ankara counted 44,000 dead and Damascus 6,000,
// taking the combined toll to 50,000". The comma and the verb open the
// total's phrase as ", for a total of" does (partsTotal): the parts'
// places are the total's own, and a keyword before the parts names it.
// takingTotal reads the verb and its object; here a comma stands right
// before the verb and two parts or more, joined, before the comma, that
// name two places. Without places the parts before the verb are more
// often what the count rose by than what it sums ("122 killed and 301
// injured in the past 24 hours, bringing the toll to ..."): the verb
// keeps its own reading (takingTotal).

// broughtTotal returns the sum figure fi of sentence s makes of the parts
// before it when a verb that carries a count to a mark ("bringing the
// total to") opens fi's phrase right after a comma or a dash, or a
// sumParts with conn -1.
func broughtTotal(d *figures.Document, s *figures.Sentence, fi int) sumParts {
	none := sumParts{conn: -1}
	fs, _ := d.FigureTokens(fi)
	v := takingTotal(d, fs)
	if v <= s.TokStart+1 || v >= fs {
		return none
	}
	comma := v - 1
	if d.TokenText(comma) != "," && !asideMark(d.TokenText(comma)) {
		return none
	}
	first := partsBefore(d, s, comma)
	if first < 0 || placesNamed(d, first, comma) < 2 {
		return none
	}
	return sumParts{conn: v, comma: comma, first: first}
}

// placesNamed counts the places named from token first up to token end by
// "in", "across" or "throughout" and a capitalised name, a point of the
// compass perhaps between ("in north-west Syria").
func placesNamed(d *figures.Document, first, end int) int {
	n := 0
	for k := first; k < end; k++ {
		switch d.LowerTokenText(k) {
		case "in", "across", "throughout":
			if at := compassEnd(d, k+1); at < end && named(d, at) {
				n++
			}
		}
	}
	return n
}
