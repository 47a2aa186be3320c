package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// countPhraseWords is how far back from a figure countPhrase looks for the
// count noun: the "of" phrase may be long ("The number of displaced
// persons as a result of the war in Sudan has risen to ...").
const countPhraseWords = 30

// countPhrase finds the "of" phrase of a count noun whose value figure fi
// is: the subject of a verb of stance or change that sets the figure ("The
// number of people who lost their lives in the quakes has risen to
// 43,556", "The total number of deaths in both countries ... now stands at
// 52,800"), or the object of a verb that moves a count, the figure what it
// is moved to ("pushed the number of people displaced by the war past 11.5
// million"). It returns the phrase's first and last tokens after "of" (or,
// for a phrase of where the count is from, "the toll from ...", the count
// noun and the phrase's last token), and ok. The phrase says what the figure counts however long it is: its words
// (keywords and exclude_near words alike) stand as near the figure as its
// last word. No punctuation may part the phrase from the figure: "the
// number of dead, officials said, ..." is another reading. The phrase lies
// in the figure's sentence s: a full stop ends it unless it stands inside
// an initial ("U.S."), and a count noun in the sentence before names
// nothing here.
func countPhrase(d *figures.Document, s *figures.Sentence, fi int) (from, to int, ok bool) {
	fs, _ := d.FigureTokens(fi)
	// The predicate right before the figure: prepositions and verbs, past
	// a speaker's dash aside ("to — let me get this right — thirteen
	// thousand ...").
	p, verb, prep := dashAsideBefore(d, s, fs), false, false
	start := p
	for p > s.TokStart && d.Tokens[p-1].IsWord() {
		w := d.LowerTokenText(p - 1)
		if countSettingPreposition(w) {
			prep = true
		} else if countSettingVerb(w) {
			verb = true
		} else if q, isVerb := translatedValueBefore(d, s, p); q < p {
			// "has made up 21,320", "has reached the mark of 33 thousand"
			verb = verb || isVerb
			p = q
			continue
		} else if q := dayAdjunctStart(d, s, p); prep && !verb && q < p {
			// "rose on Thursday to 29,410": the day stands inside the verb.
			p = q
			continue
		} else {
			break
		}
		p--
	}
	// "The number of separate sales approved since the war began — 107 by
	// one aide's tally — is ...": a dash aside that opens with the figure
	// right after the subject's phrase gives the count's value, as a verb
	// that sets it does.
	dashed := p == fs && fs > 0 && isDash(d.TokenText(fs-1)) && d.Tokens[fs].Space
	if dashed {
		p = fs - 1
	}
	if p == start && !dashed && !figureOpensWithPreposition(d, fs) {
		return 0, 0, false
	}
	// The "of" phrase before it: back to the count noun and its "of",
	// past an aside that closes right before the verb ("..., as verified
	// by the UN mission, rose to 12,910").
	last := p - 2
	if p-1 > s.TokStart && d.TokenText(p-1) == "," {
		if open := phraseAsideOpen(d, s, p-1); open >= 0 {
			last = open - 1
		}
	}
	for k := last; k > s.TokStart && d.WordPos(p)-d.WordPos(k) <= countPhraseWords; k-- {
		if figureAt(d, k) >= 0 {
			continue // a number in the phrase: "the 7.8-magnitude quake", "the eleven provinces"
		}
		if !d.Tokens[k].IsWord() {
			if d.TokenText(k) == "," && listComma(d, s, k) {
				continue // "killed by air strikes, shelling and ground operations since ..."
			}
			if t := d.TokenText(k); t != "-" && t != "'" && t != "’" && (t != "." || !initialDot(d, s, k)) {
				return 0, 0, false
			}
			continue
		}
		w := d.LowerTokenText(k)
		if !countPhrasePreposition(w) || !tallyNoun(d.LowerTokenText(k-1)) {
			continue
		}
		from := k + 1
		if w != "of" && dashed {
			return 0, 0, false // a dash aside restates the figure the verb sets
		}
		if w != "of" {
			// "The death toll from the earthquakes in Türkiye and
			// north-west Syria has risen to": the phrase says where the
			// count is from, and the count's own noun (and a keyword that
			// ends in it, "death toll") stands as near as the phrase's
			// last word.
			from = k - 1
		}
		if verb || dashed {
			// The subject: the count noun opens it ("The number of",
			// "the total number of", "the mission's overall tally of").
			return from, p - 1, true
		}
		// The object: a verb that moves a count stands before it.
		if (prep || figureOpensWithPreposition(d, fs)) && movedCount(d, s, k-1) {
			return from, p - 1, true
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// countPhrasePreposition reports whether lower-cased w, after a count
// noun, opens the phrase that says what or where it counts: "the number
// of", "the toll from", "the toll in", "the count across".
func countPhrasePreposition(w string) bool {
	switch w {
	case "of", "from", "in", "across":
		return true
	}
	return false
}

// countSettingVerb reports whether w is a word of the verb that sets a
// count's value: an auxiliary, an adverb of time, or a verb of stance or
// change ("has risen to", "now stands at", "has passed", "reached").
func countSettingVerb(w string) bool {
	switch w {
	case "has", "have", "had", "is", "was", "now", "already", "since", "then",
		"risen", "rose", "rises", "climbed", "climbs", "jumped", "jumps", "grown", "grew", "grows", "increased", "increases",
		"surged", "soared", "stands", "stood", "reached", "reaches", "hit", "hits", "passed", "passes", "topped", "tops",
		"exceeded", "exceeds", "crossed", "crosses", "surpassed", "surpasses", "amounted", "amounts":
		return true
	}
	// "ascends to", "attains", "totals", "elevates", "mounts"
	// (translatedvalue.go); their first three letters turn most words away
	// before the set is hashed (countSettingVerb is asked of every word
	// before a figure, for every metric).
	if len(w) < 5 {
		return false
	}
	switch w[:3] {
	case "asc", "att", "ele", "mou", "tot":
		return translatedSettingVerbs[w]
	}
	return false
}

// countSettingPreposition reports whether w joins a verb to the value it
// sets a count to: "risen to", "stands at", "pushed ... past".
func countSettingPreposition(w string) bool {
	switch w {
	case "to", "at", "past", "above", "beyond":
		return true
	}
	return false
}

// figureOpensWithPreposition reports whether the figure starting at token
// fs opens with a preposition its qualifier takes: "past 11.5 million",
// "above 50,000".
func figureOpensWithPreposition(d *figures.Document, fs int) bool {
	return d.Tokens[fs].IsWord() && countSettingPreposition(d.LowerTokenText(fs))
}

// movedCount reports whether the count noun at token n is the object of a
// verb that moves a count ("pushed the number of", "has taken the overall
// tally of", "brought the total of") or that puts it at a value as an
// estimate does ("puts the number of separate sales ... at 107", "estimated
// the total of ... at"). At most two words (a determiner, an owner, an
// adjective) stand between, in sentence s.
func movedCount(d *figures.Document, s *figures.Sentence, n int) bool {
	for k := n - 1; k >= s.TokStart && n-k <= 4; k-- {
		if !d.Tokens[k].IsWord() {
			if t := d.TokenText(k); t != "'" && t != "’" {
				return false
			}
			continue
		}
		if w := d.LowerTokenText(k); countMovingVerb(w) || countValuingVerb(w) {
			return true
		}
	}
	return false
}

// countValuingVerb reports whether lower-cased w puts a count at a value
// as an estimate does: "puts the number of ... at 107", "estimated the
// total of ... at".
func countValuingVerb(w string) bool {
	switch w {
	case "putting", "put", "puts", "placing", "place", "places", "placed", "estimating", "estimate", "estimates", "estimated":
		return true
	}
	return false
}

// initialDot reports whether the full stop at token k, in sentence s,
// stands inside an initial: right after a one-letter word, and either no
// space after it ("U.S") or an initial's full stop before that letter
// ("U.S."), not a sentence's end.
func initialDot(d *figures.Document, s *figures.Sentence, k int) bool {
	if k-1 < s.TokStart || d.Tokens[k].Space || !d.Tokens[k-1].IsWord() || len([]rune(d.TokenText(k-1))) != 1 {
		return false
	}
	if k+1 < s.TokEnd && !d.Tokens[k+1].Space {
		return true
	}
	return k-2 >= s.TokStart && !d.Tokens[k-1].Space && d.TokenText(k-2) == "."
}

// afterClauseOpener reports whether a word that opens a clause of time,
// cause or contrast (timeConjunction, subordinatingWord) stands among
// tokens [from, to): "the number of Palestinians killed
// since Hamas's attack on southern Israel set off the war". The clause
// speaks of another event; its places are not the count's.
func afterClauseOpener(d *figures.Document, from, to int) bool {
	return wordAmong(d, from, to, func(w string) bool { return timeConjunction(w) || subordinatingWord(w) })
}
