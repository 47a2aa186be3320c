package claimant

import "strings"

// Many verbs of claim are as often nouns ("estimates", "fears", "state")
// or verbs of another sense ("admitted 1,200 patients", "claimed 40,000
// lives", "put the toll at"). claimVerbAt holds the tests that tell them
// apart before verbAttr looks for a source, so that a word read in the
// wrong sense never names one.

// claimVerbAt reports whether the word at i, a report or finding verb by
// its form (view.verbAt), claims as a verb here. (A name then an -s form
// is the name's plural, "sent by EU member states", unless the form closes
// a clause opened by a comma: "..., health ministry in Port Sudan reports".)
func (v *view) claimVerbAt(i, lo, hi int, report, finding bool) bool {
	t := &v.toks[i]
	if !report && !finding || v.intransitiveReport(i, hi) || v.quoteFormula(i, hi) || v.addsAmount(i, hi) || v.noteNoun(i, hi) || v.nameThenPlural(i, lo) && !v.closingClauseVerb(i, lo, hi) || v.countedPlural(i, lo) || v.pluralBeforeVerb(i, hi) || v.singularBeforeVerb(i, lo, hi) || v.movedCount(i, lo, hi) || v.nounAfterArticle(i, lo) || v.prepositionNoun(i, lo) || v.attributiveParticiple(i, lo) || v.partitiveParticiple(i, lo) || v.headlinePassive(i, lo) || v.bareAfterSaid(i, lo) {
		return false
	}
	// "The Greek-flagged tanker", "a Panama-flagged ship": a verb's form
	// joined by a hyphen to a people's adjective or a place is the second
	// half of a compound modifier, no finite verb (hyphenedForm).
	if v.hyphenedForm(i) {
		return false
	}
	// "the most conservative estimates put the dead above 30,000":
	// of two verb forms in a row the first is the noun.
	// ("The full report (PDF) found": a bracket's note between them,
	// a format or initials, is read past.)
	if n := v.pastShortBracket(i+1, hi); t.has(cFindingNoun) && n < hi && !v.toks[n].capital && (v.toks[n].report || v.toks[n].finding) {
		return false
	}
	// "Early casualty estimates are rarely the last word": a verb in
	// -s is never followed by a plural's verb, so the word is the
	// plural noun.
	if t.has(cFindingNoun) && strings.HasSuffix(t.low, "s") && v.is(i+1, wAre, wWere, wHave, wRemain) {
		return false
	}
	// "Kremlin denies claims of 1,000 casualties", "Moscow dismisses
	// reports of 500 dead", "estimates of the toll ranged": a form in -s
	// with "of" after it, after another -s form (the subject's verb) or a
	// findings noun, is the plural noun, what the verb is about ("hospital
	// chief warns of shutdown" is a verb).
	if strings.HasSuffix(t.low, "s") && v.isOne(i+1, wOf) && (t.has(cFindingNoun) || v.finiteBefore(i)) {
		return false
	}
	// "put the toll at", and "as a WHO official put it": said.
	if v.isOne(i, wPut) && !v.ahead(i, hi, 12, "at") && !v.isOne(i+1, wIt) {
		return false
	}
	// "would put 1.4m civilians at risk": a state, no count (putat.go).
	if (v.isOne(i, wPut) || v.toks[i].low == "puts") && v.putAtState(i, hi, 12) {
		return false
	}
	// "in Al Jazirah state.": a noun ending its clause.
	// "in Khartoum state alone": after a name, the name's state.
	if v.isOne(i, wState) && (v.boundary(i+1) || i > 0 && v.toks[i-1].capital && v.toks[i-1].word) {
		return false
	}
	// "the state's secretary of state reported", "a matter of record":
	// a word straight after "of" is a noun, never a finite verb.
	if i > 0 && v.isOne(i-1, wOf) && !ingForm(t.low) && !t.capital {
		return false
	}
	// "a war that has claimed 40,000 lives": what takes lives claims
	// nothing.
	if strings.HasPrefix(t.low, "claim") && v.ahead(i, hi, 6, "lives") {
		return false
	}
	// "Hospitals admitted 1,200 patients", "Hamas released 24
	// hostages": who takes people in or lets them go claims nothing.
	// A sum admitted is conceded, not taken in: "Treasury admits £1bn
	// overspend" (a sum released is still paid out).
	// "admits to 3,000 deaths": to admit to a count is to concede it,
	// as it is to admit a sum.
	if (strings.HasPrefix(t.low, "admit") && !v.sumAfter(i, hi) && !v.admittedTo(i, hi) || strings.HasPrefix(t.low, "releas")) && v.countedObject(i, hi) {
		return false
	}
	// "..., rescuers fear", "officials fear that ...": a verb that is
	// as often a noun ("as Rafah fears grow") claims only with what it
	// governs beside it, or at its clause's end.
	if v.is(i, wFear, wFears, wFeared) && !(v.boundary(i+1) || v.isOne(i+1, wThat) || i+1 < hi && (v.toks[i+1].fig || v.toks[i+1].num) || v.saysAfter(i, hi, false)) {
		return false
	}
	// "The ministry maintains 300 clinics": a verb that claims only
	// with what it says (clauseverb.go).
	// ("As informed by the regional prosecutor's office, 3 women were
	// injured": "as", the participle and its agent say whose the clause
	// is, as "As reported by X," does; asByAgent.)
	if report && t.has(cClauseStem) && !v.saysClause(i, lo, hi) && !v.asByAgent(i, hi) {
		return false
	}
	return true
}

// admittedTo reports whether "to" and then a figure follow the verb at i:
// "admitted to 40 civilian deaths". Taken in, people are admitted to a
// place ("admitted to hospital"), never to a number.
func (v *view) admittedTo(i, hi int) bool {
	return i+2 < hi && v.isOne(i+1, wTo) && (v.toks[i+2].fig || v.toks[i+2].num || i+3 < hi && v.toks[i+2].has(cQuantifier) && v.toks[i+3].fig)
}

// finiteBefore reports whether the word before i is a lower-case form in
// -s, which before another -s form is the verb whose object it is ("denies
// claims"): a plural noun before a verb takes its bare form.
func (v *view) finiteBefore(i int) bool {
	if i < 1 {
		return false
	}
	p := &v.toks[i-1]
	return p.word && !p.capital && !p.has(cPronoun) && strings.HasSuffix(p.low, "s") && !strings.HasSuffix(p.low, "ss")
}

// hyphenedForm reports whether the word at i is joined by a hyphen, with no
// space either side, to a people's adjective or a place before it
// ("Greek-flagged", "Panama-flagged", "Kyiv-declared"): the tail of a
// compound modifier, never a clause's verb, and the first word no agent.
// A body before the hyphen is the compound's agent ("UN-verified",
// "WHO-confirmed", "OHCHR-verified"), read as the claimant as before.
func (v *view) hyphenedForm(i int) bool {
	if i < 2 || v.toks[i].space || v.toks[i-1].low != "-" || v.toks[i-1].space || !v.toks[i-2].word {
		return false
	}
	if demonym(v.toks[i-2].low) || v.knownPlace(i-2, i-1) || v.placeName(i-2, i-1) {
		return true
	}
	// "Sierra Leone-flagged", "Cook Islands-flagged": capitalised words
	// of two or three, known for a place or not, are a compound
	// adjective unless a body's kind or a claimant's word makes them the
	// compound's agent ("Health Ministry-verified"; claim121, review43).
	x := v.capitalsBefore(i-1, max(i-4, 0))
	if x >= i-2 {
		return false
	}
	for k := x; k < i-1; k++ {
		if t := &v.toks[k]; t.nameKind() || t.aliases != 0 || t.shouted {
			return false
		}
	}
	return true
}

// asByAgent reports whether the verb form at i stands between "as" and
// "by", a participle whose agent is named after it: "As informed by the
// regional prosecutor's office,", "as stressed by the ministry". A
// translated press writes its verb of notice so; whatever the verb, what
// "as ... by X" frames is X's.
func (v *view) asByAgent(i, hi int) bool {
	return i > 0 && i+2 < hi && v.isOne(i-1, wAs) && v.isOne(i+1, wBy) && strings.HasSuffix(v.toks[i].low, "ed")
}

// pastShortBracket returns the token after a bracket of one or two words
// opening at k ("(PDF)", "(in French)"), k when none opens there.
func (v *view) pastShortBracket(k, hi int) int {
	if !v.brackets || !v.isOne(k, wOpenBracket) {
		return k
	}
	for m := k + 1; m < hi && m <= k+3; m++ {
		if v.isOne(m, wCloseBracket) {
			if m == k+1 {
				return k
			}
			return m + 1
		}
		if !v.toks[m].word {
			return k
		}
	}
	return k
}
