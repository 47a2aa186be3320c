package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// requireOwnedElsewhere reports whether every require hit of the sentence is
// the phrase of another amount: a require word right after a figure
// describes that figure, not the others ("$3.8bn a year in military aid, or
// $38bn over the decade": the year is the $3.8bn's, not the $38bn's).
func requireOwnedElsewhere(d *figures.Document, s *figures.Sentence, hits []hit, fi int) bool {
	owned := false
	for _, h := range hits {
		if h.ref.role != roleRequire {
			continue
		}
		// A require word in a list item's label describes that item's
		// figure, not the figure of the item before it ("$38bn | Per
		// year: $3.8bn").
		g := labelHolding(d, s, h)
		if g < 0 {
			g = figureJustBefore(d, s, h.start)
		}
		if g < 0 || g == fi || restates(d, fi, g) || partOfTotal(d, s, fi, g) || sharesClass(d, s, hits, h, g, fi) {
			return false
		}
		owned = true
	}
	return owned
}

// restates reports whether amount g follows amount fi with no word between:
// a conversion in brackets ("$3.8bn (£3bn) a year") restates its figure and
// shares its words.
func restates(d *figures.Document, fi, g int) bool {
	_, fe := d.FigureTokens(fi)
	gs, _ := d.FigureTokens(g)
	return fe <= gs && d.WordPos(gs)-d.WordPos(fe) == 0
}

// figureJustBefore is the amount whose last token sits right before token
// t, or -1.
func figureJustBefore(d *figures.Document, s *figures.Sentence, t int) int {
	for gi := s.FigStart; gi < s.FigEnd; gi++ {
		if !d.Figures[gi].Kind.IsAmount() {
			continue
		}
		if _, ge := d.FigureTokens(gi); ge <= t && d.WordPos(t)-d.WordPos(ge) == 0 {
			return gi
		}
	}
	return -1
}

// sharesClass reports whether require hit h classes figure g's noun ("6,530
// cholera cases": the word stands between the figure and its noun) and
// figure fi, joined to g by "and" or "with" with no figure between, counts
// the metric's keyword right after it ("and 74 deaths"): one outbreak's
// cases and deaths, the class said once for both. A noun of fi's own before
// its keyword ("74 flood deaths") or after it ("74 deaths from malaria",
// "on the roads"), a clause of its own (", and 74 deaths"), a figure fi
// before g, or a require word that is g's noun itself ("120 children and
// 300 adults") keeps the word to g (require_shared_noun.yaml).
func sharesClass(d *figures.Document, s *figures.Sentence, hits []hit, h hit, g, fi int) bool {
	if fi <= g {
		return false
	}
	if n := countedNoun(d, s, g); n <= h.start {
		return false
	}
	_, ge := d.FigureTokens(g)
	fs, fe := d.FigureTokens(fi)
	if fs == 0 || amountBetween(d, s, ge, fs) {
		return false
	}
	w := d.LowerTokenText(fs - 1)
	if w != "and" && w != "with" || w == "and" && fs >= 2 && d.TokenText(fs-2) == "," {
		return false // ", and" opens a clause of its own
	}
	for _, k := range hits {
		if k.ref.role == roleKeyword && k.start == fe && !k.ref.article {
			return k.end >= s.TokEnd || !classAfter(d.LowerTokenText(k.end)) && !causeInPhrase(d, s, k.end)
		}
	}
	return false
}

// causeInPhrase reports whether the joined figure's phrase, from token
// from to its clause's end (a comma, a semicolon or the sentence's end),
// names a cause or an event of its own further on than its first word:
// "74 deaths this month from measles", "74 deaths so far attributed to the
// floods" (review60).
func causeInPhrase(d *figures.Document, s *figures.Sentence, from int) bool {
	for k := from; k < s.TokEnd; k++ {
		switch w := d.LowerTokenText(k); {
		case w == "," || w == ";":
			return false
		case causeWord(w) || eventNoun(w):
			return true
		}
	}
	return false
}

// causeWord reports whether w opens a figure's cause: "from", "due to",
// "caused by", "linked to", "blamed on", "attributed to".
func causeWord(w string) bool {
	switch w {
	case "from", "due", "caused", "linked", "blamed", "attributed", "attributable":
		return true
	}
	return false
}

// classAfter reports whether word w, right after a keyword, opens a phrase
// that names the figure's own cause, place or event ("deaths from
// malaria", "on the roads", "in a separate outbreak"): its class is then
// its own, not the one said before it.
func classAfter(w string) bool {
	switch w {
	case "of", "in", "on", "at", "among", "after", "across":
		return true
	}
	return causeWord(w)
}
