package claimant

// A reconstruction is findings when an investigation rebuilds events from
// footage or records: "Our reconstruction of the ambush, built from 40
// videos, counts 47 killed", "A Harbour Post reconstruction of the
// convoy's route puts ...". It is no findings when a country or a town is
// rebuilt: "Ukraine's reconstruction will cost $486bn", "the Committee
// for Relief and Reconstruction" (claim27c).

// rebuildings takes the findings class from each "reconstruction" that
// is a rebuilding: a capital inside the sentence (a name's word), or no
// material, aside, maker or findings verb after it ("of", a comma, "by",
// "shows", "puts", "found").
func (v *view) rebuildings() {
	for i := range v.toks {
		t := &v.toks[i]
		if t.id != wReconstruction && t.id != wReconstructions {
			continue
		}
		if i > 0 && t.capital || !v.is(i+1, wOf, wComma, wBy) && !v.findingsVerbAt(i+1) {
			t.cls &^= cFindingNoun
		}
	}
}

// findingsVerbAt reports whether token i is a verb of claim or findings
// in lower case ("shows", "puts", "found", "counts").
func (v *view) findingsVerbAt(i int) bool {
	if i >= len(v.toks) {
		return false
	}
	t := &v.toks[i]
	return t.word && !t.capital && (t.report || t.finding)
}
