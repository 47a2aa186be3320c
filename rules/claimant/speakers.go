package claimant

import "strings"

// Speakers named in the quote's own line: a label and a colon before the
// quotation ("The governor of Sumy: “Since morning, 11 ...”"), and people
// heard from ("We're hearing from the civil defence that 30 ...").

// colonSpeaker reads the phrase before a colon that opens quote qs in
// sentence view w, past a live blog's stamp: who speaks it, a person, post
// or body ("The mayor of Odesa", "Kharkiv's governor on Telegram").
func (c *call) colonSpeaker(w *view, qs int) (Claimant, bool) {
	q := w.tokAt(qs)
	// The opening mark, then the colon before it.
	if q < 3 || !w.isOne(q-2, wColon) {
		return Claimant{}, false
	}
	colon := q - 2
	lo := w.skipDateline(0)
	// "13:40 – From the IRC's Dr Amani Farah in Chad: \"We are ...\"": a
	// live blog's "From" opens whose words the quote is.
	from := w.isOne(lo, wFrom) && w.toks[lo].capital
	if from {
		lo++
	}
	a, b := w.npAfter(lo, colon)
	if b <= a || a != lo || !(w.toks[a].capital || w.toks[a].has(cDeterminer)) || w.toks[a].has(cPronoun) {
		return Claimant{}, false
	}
	// "From Rafah:" and "From the archive:" say where the words were
	// heard or kept, not who said them: after "From" only a person, a
	// body or people who can speak name a speaker.
	if from && !w.speakerAfterFrom(a, b) {
		return Claimant{}, false
	}
	// "Mayor Roman Lysak on Telegram:": the platform closed the phrase
	// (medium.go).
	// ("Tom Arkwright, speaking from Geneva:": colonaside.go.)
	// ("Cypriot foreign minister on state radio:": so did a broadcast,
	// medium.go onBroadcast.)
	// ("Mayor Lisa Ortega at the briefing:": where she said it,
	// speakersetting.go.)
	// "Teresa Vidal, mayor of Alzira, to local radio:", "Jorge Salas,
	// the governor's delegate:": a person's name and her post in commas
	// before the colon, perhaps with whom she spoke to; the name and its
	// post are read as a subject and its appositive (postcolon.go).
	if x, y, ok := w.postBeforeColon(a, b, colon); ok {
		cl, ok := c.name(w, attr{src: a, srcEnd: b, app: x, appEnd: y, anchor: colon, kind: kVerb})
		cl.How = InQuote
		return cl, ok
	}
	if b < colon && !(w.onPlatform(b) && w.bareWords(b+1, colon)) && !w.onBroadcast(b, colon) && !w.colonAside(b, colon) && !w.speakerSetting(b, colon) && !w.whoToColon(a, b, colon) {
		return Claimant{}, false
	}
	// "... on Telegram": where it was said.
	for k := a + 1; k < b-1; k++ {
		if w.isOne(k, wOn) && w.bareWords(k+1, b) {
			b = k
			break
		}
	}
	if showRoleIDs.has(&w.toks[b-1].spelling) || kickerIDs.has(&w.toks[b-1].spelling) {
		return Claimant{}, false
	}
	cl, ok := c.name(w, attr{src: a, srcEnd: b, anchor: colon, kind: kVerb})
	cl.How = InQuote
	return cl, ok
}

// speakerAfterFrom reports whether tokens [a, b), read after a live blog's
// "From", can be a speaker: a name that is not a place's, or a noun for
// people, a post or a body, not a place or a thing.
func (v *view) speakerAfterFrom(a, b int) bool {
	if v.placeName(a, b) || v.placeName(a+1, b) && v.toks[a].has(cDeterminer) {
		return false
	}
	if v.named(a, b) {
		return true
	}
	last := &v.toks[b-1]
	return agentNoun(last.low) || last.post() || last.has(cBody) || last.has(cInstitution)
}

// bareWords reports whether tokens [a, b) are a few words and nothing else.
func (v *view) bareWords(a, b int) bool {
	if b <= a || b-a > 3 {
		return false
	}
	for k := a; k < b; k++ {
		if !v.toks[k].word {
			return false
		}
	}
	return true
}

// heardFrom reads "hearing from X that", "heard from X that", "word from
// X that", "word from X is that", "Word reaching us from X:" at token i ("we're just getting word from the State Emergency
// Service that ..."): X, named or people, before the clause it told. A
// time may stand between X and the clause ("from COGAT tonight that").
func (v *view) heardFrom(i, hi int) (int, int, bool) {
	if !v.is(i, wHearing, wHear, wHeard, wWord) && !learnedFrom(v.toks[i].low) {
		return 0, 0, false
	}
	from := i + 1
	if v.isOne(from, wReaching) {
		from += 2 // "Word reaching us from the Civil Defence:"
	}
	a, b := v.npAfter(from+1, hi)
	if b <= a {
		return 0, 0, false
	}
	c := b
	for c < hi && c < b+2 && v.toks[c].has(cTimeWord) {
		c++
	}
	// "Word from the port authority is that 6 ships ...", "Word reaching
	// us from X: 14 people ...": the clause or the colon's line told.
	word := v.isOne(i, wWord)
	if word && v.is(c, wIs, wWas) && v.isOne(c+1, wThat) {
		c++
	}
	// "What we're hearing from MSF is 400 wounded came through": a
	// cleft's "is", with or without "that", opens what X told.
	cleft := !word && v.is(c, wIs, wWas) && v.whatCleft(i)
	if cleft && v.isOne(c+1, wThat) {
		c++
	}
	if !(v.isOne(c, wThat) || cleft || word && v.isOne(c, wColon)) || !(v.toks[a].capital || v.toks[a].has(cDeterminer) || agentNoun(v.toks[b-1].low) || v.toks[b-1].has(cPeopleAt)) {
		return 0, 0, false
	}
	// "learned from the floods that": one learns from events as from
	// people, and only people or a body tell.
	if learnedFrom(v.toks[i].low) && !(v.named(a, b) || agentNoun(v.toks[b-1].low) || v.toks[b-1].has(cPeopleAt) || v.toks[b-1].has(cBody)) {
		return 0, 0, false
	}
	return a, b, true
}

// learnedFrom reports whether w is a form of "learn", which with "from X
// that" passes on what X told, as "heard from X that" does: an outlet
// that learned something from its sources relays them.
func learnedFrom(w string) bool {
	return w == "learned" || w == "learnt" || w == "learns"
}

// countedObject reports whether the verb at i takes a counted noun as its
// object and no clause: "admitted 1,200 dengue patients in a day", not
// "admitted 30 civilians died".
func (v *view) countedObject(i, hi int) bool {
	k := i + 1
	for k < hi && k <= i+3 && !v.toks[k].fig {
		if v.boundary(k) || v.isOne(k, wThat) {
			return false
		}
		k++
	}
	if k >= hi || !v.toks[k].fig {
		return false
	}
	for k < hi && v.toks[k].fig {
		k++
	}
	for m := k; m < hi && m <= k+3; m++ {
		if v.boundary(m) || v.toks[m].has(cPreposition) {
			return true
		}
		// "admitted 42 wounded Palestinians": an -ed word right after the
		// number and before a noun modifies the noun.
		if m == k && v.modifierEd(m, hi) {
			continue
		}
		// "admitted 30 civilians died", "were killed": a clause.
		if t := &v.toks[m]; v.isVerbLike(m) || t.has(cBetween|cIrregularPast) || strings.HasSuffix(t.low, "ed") {
			return false
		}
	}
	return true
}

// sumAfter reports whether the first amount within three tokens after the
// verb at i is a sum of money, opened by a currency sign: "admits £1bn
// overspend", "admitted a $40m shortfall".
func (v *view) sumAfter(i, hi int) bool {
	for k := i + 1; k < hi && k <= i+3; k++ {
		if v.toks[k].fig {
			return currencySigns[v.toks[k].low]
		}
	}
	return false
}

// currencySigns open a sum of money.
var currencySigns = set("£ $ € ¥ ₹ ₦ ₺")

// modifierEd reports whether the -ed word at m stands before a plain noun
// it modifies ("42 wounded Palestinians", "700 detained men").
func (v *view) modifierEd(m, hi int) bool {
	n := m + 1
	if !strings.HasSuffix(v.toks[m].low, "ed") || n >= hi {
		return false
	}
	t := &v.toks[n]
	return t.word && !t.fig && !t.report && !t.has(cBetween|cPreposition|cDeterminer|cPronoun|cClause|cIrregularPast) && !strings.HasSuffix(t.low, "ed")
}

// tailSpeaker reads the clause that ends at comma c as a speaker's tail
// after what was said (", the Ukrainian air force said Friday", ", said
// the army"): its speaker.
func (v *view) tailSpeaker(c, lo int) (int, int, bool) {
	k := c - 1
	for k > lo && k >= c-10 && !v.isOne(k, wComma) {
		k--
	}
	if k <= lo || !v.isOne(k, wComma) {
		return 0, 0, false
	}
	a, b := v.npAfter(k+1, c)
	if b <= a || b >= c || !(v.toks[a].capital || v.toks[a].has(cDeterminer)) || v.toks[a].has(cPronoun) || !v.toks[b].report {
		return 0, 0, false
	}
	// What may follow the verb: when it was said.
	for m := b + 1; m < c; m++ {
		if t := &v.toks[m]; !(t.has(cDay) || t.has(cPreposition) || t.has(cBetween) || t.has(cDeterminer) || t.num || v.is(m, wLate, wEarly, wMorning, wEvening, wNight, wStatement)) {
			return 0, 0, false
		}
	}
	return a, b, true
}

// reportedState reports whether the verb at i describes people counted
// before it by their state ("2,300 people reported missing", "140 people
// reported dead"): a passive with its "were" left out, no one's report.
func (v *view) reportedState(i, lo, hi int) bool {
	if !v.is(i, wReported, wConfirmed, wFeared) || i+1 >= hi || i-2 < lo {
		return false
	}
	n := &v.toks[i+1]
	if !n.word || n.capital || n.has(cDeterminer|cPreposition|cClause|cPronoun) || n.fig {
		return false
	}
	p := &v.toks[i-1]
	if !p.word || p.capital || p.has(cBetween|cPronoun|cDeterminer) {
		return false
	}
	if v.toks[i-2].fig {
		return true
	}
	// "of the people reported missing in Gaza", "the civilians reported
	// killed": people (or another plural that is no body) after "the",
	// and a state in a participle or "missing", "dead" after the verb,
	// say the same ("the ministry reported heavy losses" has no people
	// before).
	w := n.low
	return v.isOne(i-2, wThe) && (personNoun(p.low) || p.low == "people" || pluralForm(p.low) && !p.has(cBody)) &&
		(w == "missing" || w == "dead" || len(w) > 4 && strings.HasSuffix(w, "ed") || n.has(cIrregularPast))
}

// whatCleft reports whether "What" opens the clause a few words before
// the verb at i: "What we're hearing from X is", "What we heard from X
// was".
func (v *view) whatCleft(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if v.toks[k].low == "what" {
			return true
		}
		if !v.toks[k].word && v.toks[k].low != "'" && v.toks[k].low != "’" {
			return false
		}
	}
	return false
}

// whoToColon reports whether a relative clause on a person runs from token
// b, right after the speaker's phrase [a, b), to the colon before a quote:
// "A fisherman at Tarrafal who lost his boat:", "One trader who stayed
// open through the curfew:" (claim117). It says what the speaker did, as
// an aside in commas does (colonaside.go); the phrase before it speaks.
// A phrase with no person in it ("The storm that hit the coast:") is no
// speaker's.
func (w *view) whoToColon(a, b, colon int) bool {
	if !w.isOne(b, wWho) || w.toks[b].capital || colon-b > 10 || !w.personPhrase(a, b) {
		return false
	}
	for k := b + 1; k < colon; k++ {
		if t := &w.toks[k]; !t.word && !t.num || t.has(cClause) && k > b+1 {
			return false
		}
	}
	return true
}

// personPhrase reports whether the phrase [a, b) is someone: a person's
// name, or a noun for people, a post or a person's calling before any
// "of" or "at" ("A resident of Bathsheba", "One trader").
func (w *view) personPhrase(a, b int) bool {
	if w.personName(a, b) {
		return true
	}
	for k := a; k < b; k++ {
		t := &w.toks[k]
		if t.has(cPreposition) || w.isOne(k, wOf) {
			return false
		}
		if t.word && !t.capital && (personNoun(t.low) || t.agent() || agentNoun(t.low+"s") || t.post()) {
			return true
		}
	}
	return false
}
