package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// An aside on a figure's noun ends where the figure's own predicate
// resumes. ", including 3 million children," or ", many of them women,"
// names a part the figure holds, so a word the metric rules out inside the
// aside is the part's and leaves the figure the whole; once the aside
// closes (a comma, a dash or a bracket that a verb group follows) the
// words after it are said of the figure itself: "Some 6.8 million people,
// including 3 million children, are displaced within Sudan" are the
// internally displaced. Nor does the aside's own count own the words past
// its close (aside_closes_before_predicate.yaml).

// asideNounLead is how many words the figure's noun may run before the
// mark that opens the aside: "people", "Palestinians in Gaza".
const asideNounLead = 4

// closedAside returns the token that closes the aside holding token k,
// when the aside opens right after the noun of the figure ending at token
// fe and closes before token end, its figure's verb group right after the
// close; -1 otherwise.
func closedAside(d *figures.Document, fe, k, end int) int {
	open := nounAsideOpen(d, fe, k)
	if open < 0 {
		return -1
	}
	mark := d.TokenText(open)
	for c := k + 1; c < end; c++ {
		switch w := d.TokenText(c); {
		case w == ";" || w == ":" || w == "." || w == "?" || w == "!":
			return -1
		case mark == "(" && w == ")", isDash(mark) && isDash(w), mark == "," && w == ",":
			if predicateResumes(d, c+1) {
				return c
			}
			if mark != "," {
				return -1 // a dash or a bracket closes once
			}
		case mark == "," && isDash(w):
			return -1
		}
	}
	return -1
}

// nounAsideOpen returns the comma, dash or bracket that opens an aside
// right after the noun of the figure ending at token fe, before token k;
// -1 when the figure's verb comes first or there is none. The figure
// heads its clause's subject: after a preposition ("the loss of roughly
// 57,000 lives, many in ..., would doom") the verb past the aside is
// another noun's.
func nounAsideOpen(d *figures.Document, fe, k int) int {
	fi := figureAt(d, fe-1)
	if fi < 0 || d.Figures[fi].Kind != figures.Count && d.Figures[fi].Kind != figures.Money {
		return -1 // "Six months into the war, ..." is no noun's figure
	}
	si := d.SentenceAt(d.Figures[fi].Start)
	if fs, _ := d.FigureTokens(fi); si < 0 || prepositionObject(d, &d.Sentences[si], fs) {
		return -1
	}
	for t, n := fe, 0; t < k && n <= asideNounLead; t++ {
		w := d.TokenText(t)
		if w == "," || w == "(" || isDash(w) {
			return t
		}
		if !d.Tokens[t].IsWord() || verbOfSubject(d, t) || predicateResumes(d, t) {
			return -1 // the figure's own verb: no aside on its noun
		}
		n++
	}
	return -1
}

// figurePredicateFrom returns where the predicate of figure fi of sentence s
// starts when something stands between the figure and it: a whole's
// phrase (partPredicateFrom) or a closed aside on its noun ("More than
// 1,200 civilians, including 80 children, [have been killed this year]");
// -1 otherwise. A reader of the figure's own clause reads from there.
func figurePredicateFrom(d *figures.Document, s *figures.Sentence, fi int) int {
	if p := partPredicateFrom(d, s, fi); p >= 0 {
		return p
	}
	_, fe := d.FigureTokens(fi)
	if open := nounAsideOpen(d, fe, s.TokEnd); open >= 0 {
		if c := closedAside(d, fe, open+1, s.TokEnd); c >= 0 {
			return c + 1
		}
	}
	return -1
}

// predicateResumes reports whether a verb group opens at token t, perhaps
// after adverbs ("now", "reportedly"): a form of "be" or "have", a modal,
// a verb of amounting, or a verb in the past ("died", "fled").
func predicateResumes(d *figures.Document, t int) bool {
	for ; t < len(d.Tokens) && verbAdverb(d.LowerTokenText(t)) && isLowerWord(d.TokenText(t)); t++ {
	}
	if t >= len(d.Tokens) || !isLowerWord(d.TokenText(t)) {
		return false
	}
	w := d.LowerTokenText(t)
	switch w {
	case "fled", "left", "lost", "remain", "remains", "remained":
		return true
	}
	return auxiliary(w) || beForm(w) || modalWord(w) || t+1 < len(d.Tokens) && amountingVerb(d, t) || pastVerbWord(d.TokenText(t))
}

// inHeadAside reports whether figure fi of sentence s stands inside an
// aside on the noun of an earlier figure that closes before token end, the
// head's verb group right after the close: the words from there are the
// head's predicate, which the aside's part shares.
func inHeadAside(d *figures.Document, s *figures.Sentence, fi, end int) bool {
	fs, _ := d.FigureTokens(fi)
	for fj := s.FigStart; fj < fi; fj++ {
		if _, je := d.FigureTokens(fj); closedAside(d, je, fs, end) >= 0 {
			return true
		}
	}
	return false
}
