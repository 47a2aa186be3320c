package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A running total counts from the metric's since: a sentence about an
// earlier event, or a count that began before it, is not the metric's.

// sinceFrame reports whether the year at token ts names an event after
// "since the" that a superlative a few words before frames ("the
// deadliest earthquake anywhere since the 2010 Haiti disaster"): the
// earlier event is the yardstick of a record, and the sentence counts
// nothing of it. A comparison is left out: "more than" before "since"
// is as often the figure's own qualifier.
func sinceFrame(d *figures.Document, s *figures.Sentence, ts int) bool {
	if ts-2 <= s.TokStart || !strings.EqualFold(d.TokenText(ts-1), "the") || !strings.EqualFold(d.TokenText(ts-2), "since") {
		return false
	}
	return superlativeBefore(d, s, ts-1)
}

// startVerb reports whether w says a period began: "began in 2003".
func startVerb(w string) bool {
	switch w {
	case "began", "begun", "started", "erupted", "broke", "start", "begin":
		return true
	}
	return false
}

// datedYearFloor is the least value of a date that names its year
// ("February 2022" is 2022); a date without one ("7 October") holds
// less, and says nothing of a year.
const datedYearFloor = 1900

// earlierStart returns a year before since that opens the period the
// sentence counts over ("killed ... since 2014", "after 2003"), or a span of years that
// ends before it ("from 2014 to 2021"), or -1: the count runs over another
// period than the metric's. A superlative's frame ("the
// deadliest since 1900", "the highest toll since 1948") compares, and
// counts nothing from that year.
func earlierStart(d *figures.Document, s *figures.Sentence, since int, hits []hit) int {
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		f := &d.Figures[fi]
		if f.Kind != figures.Year && !(f.Kind == figures.Date && f.Value >= datedYearFloor) || f.Value >= float64(since) {
			continue
		}
		ts := firstTok(d, fi)
		if comparedTermYear(d, s, ts) {
			continue // "exceeds the toll of every war since 2008" (comparedyear.go)
		}
		// A date of an earlier year opens an earlier period only after
		// "since" ("the civilian toll since February 2022", for a count
		// begun in 2023); its spans are read as a year's are not.
		if f.Kind == figures.Year && f.Qualifier == figures.Range && f.High != nil && *f.High < float64(since) && !namesYearFrom(d, s, since) {
			return fi // "from 2014 to 2021": the whole period is an earlier one
		}
		if f.Kind == figures.Year && spanFromYear(d, s, fi, ts) {
			return fi // "from 2014 to the full-scale invasion" (spanfrom.go)
		}
		if ts-1 < s.TokStart || !sinceWord(d, s, ts-1) {
			continue
		}
		if relativeAsideWithoutCount(d, s, ts, hits) || thatClauseWithoutCount(d, s, ts, hits) {
			continue // "The monitors, who have worked there since 2014, put ...", "in a country that has known since 1999" (sinceaside.go)
		}
		if stateAsideWithoutCount(d, s, ts, hits) {
			continue // "Gaza, under an Israeli blockade since 2007, has lost ..." (sincestate.go)
		}
		// A superlative or a comparison may stand a few words back, in
		// the same clause: "the deadliest toll for civilians in Europe
		// since 1945", "deadlier than any disaster in Libya since 1963".
		if !superlativeBefore(d, s, ts) && !comparisonBefore(d, s, ts) {
			return fi
		}
	}
	return -1
}

// sinceWord reports whether token k, right before a year, opens the
// period a count runs over from that year: "since 2014"; and "after" right
// behind a counted plural noun ("185,000 civilian deaths after 2003"),
// which counts from the same start. An "after" behind a verb or a
// participle dates that act ("towers raised after 2005", "rules
// drafted after 2005"), not the count.
func sinceWord(d *figures.Document, s *figures.Sentence, k int) bool {
	switch d.LowerTokenText(k) {
	case "since":
		return true
	case "after":
		if k-1 <= s.TokStart || !d.Tokens[k-1].IsWord() {
			return false
		}
		if w := d.LowerTokenText(k - 1); !pluralForm(w) || notNoun(w) {
			return false
		}
		// the figure right before the noun, or before one modifier
		return inFigure(d, k-2) || k-3 >= s.TokStart && isLowerWord(d.TokenText(k-2)) && inFigure(d, k-3)
	}
	return false
}

// namesYearFrom reports whether the sentence names a year of the metric's
// period ("since February 2022"): an earlier span beside it compares.
func namesYearFrom(d *figures.Document, s *figures.Sentence, since int) bool {
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		if f := &d.Figures[fi]; f.Kind.IsCalendar() && f.Value >= float64(since) {
			return true
		}
	}
	return false
}

func firstTok(d *figures.Document, fi int) int {
	ts, _ := d.FigureTokens(fi)
	return ts
}

// labelYear reports whether the year at token ts ends a label that opens
// the sentence, before a colon or a dash: the year alone or after names
// ("1999:", "Izmit 1999:", "Kobe, 1995:", "Haiti 2010 —"), or after a
// name and the preposition of a phrase of it ("Echoes of 2003:",
// "Lessons from 2014 —"). A label names what the sentence is about, so an
// earlier year there is an earlier event.
func labelYear(d *figures.Document, s *figures.Sentence, ts int) bool {
	if ts+1 >= s.TokEnd || !labelMark(d.TokenText(ts+1)) {
		return false
	}
	end := ts
	if ts-1 > s.TokStart && labelYearPreposition(d.LowerTokenText(ts-1)) && named(d, ts-2) {
		end = ts - 1 // "Echoes of 2003:"
	}
	for k := s.TokStart; k < end; k++ {
		if d.LowerTokenText(k) == "and" && k > s.TokStart && yearAt(d, k-1) {
			continue
		}
		if !named(d, k) && d.TokenText(k) != "," && !labelListYear(d, s, k) {
			return false
		}
	}
	return true
}

// labelYearPreposition reports whether lower-cased w may join a label's
// name to its year: "Echoes of 2003", "Lessons from 2014".
func labelYearPreposition(w string) bool { return w == "of" || w == "from" }

// labelListYear reports whether token k is a year that ends an earlier
// item of a label's list of places and years, before a comma or "and":
// "Grozny 1995, Aleppo 2016:", "Sarajevo 1992 and Grozny 1995:". The
// label's last year decides whether the events are earlier than since.
func labelListYear(d *figures.Document, s *figures.Sentence, k int) bool {
	if k == s.TokStart || !named(d, k-1) || !yearAt(d, k) || k+1 >= s.TokEnd {
		return false
	}
	w := d.LowerTokenText(k + 1)
	return w == "," || w == "and"
}

// labelMark reports whether w ends a label: a colon or a dash.
func labelMark(w string) bool {
	switch w {
	case ":", "—", "–", "-", "--":
		return true
	}
	return false
}

// comparisonBefore reports whether "than" stands at most eight words
// before the "since" at token ts-1, with no punctuation between but the
// hyphen of a compound ("more than all of the previous Israel-Gaza rounds
// since 2008"): the count is compared with what came since that year, not
// counted from it.
func comparisonBefore(d *figures.Document, s *figures.Sentence, ts int) bool {
	words := 0
	for k := ts - 2; k >= s.TokStart && words < 8; k-- {
		if !d.Tokens[k].IsWord() {
			if d.TokenText(k) == "-" && k > s.TokStart && d.Tokens[k-1].IsWord() {
				continue
			}
			return false
		}
		if strings.EqualFold(d.TokenText(k), "than") {
			return true
		}
		words++
	}
	return false
}

// sameActBefore reports whether "in" at token k dates a clause that says
// the sentence's act is one done before: "as" opens it after a comma, and
// "did" (done, happened) stands for the act ("Trading 1,027 prisoners for
// one soldier, as Israel did for Gilad Shalit in 2011, set a price").
// With a modal before it the act is one to come, only likened to the old
// one ("Israel would free 1,000, as it did in 2011").
func sameActBefore(d *figures.Document, s *figures.Sentence, k int) bool {
	verb := false
	for j := k - 1; j >= s.TokStart && j >= k-8; j-- {
		w := d.LowerTokenText(j)
		switch {
		case w == "did" || w == "done" || w == "happened":
			verb = true
		case w == "as" && verb && j > s.TokStart && d.TokenText(j-1) == ",":
			for t := s.TokStart; t < j; t++ {
				if modalWord(d.LowerTokenText(t)) {
					return false
				}
			}
			return true
		case d.Tokens[j].IsSymbol():
			return false
		}
	}
	return false
}

// datesFigureClause reports whether "in" at token k dates the clause of
// the sentence's amounts: every amount stands before it in the same
// clause (no punctuation, no modal between), and the year closes the
// sentence ("Shalit swap revisited: 1,027 prisoners were freed for one
// soldier in 2011"). The act counted was done that year. An amount
// after the year, or a clause break between, leaves the year to a phrase
// of its own ("40,000 killed, ten times the toll in 2014").
func datesFigureClause(d *figures.Document, s *figures.Sentence, k int) bool {
	if k+2 < s.TokEnd && d.Tokens[k+2].IsWord() {
		return false // the year does not close the sentence
	}
	if participleDatesNoun(d, s, k) {
		return false // "an amnesty ... granted in 2018" (participledates.go)
	}
	first := -1
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		if f := &d.Figures[fi]; !f.Kind.IsCalendar() {
			if ts, _ := d.FigureTokens(fi); ts > k {
				return false
			} else if first < 0 {
				first = ts
			}
		}
	}
	if first < 0 {
		return false
	}
	for t := first; t < k; t++ {
		w := d.LowerTokenText(t)
		if inFigure(d, t) {
			continue
		}
		if d.Tokens[t].IsSymbol() && w != "-" || modalWord(w) || w == "than" || relativeActAt(d, s, t, k) {
			return false
		}
	}
	return true
}

// decadePart returns the token of the "early", "mid" or "late" right
// before the decade at token ts ("the early 2000s", "the late 1990s"), or
// ts: the word that places a time within the decade. A hyphen may join
// them ("the mid-2000s").
func decadePart(d *figures.Document, s *figures.Sentence, ts int) int {
	k := ts
	if k-1 > s.TokStart && d.TokenText(k-1) == "-" && !d.Tokens[k].Space && !d.Tokens[k-1].Space {
		k--
	}
	if k-1 >= s.TokStart {
		switch d.LowerTokenText(k - 1) {
		case "early", "mid", "late":
			if fj := figureAt(d, ts); fj >= 0 && strings.HasSuffix(d.Figures[fj].Text, "s") {
				return k - 1
			}
		}
	}
	return ts
}

// yearNamesEvent reports whether year figure fi opens the name of an
// event: a place's name and a noun of war or disaster right after it
// ("1999 Izmit disaster", "2010 Haiti quake"), whatever stands before
// the year (a headline drops the article: "memories of 1999 Izmit
// disaster that killed 17,000").
func yearNamesEvent(d *figures.Document, s *figures.Sentence, fi int) bool {
	_, k := d.FigureTokens(fi)
	names := 0
	for k < s.TokEnd && named(d, k) && names < 3 {
		k, names = k+1, names+1
	}
	if names == 0 || k >= s.TokEnd || !isLowerWord(d.TokenText(k)) {
		return false
	}
	w := d.LowerTokenText(k)
	return operationNoun(w) || w == "disaster" || w == "tragedy" || w == "catastrophe"
}
