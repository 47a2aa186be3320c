package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// An exclude_near word may be what the figure's clause says of it, past
// the words of its noun phrase and its auxiliaries: "two of the Rafah
// battalions have been, quote, dismantled", "four of its battalions have
// now all been destroyed". The figure's subject is then what the exclude
// word rules out (units beaten, not those that remain), however far the
// words of the phrase, a speaker's "quote" or an adverb put it from the
// figure. Only the predicate of the figure's own subject counts: an
// exclude word in a clause after a comma or a conjunction ("four battalions
// remain, and victory is impossible until they are dismantled") is not,
// nor one in an indirect question ("the ministry's count of 46,600 dead
// says nothing about how many were combatants": questionOpener).

// subjectReach is how many tokens the figure's noun phrase may run before
// its auxiliary; predicateReach how many the auxiliaries and their asides
// may run before the predicate.
const (
	subjectReach   = 8
	predicateReach = 12
)

// A figure is the subject of a passive or copular predicate that is an
// exclude_near hit when nearHitAt(hits, predicateAt(d, s, fi)): where the
// predicate stands is the same for every metric (worked out once per
// figure, docState.predicateAt), whether a hit stands there is not.

// nearHitAt reports whether an exclude_near hit of hits starts at token k
// (false for k < 0).
func nearHitAt(hits []hit, k int) bool {
	if k < 0 {
		return false
	}
	for _, h := range hits {
		if h.ref.role == roleNear && h.start == k {
			return true
		}
	}
	return false
}

// nearHitText is the text of the exclude_near hit of hits that starts at
// token k, what an explanation quotes ("" when none does).
func nearHitText(d *figures.Document, hits []hit, k int) string {
	for _, h := range hits {
		if h.ref.role == roleNear && h.start == k {
			return tokensText(d, h.start, h.end)
		}
	}
	return ""
}

// predicateAt returns the first token of the passive or copular predicate
// figure fi of sentence s is the subject of, past its auxiliaries and
// their asides, or -1: what excludedPredicate asks an exclude_near hit to
// stand at, the same for every metric.
func predicateAt(d *figures.Document, s *figures.Sentence, fi int) int {
	_, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	k := fe
	for ; k < s.TokEnd && k < fe+subjectReach; k++ {
		w := word(k)
		if beForm(w) || w == "have" || w == "has" || w == "had" {
			break
		}
		if !d.Tokens[k].IsWord() && !isApostrophe(w) || w == "and" || w == "or" || w == "which" || w == "that" || w == "who" || questionOpener(w) {
			return -1 // "count of 46,600 dead says nothing about how many were combatants": the question's
		}
	}
	if k >= s.TokEnd || k >= fe+subjectReach {
		return -1
	}
	return predicateFrom(d, s, k)
}

// predicateFrom returns the first token of the passive or copular
// predicate whose first auxiliary is token aux of sentence s, past its
// auxiliaries and their asides, or -1 (predicateAt, relativePredicateAt).
func predicateFrom(d *figures.Document, s *figures.Sentence, aux int) int {
	word := sentenceWords(d, s)
	k := aux
	if predicateToCome(d, s.TokStart, aux) {
		return -1 // "must be destroyed": still to be done (predicatetocome.go)
	}
	for ; k < s.TokEnd && k < aux+predicateReach; k++ {
		w := word(k)
		switch {
		case beForm(w), w == "have", w == "has", w == "had", w == "been", w == "being":
		case w == ",":
			if e := asideEnd(word, k, s.TokEnd); e > k {
				k = e // ", in its words,"
			}
		case isQuoteMark(w), w == "quote", w == "unquote", predicateAdverb(w), lyAdverb(w):
		case w == "so" && word(k+1) == "far":
			k++ // "has so far been received"
		default:
			return k
		}
	}
	return -1
}

// predicateAdverb reports whether lower-cased w is an adverb that may stand
// between an auxiliary and its participle: "have now all been destroyed",
// "were effectively dismantled".
func predicateAdverb(w string) bool {
	switch w {
	case "now", "all", "already", "since", "effectively", "largely", "mostly", "reportedly", "allegedly", "completely", "fully", "entirely", "both", "also":
		return true
	}
	return false
}

// asideEnd returns the comma that closes a short aside a comma at token k
// opens (", in its words,", ", it says,"), or k when none closes within
// four words.
func asideEnd(word func(int) string, k, end int) int {
	for j := k + 1; j < end && j <= k+5; j++ {
		switch w := word(j); {
		case w == ",":
			return j
		case !isLowerWord(w):
			return k
		}
	}
	return k
}

// objectAsideWords is how many words the object of an excluded verb may
// run before the dash of an aside that restates it.
const objectAsideWords = 5

// excludedObjectAside reports whether exclude_near hit h is a verb whose
// object a dash aside holding the figure starting at token fs restates:
// "it has dismantled the Rafah Brigade — four battalions in all —",
// "has destroyed Hamas's southern units — some six battalions —". The
// figure counts what the verb was done to, however near a keyword stands
// in the aside.
func excludedObjectAside(d *figures.Document, fs int, h hit) bool {
	if h.end >= fs || fs < 1 {
		return false
	}
	switch d.TokenText(fs - 1) {
	case "—", "–", "(":
	default:
		return false
	}
	w := d.LowerTokenText(h.end - 1)
	if len(w) < 4 || w[len(w)-2:] != "ed" && w[len(w)-2:] != "en" {
		return false // a verb's past form: "dismantled", "destroyed", "beaten"
	}
	n := 0
	for k := h.end; k < fs-1; k++ {
		if !d.Tokens[k].IsWord() && !isApostrophe(d.TokenText(k)) {
			return false
		}
		if n++; n > objectAsideWords {
			return false
		}
	}
	return n > 0
}
