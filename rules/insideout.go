package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
	"github.com/claimtrack/claimtrack/rules/internal/wordform"
)

// A part inside the country joined to the part outside it is the whole:
// "displaced within Sudan or fled abroad", "internal displacement and
// refugee flows combined", "inside the country and out", "inside the
// country and those who crossed into Chad" (a border crossed is the
// outside), and "with" after a verb of combining or "together"
// ("combines people uprooted inside Sudan with those who have crossed
// into Chad": combiningWith). An exclude_near
// word that names one side (a metric counting the whole rules out
// "inside Sudan", "internally", "@refugees") names half of a pair whose
// other half follows or comes before it, joined by "and", "or" or "plus",
// and so rules nothing out. A figure between the two halves makes two
// counts ("8.8m within Sudan and 2.4m abroad"): the first is the inside's;
// so does a figure the later half's own clause gives it ("and those who
// crossed into Chad number 600,000").

// insideJoinedToOut reports whether exclude_near hit ex, in sentence s,
// names one side of an inside and an outside joined in one phrase: a word
// of the inside and a word of the outside, at most insideOutReach words
// apart, with a joining word and no figure or mark of a clause between.
func insideJoinedToOut(d *figures.Document, s *figures.Sentence, ex hit) bool {
	word := sentenceWords(d, s)
	side := func(t int) int { return insideOutSide(word(t)) }
	for t := ex.start; t < ex.end; t++ {
		a := side(t)
		if a == 0 {
			continue
		}
		for _, step := range []int{1, -1} {
			joined := false
			for k, n := t+step, 0; n < insideOutReach && k >= s.TokStart && k < s.TokEnd; k, n = k+step, n+1 {
				if plusSign(d.TokenText(k)) {
					joined = true // a table's or a label's "IDPs + refugees"
					continue
				}
				if !d.Tokens[k].IsWord() || figureAt(d, k) >= 0 {
					break
				}
				switch w := word(k); {
				case w == "and" || w == "or" || w == "plus" || w == "with" && combiningWith(d, s, k):
					joined = true
				case joined && side(k) != 0 && side(k) != a:
					// A second half with an amount of its own in its
					// clause is a count apart: "8.6 million are displaced
					// inside the country and those who crossed into Chad
					// number 600,000". With no amount before the pair, the
					// pair is the subject its clause counts: "The number
					// of refugees and internally displaced ... has reached
					// 3.2 million" (inside_out_subject.yaml).
					return step < 0 || !amountBetween(d, s, k+1, clauseEnd(d, s, k+1)) || !amountBetween(d, s, s.TokStart, min(t, k))
				}
			}
		}
	}
	return false
}

// combiningReach is how many tokens before "with" its verb of combining
// may stand: "lumps people uprooted inside the country together with".
const combiningReach = 8

// combiningVerbs are the verbs that join what they take to what "with"
// adds, as "and" does: "combines people uprooted inside Sudan with those
// who have crossed into Chad", "merges", "pooled", "lumping".
var combiningVerbs = wordform.Inflect([]wordform.Verb{{Base: "combine"}, {Base: "merge"}, {Base: "lump"}, {Base: "pool"}, {Base: "bundle"}})

// combiningWith reports whether "with" at token k joins two halves as
// "and" does: "together" or "along" stands right before it, or a verb of
// combining stands before it in its clause. A "with" of circumstance
// ("displaced inside the country with the border closed") joins nothing.
func combiningWith(d *figures.Document, s *figures.Sentence, k int) bool {
	word := sentenceWords(d, s)
	if w := word(k - 1); w == "together" || w == "along" {
		return true
	}
	for j := k - 1; j >= s.TokStart && j >= k-combiningReach && d.Tokens[j].IsWord(); j-- {
		if combiningVerbs[word(j)] != 0 {
			return true
		}
	}
	return false
}

// insideOutReach is how many words may stand from one side's word to the
// other's: "within Sudan or fled abroad", "internal displacement and
// refugee flows", "those still inside the country and those who crossed
// into Chad".
const insideOutReach = 6

// insideOutSide says which side of the border lower-cased w names: 1 the
// inside ("inside", "within", "internal"), 2 the outside ("abroad", "out",
// "crossed", "refugees"), 0 neither. The outside is also where those who
// left went: other countries ("fled to neighbouring countries", "into
// neighboring states", "to other countries") or over the border ("across
// the border", "beyond its borders").
func insideOutSide(w string) int {
	switch {
	case w == "inside" || w == "within" || strings.HasPrefix(w, "internal") || w == "idps" || w == "idp":
		return 1 // IDPs: internally displaced persons
	case w == "abroad" || w == "out" || w == "outside" || w == "overseas" || w == "crossed" || strings.HasPrefix(w, "refugee"),
		strings.HasPrefix(w, "neighbo") || w == "countries" || w == "border" || w == "borders":
		return 2
	}
	return 0
}

// insideOutPart reports whether exclude_near hit h names one side of the
// border in the parts p sums and another word among the parts names the
// other side: "8.8 million are displaced inside the country and 3.2
// million more have crossed its borders — 12 million in total", "9
// million are displaced within Sudan and 2.5 million have fled abroad,
// for a total of 11.5 million". With a figure between the halves they are
// two counts (insideJoinedToOut), and the total after them is their
// whole.
func insideOutPart(d *figures.Document, p sumParts, h hit) bool {
	if p.conn < 0 || h.start < p.first || h.end > p.comma {
		return false
	}
	a := 0
	for t := h.start; t < h.end && a == 0; t++ {
		a = insideOutSide(d.LowerTokenText(t))
	}
	if a == 0 {
		return false
	}
	for k := p.first; k < p.comma; k++ {
		if b := insideOutSide(d.LowerTokenText(k)); b != 0 && b != a && (k < h.start || k >= h.end) {
			return true
		}
	}
	return false
}

// plusSign reports whether token text t joins two halves as "plus" does:
// "IDPs + refugees".
func plusSign(t string) bool { return t == "+" || t == "&" }
