package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A part of a whole amount that an exclude_near word names is a part of
// that other sum, however near the metric's keyword stands to the part:
// "Some $3.5bn of the $14.3bn supplemental Congress passed for Israel is
// Foreign Military Financing" is FMF in a one-off bill, not the yearly grant; "Of
// the $14bn emergency package, some $3.5bn is FMF" the same. The whole is
// the amount after "of" and a determiner, or the one a fronted "Of the
// ..." phrase names (frontedWholeFigure); the exclude_near word stands
// right beside it ("the $14.3bn supplemental", "the emergency $14bn").
// A money metric asks it: a sum's parts are told this way
// (part_of_excluded_whole.yaml).
//
// A part whose own clause says the metric's act of it is that act's sum,
// not the whole's: "$1.5bn of the $4.1bn appeal has been received", "Of
// the $2bn pledged, barely $600m has been disbursed". The whole's word
// names the whole; the part's verb, a keyword in a past form, names the
// part, as an exclude_near word there rules the part out (partpredicate.go).
// A clause that names what the part is ("is FMF") is no act done to it
// (part_keyword_predicate.yaml).

// partOfExcludedWhole reports whether figure fi of sentence s is a part of
// a whole amount an exclude_near hit names.
func partOfExcludedWhole(d *figures.Document, s *figures.Sentence, hits []hit, fi int) bool {
	w := partWhole(d, s, fi)
	return w >= 0 && !keywordActAt(d, hits, partPredicateAt(d, s, fi, w)) && !objectOfAct(d, s, hits, fi) && wholeExcluded(d, hits, w)
}

// actBeforeObject returns the token of the verb figure fi is the object
// of, right before it past at most one limiting word ("Donors have paid
// $1.5bn of the $4.1bn sought", "have disbursed only $1.2bn"), when that
// verb is a past form (actParticiple) after a subject: the act done to the
// part, however the whole after it is named. Else -1.
func actBeforeObject(d *figures.Document, s *figures.Sentence, fi int) int {
	fs, _ := d.FigureTokens(fi)
	k := fs - 1
	if k > s.TokStart && limitingWord(d.LowerTokenText(k)) {
		k--
	}
	if k <= s.TokStart || !actParticiple(d.LowerTokenText(k)) || !isLowerWord(d.TokenText(k)) {
		return -1
	}
	// An act denied is none: "Donors have not paid $2.6bn of ...",
	// "haven't paid" (the lexer's "haven", "'", "t"), "never paid". The
	// verb group before it is read, its auxiliaries and adverbs, three
	// words at most.
	for j, n := k-1, 0; j > s.TokStart && n < 3; j-- {
		w := d.LowerTokenText(j)
		if negation(w) || w == "t" && isApostrophe(d.TokenText(j-1)) {
			return -1
		}
		if isApostrophe(w) {
			continue
		}
		if !d.Tokens[j].IsWord() || !isLowerWord(d.TokenText(j)) {
			break
		}
		n++
	}
	return k
}

// objectOfAct reports whether figure fi of sentence s is the object of a
// keyword's act right before it (actBeforeObject: "Donors have paid $1.5bn
// of the $4.1bn requested"): no subject, so no verb after its whole is its
// predicate.
func objectOfAct(d *figures.Document, s *figures.Sentence, hits []hit, fi int) bool {
	return keywordActAt(d, hits, actBeforeObject(d, s, fi))
}

// partOwnAct reports whether part fi of sentence s has a keyword's act of
// its own: the act its clause says of it past its whole and a share
// apposition (partPredicateAt: "only $800m of the $2.7bn requested, or
// roughly 30 percent, has been received"), or the act whose object it is
// (objectOfAct). A word beside the whole ("requested") is then no
// predicate of the part.
//
// Only a sum's: a count's predicate that an exclude_near word stands in
// ("8 million of the 48 million people in Sudan have been internally
// displaced") is that word's, as without the whole.
func partOwnAct(d *figures.Document, s *figures.Sentence, hits []hit, fi int) bool {
	if d.Figures[fi].Kind != figures.Money {
		return false
	}
	if objectOfAct(d, s, hits, fi) {
		return true
	}
	w := partWhole(d, s, fi)
	return w >= 0 && keywordActAt(d, hits, partPredicateAt(d, s, fi, w))
}

// limitingWord reports whether lower-cased w, between a verb and its
// object sum, limits the sum: "paid only $1.5bn", "received just $900m".
func limitingWord(w string) bool {
	switch w {
	case "only", "just", "barely", "merely", "some", "about", "around", "roughly", "nearly", "almost":
		return true
	}
	return false
}

// actOnExcludedWhole reports whether figure fi of sentence s is a part of
// a whole an exclude_near hit names, and its own clause says the keyword's
// act of it: "Of the $2bn pledged, barely $600m has been disbursed" gives
// the sum disbursed, however the whole before it reads to a running total
// (no part of its total, as a sum after the sum asked is not: noWholeBefore).
// The act must end its clause (actEndsClause): "$600m was disbursed in
// March and $300m in April", "disbursed to Egypt", "paid back" are parts
// of the act, not its total.
func actOnExcludedWhole(d *figures.Document, s *figures.Sentence, hits []hit, fi int) bool {
	w := partWhole(d, s, fi)
	if w < 0 {
		return false
	}
	if k := partPredicateAt(d, s, fi, w); !keywordActAt(d, hits, k) || !actEndsClause(d, s, k) {
		if !objectOfAct(d, s, hits, fi) {
			return false
		}
	}
	return wholeExcluded(d, hits, w)
}

// actEndsClause reports whether the act at token k ends its clause, past
// words that say only how far it has gone ("so far", "to date", "now",
// "yet", an adverb in -ly), or goes on to the day it stood at ("by the end
// of June", "as of Friday"): what follows is then no part of the act (a
// month, a recipient, another sum).
func actEndsClause(d *figures.Document, s *figures.Sentence, k int) bool {
	word := sentenceWords(d, s)
	for t := k + 1; t < s.TokEnd; t++ {
		switch w := word(t); {
		case w == "," || w == ";" || w == "." || w == "—" || w == "–" || w == "by":
			return true
		case w == "as" && word(t+1) == "of":
			return true
		case w == "so" && word(t+1) == "far", w == "to" && word(t+1) == "date":
			t++
		case w == "now" || w == "yet" || w == "already" || lyAdverb(d.TokenText(t)):
		case (w == "out" || w == "over") && t == k+1:
			// a particle that completes the act: "paid out", "handed over"
		default:
			return false
		}
	}
	return true
}

// wholeExcluded reports whether an exclude_near hit stands right beside
// whole amount w: "the $14.3bn supplemental", "the emergency $14bn", "the
// $2bn pledged".
func wholeExcluded(d *figures.Document, hits []hit, w int) bool {
	ws, we := d.FigureTokens(w)
	for _, h := range hits {
		if h.ref.role != roleNear {
			continue
		}
		if h.start >= we && d.WordPos(h.start)-d.WordPos(we) <= 1 && wordsOnly(d, we, h.start) ||
			h.end <= ws && d.WordPos(ws)-d.WordPos(h.end) == 0 {
			return true
		}
	}
	return false
}

// partWhole returns the whole amount figure fi is said to be a part of:
// right after it, "of" and a determiner or owner ("$3.3bn of the $14bn"),
// or in a phrase opening the sentence ("Of the $14bn ..., $3.5bn"); else -1.
//
// A share apposition may stand between the part and its "of": "Only
// $1.1bn, or 40 percent, of the $2.7bn requested" (shareAppositionEnd).
func partWhole(d *figures.Document, s *figures.Sentence, fi int) int {
	fs, fe := d.FigureTokens(fi)
	if fe < s.TokEnd && appositionClose(d.TokenText(fe)) != "" {
		if c := shareAppositionEnd(d, s, fe); c > 0 {
			fe = c + 1
		}
	}
	if fe+2 < s.TokEnd && d.LowerTokenText(fe) == "of" {
		switch d.LowerTokenText(fe + 1) {
		case "the", "its", "their", "this", "that":
			if w := figureIn(d, s, fe+2); w >= 0 && d.Figures[w].Kind.IsAmount() {
				if ws, _ := d.FigureTokens(w); ws == fe+2 {
					return w
				}
			}
		}
	}
	if w := frontedWholeFigure(d, s, fs); w >= 0 && w != fi {
		return w
	}
	return -1
}

// partPredicateAt returns the first token of the predicate of the clause
// part fi is the subject of, w being its whole: past the whole when the
// whole follows it ("$1.5bn of the $4.1bn appeal ... has been received"),
// else right after the part ("Of the $2bn pledged, $600m has arrived").
//
// An apposition that gives the part as a share of the whole may stand
// before the predicate: "only $1.5bn, or 37 percent, has been received",
// "$1.2bn of the $2.7bn appeal, about 44 per cent, has been paid"
// (shareAppositionEnd).
func partPredicateAt(d *figures.Document, s *figures.Sentence, fi, w int) int {
	if w > fi {
		if k := predicateAt(d, s, w); k >= 0 {
			return k
		}
		if k := predicateAfterAside(d, s, w); k >= 0 {
			return k
		}
		_, we := d.FigureTokens(w)
		return predicateAfterShare(d, s, we)
	}
	if k := predicateAt(d, s, fi); k >= 0 {
		return k
	}
	_, fe := d.FigureTokens(fi)
	return predicateAfterShare(d, s, fe)
}

// appositionClose returns the mark that closes an apposition mark w
// opens: a comma or a dash closes its own, a bracket its pair; "" for any
// other token.
func appositionClose(w string) string {
	switch w {
	case ",", "—", "–":
		return w
	case "(":
		return ")"
	}
	return ""
}

// predicateAfterShare returns the predicate after a share apposition
// (shareAppositionEnd) that opens at the first comma at or after token
// from, past only the words of the whole's phrase, when an auxiliary opens
// it; else -1.
func predicateAfterShare(d *figures.Document, s *figures.Sentence, from int) int {
	for k := from; k < s.TokEnd && k < from+subjectReach; k++ {
		if appositionClose(d.TokenText(k)) == "" {
			if !d.Tokens[k].IsWord() || figureAt(d, k) >= 0 {
				return -1
			}
			continue
		}
		c := shareAppositionEnd(d, s, k)
		if c < 0 || c+1 >= s.TokEnd || !auxiliary(d.LowerTokenText(c+1)) {
			return -1
		}
		return predicateFrom(d, s, c+1)
	}
	return -1
}

// shareAppositionEnd returns the mark that closes an apposition the mark
// at token k opens (a comma, a dash, a bracket: appositionClose), when it
// gives the amount before it as a share of its whole and says nothing
// more: ", or 37 percent,", ", about 44 per cent,", " — about 40% —",
// " (about 40%)": a share figure and at most two words of its own (a
// restating "or", a hedge). Else -1.
func shareAppositionEnd(d *figures.Document, s *figures.Sentence, k int) int {
	close := appositionClose(d.TokenText(k))
	share := false
	words := 0
	for c := k + 1; c < s.TokEnd && c <= k+8; c++ {
		if d.TokenText(c) == close {
			if !share {
				return -1
			}
			return c
		}
		if fj := figureAt(d, c); fj >= 0 {
			switch d.Figures[fj].Kind {
			case figures.Percent, figures.Fraction:
				share = true
				_, je := d.FigureTokens(fj)
				c = je - 1
				continue
			}
			return -1
		}
		if words++; words > 2 || !d.Tokens[c].IsWord() || auxiliary(d.LowerTokenText(c)) {
			return -1
		}
	}
	return -1
}

// predicateAfterAside returns the predicate after an aside between commas
// that describes whole w's phrase ("of the $4.1bn appeal, which was
// launched in May, has been received"): the comma after the whole's few
// words, an aside of no amount closed by a comma (subjectAside), then an
// auxiliary. Else -1.
func predicateAfterAside(d *figures.Document, s *figures.Sentence, w int) int {
	_, we := d.FigureTokens(w)
	for k := we; k < s.TokEnd && k < we+subjectReach; k++ {
		if d.TokenText(k) != "," {
			if !d.Tokens[k].IsWord() {
				return -1
			}
			continue
		}
		for c := k + 2; c < s.TokEnd && c <= k+1+subjectAsideReach; c++ {
			if d.TokenText(c) != "," {
				continue
			}
			if subjectAside(d, k-1, c) != k || c+1 >= s.TokEnd || !auxiliary(d.LowerTokenText(c+1)) {
				return -1
			}
			return predicateFrom(d, s, c+1)
		}
		return -1
	}
	return -1
}

// partActGap returns how far keyword hit h stands from money figure fi
// when h is the act its clause says of it past the whole it is a part of
// ("Only $1.5bn of the $4.1bn appeal for Sudan has now been received",
// perhaps past an aside on the whole: partPredicateAt): one word, as the
// figure's own verb, so that neither the window nor a figure set after
// the act (", leaving a gap of $2.6bn") comes before it. Else a distance
// past any window.
func partActGap(d *figures.Document, s *figures.Sentence, fi int, h hit) int {
	if d.Figures[fi].Kind != figures.Money {
		return far
	}
	w := partWhole(d, s, fi)
	if w <= fi || partPredicateAt(d, s, fi, w) != h.start || !actParticiple(d.LowerTokenText(h.start)) {
		return far
	}
	return 1
}

// keywordActAt reports whether a keyword hit of hits starts at token k and
// is a verb's past form there ("received", "disbursed", "paid"): an act
// done to the subject, not a name of what it is.
func keywordActAt(d *figures.Document, hits []hit, k int) bool {
	if k < 0 || !actParticiple(d.LowerTokenText(k)) {
		return false
	}
	return keywordAt(hits, k)
}
