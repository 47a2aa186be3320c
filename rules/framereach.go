package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A phrase that frames the sentence ("Before the war,", "In Syria,")
// frames every figure of the clause it opens, not only the first: in
// "Before the war, the city's roughly 25 square miles held about 275,000
// people" the 25 is the city's size, in the same clause, and owns no
// frame of its own (ownedByOther reads an exclude_near word past another
// figure as that figure's). A clause of its own after the first figure
// ("In Turkey, 44,218 died, and across both countries 50,783") is
// framed apart.

// frameReaches reports whether framing hit h is a fronted phrase closed by
// a comma and no clause break stands between that comma and the figure at
// token fs: a comma, a
// semicolon, a colon, a dash, a bracket, or a conjunction that opens a
// clause.
func frameReaches(d *figures.Document, h hit, fs int) bool {
	if h.end >= fs || d.TokenText(h.end) != "," {
		return false // a subject that frames ("Kyiv strike kills 31 as ...") is no fronted phrase
	}
	for k := h.end + 1; k < fs; k++ {
		switch d.LowerTokenText(k) {
		case ",", ";", ":", "—", "–", "(", ")", "but", "and", "as", "while", "whereas", "yet", "now":
			return false
		}
	}
	return true
}

// timeFrameEnded reports whether framing hit h is a time that opens the
// sentence ("Before the war,") and a word of the present stands between
// it and the figure at token fs: "Before the war, the town was quiet, but
// now 900,000 are sheltering there" sets now against the frame.
func timeFrameEnded(d *figures.Document, h hit, fs int) bool {
	switch d.LowerTokenText(h.start) {
	case "before", "until", "prior":
	default:
		return false
	}
	for k := h.end; k < fs; k++ {
		switch d.LowerTokenText(k) {
		case "now", "today", "currently", "since":
			return true
		}
	}
	return false
}

// frontedTime reports whether exclude_near hit h is a time before the
// metric's that opens sentence s and closes at a comma ("Before the war,",
// "Prior to the war,"): it frames the clause after it as a fronted place
// does. placeOfSentence reads a capitalised phrase as a name, and a name
// before a comma and another name as a list of places ("Turkey, Syria"):
// "Before the war, Rafah's ..." is no such list.
func frontedTime(d *figures.Document, s *figures.Sentence, h hit) bool {
	if h.start != sentenceOpening(d, s) || h.end >= s.TokEnd || d.TokenText(h.end) != "," {
		return false
	}
	switch d.LowerTokenText(h.start) {
	case "before", "until", "prior":
		return true
	}
	return false
}
