// partverbspan.go holds where a part's predicate starts past its whole's phrase
// ("20,000 of the 2.3 million people in the Gaza Strip [have been killed]"),
// and the asides that may stand between.

package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// partVerbSpan returns, for count figure fi of sentence s that takes a
// part of the whole right after it, where the part's predicate starts past
// the whole's phrase (partPredicateKeyword, with a hit of role r as its
// verb: "More than 34,000 [of the roughly 2.3 million people in the Gaza
// Strip] have been killed") and how many words the whole's phrase holds:
// those words are the part's own noun phrase and part it from no word of
// its predicate, a keyword or an exclude_near word ("have fled abroad",
// "have been internally displaced"). Else -1, 0.
func partVerbSpan(d *figures.Document, s *figures.Sentence, hits []hit, fi int, r role) (int, int) {
	g := fi + 1
	if d.Figures[fi].Kind == figures.Money || g >= s.FigEnd || partTaker(d, s, g) != fi {
		return -1, 0
	}
	_, fe := d.FigureTokens(fi)
	_, ge := d.FigureTokens(g)
	for _, h := range hits {
		if h.ref.role == r && h.start > ge && partPredicateKeyword(d, s, g, h) {
			ps := passiveStart(d, ge-1, h.start)
			return ps, d.WordPos(ps) - d.WordPos(fe)
		}
	}
	return -1, 0
}

// partPredicateFrom returns where the predicate of count figure fi of
// sentence s starts when fi takes a part of the whole right after it: the
// first verb of a verb group (a be-form, a form of "have", a modal) past
// the whole's phrase of words ("20,000 of the 2.3 million people in the
// Gaza Strip [have been killed]"), which a reader of the part's clause
// reads from as it reads from the figure without the whole. Else -1.
func partPredicateFrom(d *figures.Document, s *figures.Sentence, fi int) int {
	g := fi + 1
	if g >= s.FigEnd || d.Figures[fi].Kind == figures.Money || partTaker(d, s, g) != fi {
		return -1
	}
	_, ge := d.FigureTokens(g)
	for k := ge; k < s.TokEnd && k < ge+subjectReach+subjectAsideReach; k++ {
		w := d.LowerTokenText(k)
		if beForm(w) || haveForm(w) || modalWord(w) {
			return k
		}
		if appositionClose(w) != "" {
			// An aside on the whole, closed right before the verb group:
			// "of the 2.3 million people in Gaza, the ministry says, have
			// been killed" (subjectAside), ", or 1.5 per cent,".
			if c := asideCloseAt(d, s, ge, k); c > k {
				k = c
				continue
			}
		}
		if !d.Tokens[k].IsWord() || relativeWord(w) || w == "that" {
			return -1
		}
	}
	return -1
}

// asideCloseAt returns the comma that closes an aside the comma at token
// k opens, after a figure ending at token fe (subjectAside: no amount, no
// clause of its own), or -1.
func asideCloseAt(d *figures.Document, s *figures.Sentence, fe, k int) int {
	if c := shareAppositionEnd(d, s, k); c > k {
		return c // ", or 1.5 per cent,", " — about one in 65 —"
	}
	if d.TokenText(k) != "," {
		return -1
	}
	for c := k + 1; c < s.TokEnd && c <= k+1+subjectAsideReach; c++ {
		if d.TokenText(c) == "," {
			if subjectAside(d, fe, c) == k {
				return c
			}
			return -1
		}
	}
	return -1
}

// asideOpenBefore returns the mark that opens an aside closed at token c
// after a figure ending at token fe (asideCloseAt), or -1.
func asideOpenBefore(d *figures.Document, s *figures.Sentence, fe, c int) int {
	if appositionClose(d.TokenText(c)) == "" && d.TokenText(c) != ")" {
		return -1
	}
	for k := c - 1; k >= fe && k >= c-1-subjectAsideReach; k-- {
		if appositionClose(d.TokenText(k)) != "" && asideCloseAt(d, s, fe, k) == c {
			return k
		}
	}
	return -1
}
