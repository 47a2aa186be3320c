package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// An aside set off by commas before "since YEAR" dates what the aside
// speaks of, not the sentence's count, unless the aside itself names what
// is counted (since.go's earlierStart asks these).

// relativeAsideWithoutCount reports whether token ts stands in a relative
// clause set off by commas (", which ... ,", ", who ... ,") that holds no
// count: the clause says something of the noun before it ("The monitors,
// who have worked in the country since 2014, now count 12,000 dead"),
// and a year there dates that, not the sentence's count. A count inside the
// clause is dated by it: "The war, which has killed 3,400 since 2014, ...".
func relativeAsideWithoutCount(d *figures.Document, s *figures.Sentence, ts int, hits []hit) bool {
	open, comma := -1, -1
	for k := ts - 1; k > s.TokStart; k-- {
		if w := d.TokenText(k); w == "," || w == ";" || w == "—" || w == "–" {
			if w == "," && k+1 < ts {
				comma = k
				if relativeWord(d.LowerTokenText(k + 1)) {
					open = k
				}
			}
			break
		}
	}
	if comma < 0 {
		return false
	}
	end := -1
	for k := ts + 1; k < s.TokEnd; k++ {
		if w := d.TokenText(k); w == "," {
			end = k
			break
		} else if w == ";" || w == "—" || w == "–" {
			return false
		}
	}
	if end < 0 {
		return false
	}
	if open < 0 {
		if !nounAsideAround(d, s, comma, ts, end) || countWordsIn(d, hits, comma, ts) {
			return false
		}
		open = comma
	}
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		if f := &d.Figures[fi]; !dateKind(f.Kind) {
			if fs, _ := d.FigureTokens(fi); fs > open && fs < end {
				return false
			}
		}
	}
	return true
}

// countWordsIn reports whether a keyword hit of the metric or a noun of a
// count ("figure", "tally") stands among tokens [from, to): an aside that
// tells what is counted ("a charity that has tracked civilian deaths ...
// since 2014") dates the count, not only its noun.
func countWordsIn(d *figures.Document, hits []hit, from, to int) bool {
	for _, h := range hits {
		if h.ref.role == roleKeyword && h.start > from && h.start < to {
			return true
		}
	}
	for k := from + 1; k < to; k++ {
		if w := d.LowerTokenText(k); figureNoun(w) || tallyNoun(w) {
			return true
		}
	}
	return false
}

// nounAsideAround reports whether the stretch between the commas at
// tokens open and end, which holds the year at token ts after its "since",
// is an aside on the noun before it that a relative clause belongs to:
// an apposition holding one, its "that" read so after an article ("Dr
// Ivanova, a surgeon who has worked in Lviv since 2019, says ..."), or a
// phrase of place that one follows ("the monitors, in the country since
// 2014, who have verified ..."). The year
// dates what the aside says of that noun. An aside that opens with its
// "since" or a joining word is the sentence's own frame ("In the east,
// since 2014, ..."), and one on a war's noun dates the war.
func nounAsideAround(d *figures.Document, s *figures.Sentence, open, ts, end int) bool {
	if open-1 < s.TokStart || !d.Tokens[open-1].IsWord() || eventNoun(d.LowerTokenText(open-1)) {
		return false
	}
	switch d.LowerTokenText(open + 1) {
	case "since", "and", "but", "or", "so", "then", "yet", "while":
		return false
	}
	apposition := article(d.LowerTokenText(open + 1)) // "a paper that has ..."
	for k := open + 1; k < ts-1; k++ {
		if w := d.LowerTokenText(k); relativeWord(w) || apposition && w == "that" {
			return true
		} else if eventNoun(w) {
			return false
		}
	}
	return end+1 < s.TokEnd && relativeWord(d.LowerTokenText(end+1))
}

// thatClauseWithoutCount reports whether token ts, a year after "since",
// stands in a restrictive relative clause with no commas ("a country that
// has known since 1999 what was coming", "rules which have stood since
// 2000") that follows every amount of the sentence and holds neither
// a keyword of the metric nor a count noun: the clause says something of
// its noun, and the year dates that, not the count before it. A count
// inside the clause is dated by it ("the war that has killed 3,400 since
// 2014").
func thatClauseWithoutCount(d *figures.Document, s *figures.Sentence, ts int, hits []hit) bool {
	open := -1
	for k := ts - 2; k > s.TokStart && k >= ts-8; k-- {
		w := d.LowerTokenText(k)
		if isClauseMark(d.TokenText(k)) {
			return false
		}
		if w == "that" || w == "which" || w == "who" {
			open = k
			break
		}
	}
	if open < 0 || !isLowerWord(d.TokenText(open-1)) || !nounBeforeRelative(d, s, open-1) {
		return false
	}
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		if f := &d.Figures[fi]; !dateKind(f.Kind) {
			if fs, _ := d.FigureTokens(fi); fs > open {
				return false
			}
		}
	}
	return !countWordsIn(d, hits, open, ts)
}

// nounBeforeRelative reports whether token k, before a relative word, is a
// noun a determiner opens within three words ("a country", "the building
// code"): not a verb whose object clause "that" opens ("said that").
func nounBeforeRelative(d *figures.Document, s *figures.Sentence, k int) bool {
	if joinedVerb(d.LowerTokenText(k)) {
		return false
	}
	for j := k - 1; j >= s.TokStart && j >= k-3; j-- {
		w := d.LowerTokenText(j)
		if article(w) || determiner(w) || possessiveDeterminer(w) {
			return true
		}
		if !isLowerWord(d.TokenText(j)) {
			return false
		}
	}
	return false
}
