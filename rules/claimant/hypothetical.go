package claimant

import "github.com/claimtrack/claimtrack/rules/internal/wordform"

// hypotheticalTeller reports whether verb attribution a is a generic case
// put to the reader, not a claim: "When a government tells you 2,000
// people have died, ask who counted them", "If any official says 500 ...".
// An indefinite or any-subject after "when", "if" or "whenever", its verb
// addressed to "you", says what someone might claim; the figure is the
// writer's example (convention 4).
func (v *view) hypotheticalTeller(a attr) bool {
	if a.kind != kVerb || a.srcEnd <= a.src || a.src < 1 || !v.is(a.anchor+1, wYou) {
		return false
	}
	return v.is(a.src, wA, wAn, wAny, wSome) && v.is(a.src-1, wWhen, wIf, wWhenever)
}

// askedWho reports whether verb attribution a's source is a verb of
// asking before "who": "ask who counted them", "wonder who tallied it":
// "who" there asks, and opens no relative clause on a noun.
func (v *view) askedWho(a attr) bool {
	return a.kind == kVerb && a.srcEnd == a.src+1 && v.is(a.srcEnd, wWho) && askWords[v.toks[a.src].low]
}

// askWords are verbs of asking or knowing before an interrogative "who",
// in each form.
var askWords = wordform.Set([]wordform.Verb{{Base: "ask"}, {Base: "wonder"}, {Base: "know", Past: "knew"}}, true, wordform.Finite, wordform.Participle)
