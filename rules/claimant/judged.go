package claimant

// "find" with a pronoun object and a word of judgement after it judges
// what it names, and finds no figure: "we have found them broadly reliable
// in past wars", "I found it credible", "we find them to be accurate". An
// aside so vouching for another's figures is no source of the figure after
// it. "found it had killed 40", "found they were 40" report a clause, and
// are read as findings.

// judgedObjects are the pronouns a judgement takes.
var judgedObjects = set("them it him her these those")

// clauseAfterObject are the words after a pronoun that make it a clause's
// subject, not a judged object.
var clauseAfterObject = set("had has have was were is are would could will should might may did does")

// judgedFind reports whether the verb at i is a form of "find" whose
// object is a pronoun and a judgement, not a clause.
func (v *view) judgedFind(i int) bool {
	w := v.toks[i].low
	if w != "found" && w != "find" && w != "finds" && w != "finding" {
		return false
	}
	k := i + 1
	if k+1 >= len(v.toks) || !judgedObjects[v.toks[k].low] {
		return false
	}
	n := &v.toks[k+1]
	return n.word && !n.fig && !n.num && !clauseAfterObject[n.low] && !n.report && !n.has(cPreposition)
}
