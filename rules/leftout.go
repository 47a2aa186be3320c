package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A figure the sentence says is not counted is a part left out of the
// total, not the total: "roughly 10,000 bodies believed to be under rubble
// were not included", "an estimated 7,000 dead who never reached a morgue
// have not been counted", "About 4,000 bodies ... were never tallied". The
// figure's own predicate says so: within its clause, a form of "be" or
// "have" with "not" or "never", then a participle of adding a part to a
// whole (addedParticiple). Asked only of a running total's figures in a
// sentence with a negation (the negation mark). (left_out_of_count.yaml)

// leftOutWords is how many tokens may stand between the figure and the
// negation: its noun and a phrase or a short relative clause on it
// ("bodies believed to be under rubble", "dead who never reached a
// morgue").
const leftOutWords = 12

// leftOutOfCount reports whether figure fi of sentence s is the subject of
// a negated predicate of adding: "10,000 bodies ... were not included".
func leftOutOfCount(d *figures.Document, s *figures.Sentence, fi int) bool {
	p, ok := ownNegation(d, s, fi, false)
	if !ok {
		return false
	}
	word := sentenceWords(d, s)
	for n := 0; n < 2 && (word(p) == "been" || word(p) == "yet" || word(p) == "be"); n++ {
		p++
	}
	return addedParticiple(word(p))
}

// ownNegation returns the token after the negation of figure fi's own
// predicate: within leftOutWords words after the figure, with no other
// figure or mark between, a negation right after a form of "be" or
// "have" (and of "do" when do is set). A negation after any other word is
// a relative clause's own ("who never reached a morgue") and is passed.
func ownNegation(d *figures.Document, s *figures.Sentence, fi int, do bool) (int, bool) {
	_, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	for k := fe; k < s.TokEnd && k < fe+leftOutWords; k++ {
		w := word(k)
		if !d.Tokens[k].IsWord() && !isApostrophe(w) || figureIn(d, s, k) >= 0 {
			return 0, false
		}
		if !negation(w) {
			continue
		}
		a := word(k - 1)
		if beForm(a) || a == "have" || a == "has" || a == "had" || do && (a == "did" || a == "do" || a == "does") {
			return k + 1, true
		}
	}
	return 0, false
}

// A figure whose own predicate is negated right before the metric's
// keyword names what did not happen: "No, 200,000 Gazans have not been
// confirmed killed", "100,000 people did not die in the quake". The walk is
// leftOutOfCount's, with "do" among the auxiliaries, and what follows the
// negation is a keyword hit, perhaps after "been", "yet" and a word of
// vouching ("confirmed", "verified", "officially"), and no cause or agent
// after it that the negation falls on instead ("did not die because of an
// act of God; they died because ..."). Asked, as
// leftOutOfCount is, only of a running total's figures in a sentence with a
// negation. (negated_own_predicate.yaml)

// negatedKeyword reports whether figure fi of sentence s is the subject of
// a negated predicate that is one of hits' keywords: "200,000 ... have not
// been confirmed killed".
func negatedKeyword(d *figures.Document, s *figures.Sentence, fi int, hits []hit) bool {
	p, ok := ownNegation(d, s, fi, true)
	if !ok {
		return false
	}
	word := sentenceWords(d, s)
	for n := 0; n < 3 && negatedFiller(word(p)); n++ {
		p++
	}
	for _, h := range hits {
		if h.ref.role == roleKeyword && h.start == p {
			return !causeDenied(word, h.end, s.TokEnd)
		}
	}
	return false
}

// causeDenied reports whether the clause from token k, right after a
// negated keyword, names a cause or an agent the negation falls on: "did
// not die because of an act of God", "were not killed by the quake alone
// but by the concrete". The deaths stand; what is denied is their cause.
func causeDenied(word func(int) string, k, end int) bool {
	for ; k < end; k++ {
		switch w := word(k); w {
		case "because", "by", "from", "due", "through", "but", "alone":
			return true
		case ",", ";", ":", "—", "–", ".":
			return false
		}
	}
	return false
}

// negatedFiller reports whether lower-cased w may stand between a negated
// auxiliary and its participle: "been", "yet", a word of vouching.
func negatedFiller(w string) bool {
	switch w {
	case "been", "be", "yet", "confirmed", "verified", "officially", "independently":
		return true
	}
	return false
}
