package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A remark on the figure may leave out its relative pronoun: "has risen to
// 46,707, a figure Israel disputes but which the UN regards as an
// undercount", "passed 50,000, a number few in Ankara contest". Who
// judges the figure is no place or group it counts, as in ", a figure
// that Israel disputes" (remarkOnFigure).

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
		return false
	}
	return finiteVerbWithin(d, k+1, contactRemarkWords)
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
