package claimant

import "strings"

// nameThenPlural reports whether the -s form at i closes a prepositional
// phrase as the plural noun a name modifies: "no record of the figure in
// Department of Homeland Security releases;", "as cited in UN reports.".
// A name after "in" or "from" is the preposition's object, no subject, so
// the word after it that ends the clause is a noun. ("..., the UN
// estimates." has a determiner before the name and stays a verb.)
func (v *view) nameThenPlural(i, lo int) bool {
	if !strings.HasSuffix(v.toks[i].low, "s") || !v.boundary(i+1) || i-1 < lo || !v.toks[i-1].capital {
		return false
	}
	k := i - 1
	for k > lo && k >= i-8 && (v.toks[k].capital && v.toks[k].word || v.toks[k].has(cLink) && v.toks[k-1].capital) {
		k--
	}
	return k >= lo && k < i-1 && v.is(k, "in", "from", "across", "among")
}
