package figures

// A speaker who gives a figure may hedge it in the next breath, as an
// answer of its own that points back at it: "a million and a half people
// now in Rafah? Somewhere around there, maybe more.", "Forty thousand dead.
// Give or take.", "about 2 million in the south, more or less." The hedge
// makes the figure approximate, as "or so" after it would. It must follow
// the figure's clause within a few words and stand alone before a break: "About
// that many more are missing" counts something else.

// answerHedges point back at a figure just given.
var answerHedges = [][]string{
	{"somewhere", "around", "there"}, {"somewhere", "around", "that"}, {"somewhere", "about", "there"},
	{"something", "like", "that"}, {"or", "thereabouts"}, {"thereabouts"}, {"give", "or", "take"},
	{"more", "or", "less"}, {"roughly"}, {"approximately"}, {"around", "there"}, {"around", "that"},
	{"about", "that"}, {"roughly", "that"}, {"ballpark"}, {"in", "that", "ballpark"},
}

// hedgeAnswerWords is how many words may stand between the figure and the
// end of its clause.
const hedgeAnswerWords = 6

// hedgeAnswers reports whether a hedge of answerHedges opens the clause or
// sentence after the one the figure ending at token end closes, and is
// followed by a break.
func (p *parser) hedgeAnswers(end int) bool {
	// It is asked of nearly every figure, and a hedge follows almost none:
	// each token of the clause is read once, by its kind, and the hedges
	// are tried only at a word that opens one (fHedge).
	k := end
scan:
	for words := 0; k < len(p.toks); k++ {
		switch t := &p.toks[k]; t.Kind {
		case tWord:
			if words >= hedgeAnswerWords || hotWords[t.vid].flags&numberWordFlags != 0 {
				return false
			}
			words++
		case tSym:
			if p.isSym(k, "?.,;…") {
				break scan
			}
			if words >= hedgeAnswerWords || p.wordNumberAt(k) || !p.isSym(k, "'’-") {
				return false
			}
		default:
			return false
		}
	}
	for k < len(p.toks) && p.toks[k].Kind == tSym && p.isSym(k, "?.,;…") {
		k++
	}
	if !p.has(k, fHedge) {
		return false
	}
	for _, h := range answerHedges {
		n := 0
		for n < len(h) && p.lowerIs(k+n, h[n]) {
			n++
		}
		if n == len(h) && (k+n >= len(p.toks) || p.isSym(k+n, ",.?!;…")) {
			return true
		}
	}
	return false
}
