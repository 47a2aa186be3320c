package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// A swap may be told as two parallel clauses, each party freeing its side:
// "Hamas is to free 50 women and children held in Gaza, while Israel
// releases 150 Palestinian women and minors", "Hamas to free 50 women and
// children, Israel 150 prisoners" (the verb left out of the second), "Hamas
// is to free 10 more hostages ..., with Israel releasing 30 prisoners in
// return". When the words of one value name one side, the figure another
// party frees in its own clause is the other side: what is freed by one
// party for what another frees.

// freeVerb reports whether w is a verb of setting people free.
func freeVerb(w string) bool {
	switch w {
	case "free", "frees", "freeing", "freed", "release", "releases", "releasing", "released",
		"hand", "hands", "handing", "return", "returns", "returning":
		return true
	}
	return false
}

// freedBy returns the first token of the clause in which a named party
// frees figure fi, and the party's token, or -1, -1: a name (or "the"
// and a noun: "the government"), perhaps
// "is to", "will" or "would" and the like, a verb of freeing, at most two
// words ("more", "another", "up to") and the figure ("Israel releases 150",
// "Hamas is to free 10 more"); or, with the verb left out, a comma or
// "and" or "while", a name and the figure (", Israel 150 prisoners").
func freedBy(d *figures.Document, s *figures.Sentence, fi int) (clause, party int) {
	fs, _ := d.FigureTokens(fi)
	if k := fs - 1; k-1 >= s.TokStart && named(d, k) {
		switch d.LowerTokenText(k - 1) {
		case ",", "and", "while", "whereas", ";":
			return k, k
		}
	}
	v := -1
	for k := fs - 1; k > s.TokStart && k >= fs-3; k-- {
		w := d.LowerTokenText(k)
		if freeVerb(w) {
			v = k
			break
		}
		switch w {
		case "more", "another", "up", "to", "a", "further", "some", "about", "over", "back":
			continue
		}
		return -1, -1
	}
	if v < 0 {
		return -1, -1
	}
	for k := v - 1; k >= s.TokStart && k >= v-5; k-- {
		if named(d, k) {
			return k, k
		}
		if k > s.TokStart && isLowerWord(d.TokenText(k)) && d.LowerTokenText(k-1) == "the" {
			return k - 1, k // a party named by its noun: "the government releasing 24"
		}
		switch d.LowerTokenText(k) {
		case "is", "are", "was", "were", "to", "will", "would", "shall", "agreed", "set", "due", "has", "have", "had", "also", "then", "now", "expected", "be", "would-be":
			continue
		}
		return -1, -1
	}
	return -1, -1
}

// parallelSides reports whether figures a and b (a first) are freed by two
// different named parties in clauses of their own, and the figure that is
// not bound (other) has no word of bound's value in its clause: "Hamas is
// to free 50 women and children, while Israel releases 150 prisoners".
func (m *metric) parallelSides(d *figures.Document, s *figures.Sentence, bound, other int, boundValue int, hits []hit) bool {
	ac, ap := freedBy(d, s, bound)
	bc, bp := freedBy(d, s, other)
	if ap < 0 || bp < 0 || equalFoldTokens(d, ap, bp) {
		return false
	}
	// The other figure's clause: from its party to the bound one's clause,
	// or to the sentence's end when it comes last.
	start, end := bc, s.TokEnd
	if ac > bc {
		end = ac
	}
	for _, h := range hits {
		if h.ref.role == roleValue && m.valueOf[h.ref.index] == boundValue && h.start >= start && h.end <= end {
			return false // "Israel releases 150 prisoners, while Egypt frees 50 detainees": both one side
		}
	}
	return true
}

// equalFoldTokens reports whether tokens i and j are the same word.
func equalFoldTokens(d *figures.Document, i, j int) bool {
	return d.LowerTokenText(i) == d.LowerTokenText(j)
}
