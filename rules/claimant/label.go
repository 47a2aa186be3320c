package claimant

import "strings"

// A line's label before its colon ("Key numbers: ...", "Method note: ...",
// "AFAD: ...") says what the line is or who speaks. Its words are read as
// one label (see labelSource), not as an owner and its findings or a
// subject and its verb: "Key" owns no numbers.

// labelColon returns the colon closing a label that opens tokens [lo, hi):
// a few words, perhaps a source in brackets ("Key numbers (via OCHA):"),
// then ":"; -1 when the sentence opens otherwise.
func (v *view) labelColon(lo, hi int) int {
	if lo >= hi || !v.toks[lo].capital || !v.toks[lo].word {
		return -1
	}
	// Tokens are compared by their spelling directly: this runs for every
	// sentence read (see view.is).
	for k := lo + 1; k < hi && k <= lo+4; k++ {
		t := &v.toks[k]
		if t.word {
			continue
		}
		switch t.low {
		case ":":
			return k
		case "'":
			continue
		case "(":
			for m := k + 1; m < hi && m <= k+5; m++ {
				if v.toks[m].low == ")" {
					if m+1 < hi && v.toks[m+1].low == ":" {
						return m + 1
					}
					return -1
				}
			}
		}
		return -1
	}
	return -1
}

// labelReads reports whether word i of a label closing at colon is read
// for attributions: a verb closing it ("UNRWA says:"), or a piece of work
// whose maker is its modifier ("Courier investigation:"). Figures and
// numbers are what the line holds ("Key numbers:", "Latest figures:").
func (v *view) labelReads(i, colon int) bool {
	t := &v.toks[i]
	if t.report && i == colon-1 && v.labelVerb(i) {
		return true
	}
	return t.has(cFindingNoun) && !quantityNounIDs.has(&t.spelling)
}

// quantityNouns are findings nouns that name numbers, not a piece of work
// with a maker.
var quantityNouns = set("figures figure numbers number data statistics")

// labelVerb reports whether the reporting verb at i, closing a label
// before its colon, is a verb: "UNRWA says:", "Officials say:", "Kyiv
// warned:"; "Method note:" is a noun, a bare form with a singular word
// before it.
func (v *view) labelVerb(i int) bool {
	w := v.toks[i].low
	if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || v.toks[i].has(cIrregularPast) {
		return true
	}
	return i > 0 && (strings.HasSuffix(v.toks[i-1].low, "s") || personNoun(v.toks[i-1].low))
}

// viaBracket reads "(via OCHA)", "(per the WHO)", "(source: UNRWA)" and
// "(White Helmets figures)" at the bracket i: the source's phrase and the
// closing bracket. A source's name set off after its figure, with the
// word that says it is the source, or its findings.
func (v *view) viaBracket(i, hi int) (int, int, bool) {
	if a, b, ok := v.ownedInBracket(i, hi); ok {
		return a, b, true
	}
	n := i + 2
	if v.is(i+1, wSource, wSources) && v.isOne(i+2, wColon) {
		n = i + 3
	} else if !v.is(i+1, wVia, wPer) {
		return 0, 0, false
	}
	a, b := v.npAfter(n, hi)
	// "(per district administration)": a body by its kind with no
	// article, as a credit line writes it (nextnamed.go bodyByKind).
	if b <= a || !v.isOne(b, wCloseBracket) || !(v.toks[a].capital || v.toks[a].has(cDeterminer) || v.bodyByKind(a, b)) {
		return 0, 0, false
	}
	return a, b, true
}

// announcement reports whether a claimant's words are headed by what is
// announced rather than who announces ("A quick summary for those just
// joining us"): nobody's.
func announcement(words string) bool {
	last := words[strings.LastIndexByte(words, ' ')+1:]
	return last == "summary" || last == "bulletin" || last == "update" || findingNouns[last]
}

// ownedInBracket reads "(White Helmets figures)", "(OCHA data)": capitalised
// words and a findings noun closing the bracket, the findings' owner. The
// name may hold link words between its capitals, and a findings modifier
// may stand before the noun: "(Centers for Disease Control and Prevention
// provisional data)".
func (v *view) ownedInBracket(i, hi int) (int, int, bool) {
	k := i + 1
	for k < hi && k <= i+8 && v.toks[k].word && !v.toks[k].has(cDeterminer) && (v.toks[k].capital || k > i+1 && k+1 < hi && v.toks[k].has(cLink) && v.toks[k-1].capital && v.toks[k+1].capital) {
		k++
	}
	n := k
	for k < hi && k < n+2 && v.toks[k].word && !v.toks[k].capital && v.toks[k].has(cFindingsModifier) {
		k++
	}
	if n == i+1 || k+1 >= hi || !v.toks[k].has(cFindingNoun) || v.toks[k].capital || !v.isOne(k+1, wCloseBracket) {
		return 0, 0, false
	}
	// "(Israeli figures)": an adjective of a side owns nothing; the
	// phrase is read whole, as "Israeli figures show" is.
	if v.sided(k, i+1) {
		return i + 1, k + 1, true
	}
	return i + 1, n, true
}
