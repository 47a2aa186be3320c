package claimant

import "strings"

// amountAdverbs may stand between a verb and the amount it takes: "added
// just 22,000 jobs", "adds about 40 trucks".
var amountAdverbs = set("just only about around some nearly almost roughly another more than over under fewer less a further")

// addsAmount reports whether the form of "add" at i takes an amount as
// its object ("The economy added just 22,000 jobs in August", "the port
// adds 40 berths"): a sum grows, nobody says anything, and the subject
// claims nothing. "He added 30 people had died" reports: a verb follows
// the amount's phrase before any comma or preposition, and so does a
// "that" or a quote ("added that", "added: ...").
func (v *view) addsAmount(i, hi int) bool {
	if w := v.toks[i].low; !strings.HasPrefix(w, "add") || len(w) > 6 {
		return false
	}
	k := i + 1
	for k < hi && k <= i+3 && v.toks[k].word && amountAdverbs[v.toks[k].low] {
		k++
	}
	if k >= hi || !v.toks[k].fig && !v.toks[k].num {
		return false
	}
	for k < hi && (v.toks[k].fig || v.toks[k].num) {
		k++
	}
	// The amount's noun and what follows it, up to a comma or a
	// preposition: a verb there makes the amount a clause's subject.
	for m := k; m < hi && m <= k+4; m++ {
		t := &v.toks[m]
		if !t.word || t.has(cPreposition) {
			return true
		}
		if v.isVerbLike(m) || v.is(m, wWere, wWas, wHad, wHave, wAre, wIs) {
			return false
		}
	}
	return true
}
