package claimant

// Tests on one word inside a noun phrase's span (np.go): whether it reads as
// a verb and so ends a subject, or as a participle, adverb or remit that
// describes the noun beside it and so stays inside the phrase. Each answers
// for a single word, so they stand apart from the span readers; the first
// two serve the whole finder's spans, the rest npBefore and npAfter.

import "strings"

// sentenceWord: a capitalised function word opening the sentence ("On
// Tuesday", "In Gaza") is not part of a name.
func (v *view) sentenceWord(i int) bool {
	return v.toks[i].capital && !v.toks[i].shouted && (v.toks[i].has(cPreposition) || v.toks[i].has(cClause) || v.toks[i].low == "even" || v.toks[i].low == "speaking")
}

// isVerbLike: a lower-case word that reads as a verb and so cannot be
// inside a subject ("killed", "employs" is not tested: only past forms
// and the reporting lexicon).
func (v *view) isVerbLike(i int) bool {
	t := &v.toks[i]
	if i > 0 && v.toks[i-1].low == "-" && !t.space {
		return v.hyphenedVerb(i) // "Gaza-based" is none
	}
	if len(t.low) > 4 && (t.low[len(t.low)-2:] == "ed") && !t.has(cStaff) || t.has(cIrregularPast) {
		return true
	}
	r, f := v.verbAt(i)
	return r || f
}

// hyphenedVerb reports whether the word at i, after a hyphen, closes a
// verb in the past written with a prefix ("Airwars cross-checked every
// incident", "Oryx re-examined each loss"): a lower-case prefix after no
// determiner, and a determiner or quantifier opening its object. "The
// state-owned broadcaster", "Gaza-based", "the Hamas-led government" are
// adjectives.
func (v *view) hyphenedVerb(i int) bool {
	t := &v.toks[i]
	if i < 2 || i+1 >= len(v.toks) || len(t.low) < 4 || !strings.HasSuffix(t.low, "ed") && !t.has(cIrregularPast) {
		return false
	}
	p := &v.toks[i-2]
	if !p.word || p.capital || i >= 3 && v.toks[i-3].has(cDeterminer|cPreposition) {
		return false
	}
	// ("re-stated that 52 ...", "co-reported 52 deaths": a clause or a
	// figure as its object, as a determiner's phrase; review34b.)
	n := &v.toks[i+1]
	return n.has(cDeterminer|cQuantifier) || v.is(i+1, wIts, wTheir, wHis, wHer, wThat) || n.fig
}

// attributive reports whether the -ed word at i modifies the noun after
// it, as a determiner or possessive before it shows: "Hamas's armed
// wing", "the displaced families", "its own published logs".
func (v *view) attributive(i int) bool {
	// ("COGAT's own published logs": "own" after an owner, too.)
	return i > 0 && i+1 < len(v.toks) && v.toks[i+1].word && (v.toks[i-1].has(cDeterminer) || v.is(i-1, wIts, wTheir, wOur, wOwn) ||
		v.isOne(i-1, wS) && v.isOne(i-2, wApostrophe) || i > 1 && v.isOne(i-1, wApostrophe) && v.toks[i-2].poss || v.namedPart(i))
}

// namedPart reports whether the -ed word at i stands between a body's
// name and one lower-case noun in the singular that "says" or "said"
// follows: "Hamas armed wing says", "the Hamas armed wing said". The name
// used as a noun's modifier, as "Hamas's" would be, makes the -ed word an
// adjective of its part. ("Israel bombed schools, says ...": a plural
// object and a comma are a clause's.)
func (v *view) namedPart(i int) bool {
	if i+2 >= len(v.toks) || !v.toks[i-1].word || !v.toks[i-1].capital || v.toks[i-1].shouted && !v.initialsAt(i-1) {
		return false
	}
	n := &v.toks[i+1]
	if !n.word || n.capital || n.inLexicon() && !n.has(cBody) || strings.HasSuffix(n.low, "s") {
		return false
	}
	return v.is(i+2, wSays, wSaid)
}

// adverbAfterNoun reports whether the lower-case word at i is an adverb in
// -ly after a noun that says when ("the chief justice early Friday", "the
// utility shortly after noon"): a time follows within a few words. Nouns
// in -ly ("the Bibas family on Monday") stay in their phrase.
func (v *view) adverbAfterNoun(i, hi int) bool {
	t := &v.toks[i]
	if t.capital || !t.word || len(t.low) < 5 || !strings.HasSuffix(t.low, "ly") || lyNounIDs.has(&t.spelling) || v.toks[i-1].has(cDeterminer) || !v.toks[i-1].word {
		return false
	}
	// "announced by the FA shortly after half-time": an adverb before
	// "after", "before" or "until" says when.
	return i+1 >= hi || v.timeAfter(i, hi) || v.is(i+1, wAfter, wBefore, wUntil)
}

// compoundAdjective reports whether the capital at n opens a compound
// adjective before a lower-case noun: "from English-language media
// reports". Such a capital is no name's start, so the link word before it
// does not carry a name on. ("the Hamas-run Health Ministry": a capital
// after the compound is a name. "the health ministry in the Hamas-run
// territory": a place after "in" or "at" says whose a generic body is,
// and npAfter's callers read it.)
func (v *view) compoundAdjective(n, hi int) bool {
	return n+3 < hi && v.isOne(n+1, wDash) && !v.toks[n+1].space && !v.toks[n+2].space && v.toks[n+2].word && !v.toks[n+2].capital &&
		v.toks[n+3].word && !v.toks[n+3].capital
}

// participleAfterPossessive reports whether the -ed form at i follows a
// possessive: "Poland's armed forces operational command", "the
// country's embattled health service". A possessive is followed by its
// noun's phrase, never by a verb, so the word describes the noun. ("it's
// closed": a pronoun's "'s" is "is".)
func (v *view) participleAfterPossessive(i int) bool {
	if i < 3 || !strings.HasSuffix(v.toks[i].low, "ed") {
		return false
	}
	k := i - 1
	if v.isOne(k, wS) && !v.toks[k].space {
		k--
	}
	return v.isOne(k, wApostrophe) && v.toks[k-1].poss && !v.toks[k-1].has(cPronoun)
}

// participleBeforeName reports whether the -ed form at i stands between a
// determiner and a capitalised name: "the respected Institute for Fiscal
// Studies", "the embattled Sudanese Doctors Union". After "the" and before
// a name it describes the name, and is no verb.
func (v *view) participleBeforeName(i, hi int) bool {
	return i > 0 && i+1 < hi && v.toks[i-1].has(cDeterminer) && strings.HasSuffix(v.toks[i].low, "ed") && v.toks[i+1].capital && v.toks[i+1].word && !v.toks[i+1].shouted
}

// modifiedParticiple reports whether the -ed form at i, after an adverb in
// -ly and before a noun, describes that noun ("seasonally adjusted data",
// "newly released figures"): an adjective, not the phrase's verb.
func (v *view) modifiedParticiple(i, hi int) bool {
	p := &v.toks[i-1]
	if p.capital || !p.word || len(p.low) < 5 || !strings.HasSuffix(p.low, "ly") || lyNounIDs.has(&p.spelling) || i+1 >= hi || !strings.HasSuffix(v.toks[i].low, "ed") {
		return false
	}
	n := &v.toks[i+1]
	return n.word && !n.capital && !n.has(cPreposition|cDeterminer|cClause|cBetween|cPronoun|cLink)
}

// remit reports whether "for" at i opens what a body named by its kind is
// for ("the high commission for the protection of human rights",
// "Ukraine's coordination headquarters for the treatment of prisoners of
// war"): a kind of body before, then "the", a lower-case noun and "of".
// The remit is part of the body's name.
func (v *view) remit(i int) bool {
	if !v.isOne(i, wFor) || i < 1 || i+3 >= len(v.toks) || !v.isOne(i+1, wThe) || !v.isOne(i+3, wOf) {
		return false
	}
	p, n := &v.toks[i-1], &v.toks[i+2]
	return p.word && !p.capital && p.has(cBody) && n.word && !n.capital && !n.inLexicon() && !n.has(cDay)
}

// kindAnd reports whether "and" at i joins two lower-case remits of the
// body's kind ending the phrase at end: "the environment and urbanisation
// ministry", "Pakistan's planning and development ministry", "the water
// and sanitation utility board". The phrase
// opens before the first remit with a determiner or a possessive, so
// "trucks and the ministry" stay two phrases.
func (v *view) kindAnd(i, lo, end int) bool {
	// "the disaster and emergency management authority": the second
	// remit may take two words.
	if i-2 < lo || i+2 != end-1 && i+3 != end-1 || !v.toks[end-1].has(cBody) || v.toks[end-1].capital {
		return false
	}
	for k := i - 1; k < end-1; k++ {
		if t := &v.toks[k]; k != i && (!t.word || t.capital || t.inLexicon() || v.isVerbLike(k)) {
			return false
		}
	}
	// ("the Kedah fire and rescue department": whose it is before the
	// first remit, kindandplace.go.)
	return v.toks[i-2].has(cDeterminer) || v.isOne(i-2, wS) && v.isOne(i-3, wApostrophe) || v.isOne(i-2, wApostrophe) || v.whoseBeforeRemit(i, lo)
}

// spanAgo reports whether tokens from i are a span of time and the word
// that places it: "two weeks after", "three days ago", "a month later".
func (v *view) spanAgo(i, hi int) bool {
	if i+2 >= hi || !v.is(i+2, wAfter, wAgo, wLater, wBefore, wEarlier) {
		return false
	}
	u := singular(v.toks[i+1].low)
	return timeNouns[u] || u == "day" || u == "hour"
}
