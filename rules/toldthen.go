package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A reading its teller gave "then" is an old one: "By late January more
// than a million people had crowded into Rafah, UN agencies reported
// then", "Mariupol's council estimated at the time that perhaps 20,000
// people had died", "the toll would likely double from the 28,000 counted
// then". "then" or "at the time" right after a verb that gives a figure
// (said, reported, estimated, counted ...), or "told" and its hearer,
// places that telling in the past, and the figure it told with it,
// whatever kind the metric is: a running total's old value or a level's
// old state. Taken as now, it posts a false "lower figure" or a conflict.
//
// The old telling binds only the figure it told (review53 MUST 1), read
// by the telling's shape:
//   - a relative clause or a participle right on a figure: "the 30,000 the
//     ministry reported then", "the 28,000 counted then" bind that figure,
//     and the figure the sentence gives now ("The toll rose to 34,000,
//     well above the 30,000 ...") stays;
//   - an attribution after a comma that closes the clause: ", UN agencies
//     reported then." binds the figures of the clause before the comma;
//   - a complement: "estimated at the time that ..." binds the figures of
//     the clause after it.
//
// The clause is the stretch between semicolons. An attribution's or a
// complement's clause that marks a present of its own ("has since risen",
// "now", "today") tells the count now beside the old telling, and keeps
// its figures. "and then", "by then", "since then" follow no verb of
// telling, and stay; so does a verb of another act ("was denounced at the
// time") and a telling with no figure of its own ("revising the figure it
// gave then").

// tellerWords is how many words may stand between a figure and the verb
// of a relative clause that told it ("the 30,000 the health ministry
// reported then"), or between an attribution's comma and its verb.
const tellerWords = 5

// toldThenAt is toldThenAt of the document's figure fi, asked only of a
// sentence that holds a "then" or a "time" (rmThen): the figure chain asks
// it of every figure for every metric, and most sentences hold neither.
func (st *docState) toldThenAt(s *figures.Sentence, fi int) int {
	if st.wordMarks(s).bits&rmThen == 0 {
		return -1
	}
	return toldThenAt(st.d, s, fi)
}

// toldThenAt returns the token of the "then" or "at the time" whose old
// telling binds figure fi, or -1.
func toldThenAt(d *figures.Document, s *figures.Sentence, fi int) int {
	fs, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	start, end := semicolonStart(d, s.TokStart, fs), semicolonEnd(d, fe, s.TokEnd)
	for k := start + 1; k < end; k++ {
		if !thenOrAt(d, k) {
			continue
		}
		v, after := toldThenMark(word, k)
		if v < 0 {
			continue
		}
		switch {
		case relativeTeller(d, s, v) == fi:
			return k // "the 30,000 the ministry reported then"
		case fe <= v && attributionTeller(d, s, v, after):
			if c := attributionComma(d, s, v); fe <= c && !presentAmong(word, start, c) {
				return k // "..., UN agencies reported then."
			}
		case fs >= after && complementTeller(d, s, after) && !presentAmong(word, after, end):
			return k // "estimated at the time that perhaps 20,000 ..."
		}
	}
	return -1
}

// thenOrAt reports whether token k is "then" or "at", in any case.
func thenOrAt(d *figures.Document, k int) bool {
	t := &d.Tokens[k]
	switch t.End - t.Start {
	case 4:
		return d.LowerTokenText(k) == "then"
	case 2:
		return d.LowerTokenText(k) == "at"
	}
	return false
}

// toldThenMark returns, for a "then" or an "at the time" at token k, the
// token of the verb of telling before it and the token after the mark;
// -1 and 0 when k is no such mark. "told" may have its hearer between
// ("told reporters then").
func toldThenMark(word func(int) string, k int) (verb, after int) {
	switch {
	case word(k) == "then":
		after = k + 1
	case word(k) == "at" && word(k+1) == "the" && word(k+2) == "time":
		after = k + 3
	default:
		return -1, 0
	}
	if tellingVerb(word(k - 1)) {
		return k - 1, after
	}
	if word(k-2) == "told" && isLowerWord(word(k-1)) {
		return k - 2, after
	}
	return -1, 0
}

// relativeTeller returns the figure a relative clause or a participle of
// telling at token v hangs on: the last figure before v, with at most
// tellerWords words and no mark between ("the 30,000 [that] the health
// ministry reported", "the 28,000 counted"); or -1.
func relativeTeller(d *figures.Document, s *figures.Sentence, v int) int {
	for k := v - 1; k >= s.TokStart && k >= v-1-tellerWords; k-- {
		if fj := figureIn(d, s, k); fj >= 0 {
			return fj
		}
		if !d.Tokens[k].IsWord() {
			return -1
		}
	}
	return -1
}

// attributionComma returns the comma that opens the attribution whose verb
// of telling is at token v: the last comma before it, past at most
// tellerWords words; or -1.
func attributionComma(d *figures.Document, s *figures.Sentence, v int) int {
	for k := v - 1; k >= s.TokStart && k >= v-1-tellerWords; k-- {
		if d.TokenText(k) == "," {
			return k
		}
	}
	return -1
}

// attributionTeller reports whether the verb of telling at token v closes
// an attribution: after a comma, its subject's words (no figure, no word
// in -ing, no noun of a count: "revising the figure it gave then" tells
// no figure of the clause before; no word that opens another phrase:
// "twice what it recorded then" compares), and after its mark (token
// after) the sentence's or the clause's end.
func attributionTeller(d *figures.Document, s *figures.Sentence, v, after int) bool {
	c := attributionComma(d, s, v)
	if c < 0 || c+1 == v {
		return false
	}
	for k := c + 1; k < v; k++ {
		w := d.LowerTokenText(k)
		if !d.Tokens[k].IsWord() || figureIn(d, s, k) >= 0 || hasSuffixIng(w) || givenCountNoun(w) || !tellerWord(w) {
			return false
		}
	}
	if after >= s.TokEnd {
		return true
	}
	switch d.TokenText(after) {
	case ".", ",", ";", "—", "–", "!", "?", "'", "\"", "’", "”":
		return true
	}
	return false
}

// tellerWord reports whether lower-cased w may stand in the subject of an
// attribution ("UN agencies", "the disaster agency", "it"): no
// preposition, relative word or word of comparison, which open a phrase of
// another kind ("up from the ... it reported then", "twice what it
// recorded then").
func tellerWord(w string) bool {
	if prepositions[w] {
		return false
	}
	switch w {
	case "what", "which", "who", "whom", "that", "than", "as", "twice", "double", "triple", "half", "times", "up", "down", "more", "less", "fewer", "above", "below":
		return false
	}
	return true
}

// complementTeller reports whether the words from token after open what
// the telling said: "that", or a figure within two words ("said then
// 5,000 had died").
func complementTeller(d *figures.Document, s *figures.Sentence, after int) bool {
	if after < s.TokEnd && d.LowerTokenText(after) == "that" {
		return true
	}
	for k := after; k < s.TokEnd && k < after+2; k++ {
		if figureIn(d, s, k) >= 0 {
			return true
		}
	}
	return false
}

// tellingVerb reports whether lower-cased w is a past verb or participle
// that gives a figure: one of saying (saidVerb: "said", "reported",
// "put") or of estimating or counting ("estimated", "counted",
// "recorded").
func tellingVerb(w string) bool {
	switch w {
	case "estimated", "counted", "recorded", "registered", "tallied", "logged", "verified", "confirmed", "announced", "told":
		return true
	}
	return saidVerb(w)
}

// presentAmong reports whether a word among tokens [from, to) marks a
// clause's present against an old telling: "now", "today", "currently",
// "since" ("has since risen").
func presentAmong(word func(int) string, from, to int) bool {
	for k := from; k < to; k++ {
		switch word(k) {
		case "now", "today", "currently", "since":
			return true
		}
	}
	return false
}

// hasSuffixIng reports whether w ends in "-ing", a participle or gerund
// that starts a clause of its own ("revising").
func hasSuffixIng(w string) bool { return len(w) > 4 && w[len(w)-3:] == "ing" }
