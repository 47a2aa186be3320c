package figures

import "strings"

// A count said to pass a mark named apart from the verb: the verb reaches
// the figure past words of its own ("death count tops bleak 8,000
// threshold", "has passed the symbolic 30,000 mark"), or points at it as a
// mark: back ("9,500: the tally of the missing topped that mark at noon",
// a fronted "Two million homeless." and "has since passed that figure" in
// the sentence after) or forward past a colon ("passed a grim milestone on
// Sunday: 30,000"). The verb bounds the figure as "passed 30,000" does.
// Not a negated verb or a projection ("has yet to pass that mark", "could
// pass that threshold"), and not a "line" crossed, which is a figure of
// speech.

// passedMarkNouns name a mark a count passes; passedMarkNouns[:passedMarkNamed] are those
// that name one with no figure in their own phrase ("passed a grim
// milestone: 30,000"), the rest only when "that" or "this" points back
// to a figure ("passed that number").
var passedMarkNouns = []string{"mark", "threshold", "milestone", "barrier", "number", "figure"}

const passedMarkNamed = 4

// markVerbs holds the forms of the threshold verbs that bound a figure,
// with the bound; base is set for a base form that needs a verb's
// context (thresholdVerb.baseAlone).
var markVerbs = func() map[string]markVerb {
	m := map[string]markVerb{}
	for _, v := range thresholdVerbs {
		if v.q != MoreThan && v.q != Nearly {
			continue
		}
		for i, form := range verbForms(v) {
			m[form] = markVerb{q: v.q, base: i == 0 && !v.baseAlone}
		}
	}
	return m
}()

type markVerb struct {
	q    Qualifier
	base bool
}

// markWords is how many words may stand between the verb and the figure
// or the mark ("crosses the grim 30,000 threshold"), and between a named
// mark and the colon before its figure.
const markWords = 3

// markPassed bounds the exact figures of d that a verb of passing reaches
// as a mark. Every reading needs a mark noun, so a text without one
// (most) is left after one look at its tokens' flags; in one that has
// one, only the few tokens around each exact amount are read.
func (d *Document) markPassed() {
	if !d.hasMarkNoun() {
		return
	}
	var pairs [][2]float64
	for fi := range d.Figures {
		f := &d.Figures[fi]
		if f.Qualifier != Exact || (f.Kind != Count && f.Kind != Money && f.Kind != Percent) {
			continue
		}
		q, ok := d.markBound(fi)
		if !ok {
			continue
		}
		if pairs == nil {
			pairs = make([][2]float64, 0, 2)
		}
		pairs = append(pairs, [2]float64{})
		f.Qualifier = q
		f.bounds(f.Value, f.Value, &pairs[len(pairs)-1])
	}
}

// hasMarkNoun reports whether any token of d is one of passedMarkNouns.
func (d *Document) hasMarkNoun() bool {
	for i := range d.Tokens {
		if hotWords[d.Tokens[i].vid].flags&fMarkNoun != 0 {
			return true
		}
	}
	return false
}

func (d *Document) isMarkNoun(k int, named bool) bool {
	if k < 0 || k >= len(d.Tokens) || hotWords[d.Tokens[k].vid].flags&fMarkNoun == 0 {
		return false
	}
	w := d.LowerTokenText(k)
	for i, n := range passedMarkNouns {
		if n == w {
			return !named || i < passedMarkNamed
		}
	}
	return false
}

// markBound is the bound a verb of passing gives figure fi as a mark.
func (d *Document) markBound(fi int) (Qualifier, bool) {
	fs, fe := d.FigureTokens(fi)
	// "tops bleak 8,000 threshold"; "the 30,000 mark is passed"; fused by
	// a hyphen, as South Asian papers write it: "crossed the 50,000-mark"
	mk := fe
	if d.fusedHyphenAt(fe) {
		mk++
	}
	if d.isMarkNoun(mk, true) {
		if q, ok := d.verbBefore(fs); ok {
			return q, true
		}
		if q, ok := d.passiveAfter(mk + 1); ok {
			return q, true
		}
	}
	// "passed a grim milestone on Sunday: 30,000"
	if fs > 0 && d.isSymbolIn(fs-1, ":—–") {
		for k := fs - 2; k >= 0 && k >= fs-2-markWords; k-- {
			if !d.Tokens[k].IsWord() || d.InFigure(k) {
				break
			}
			if d.isMarkNoun(k, true) {
				if q, ok := d.verbBefore(k); ok {
					return q, true
				}
				break
			}
		}
	}
	// "9,500: the tally of the missing topped that mark", "Two million
	// homeless. ... has since passed that figure"
	si := d.SentenceAt(d.Figures[fi].Start)
	if si < 0 {
		return "", false
	}
	end := d.Sentences[si].TokEnd
	if d.Sentences[si].FigEnd == fi+1 && si+1 < len(d.Sentences) && d.fragment(si) {
		end = d.Sentences[si+1].TokEnd
	}
	for k := fe; k+1 < end && k < fe+24; k++ {
		if d.InFigure(k) {
			return "", false // another figure is nearer the mark
		}
		w := d.LowerTokenText(k)
		if w != "that" && w != "this" {
			continue
		}
		for j := k + 1; j < end && j <= k+1+2; j++ {
			if !d.Tokens[j].IsWord() {
				break
			}
			if d.isMarkNoun(j, false) {
				if q, ok := d.verbBefore(k); ok && k > fe {
					return q, true
				}
				break
			}
		}
	}
	return "", false
}

// fusedHyphenAt reports whether token k is a hyphen fused to the tokens on
// both sides of it, with no space: the "-" of "50,000-mark".
func (d *Document) fusedHyphenAt(k int) bool {
	if k+1 >= len(d.Tokens) || d.Tokens[k].Space || d.Tokens[k+1].Space {
		return false
	}
	w := d.TokenText(k)
	return w == "-" || w == "‐"
}

// fragment reports whether sentence si is a fronted figure's fragment: a
// few words with one figure ("Two million homeless.").
func (d *Document) fragment(si int) bool {
	s := &d.Sentences[si]
	return s.FigEnd-s.FigStart == 1 && d.WordPos(s.TokEnd-1)-d.WordPos(s.TokStart) <= 4
}

// verbBefore finds a verb of passing that ends at most markWords words
// before token at (the figure's or the mark's first token), words alone
// between them, not negated or a projection.
func (d *Document) verbBefore(at int) (Qualifier, bool) {
	for k := at - 1; k >= 0 && k >= at-1-markWords; k-- {
		if !d.Tokens[k].IsWord() || d.InFigure(k) {
			return "", false
		}
		v, ok := markVerbs[d.LowerTokenText(k)]
		if !ok {
			continue
		}
		if v.base && (k == 0 || determinerWord(d.LowerTokenText(k-1))) {
			return "", false // "the top 30,000 mark" is no verb
		}
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			switch d.LowerTokenText(j) {
			case "not", "never", "t", "yet", "to", "could", "may", "might", "will", "would", "should", "can", "cannot":
				return "", false
			}
		}
		return v.q, true
	}
	return "", false
}

func determinerWord(w string) bool {
	switch w {
	case "the", "a", "an", "this", "that", "its", "their", "his", "her", "our":
		return true
	}
	return false
}

// isSymbolIn reports whether token k is one of the symbols in set.
func (d *Document) isSymbolIn(k int, set string) bool {
	if k < 0 || k >= len(d.Tokens) || !d.Tokens[k].IsSymbol() {
		return false
	}
	t := d.TokenText(k)
	for _, r := range set {
		if t == string(r) {
			return true
		}
	}
	return false
}

// markAfterThe reads "passed the 10,000 mark": a qualifier, "the", then a
// figure named as a mark. It returns where the figure starts, or j. The
// mark may also come first and name its figure by "of", with a word or
// two judging it between (markOfFigure). After a verb of passing (verb)
// "figure" names the mark too ("has surpassed the 40,000 figure"); after
// another qualifier it is what a topic's "about" is about ("asking about
// the 35,000 figure").
func (p *parser) markAfterThe(j int, verb bool) int {
	if !p.lowerIs(j, "the") {
		return j
	}
	if _, end, ok := p.figure(j+1, true); ok && (p.lowerIsAny(end, markNouns) || verb && p.lowerIs(end, "figure")) {
		return j + 1
	}
	if k := p.markOfFigure(j + 1); k >= 0 {
		return k
	}
	return j
}

// maxMarkModifiers is how many words may judge a mark before its noun:
// "the grim symbolic threshold of 50,000".
const maxMarkModifiers = 2

// markOfFigure reads a mark named before its figure, from token k after
// "the": up to maxMarkModifiers plain words ("grim", "symbolic",
// "10-million"), a mark noun, "of", then the figure — "crossed the grim
// threshold of 50,000", "passed the milestone of 10 million". It returns
// where the figure starts, or -1. A verb of passing a mark says the count
// is past it, as "crossed the 50,000 mark" does.
func (p *parser) markOfFigure(k int) int {
	for n := 0; n <= maxMarkModifiers; n++ {
		t := k + n
		if t >= len(p.toks) || p.toks[t].Break {
			return -1
		}
		if p.lowerIsAny(t, markOfNouns) {
			if !p.lowerIs(t+1, "of") {
				return -1
			}
			if _, _, ok := p.figure(t+2, true); ok {
				return t + 2
			}
			return -1
		}
		if !p.isWord(t) || p.has(t, fDet) {
			return -1
		}
	}
	return -1
}

var markNouns = []string{"mark", "threshold", "milestone", "barrier", "level", "line"}

// markOfNouns name a mark before its "of": not "line" nor "level", which
// head a queue or a measure there ("crossed the line of 40 trucks").
var markOfNouns = []string{"mark", "threshold", "milestone", "barrier"}

// passiveAfter finds a verb of passing in the passive from token at, the
// word after a mark noun: a form of "be" among at most markWords
// auxiliaries and adverbs, then the participle ("the 30,000 mark is
// passed", "the 10 million threshold has now been crossed"). The mark is
// the verb's subject, and the count is past it as in "passed the 30,000
// mark". A negation, a modal or "to" ("has yet to be passed", "could be
// crossed") is no passing.
func (d *Document) passiveAfter(at int) (Qualifier, bool) {
	be := false
	for k := at; k < len(d.Tokens) && k <= at+markWords; k++ {
		if !d.Tokens[k].IsWord() || d.InFigure(k) {
			return "", false
		}
		w := d.LowerTokenText(k)
		switch w {
		case "is", "was", "are", "were", "been", "be", "being":
			be = true
			continue
		case "has", "have", "had", "now", "finally", "officially", "already", "just", "today":
			continue
		}
		if v, ok := markVerbs[w]; ok && be && !v.base && strings.HasSuffix(w, "ed") {
			return v.q, true
		}
		return "", false
	}
	return "", false
}
