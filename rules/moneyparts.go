package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// Sums beside the metric's: a keyword the sentence gives another amount
// is not the figure's. "Israel gets $3.3 billion in annual Foreign
// Military Financing, plus $500 million a year for missile defense": the
// keyword before "plus" names the amount before it, and the one after
// "plus" belongs to the purpose it names. "Biden signs $26bn Israel
// package, including $3.5bn in extra military financing": the keyword in
// the part after "including" is the part's, not the package's. And a whole
// a later clause gives the metric's place a share of ("Worldwide, the FMF
// programme runs to about $6bn a year, and Israel accounts for more than
// half of it") is the whole, not the place's amount. "$3.8bn a year, of
// which $3.3bn is FMF" and "Israel receives $3.3 billion a year in FMF,
// most of it spent on American arms" stay.

// keywordBeforePlus reports whether "plus" stands between keyword hit h and
// figure fi, after an amount: the keyword is that amount's ("$3.3 billion
// in FMF, plus $500 million for missile defense").
func keywordBeforePlus(d *figures.Document, s *figures.Sentence, fi int, h hit) bool {
	fs, _ := d.FigureTokens(fi)
	if h.end > fs {
		return false
	}
	word := sentenceWords(d, s)
	for k := h.end; k < fs; k++ {
		if word(k) != "plus" {
			continue
		}
		for fj := s.FigStart; fj < fi; fj++ {
			if gs, _ := d.FigureTokens(fj); gs < k && d.Figures[fj].Kind.IsAmount() {
				return true
			}
		}
	}
	return false
}

// A sum marked as the rest of a whole ("the remaining $500 million", "the
// other $500m", "the balance of $500m"), or as added beside it ("a
// further $500m"), after the keyword's clause is the
// complement of what the keyword names: "$3.3 billion comes in the form of
// Foreign Military Financing, with the remaining $500 million earmarked
// for missile defence". The keyword is the part's before it, not the
// rest's.

// keywordBeforeRest reports whether money figure fi is marked as the rest
// of a whole and a mark (a comma, a semicolon or a dash) stands between
// keyword hit h, before it, and the figure.
func keywordBeforeRest(d *figures.Document, s *figures.Sentence, fi int, h hit) bool {
	fs, _ := d.FigureTokens(fi)
	if d.Figures[fi].Kind != figures.Money || h.end > fs || !restMarked(d, s, fs) {
		return false
	}
	for k := h.end; k < fs; k++ {
		switch d.TokenText(k) {
		case ",", ";", "—", "–":
			return true
		}
	}
	return false
}

// restMarked reports whether the figure starting at token fs is marked as
// the rest of a whole: "the remaining", "the other", "the balance of",
// "the remainder of", "the rest of" right before it, or the rest noun set
// off before it ("the rest, $500m,"); or as a sum added
// beside another: "a further", "another", "an additional", "an extra"
// ("..., with a further $500m kept back for interceptors"), which is no
// more the keyword's part than the rest is.
func restMarked(d *figures.Document, s *figures.Sentence, fs int) bool {
	word := sentenceWords(d, s)
	switch {
	case word(fs-1) == "another":
		return true
	case word(fs-2) == "a" && word(fs-1) == "further", word(fs-2) == "an" && (word(fs-1) == "additional" || word(fs-1) == "extra"):
		return true
	case word(fs-2) == "the" && restAdjective(word(fs-1)):
		return true
	case word(fs-3) == "the" && word(fs-1) == "of":
		return restNoun(word(fs - 2))
	case word(fs-3) == "the" && restNoun(word(fs-2)):
		// The rest named and its sum in apposition: "the rest, $500m,
		// funds missile defence", "the balance — $500m — goes to".
		switch word(fs - 1) {
		case ",", "—", "–", ":", "(":
			return true
		}
	}
	return false
}

// restAdjective reports whether lower-cased w, between "the" and a sum,
// marks the sum as what is left of a whole: "the remaining $500m", "the
// other $500m", "the leftover $250m", "the last $250m".
func restAdjective(w string) bool {
	switch w {
	case "remaining", "other", "leftover", "last", "outstanding", "residual":
		return true
	}
	return false
}

// restNoun reports whether lower-cased w names the rest of a whole: "the
// rest of", "the balance", "the remainder".
func restNoun(w string) bool {
	switch w {
	case "balance", "remainder", "rest":
		return true
	}
	return false
}

// keywordOfLaterPart reports whether keyword hit h, after figure fi, ends
// the phrase of a part that "including", "includes" or "of which" opens
// after fi: the figure right before it, then at most three words with no
// mark between ("including $3.5bn in extra military financing"). The
// keyword names that part, not the whole before it. (For a running total
// the part is of the whole's kind: "52,418, including 2,222 killed since
// March" is read by includedPart, and the caller asks this only of other
// metrics.)
func keywordOfLaterPart(d *figures.Document, s *figures.Sentence, fi int, h hit) bool {
	_, fe := d.FigureTokens(fi)
	if h.start < fe {
		return false
	}
	word := sentenceWords(d, s)
	for fj := fi + 1; fj < s.FigEnd; fj++ {
		gs, ge := d.FigureTokens(fj)
		if ge > h.start {
			break
		}
		if !d.Figures[fj].Kind.IsAmount() || gs-1 <= fe {
			continue
		}
		opener := word(gs-1) == "including" || word(gs-1) == "includes" || word(gs-2) == "of" && word(gs-1) == "which"
		if !opener || h.start-ge > 3 {
			continue
		}
		if isLowerWords(d, ge, h.start) {
			return true
		}
	}
	return false
}

// shareOfWhole reports whether figure fi is a whole a later clause of its
// sentence gives the metric's place a share of: past the first comma,
// semicolon or dash after the figure, "<share> of it" given to a scope
// word stands (shareGoesToScope), and no scope word stands in the
// figure's own clause before that mark.
func (m *metric) shareOfWhole(st *docState, s *figures.Sentence, fi int) bool {
	if len(m.scope) == 0 {
		return false
	}
	d := st.d
	fs, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	brk := -1
	for k := fe; k < s.TokEnd; k++ {
		if w := word(k); w == "," || w == ";" || w == "—" || w == "–" {
			brk = k
			break
		}
	}
	if brk < 0 {
		return false
	}
	share, later := false, false
	var buf [64]byte
	for k := clauseStartWithSubject(d, s, fs); k < s.TokEnd; k++ {
		if !d.Tokens[k].IsWord() {
			continue
		}
		if k > brk && word(k) == "of" && shareWord(word(k-1)) && word(k+1) == "it" && m.shareGoesToScope(st, s, k-1, k+2) {
			share = true
		}
		if m.scopeAt(st, s, k, lowerInto(&buf, d.TokenText(k))) {
			if k < brk {
				return false
			}
			later = true
		}
	}
	return share && later
}

// shareGoesToScope reports whether the share phrase [from, to) ("half of
// it") is given to a scope word: at most four words part them, "for" or
// "to" or a verb of taking among them ("more than half of it earmarked
// for Israel", "Israel accounts for more than half of it", "Israel takes
// half of it"). A scope word that does something
// else with the share ("most of it as grants Israel uses") is no taker.
func (m *metric) shareGoesToScope(st *docState, s *figures.Sentence, from, to int) bool {
	d := st.d
	word := sentenceWords(d, s)
	var buf [64]byte
	for k := max(s.TokStart, from-6); k < s.TokEnd && k < to+5; k++ {
		if k >= from && k < to || !d.Tokens[k].IsWord() || !m.scopeAt(st, s, k, lowerInto(&buf, d.TokenText(k))) {
			continue
		}
		lo, hi := k+1, from
		if k >= to {
			lo, hi = to, k
		}
		if d.WordPos(hi)-d.WordPos(lo) > 4 {
			continue
		}
		for j := lo; j < hi; j++ {
			if w := word(j); receivingVerb(w) || w == "for" || w == "to" || w == "takes" || w == "took" || w == "gets" || w == "got" {
				return true
			}
		}
	}
	return false
}

// shareWord reports whether w names a share of a whole by its size: "half
// of it", "a third of it", "most of it", "the bulk of it".
func shareWord(w string) bool {
	switch w {
	case "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "most", "majority", "bulk", "percent", "%":
		return true
	}
	return false
}
