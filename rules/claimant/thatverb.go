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
// a figure, as before "that": "The defence minister boasts of 4,000 raids",
// "Mayor Rosa Quintero boasts of 120 new buses". Only a speaker boasts of a
// figure as a claim (boastSpeaker); a place or a thing that "boasts of" so
// many has them ("Valparaíso boasts of 40 funiculars"). After a determiner
// or a preposition it stays the noun ("the boasts of 300 officials", "Amid
// boasts of 40 arrests"). It reports whether it marked one. Only a
// sentence with "boasts" is read.
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
		if !p.word || p.has(cDeterminer|cPreposition) || !v.boastSpeaker(k) {
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

// boastSpeaker reports whether the subject closing before "boasts" at k
// is a speaker: a person's pronoun, a post, a body or a government, or
// capitalised words that name a person (two words or more), hold a body's
// or a post's word, follow a kind of body, or are a body's initials. One capitalised word alone
// may be a place ("Valparaíso"), and a place boasts of what it has.
func (v *view) boastSpeaker(k int) bool {
	p := &v.toks[k-1]
	if v.is(k-1, wHe, wShe, wThey) || p.post() || p.agent() || p.has(cBody|cGovernment|cInstitution|cNameKind) {
		return true
	}
	if !p.capital {
		return false
	}
	s := k - 1
	for s > 0 && v.toks[s-1].word && v.toks[s-1].capital {
		s--
	}
	if v.knownPlace(s, k) || v.knownRegion(s, k) || v.usedAsPlace(s, k) {
		return false
	}
	// ("The oil company Pemex": a kind of body before the name.)
	if s > 0 && v.toks[s-1].has(cBody) {
		return true
	}
	for m := s; m < k; m++ {
		t := &v.toks[m]
		if t.post() || t.has(cBody|cGovernment|cInstitution|cNameKind) {
			return true
		}
	}
	return k-s >= 2 && v.personName(s, k) || k-s == 1 && p.shouted && len(p.low) > 1
}
