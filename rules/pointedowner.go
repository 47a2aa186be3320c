package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// The owner pointed back to: a phrase's owner may stand before a relative
// "whose" ("the ministry, whose overall tally") or be pointed back to by
// "its" ("the ministry ... its own count"), and matchPhrase reads the key
// across them. These readers stand apart from match.go's word lookup
// because they walk clauses (a relative clause, another subject between)
// rather than match words.

// relativeOwner reports whether token k of sentence s is "whose" right
// after a comma: a relative clause on the noun before, its owner.
func relativeOwner(d *figures.Document, s *figures.Sentence, k int) bool {
	return k > s.TokStart && k < s.TokEnd && d.TokenText(k-1) == "," && strings.EqualFold(d.TokenText(k), "whose")
}

// matchAfterWhose returns the token after the first of the next three
// words from token k whose stem is key, or -1: "whose latest count".
func matchAfterWhose(st *docState, s *figures.Sentence, k int, key string) int {
	d := st.d
	var buf [64]byte
	for j := k; j < k+3 && j < s.TokEnd && d.Tokens[j].IsWord(); j++ {
		if st.tokenStem(s, j, lowerInto(&buf, d.TokenText(j))) == key {
			return j + 1
		}
	}
	return -1
}

// matchAfterIts returns the token after key (its stem), right after the
// first "its" from token k on (past "own" or another word that says which
// of the owner's counts is meant: "its own count", "its latest tally"), or
// -1. The
// first "its" after the owner is the one that points back to it, unless
// another singular noun phrase between them is the subject of a clause of
// its own: in "The ministry said the army had published its own count",
// "its" is the army's.
func matchAfterIts(st *docState, s *figures.Sentence, k int, key string) int {
	d := st.d
	var buf [64]byte
	for j := k; j < s.TokEnd; j++ {
		if !strings.EqualFold(d.TokenText(j), "its") {
			continue
		}
		if otherSubjectBetween(d, k, j) {
			return -1
		}
		o := j + 1
		// "its own count", "its latest tally", "its most recent figure"
		// (ownermodifier.go), as after an owner's 's.
		for n := 0; n < 2 && o+1 < s.TokEnd && d.Tokens[o].IsWord() && ownerModifier(d.LowerTokenText(o)) && d.LowerTokenText(o) != key; n++ {
			o++
		}
		if o < s.TokEnd && d.Tokens[o].IsWord() && st.tokenStem(s, o, lowerInto(&buf, d.TokenText(o))) == key {
			return o + 1
		}
		return -1
	}
	return -1
}

// otherSubjectBetween reports whether, among tokens [from, to), a
// singular noun phrase opened by an article or "this" is the subject of a
// verb right after it: "the army had", "a spokesman says". A noun phrase
// that is no subject ("said in a statement that its count") and a
// relative clause on the owner (", which the army runs,") do not count.
func otherSubjectBetween(d *figures.Document, from, to int) bool {
	for t := from; t < to; t++ {
		w := d.LowerTokenText(t)
		if w == "," && t+1 < to && relativeWord(d.LowerTokenText(t+1)) {
			// An aside on the owner says nothing of what "its" points to.
			for t++; t < to && d.TokenText(t) != ","; t++ {
			}
			continue
		}
		if w != "the" && w != "a" && w != "an" && w != "this" {
			continue
		}
		// The noun phrase runs up to three words; its last is the noun.
		for n := t + 1; n < t+4 && n+1 < to; n++ {
			if !d.Tokens[n].IsWord() || inFigure(d, n) {
				break
			}
			noun, next := strings.ToLower(d.TokenText(n)), d.TokenText(n+1)
			if pluralForm(noun) || !d.Tokens[n+1].IsWord() {
				continue
			}
			if actsOrSpeaks[next] && next != "and" && next != "or" || isLowerWord(next) && strings.HasSuffix(next, "ed") && !prepositions[noun] {
				return true
			}
		}
	}
	return false
}

// relativeWord reports whether w opens a relative clause: which, who,
// whom, whose.
func relativeWord(w string) bool {
	return w == "which" || w == "who" || w == "whom" || w == "whose"
}

// ownedFrom returns where a hit of tokens [ti, end) stands: at its
// "whose" when it reads an owner across a relative clause ("the ministry,
// whose overall tally"), which is an aside on the owner and stands as far
// from the figures before it as its own words do; else at ti.
func ownedFrom(d *figures.Document, s *figures.Sentence, ti, end int) int {
	for k := ti + 2; k < end-1; k++ {
		if relativeOwner(d, s, k) {
			return k
		}
	}
	for k := end - 2; k > ti+1 && k >= end-3; k-- {
		if strings.EqualFold(d.TokenText(k), "its") {
			return k // "its count" stands where it is, not at its owner
		}
	}
	return ti
}
