package claimant

import "strings"

// A person introduced in full with their post is called by surname alone
// in the next sentence: "Jens Laerke, a spokesman for OCHA, briefed
// reporters in Geneva. Laerke said 1.7 million people had been
// displaced." The surname speaks for the body the introduction names
// (convention 1), as a transcript label's bare name does (introduced,
// intro.go); a person introduced as no body's ("Samir Odeh, a shopkeeper")
// keeps the surname.

// surnameIntroduced returns the body that the source cl of sentence si, a
// surname alone (perhaps after "Mr", "Ms", "Dr"), was introduced with in
// one of the two sentences before. It runs only on a source of one
// capitalised word that no alias names, and reads those sentences only
// when their text holds the word: word salad's junk sources ("Security
// would school") had cost 2,700 allocations a dense benchmark text when
// each was tested as a place first.
func (c *call) surnameIntroduced(si int, v *view, cl Claimant) (Claimant, bool) {
	if si == 0 || cl.ID != "" || cl.End <= cl.Start {
		return Claimant{}, false
	}
	s, e := v.tokAt(cl.Start), v.tokAt(cl.End)
	if s < e && v.is(s, wDr, wMr, wMrs, wMs, wProf, wProfessor) {
		s++
	}
	if e-s != 1 || !v.toks[s].word || !v.toks[s].capital || v.toks[s].shouted {
		return Claimant{}, false
	}
	// The rest is read only when the text before holds the surname at
	// all: most one-word sources are no surname introduced there.
	from := c.d.Sentences[max(si-2, 0)].Start
	if !strings.Contains(c.d.Text[from:c.d.Sentences[si-1].End], c.d.Text[v.toks[s].start:v.toks[s].end]) {
		return Claimant{}, false
	}
	in, ok := c.introduced(si, v, s, e)
	in.How = Previous
	return in, ok
}
