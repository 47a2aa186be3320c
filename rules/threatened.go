package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// People said to face what a keyword names are those at risk, not those it
// befell: "Over 1.5 million in Rafah face 'slaughter' if Israel attacks",
// "some 700,000 children risk death from hunger", "2 million people are
// threatened with displacement", "500,000 at risk of dying". The figure is
// the subject of a verb of threat (or "at risk of") that stands between it
// and the keyword, the keyword at most threatReach words on; a keyword
// before the figure ("killed 1,200 and left 2 million facing hunger")
// still names it.

// threatReach is how many tokens may stand between a figure and the
// keyword its verb of threat governs.
const threatReach = 6

// threatenedWith reports whether figure fi of sentence s counts people
// threatened with what its nearest keyword after it names, and no
// keyword stands right before it.
func threatenedWith(d *figures.Document, s *figures.Sentence, hits []hit, fi int) bool {
	fs, fe := d.FigureTokens(fi)
	after := -1
	for _, h := range hits {
		if h.ref.role != roleKeyword {
			continue
		}
		if h.end <= fs && fs-h.end <= 3 {
			return false // "killed 1,200": the keyword before names the figure
		}
		if h.start >= fe && h.start-fe <= threatReach && (after < 0 || h.start < after) {
			after = h.start
		}
	}
	if after < 0 {
		return false
	}
	word := sentenceWords(d, s)
	for k := fe; k < after; k++ {
		switch w := word(k); {
		case w == "," || w == ";" || w == ":" || w == "—" || w == "–":
			return false
		case threatWord(word, k):
			return true
		}
	}
	return false
}

// threatWord reports whether the word at token k puts its subject at risk
// of what follows: "face", "risk", "threatened", "at risk of".
func threatWord(word func(int) string, k int) bool {
	return threatVerb(word(k)) && (word(k-1) != "at" || word(k+1) == "of")
}

// threatVerb reports whether lower-cased w is a verb of facing what may
// befall: a sentence with none has no threat (rmThreat).
func threatVerb(w string) bool {
	switch w {
	case "face", "faces", "facing", "faced", "risk", "risks", "risking", "threatened", "threatens":
		return true
	}
	return false
}
