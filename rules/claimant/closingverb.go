package claimant

import "strings"

// A headline may close on its source and the verb's -s form after a
// comma: "Five Hamas battalions still in Rafah, Pentagon briefs", "Floods
// displace 300,000, UN flags", "..., health ministry details". The verbs
// whose -s form is as often a noun (nounForms: "the briefs", "match
// highlights") are read as the noun elsewhere; here nothing can follow a
// noun closing the line after a name set off by a comma, so the word is
// the verb of the clause the name opens, and says what came before.

// closingVerb marks as a reporting verb a nounForms -s form that ends a
// line with no full stop after a comma and a short name or body: one to
// four words, the first capitalised or the last a body's kind, and reports
// whether it marked one.
func (v *view) closingVerb() bool {
	n := len(v.toks)
	if n < 4 {
		return false
	}
	t := &v.toks[n-1]
	if !t.word || t.capital || !strings.HasSuffix(t.low, "s") {
		return false
	}
	st := stem(t.low)
	if !nounForms[st] {
		return false
	}
	k := n - 2
	for k >= 0 && k >= n-6 && v.toks[k].word && !v.toks[k].report && !v.toks[k].finding {
		k--
	}
	// "..., health ministry details": a body's kind may go in lower case.
	// A name closes on a capital or a body's kind: in "..., Labour MPs
	// demand details" the lower-case word before is the verb, and
	// "details" its object.
	last := &v.toks[n-2]
	if k < 1 || k == n-2 || !v.comma(k) || !v.toks[k+1].capital && !last.has(cBody) || !last.capital && !last.has(cBody) {
		return false
	}
	t.report = true
	if clauseStems[st] {
		t.cls |= cClauseStem // as spell would have marked it (see cClauseStem)
	}
	return true
}

// closingClauseVerb reports whether the findings noun at i, a form of a
// verb of claim, is the verb of a clause that closes the sentence after a
// comma: "..., the Economic and Social Research Institute forecast in its
// quarterly commentary on Wednesday.", "..., the central bank forecast on
// Thursday." Its subject opens right after the comma and nothing the noun
// could own follows it (clauseFinal): "..., the IMF forecast of 2.1%" and
// "..., the IMF forecast for 2025" keep the noun.
func (v *view) closingClauseVerb(i, lo, hi int) bool {
	if !v.toks[i].report || i-1 <= lo || !v.toks[i-1].word || !v.clauseFinal(i, hi) {
		return false
	}
	// ("..., on Israel's count.", "..., the committee's damage report,
	// released ...": an owner's possessive makes the word its noun.)
	// ("..., on UN estimates —": a phrase after a preposition is no
	// subject.)
	x := v.npBefore(i, lo)
	if v.pastLinks(x, i) != x {
		return false
	}
	// "..., researchers at the Kiel Institute estimate.": peopleclosing.go.
	if v.peopleAtClosing(x, i, lo) {
		return true
	}
	// "..., regional head Ihor Savchuk reports.": officeclosing.go.
	if v.officeOpensClause(x, lo, i) {
		return true
	}
	// ("..., above YouGov estimates.", "..., ahead of Reuters
	// estimates.", "..., against City forecasts.": a lower-case word
	// opening the phrase, neither a determiner nor a body's kind, is a
	// comparison's, and the name after it owns the noun; "..., health
	// ministry in Port Sudan reports" opens with the kind's remit.)
	kind := false
	for k := x; k < i; k++ {
		if v.toks[k].poss || v.toks[k].low == "'" {
			return false
		}
		kind = kind || v.toks[k].has(cBody)
	}
	if t := &v.toks[x]; x < i && !t.capital && !t.has(cDeterminer) && !kind {
		return false
	}
	return x < i && x > lo && v.comma(x-1) && (v.named(x, i) || v.toks[i-1].has(cBody))
}
