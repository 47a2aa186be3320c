package claimant

import "github.com/claimtrack/claimtrack/rules/figures"

// A speaker's sound of hesitation set off by commas parts nothing: "the
// Israeli military says it has, uh, killed around 14,000 fighters" is
// "says it has killed", and "The network has documented, um, at least 85
// deaths" is "has documented at least 85". Read as written, the commas
// close the verb's clause before its figure. The sounds are the figure
// finder's (figures.FillerSound: "uh", "um", "er", "erm", "hmm", ...),
// each spelt with the one id wFiller; a view drops them, with their
// commas, before it is read (view.go), as the rules engine passes them
// over between a keyword and its figure (rules/spokenfiller.go).

// fillerID is wFiller for a word that is a sound of hesitation, id
// otherwise.
func fillerID(low string, id wordID) wordID {
	if id == 0 && figures.MayBeFillerSound(low) && figures.FillerSound(low) {
		return wFiller
	}
	return id
}

// dropFillers removes from toks each sound of hesitation next to a comma,
// with the comma after it, and the comma before it ("has, uh, killed" →
// "has killed"; "Uh, the army says" → "the army says"; "stands at, er
// 1,200" → "stands at 1,200"), and returns the tokens left. A sound with no comma by it is
// kept, and a capitalised one inside the sentence: it may be a word ("the
// ER").
func dropFillers(toks []tok) []tok {
	// The tokens before the first sound are kept where they are.
	first := -1
	for i := range toks {
		if toks[i].id == wFiller {
			first = max(i-1, 0)
			break
		}
	}
	if first < 0 {
		return toks
	}
	out := toks[:first]
	for i := first; i < len(toks); i++ {
		t := &toks[i]
		// A capital opens the sentence or a speaker's words ("Uh, the
		// army says"); elsewhere it is a word ("taken to the ER, where").
		if t.id == wFiller && (!t.capital || i == 0 || toks[i-1].id == wColon) {
			before := len(out) > 0 && out[len(out)-1].id == wComma
			after := i+1 < len(toks) && toks[i+1].id == wComma
			if after {
				if before {
					out = out[:len(out)-1]
				}
				i++ // the comma after
				continue
			}
			if before {
				out = out[:len(out)-1]
				continue
			}
		}
		out = append(out, *t)
	}
	return out
}
