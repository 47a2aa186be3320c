package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A source may value a count with "it" for the count, the object of a
// verb that puts a value on a count: "Death toll update. The Gaza health
// ministry now puts it at 37,266", "The quake's death toll keeps
// climbing. Officials put it at more than 41,000". The "it" points back
// to the count the sentence before names, as the opening "It" of "It now
// stands at" does (itsubject.go), and itSubjectHits reads both. The
// subject is a few words with no mark or figure ("The disaster agency",
// "Turkey's disaster agency, AFAD," with its name between commas), an
// adverb of state may stand before the verb ("now puts"), and the figure
// follows "at" as the clause's bare complement: "puts it down to 4,000
// unsafe buildings" is another sense, "puts it at 4,000 homes" counts its
// own noun. A subject that names a count noun or joins a clause of its
// own ("Nobody knows the death toll, but some estimates put it at ...")
// gives the "it" its own antecedent.

// maxPutItSubject is how many tokens the subject before the valuing verb
// may hold: "Turkey's disaster agency, AFAD,".
const maxPutItSubject = 10

// putItAt returns the "it" of sentence s that is the object of a verb
// that values a count, with "at" and a bare figure after it, or -1.
func putItAt(d *figures.Document, s *figures.Sentence) int {
	k := afterSpeakerLabel(d, s)
	end := min(s.TokEnd, k+maxPutItSubject+4)
	for t := k + 1; t+2 < end; t++ {
		w := d.LowerTokenText(t)
		if !d.Tokens[t].IsWord() && w != "," && !isApostrophe(w) || figureAt(d, t) >= 0 || figureNoun(w) || tallyNoun(w) || conjunctionOpener(w) {
			return -1 // a count of its own clause, or a clause of its own, is the "it"'s
		}
		if !countValuingVerb(w) || d.LowerTokenText(t+1) != "it" || d.LowerTokenText(t+2) != "at" {
			continue
		}
		if t-k > maxPutItSubject {
			return -1
		}
		fi := figureAt(d, t+3)
		if fi < 0 || !d.Figures[fi].Kind.IsAmount() {
			return -1
		}
		if fs, _ := d.FigureTokens(fi); fs != t+3 {
			return -1
		}
		_, fe := d.FigureTokens(fi)
		if fe < s.TokEnd && strings.EqualFold(d.TokenText(fe), "now") {
			fe++
		}
		fe = countAttributionEnd(d, s, fe)
		if fe < s.TokEnd && d.Tokens[fe].IsWord() {
			return -1 // a noun the figure counts, or a clause of its own
		}
		return t + 1
	}
	return -1
}
