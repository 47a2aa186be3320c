package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A need counts those in need, or what a need is sized for, not the
// people a metric counts: "Some 4 million displaced Sudanese need shelter
// before the rains" is a part of the displaced, as the dev's "25 million
// people in Sudan need humanitarian assistance" are no count of them;
// "Rafah will need shelter for at least 300,000 more people", "tents for
// 100,000 more displaced people will be needed in Rafah" size a need. A
// count the sentence takes as known, after "the" ("The 1.4 million now
// sheltering in Rafah would need somewhere to go"), is the count, its need
// told of it; and a need told as a noun ("a drop against the needs of the
// nearly 12 million people the war has uprooted") counts nothing.

// needForm reports whether w, in any case, is a form of the verb "need".
// Most words fail on their length or first letter, read first.
func needForm(w string) bool {
	if len(w) < 4 || len(w) > 6 || w[0] != 'n' && w[0] != 'N' {
		return false
	}
	return strings.EqualFold(w, "need") || strings.EqualFold(w, "needs") || strings.EqualFold(w, "needed")
}

// needCount reports whether figure fi of sentence s counts those in need
// (the subject of "need" right after its noun phrase, the figure where a
// subject opens: subjectPlace) or sizes a need (after "for", a form of "need" a few words
// before "for" or after the figure's noun phrase in the clause).
func needCount(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, fe := d.FigureTokens(fi)
	// after is the first form of "need" after the figure, before a mark
	// or another figure. The words are read first and the figures only
	// once a form is found: most figures have none, and figureIn walks the
	// sentence's figures.
	after := -1
	for k := fe; k < s.TokEnd && k < fe+8; k++ {
		t := &d.Tokens[k]
		if !t.IsWord() {
			break
		}
		if n := t.End - t.Start; n >= 4 && n <= 6 && needForm(d.TokenText(k)) {
			after = k
			break
		}
	}
	for k := fe; k < after; k++ {
		if figureIn(d, s, k) >= 0 {
			after = -1
			break
		}
	}
	if fs-1 >= s.TokStart && d.LowerTokenText(fs-1) == "for" {
		for k := fs - 2; k >= s.TokStart && k >= fs-5; k-- {
			if needForm(d.TokenText(k)) {
				return true // "will need shelter for at least 300,000 more people"
			}
		}
		return after >= 0 // "tents for 100,000 more ... will be needed"
	}
	if after < 0 {
		return false
	}
	if !subjectPlace(d, s, fs) {
		return false // "a city holding nearly 1.4 million refugees would need", "The 1.4 million ..."
	}
	// The subject of "need": only nouns and their modifiers between, no
	// verb of the figure's own ("who have fled", "are sheltering").
	word := sentenceWords(d, s)
	for k := fe; k < after; k++ {
		switch word(k) {
		case "who", "that", "which", "are", "is", "were", "was", "have", "has", "had":
			return false
		}
	}
	return true
}

// subjectPlace reports whether a figure starting at token fs stands where
// a clause's subject opens: the sentence's start (past a stamp), after a
// mark or "that", or after a verb of saying ("WHO said 12,000 patients
// needed"). After "the", an owner's "'s" or a verb ("uprooted close to 13
// million people", "holding nearly 1.4 million") it is no subject of its
// own, or a count the sentence takes as known.
func subjectPlace(d *figures.Document, s *figures.Sentence, fs int) bool {
	if fs <= afterStamp(d, s) {
		return true
	}
	switch w := d.LowerTokenText(fs - 1); {
	case w == "," || w == ":" || w == ";" || w == "—" || w == "–" || w == "that":
		return true
	default:
		return speakingVerb(w) || w == "warns" || w == "warned"
	}
}
