package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A remark on the figure may leave out its relative pronoun: "has risen to
// 46,707, a figure Israel disputes but which the UN regards as an
// undercount", "passed 50,000, a number few in Ankara contest". Who
// judges the figure is no place or group it counts, as in ", a figure
// that Israel disputes" (remarkOnFigure). A dash may set the remark off
// as a comma does, and its subject may be a bare plural noun of people
// before a verb in the base form (pluralRemarkSubject).

// contactRemarkWords is how many words the remark's subject may hold
// before its verb: "most independent researchers accept".
const contactRemarkWords = 4

// contactRemark reports whether token k, right after a noun restating the
// figure, opens a clause with a subject of its own and no pronoun: a name
// or a determiner of one, then a finite verb within a few words.
func contactRemark(d *figures.Document, k int) bool {
	if k+1 >= len(d.Tokens) || !d.Tokens[k].IsWord() {
		return false
	}
	if !named(d, k) && !remarkSubjectWord(d.LowerTokenText(k)) {
		return pluralRemarkSubject(d, k)
	}
	return finiteVerbWithin(d, k+1, contactRemarkWords) || pluralRemarkSubject(d, k)
}

// pluralRemarkSubject reports whether token k opens a remark's subject of
// a bare plural noun of people, then its verb in the plural's base form:
// the noun, perhaps a place ("in Kyiv", "from Odesa"), perhaps an adverb
// in -ly, then a lower-case word that is no preposition, link word or
// figure: "a tally envoys in Odesa call cautious", "a number monitors
// privately accept" (remark_dash_plural.yaml).
func pluralRemarkSubject(d *figures.Document, k int) bool {
	w := d.LowerTokenText(k)
	if !isLowerWord(d.TokenText(k)) || !pluralNoun(w) || prepositions[w] || actsOrSpeaks[w] {
		return false
	}
	t := k + 1
	if t+1 < len(d.Tokens) && prepositions[d.LowerTokenText(t)] && named(d, t+1) {
		for t++; t < len(d.Tokens) && named(d, t); t++ {
		}
	}
	if t < len(d.Tokens) && isLowerWord(d.TokenText(t)) && strings.HasSuffix(d.TokenText(t), "ly") {
		t++
	}
	if t >= len(d.Tokens) || !inSentence(d, t) || !d.Tokens[t].IsWord() || figureAt(d, t) >= 0 {
		return false
	}
	v := d.TokenText(t)
	return isLowerWord(v) && !prepositions[v] && !linkWords[v] && !subordinatingWord(v) && !relativeWord(v) && !determiner(v)
}

// remarkSubjectWord reports whether lower-cased w opens a subject that
// judges a figure: a determiner or a quantifier of people ("the
// ministry", "most researchers", "few analysts").
func remarkSubjectWord(w string) bool {
	switch w {
	case "the", "most", "few", "many", "some", "its", "their", "every", "no", "officials", "critics", "experts", "analysts":
		return true
	}
	return false
}
