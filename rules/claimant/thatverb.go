package claimant

import "strings"

// A verb whose bare and -s forms are as often nouns (nounForms: "boasts",
// "stresses", "flags", "details") is read as the noun, but before "that"
// after its subject it opens what the subject says: "Israel's prime
// minister boasts that 2,000 trucks a week are entering", "The minister
// stresses that 40 ...". A noun before "that" opens a relative clause
// after a determiner or a modifier ("the details that emerged", "match
// highlights that"), never after a name, a post, people, a body or a
// pronoun, which are the verb's subject.

// thatClauseVerbs marks as reporting verbs the nounForms -s forms right
// before "that" whose word before is such a subject (a government by its
// kind too), and their bare forms after a plural subject, and reports
// whether it marked one. Only a sentence with "that" is read.
func (v *view) thatClauseVerbs() bool {
	if !v.words.has(wThat) {
		return false
	}
	marked := false
	for k := 1; k+1 < len(v.toks); k++ {
		t := &v.toks[k]
		if t.report || !t.word || t.capital {
			continue
		}
		// "points out that", "pointed out that": a verb and its
		// particle that open what the subject says, as "notes that"
		// does; "the point that" and "points out the window" do not.
		if v.isOne(k+1, wOut) && k+2 < len(v.toks) && v.isOne(k+2, wThat) && pointOut(t.low) && !v.toks[k-1].has(cDeterminer) {
			t.report, marked = true, true
			t.cls |= cClauseStem
			continue
		}
		if !v.isOne(k+1, wThat) {
			continue
		}
		// The stem (the stemmer is some ten thousand instructions a word)
		// is looked for last, after the tests of the word before, which
		// turn away most words before a "that" ("the figure that").
		p := &v.toks[k-1]
		// "loves to boast that", "continues to boast that": the bare
		// form after "to" is the infinitive, whose subject the
		// catenative verb before carries.
		if p.low == "to" && !strings.HasSuffix(t.low, "s") {
			t.report, marked = true, true
			if clauseStems[stem(t.low)] {
				t.cls |= cClauseStem
			}
			continue
		}
		// "The Kazakh government boasts that": a government by its kind
		// says as a body does. "The Georgian authorities boast that",
		// "officials stress that": a plural subject takes the bare form.
		if !strings.HasSuffix(t.low, "s") && !(p.word && strings.HasSuffix(p.low, "s") && !p.poss && (p.agent() || p.has(cGovernment) || p.post())) {
			continue
		}
		if !p.word || p.has(cDeterminer) || !(p.capital || p.post() || p.agent() || p.has(cBody) || p.has(cGovernment) || v.is(k-1, wHe, wShe, wIt, wThey)) {
			continue
		}
		// ("Amid the government boasts that": a noun after a
		// preposition's phrase.)
		if g := k - 2; p.has(cGovernment) && g >= 0 && v.toks[g].has(cDeterminer) && g-1 >= 0 && v.toks[g-1].has(cPreposition) {
			continue
		}
		// ("Match highlights that aired": a capital opening the
		// sentence is a name only in capitals, as an alias or a place.)
		// A one-word name opening the sentence is the subject when what
		// follows "that" is a clause opening on a figure ("Orban boasts
		// that 90 per cent ...").
		if k == 1 && p.capital && !p.shouted && p.aliases == 0 && !v.knownPlace(0, 1) && !(k+2 < len(v.toks) && (v.toks[k+2].fig || v.toks[k+2].num)) {
			continue
		}
		st := stem(t.low)
		if !nounForms[st] {
			continue
		}
		t.report, marked = true, true
		if clauseStems[st] {
			t.cls |= cClauseStem // as spell would have marked it (see cClauseStem)
		}
	}
	return marked
}

// pointOut reports whether w is a form of "point" before "out": "point",
// "points", "pointed", "pointing".
func pointOut(w string) bool {
	switch w {
	case "point", "points", "pointed", "pointing":
		return true
	}
	return false
}

// boastsOf marks "boasts" as its subject's verb of claim before "of" and
// a figure, as before "that": "Colombia's defence minister boasts of 9,000
// hectares eradicated", "The mayor boasts of 300 new buses". After a
// determiner or a preposition it stays the noun ("the boasts of 300
// officials", "Amid boasts of 40 arrests"). It reports whether it marked
// one. Only a sentence with "boasts" is read.
func (v *view) boastsOf() bool {
	if !v.words.has(wBoasts) {
		return false
	}
	marked := false
	for k := 1; k+2 < len(v.toks); k++ {
		t := &v.toks[k]
		if t.report || !v.isOne(k, wBoasts) || !v.isOne(k+1, wOf) || !v.amountIn(k+2, v.clauseEnd(k+1, len(v.toks))) {
			continue
		}
		p := &v.toks[k-1]
		if !p.word || p.has(cDeterminer|cPreposition) || !(p.capital || p.post() || p.agent() || p.has(cBody|cGovernment) || v.is(k-1, wHe, wShe, wIt, wThey)) {
			continue
		}
		// ("Critics' boasts of", a possessive's noun.)
		if p.poss || v.isOne(k-1, wS) && k >= 2 && v.isOne(k-2, wApostrophe) {
			continue
		}
		t.report, marked = true, true
		t.cls |= cClauseStem
	}
	return marked
}
