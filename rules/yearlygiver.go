package rules

import (
	"strings"
	"unicode"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A yearly sum of money is "aid to NAME" by its roles, the idea a reader
// uses, with no word of aid: its period is a year, its giver the United
// States, and its recipient NAME or, in a story on NAME, nobody else
// (testdata/examples/yearly_aid_roles.yaml). The giver
//   - owns the sum: "Washington's $3.8bn a year buys it ...", "America's
//     annual $3.8bn military subvention to Israel";
//   - gives it, the subject of a verb of giving right before it:
//     "Washington gives three point eight billion a year", "the Americans
//     hand over $3.8bn every year", "Washington supplies Israel with $3.8bn
//     a year";
//   - is whom it comes from: "Israel receives $3.8bn per year from
//     Washington", "the annual $3.8bn it receives from Washington", "Israel
//     has been given $3.8bn a year by Washington";
//   - or gives it in a headline's gloss: "$3.8bn a year: what America gives
//     Israel".
// The giver is read by name (usGiverAt: the one state whose aid this is,
// in its names and metonyms), the verbs by their stem, so every form of a
// root is read. What follows the sum must not name another thing it is: a
// noun it modifies ("a $850bn-a-year defence budget") unless that noun goes
// "to NAME", or "on", "in" or "of" and what it is spent on or consists of
// ("$3.8bn a year on research", "in interest"); a sum with a keyword of
// its own is read by it already. Another recipient named ("to Egypt",
// "Egypt receives ... from Washington") gives nothing to NAME's metric.

// usGivenKeywords lists the keyword phrases of givenTo whose metric says,
// in its name or description, that the United States gives: the giver
// yearlyGiverHits reads is the US, so a metric of another giver's aid
// ("EU aid to Ukraine") must not take a sum Washington gives.
func (e *Engine) usGivenKeywords() []phraseRef {
	var refs []phraseRef
	for _, ref := range e.givenTo {
		spec := e.metrics[ref.metric].spec
		if namesUS(spec.Name) || namesUS(spec.Description) {
			refs = append(refs, ref)
		}
	}
	return refs
}

// namesUS reports whether text names the United States as a word: "US",
// "U.S.", "USA", "United States", "American", "America" or "Washington".
func namesUS(text string) bool {
	words := strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '.'
	})
	for i, w := range words {
		switch strings.TrimSuffix(w, ".") {
		case "US", "U.S", "USA", "American", "America", "Washington":
			return true
		case "United":
			if i+1 < len(words) && strings.TrimSuffix(words[i+1], ".") == "States" {
				return true
			}
		}
	}
	return false
}

// yearlyGiverHits appends, for each keyword phrase "aid to NAME", a hit on
// the US giver of a yearly money figure of s whose recipient is NAME or
// unnamed, unless the sentence holds a hit of the metric already.
func (e *Engine) yearlyGiverHits(st *docState, s *figures.Sentence, hits []hit) []hit {
	d := st.d
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		if d.Figures[fi].Kind != figures.Money {
			continue
		}
		giver, recipient := yearlyGivenByUS(d, s, fi)
		if giver < 0 {
			continue
		}
		n := len(hits)
		for _, ref := range e.givenByUS {
			if recipient < 0 || nameEndsAt(d, s, recipient, e.phraseOf(ref).words[2:]) {
				hits = append(hits, hit{ref: ref, start: giver, end: giver + 1})
			}
		}
		hits = dropNamedInClause(hits, n, s.TokStart, s.TokEnd)
	}
	return hits
}

// yearlyGivenByUS returns the first token of the US giver of money figure
// fi, said to be a year's, and the last token of its recipient's name, or
// -1 for a recipient unnamed; giver is -1 when the figure is no yearly sum
// the US gives.
func yearlyGivenByUS(d *figures.Document, s *figures.Sentence, fi int) (giver, recipient int) {
	fs, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	before := fs - 1
	yearlyBefore := yearlyAdjective(word(before))
	if yearlyBefore {
		before--
	}
	after := pastYearly(d, s, fe)
	switch {
	case after > fe:
	case word(fe) == "a-year":
		after = fe + 1
	case word(fe) == "-" && word(fe+1) == "a" && word(fe+2) == "-" && word(fe+3) == "year":
		after = fe + 4 // "$3.8bn-a-year"
	case !yearlyBefore && !yearlyOpener(d, s):
		return -1, -1
	}
	recipient, ok := recipientAfter(d, s, after)
	if !ok {
		return -1, -1
	}
	// The giver owns the sum: "Washington's", "the United States'".
	if k := possessiveOwnerEnd(d, s, before); k >= 0 {
		if g := usGiverBefore(d, s, k); g >= 0 {
			return g, recipient
		}
		return -1, -1
	}
	// The giver gives it: "Washington gives", "the Americans hand over",
	// "Washington supplies Israel with".
	if g, r := giverOfVerb(d, s, before); g >= 0 {
		if r >= 0 {
			if recipient >= 0 {
				return -1, -1 // two recipients: read by neither
			}
			recipient = r
		}
		return g, recipient
	}
	// The giver is whom it comes from: "Israel receives $3.8bn a year from
	// Washington", "the $3.8bn a year Israel gets from America".
	if g, r := receivedFromUS(d, s, fs, after); g >= 0 {
		return g, r
	}
	// A headline's gloss: "$3.8bn a year: what America gives Israel".
	if word(after) == ":" && word(after+1) == "what" {
		if end := usGiverAt(d, s, after+2); end > 0 && givingStem(word(end)) && named(d, end+1) {
			if r := wholeNameEnd(d, s, end+1); r >= 0 {
				return after + 2, r
			}
		}
	}
	return -1, -1
}

// yearlyOpener reports whether sentence s opens with a yearly phrase
// and its comma, which gives its clause's sums their period: "Each year,
// Washington sends $3.8 billion to Israel", "Annually, the US provides".
func yearlyOpener(d *figures.Document, s *figures.Sentence) bool {
	k := afterStamp(d, s)
	if !yearlyAt(d, s, k) {
		return false
	}
	if d.LowerTokenText(k) != "annually" && d.LowerTokenText(k) != "yearly" {
		k++ // "each year"
	}
	return k+1 < s.TokEnd && d.TokenText(k+1) == ","
}

// recipientAfter reads what follows a yearly sum's words at token k: the
// last token of the name it goes "to" or "for", perhaps through a noun it
// modifies ("$3.8bn military subvention to Israel"), or -1 with ok when
// nothing names what the sum is; !ok when a noun it modifies goes to no
// one ("defence budget") or "on", "in" or "of" says what the sum buys or
// holds.
func recipientAfter(d *figures.Document, s *figures.Sentence, k int) (recipient int, ok bool) {
	word := sentenceWords(d, s)
	nouns := 0
	for k < s.TokEnd && nouns < 3 && word(k) != "it" && lowerNounAt(d, k) && !verbBeforeObject(word(k+1)) {
		k++
		nouns++
	}
	switch word(k) {
	case "to", "for":
		if named(d, k+1) {
			if r := wholeNameEnd(d, s, k+1); r >= 0 {
				return r, true
			}
		}
		return -1, false
	case "on", "in", "of":
		return -1, false
	case ",":
		if nouns == 0 && glossAt(word, k+1) && !recipientInGloss(d, s, k+1) {
			return -1, false
		}
	}
	return -1, nouns == 0
}

// recipientInGloss reports whether the appositive opening at token k
// names a recipient with "to" or "for" before its end: "a sum fixed for
// Israel under the 2016 deal" says who gets it, not what else it is.
func recipientInGloss(d *figures.Document, s *figures.Sentence, k int) bool {
	for t := k; t+1 < s.TokEnd && d.TokenText(t) != ","; t++ {
		if w := d.LowerTokenText(t); (w == "to" || w == "for") && named(d, t+1) {
			return true
		}
	}
	return false
}

// glossAt reports whether an appositive saying what a sum is opens at
// token k, after the sum's comma: a noun phrase ("the running cost of the
// troops", "a fraction of its defence budget") or a clause of "what"
// after a hedge ("roughly what Israel spends on"). A sum that is a cost or
// a likeness is no aid, whoever the story is about
// (yearly_sum_glossed.yaml).
func glossAt(word func(int) string, k int) bool {
	switch word(k) {
	case "the", "a", "an":
		return true
	case "what":
		return true
	case "roughly", "about", "around", "nearly", "almost", "just", "exactly", "more", "less", "close":
		for t := k + 1; t <= k+2; t++ {
			if word(t) == "what" {
				return true
			}
		}
	}
	return false
}

// verbBeforeObject reports whether lower-cased w, after a word that may be
// a noun or a verb in -s, makes that word a verb: a pronoun or a
// determiner opens its object ("buys it", "gives the"), where a noun the
// sum modifies is followed by another noun or a preposition.
func verbBeforeObject(w string) bool {
	return determiner(w) || w == "it" || w == "them" || w == "us" || w == "him" || w == "her"
}

// possessiveOwnerEnd returns the token after the owner whose possessive
// ends at token k ("Washington's", "the United States'"), or -1.
func possessiveOwnerEnd(d *figures.Document, s *figures.Sentence, k int) int {
	if k <= s.TokStart {
		return -1
	}
	if w := d.TokenText(k); w == "s" && isApostrophe(d.TokenText(k-1)) {
		return k - 1
	} else if isApostrophe(w) {
		return k
	}
	return -1
}

// giverOfVerb reads a verb of giving that ends at token k, before a sum:
// "gives", "hand over", "supplies Israel with"; it returns the first token
// of its subject, when that is the US, and the last token of the name it
// gives to, or -1.
func giverOfVerb(d *figures.Document, s *figures.Sentence, k int) (giver, recipient int) {
	word := sentenceWords(d, s)
	recipient = -1
	if word(k) == "with" && named(d, k-1) {
		// "provides Israel with", "supplies Israel with"
		recipient = k - 1
		k = nameStart(d, s.TokStart, k-1) - 1
	} else if word(k) == "over" {
		k-- // "hand over"
	}
	if k <= s.TokStart || !givingStem(word(k)) {
		return -1, -1
	}
	k--
	for k > s.TokStart && (stateTimeAdverb(word(k)) || lyAdverb(d.TokenText(k))) {
		k-- // "currently gives", "still sends"
	}
	if g := usGiverBefore(d, s, k+1); g >= 0 {
		return g, recipient
	}
	return -1, -1
}

// receivedFromUS reads a yearly sum received from the US: its recipient
// the subject of a verb of receiving before the sum ("Israel receives",
// "Israel has been given") or in a relative clause after it ("the $3.8bn
// a year Israel gets", "the annual $3.8bn it receives"), and the US after
// "from" or "by". It returns the first token of the giver and the last of
// the recipient's name (-1 for "it"), or -1, -1.
func receivedFromUS(d *figures.Document, s *figures.Sentence, fs, after int) (giver, recipient int) {
	word := sentenceWords(d, s)
	from := after
	recipient = -2
	if k := fs - 1; receivingStem(word(k)) || word(k) == "given" && word(k-1) == "been" {
		// "Israel receives $3.8bn", "Israel has been given $3.8bn"
		for k--; k > s.TokStart && (word(k) == "been" || word(k) == "has" || word(k) == "have" || lyAdverb(d.TokenText(k)) || stateTimeAdverb(word(k))); k-- {
		}
		if named(d, k) {
			recipient = k
		}
	} else {
		k := after
		if word(k) == "that" || word(k) == "which" {
			k++
		}
		switch {
		case word(k) == "it":
			recipient = -1
			k++
		case named(d, k):
			k = nameEnd(d, s, k) // otherplaces.go
			recipient = k - 1
		}
		if recipient == -2 || !receivingStem(word(k)) {
			return -1, -1
		}
		from = k + 1
	}
	if recipient == -2 || word(from) != "from" && word(from) != "by" {
		return -1, -1
	}
	if end := usGiverAt(d, s, from+1); end > 0 {
		return from + 1, recipient
	}
	return -1, -1
}

// givingStem reports whether lower-cased w is a form of a verb of giving
// money: give, hand, send, provide, supply, grant, pay, transfer,
// appropriate, allocate, funnel, pump, commit. Read by stem, so every
// regular form of a root is one.
func givingStem(w string) bool {
	if givingVerbs[w] != 0 {
		return true
	}
	switch w {
	case "gave", "sent", "paid", "pays":
		return true
	}
	if !isLowerWord(w) || len(w) < 4 {
		return false
	}
	switch stem(w) {
	case "give", "hand", "send", "provid", "suppli", "grant", "pay", "transfer", "appropri", "alloc", "funnel", "pump", "commit":
		return true
	}
	return false
}

// receivingStem reports whether lower-cased w is a form of a verb of
// receiving: receive, get, obtain.
func receivingStem(w string) bool {
	switch w {
	case "get", "gets", "got", "gotten", "getting":
		return true
	}
	if !isLowerWord(w) || len(w) < 4 {
		return false
	}
	switch stem(w) {
	case "receiv", "obtain":
		return true
	}
	return false
}

// usGiverAt returns the token after a name of the United States as the
// giver of its aid that starts at token k ("Washington", "the United
// States", "America", "the Americans", "Congress", "the Pentagon", "US
// taxpayers", "American taxpayers"), or -1. The names are of one state,
// the giver this reading knows, so they are listed.
func usGiverAt(d *figures.Document, s *figures.Sentence, k int) int {
	if k < s.TokStart || k >= s.TokEnd {
		return -1
	}
	if d.LowerTokenText(k) == "the" {
		k++
	}
	if k >= s.TokEnd {
		return -1
	}
	end := -1
	switch d.TokenText(k) {
	case "Washington", "America", "Americans", "Congress", "Pentagon", "US", "USA", "U.S.":
		end = k + 1
	case "American":
		end = k + 1
		if end >= s.TokEnd || d.LowerTokenText(end) != "taxpayers" {
			return -1
		}
	case "United":
		if k+1 < s.TokEnd && d.TokenText(k+1) == "States" {
			end = k + 2
		}
	}
	if end > 0 && end < s.TokEnd && d.LowerTokenText(end) == "taxpayers" {
		end++
	}
	return end
}

// usGiverBefore returns the first token of a name of the United States
// (usGiverAt) that ends right before token end, or -1.
func usGiverBefore(d *figures.Document, s *figures.Sentence, end int) int {
	for k := max(s.TokStart, end-4); k < end; k++ {
		if usGiverAt(d, s, k) == end {
			return k
		}
	}
	return -1
}
