package claimant

// A body named by its kind in lower case, then "of" and its remits joined
// by "and": "the ministry of asylum and migration", "the department of
// labour and social affairs". The "and" joins two remits of one body, as
// in "the environment and urbanisation ministry" (npwords.go kindAnd) or a
// capitalised name's (nameAnd); read as two sources, the phrase lost its
// second remit ("ministry of labour") or left the verb with "migration"
// for a subject. A generic body keeps its whole phrase (convention 8).
// Two bodies joined ("the ministry of health and the army") have an
// article, a name or people after "and", and stay two.

// maxLowRemitWords is how many words a remit of such a kind may hold on
// either side of "and" ("social affairs", "rural development").
const maxLowRemitWords = 3

// remitsOfKind reports whether "and" at i joins two remits of a lower-case
// kind of body and "of" or "for" before the first, in the phrase [lo,
// end).
func (v *view) remitsOfKind(i, lo, end int) bool {
	if i+1 >= end || end-(i+1) > maxLowRemitWords {
		return false
	}
	for k := i + 1; k < end; k++ {
		if !v.lowRemitWord(k) {
			return false
		}
	}
	p := i - 1
	for p >= lo && p >= i-maxLowRemitWords && v.lowRemitWord(p) {
		p--
	}
	if p == i-1 || p-1 < lo || !v.is(p, wOf, wFor) {
		return false
	}
	kind := &v.toks[p-1]
	return kind.word && !kind.capital && kind.has(cBody)
}

// lowRemitWord reports whether token k is a lower-case word that may name a
// remit: no article, pronoun, link, person, post or figure.
func (v *view) lowRemitWord(k int) bool {
	t := &v.toks[k]
	return t.word && !t.capital && !t.num && !t.fig && !t.has(cDeterminer|cPronoun|cLink|cPreposition) && !t.post() && !t.agent() && !t.has(cBody) && !v.isOne(k, wAnd)
}
