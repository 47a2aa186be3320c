package claimant

import "strings"

// Word forms read from their shape, where a lexicon would only list the
// words a corpus happened to use.

// adverb reports whether the word at i is a lower-case adverb in -ly
// ("finally", "recently", "separately"), which stands between a subject
// and its verb; nouns in -ily, -bly and -ply ("family", "assembly",
// "supply") are not read as adverbs.
func (v *view) adverb(i int) bool {
	t := &v.toks[i]
	w := t.low
	if !t.word || t.capital || len(w) < 6 || !strings.HasSuffix(w, "ly") {
		return false
	}
	switch w[len(w)-3] {
	case 'i', 'b', 'p':
		return false
	}
	return true
}

// participleAdverb reports whether w is an adverb made from a past
// participle ("reportedly", "allegedly", "reputedly", "purportedly"): it
// hedges the verb after it ("The strike reportedly killed 5") and is no
// verb of claim itself, though its stem is one.
func participleAdverb(w string) bool {
	return len(w) > 6 && strings.HasSuffix(w, "edly")
}

// joinedModifier reports whether alias a, matched at token i before e, is
// joined by a hyphen to a lower-case word after it ("Hamas-run",
// "UN-backed", "Israeli-controlled"): a modifier naming who runs, backs or
// holds another body. An alias that has the compound in its own words
// ("Hamas-run health ministry") matched past it.
func (v *view) joinedModifier(i, e int, a *alias) bool {
	k := i
	for n := 0; n < len(a.words) && k < e; k++ {
		if v.toks[k].word || v.toks[k].num {
			n++
		}
	}
	return k+1 < e && v.isOne(k, wDash) && !v.toks[k].space && !v.toks[k+1].space && v.toks[k+1].word && !v.toks[k+1].capital
}

// frameEnd returns the token after the comma closing a prepositional frame
// that opens the sentence at lo and holds token k ("By its own count, ..."),
// or 0 when the sentence opens otherwise.
func (v *view) frameEnd(lo, k int) int {
	if lo >= len(v.toks) || !v.toks[lo].has(cPreposition) {
		return 0
	}
	for m := lo + 1; m < len(v.toks) && m <= lo+8; m++ {
		if v.isOne(m, wComma) {
			if m > k {
				return m + 1
			}
			return 0
		}
		if v.boundary(m) {
			return 0
		}
	}
	return 0
}

// sharedSubject reads a reporting verb at i right after "and" whose
// clause has no subject of its own: the sentence's subject, a name before
// the first verb, says it too ("The Ledger reviewed ... and found that").
func (v *view) sharedSubject(i, lo int) (int, int, bool) {
	// ("..., while warning that": participleComma.)
	c := v.participleComma(i)
	participle := c >= 0
	// "The army gave no figure but said 12 ...": "but" joins the second
	// verb to the first as "and" does.
	// "... polled 2,000 growers and found 40 per cent had ...": a
	// findings verb whose object has a verb of its own finds a clause,
	// as with "that" ("and found 14 survivors" finds people).
	if !participle && (!v.is(i-1, wAnd, wBut) || v.toks[i-1].capital || !(v.toks[i].report || v.isOne(i+1, wThat) || v.toks[i].finding && v.saysAfter(i, len(v.toks), false)) || v.isOne(i-2, wComma)) {
		return 0, 0, false
	}
	if !participle {
		c = i - 1 // "and said"
	}
	lo = v.skipDateline(lo)
	// "Method note: we excluded duplicate reports and counted ...": a
	// line's label of a few words before a colon is no subject; the
	// clause opens after it (labelOpening).
	lo = v.labelOpening(lo, c)
	// "And the ranger just looked at me and said": speech opens a
	// sentence on "And" or "But", which joins it to the last and is no
	// word of its subject.
	if lo+1 < c && v.is(lo, wAnd, wBut) && v.toks[lo].capital {
		lo++
	}
	// "Russia launched 48 drones, the air force said Friday, adding that
	// 39 were shot down": a participle after a speaker's clause is the
	// speaker's.
	if x, y, ok := v.tailSpeaker(c, lo); ok && participle {
		return x, y, true
	}
	// "..., a figure the UN disputed on Friday, saying many were only
	// half full": a participle after a clause on a figure is that
	// clause's subject's.
	if x, y, ok := v.figureClauseSubject(c, lo); ok && participle {
		return x, y, true
	}
	x, y := v.npAfter(lo, c)
	// "The ministry no longer publishes a breakdown but says 40,000 ...":
	// "no longer" read into the phrase is no word of the subject; it
	// negates the first verb only (claim58, review58 MUST 5).
	if y-2 > x && v.noLonger(y-1, x) {
		y -= 2
	}
	// "The RSF denies targeting civilians and says": the -s word after
	// the name is its verb, not a noun the phrase goes on to.
	for m := x + 1; m < y; m++ {
		if v.toks[m-1].capital && v.presentVerb(m, c) {
			y = m
			break
		}
	}
	// "The Red Crescent has defended its count, saying ...": past the
	// auxiliaries to the verb.
	k := y
	// "The Red Crescent in eastern Libya put ...": where the body is,
	// between it and its verb.
	if v.isOne(k, wIn) {
		m := k + 1
		for m < c && v.toks[m].word && !v.toks[m].capital && directionIDs.has(&v.toks[m].spelling) {
			m++
		}
		n := m
		for n < c && v.toks[n].word && v.toks[n].capital {
			n++
		}
		if n > m {
			k = n
		}
	}
	// "The RSF, in a statement on Telegram, denies ...": a phrase of
	// where or how it spoke, set off by commas, between the subject and
	// its verb.
	if v.isOne(k, wComma) && k+1 < c && (v.toks[k+1].has(cPreposition) || v.is(k+1, wIn, wOn, wAt, wBy)) {
		for m := k + 2; m < c && m <= k+10; m++ {
			if v.isOne(m, wComma) {
				k = m + 1
				break
			}
			if v.boundary(m) {
				break
			}
		}
	}
	// (and the verb is read past it)
	for k < c && (v.toks[k].has(cBetween) && !v.is(k, wNot, wNt, wNever) || k+1 < c && v.noLonger(k+1, k)) {
		if v.noLonger(k+1, k) {
			k++
		}
		k++
	}
	if y <= x || k >= c || !v.sharedSubjectPhrase(x, y) || !v.toks[k].word || v.toks[k].capital || !v.isVerbLike(k) && !v.presentVerb(k, c) {
		return 0, 0, false
	}
	return x, y, true
}

// presentVerb reports whether the lower-case word at k, right after a
// subject and before the comma or "and" at c where a verb of saying
// follows, is a verb in the present's -s form: "The RSF denies targeting
// civilians and says", "The party disputes that, saying". What the
// lexicons know as another word ("news", "officials") is none.
func (v *view) presentVerb(k, c int) bool {
	t := &v.toks[k]
	w := t.low
	if len(w) < 4 || w[len(w)-1] != 's' || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") || t.inLexicon() || t.agent() || k+1 >= c {
		return false
	}
	// Its object opens as an object does: a determiner, a pronoun, "that",
	// an -ing form or "no".
	n := &v.toks[k+1]
	return n.has(cDeterminer|cPronoun) || len(n.low) > 5 && strings.HasSuffix(n.low, "ing") || v.is(k+1, wThat, wNo, wIts, wTheir)
}

// figureClauseSubject reads the stretch of words before the comma at c,
// after the comma before it: when it is "a" or "the" and a noun for a
// figure, then a named subject and its verb ("a figure the UN disputed on
// Friday"), it returns the subject.
func (v *view) figureClauseSubject(c, lo int) (int, int, bool) {
	s := c - 1
	for s > lo && !v.boundary(s) {
		s--
	}
	if !v.isOne(s, wComma) || s+3 >= c || !v.is(s+1, wA, wThe) || !v.toks[s+2].backNoun() {
		return 0, 0, false
	}
	x, y := v.npAfter(s+3, c)
	// ("a claim the paramilitary's adviser dismissed", "a toll the army
	// disputed": a post's holder or a body by its bare noun disputes as a
	// name does.)
	if y <= x || y >= c || !(v.sharedSubjectPhrase(x, y) || v.definite(x, y)) || !v.toks[y].word || v.toks[y].capital || !v.isVerbLike(y) {
		return 0, 0, false
	}
	return x, y, true
}

// reducedRelative reports whether the -ed form at i follows a noun opening
// its clause and is followed by a preposition and, before the clause ends,
// a verb of the clause's own: "Fatalities recorded in Khartoum state fell
// to 212" is about fatalities that were recorded.
func (v *view) reducedRelative(i, hi int) bool {
	t := &v.toks[i]
	if !strings.HasSuffix(t.low, "ed") || i == 0 || i+1 >= hi || !v.toks[i-1].word || v.toks[i-1].has(cBetween) || !v.toks[i+1].has(cPreposition) || v.isOne(i+1, wBy) {
		return false
	}
	if p := &v.toks[i-1]; !strings.HasSuffix(p.low, "s") || p.has(cPronoun) || v.namedInfinitive(i, hi) {
		return false
	}
	for k := i + 2; k < hi && !v.boundary(k); k++ {
		if v.toks[k].fig {
			return false
		}
		// "Hamas announced on Sunday that Israel would release ...",
		// "Mediators said in Doha that ...": a that-clause after a phrase
		// of when or where is what the verb says; a relative clause
		// hangs on a common noun ("recorded in camps that the army runs").
		if v.isOne(k, wThat) && k <= i+6 && v.adverbialEnd(k-1) {
			return false
		}
		// "estimated in its year-end report that ...": the subject's own
		// findings are where it said so (see pronounsOwn).
		if v.toks[k].has(cFindingNoun) && v.pronounsOwn(k, i, hi) {
			return false
		}
		if !v.toks[k].capital && v.toks[k].word && v.isVerbLike(k) {
			return true
		}
	}
	return false
}

// adverbialEnd reports whether token k ends a phrase of when or where
// (a day, a time, a name, a briefing): no relative clause hangs on it.
func (v *view) adverbialEnd(k int) bool {
	t := &v.toks[k]
	return t.word && (t.capital || t.has(cDay) || t.has(cTimeNoun) || v.is(k, wToday, wYesterday, wTonight, wBriefing, wConference, wStatement, wInterview))
}

// provenance reports whether w is a form of a verb that says whose a
// figure is before "to": belongs, attributed, credited, traced.
func provenance(w string) bool {
	for _, p := range [...]string{"belong", "attribut", "credit", "traced"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// origin reports whether w is a form of a verb by which a source gives a
// figure to whoever reports it: gave, supplied, provided, released,
// shared.
func origin(w string) bool {
	// ("The toll was shared by the provincial rescue service": only the
	// participle; "share" and "shares" are most often nouns.)
	if w == "gave" || w == "shared" {
		return true
	}
	for _, p := range [...]string{"give", "suppl", "provid", "offer", "releas", "publish", "issu", "compil"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// derivedSuffixes make nouns and adjectives of a verb's stem: a word
// ending in one that its stem does not keep is no form of the verb.
var derivedSuffixes = []string{"ion", "ions", "al", "ive", "ant", "ants"}

// derivedFrom reports whether the word low, whose stem is st, is a noun or
// an adjective derived from the verb st: "information", "informal",
// "informative", "informant" from "inform"; "total" keeps its "al", and is
// none.
func derivedFrom(low, st string) bool {
	for _, suf := range derivedSuffixes {
		if strings.HasSuffix(low, suf) && !strings.HasSuffix(st, strings.TrimSuffix(suf, "s")) {
			return true
		}
	}
	return false
}

// abstractSuffixes make abstract nouns: a state, a quality or an act,
// never a person or the office a person holds.
var abstractSuffixes = []string{"ency", "ance", "ence", "ion", "ment", "ity", "ness"}

// abstractNoun reports whether the lower-case word w is an abstract noun
// by its suffix: "emergency", "resistance", "protection", "management".
func abstractNoun(w string) bool {
	for _, suf := range abstractSuffixes {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// participleComma returns the comma before a participle clause at i: ",
// saying ...", or ", while warning that ...", ", before adding that ...",
// where "while", "before", "after" or "when" opens the clause and the
// participle's subject is the main clause's, as with no word between; -1
// when i opens none.
func (v *view) participleComma(i int) int {
	if v.participle(i) {
		return i - 1
	}
	if i > 2 && v.toks[i].ing && v.is(i-1, wWhile, wBefore, wAfter, wWhen) && !v.toks[i-1].capital && v.isOne(i-2, wComma) && v.toks[i-3].word {
		return i - 2
	}
	// "The interior ministry just put out a statement saying 1,700 ...":
	// statementsaying.go.
	if v.statementSaying(i) {
		return i
	}
	return -1
}

// sharedSubjectPhrase reports whether tokens [x, y), a sentence's subject
// before its first verb, may say what a verb after "and" says: a name, a
// person or people by their post or kind ("A rescuer wiped his face and
// said 14 bodies had been recovered"), or "he", "she" or "they", which
// the sentence before names ("She opened her ledger and said 62 ...").
func (v *view) sharedSubjectPhrase(x, y int) bool {
	if y-x == 1 && v.is(x, wHe, wShe, wThey, wWe) {
		return true
	}
	if v.toks[x].has(cPronoun) {
		return false
	}
	if v.named(x, y) {
		return true
	}
	// ("The health ministry no longer publishes a breakdown but says": a
	// body by its kind, as people by theirs; claim58.)
	h := &v.toks[y-1]
	if !h.word || h.capital {
		return false
	}
	// ("The ranger looked at me and said": one person by her calling, a
	// singular agent noun after its article, as "The minister stood up
	// and said".)
	return h.post() || agentNoun(h.low) || personNoun(h.low) || h.has(cBody) || forceNouns[h.low] || y-x == 2 && v.is(x, wThe, wA) && len(h.low) >= 5 && agentSingularEnding(h.low) && !notAgents[h.low+"s"]
}

// labelOpening returns where the clause opens after a label of one to
// three words and a colon opening the line at lo, before c: "Method note:
// we ...", "Update: the ministry ...". lo when there is none.
func (v *view) labelOpening(lo, c int) int {
	// "[00:40:02] SAM ODUYA: And the ranger ...": a line's time stamp
	// before its label (linestamp.go).
	lo = v.afterLineStamp(lo)
	for m := lo + 1; m < c && m <= lo+5; m++ {
		if v.isOne(m, wColon) {
			return m + 1
		}
		// ("Editor's note:": a possessive's apostrophe and s.)
		if !v.toks[m].word && !v.isOne(m, wApostrophe) {
			return lo
		}
	}
	return lo
}
