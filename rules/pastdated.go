package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// A running total read at a time the sentence puts in the past is an old
// value of the count, not today's: "When the Biden administration first
// cast doubt on the figures in late October 2023, the toll stood at about
// 7,000", "the UN had verified 8,006 civilian deaths by the war's first
// anniversary", "A year ago the toll was 2,000", "At the start of the truce
// in November, some 14,800 had been killed". Taken as the current value,
// such a figure posts a false "lower figure" alert.
//
// The commonest positive wordings look alike and date the count to now or
// to a recent day: "the toll stood at 33,091 on Tuesday", "as of Monday",
// "by Sunday evening the toll had risen to 41,000", "since October 7, at
// least 30,000". Only a phrase that names a time in the past relative to
// the article dates the figure:
//
//   - a span "ago" of a week or more ("a year ago", "three months ago");
//   - an anniversary the count was read "by" or "at" ("by the war's first
//     anniversary"), unless the article is written around that
//     anniversary or is undated (anniversarynow.go);
//   - "at the start (beginning, outset) of" something but a month or a
//     recent unit of time ("at the start of May", "at the beginning of
//     this month": calendarStart) or a way ("at the start of the
//     central Mediterranean route": startOfWay);
//   - "back in" a time;
//   - "on" or "by" the event's first (second, opening) day, night or
//     evening ("On the first night, officials put the toll at ...":
//     openingDay);
//   - a clause of "when" that says something happened first ("When the
//     administration first cast doubt ...");
//   - a stage of the war named by how long it had lasted ("At the war's
//     six-month mark": stageMark), or its opening stretch after "In" or
//     "During" ("In the first week of the war, the count rose to ...":
//     openingSpanEnd).
//
// A named month is no such phrase, however long ago, nor its start: the labelled corpora
// write "by the end of August", "by mid-July", "stood at 9,701 at the end
// of November", "a toll that stood at about 34,500 at the start of May", "in late April, when the toll stood at 34,000" as the
// count's latest reading (an "as of"), and so does the article's own date.
//
// The phrase governs the figure's clause: it fronts the sentence before
// its first comma (unless that is a contrasting clause of its own,
// "Whereas ..., "), or stands in the figure's own stretch between commas,
// before or after it. A phrase in an aside on the subject ("The toll,
// which stood at 2,000 a year ago, now exceeds 40,000") dates the aside's
// figure only. "since" before the phrase makes it the count's start
// ("since the war began in October 2023"), and so does a verb of starting
// ("the war that erupted in April 2023").
//
// A figure bounded from above ("still below 8,000", "fewer than 10,000",
// "nearly 10,000") is left: every labelled corpus writes such a reading
// of an earlier time as the metric's own (a judgement call its authors
// made in dev-2 to dev-5, dev-10 to dev-12 and dev-19), so a milestone the
// count has passed stays a recorded reading. See
// docs/history/rules-eval-rounds.md, "Eighth round: past-dated totals".

// pastDated returns the token of a time phrase in the past that dates
// running-total figure fi of sentence s, or -1.
func pastDated(d *figures.Document, s *figures.Sentence, fi int) int {
	switch d.Figures[fi].Qualifier {
	case figures.LessThan, figures.AtMost, figures.Nearly:
		return -1
	}
	fs, fe := d.FigureTokens(fi)
	start, end := semicolonStart(d, afterStamp(d, s), fs), s.TokEnd
	// The fronted phrase: the clause's start to its first comma, when
	// the figure stands after that comma.
	firstComma := -1
	for k := start; k < fs; k++ {
		if d.TokenText(k) == "," {
			firstComma = k
			break
		}
	}
	// The figure's own stretch: from the last comma before it to the
	// first break after it.
	from := start
	for k := fs - 1; k >= start; k-- {
		if d.TokenText(k) == "," {
			from = k + 1
			break
		}
	}
	for k := fe; k < s.TokEnd; k++ {
		switch d.TokenText(k) {
		case ",", ";", ":", "—", "–", "(":
			end = k
		}
		if end != s.TokEnd {
			break
		}
	}
	// A contrasting clause that fronts the sentence ("Whereas the war two
	// decades ago displaced ..., the current one ...") dates only its own
	// figures (longago.go contrastFronted).
	if firstComma >= 0 && !contrastFronted(d, s, start, fs) {
		if k := pastAnchorIn(d, s, start, firstComma, fs); k >= 0 {
			return k
		}
		// A "when" aside on the fronted time: "Last winter, when the
		// cabinet first met on the crisis, the toll was ..."
		// (fronted_time_when_aside.yaml).
		if d.LowerTokenText(firstComma+1) == "when" {
			if c := nextComma(d, firstComma+1, fs); c > 0 {
				if k := pastAnchorIn(d, s, firstComma+1, c, fs); k >= 0 {
					return k
				}
			}
		}
	}
	if k := pastAnchorIn(d, s, from, fs, fs); k >= 0 {
		return k
	}
	if eventActAgo(d, s, fe, end) {
		return -1 // "the 59,000 the earthquakes killed a year ago" (startact.go)
	}
	return pastAnchorIn(d, s, fe, end, fs)
}

// nextComma returns the first comma among tokens [from, to), or -1.
func nextComma(d *figures.Document, from, to int) int {
	for k := from; k < to; k++ {
		if d.TokenText(k) == "," {
			return k
		}
	}
	return -1
}

// pastAnchorIn returns the first token of a past time phrase (pastDated)
// among tokens [from, to) of sentence s, or -1. A "since" or a verb of
// starting before the phrase makes it the count's start, and ends the
// search. fs is the figure's first token.
func pastAnchorIn(d *figures.Document, s *figures.Sentence, from, to, fs int) int {
	word := sentenceWords(d, s)
	for k := from; k < to; k++ {
		w := word(k)
		switch {
		case w == "since" || startedVerb(w):
			return -1
		case w == "ago":
			if k >= 1 && pastSpanAgo(d, s, k) {
				return k
			}
		case w == "anniversary" || w == "anniversaries":
			// "by the war's first anniversary"; "on the anniversary" is
			// the day the article marks, whose count is today's.
			for j := k - 1; j >= from && j >= k-6; j-- {
				if v := word(j); v == "by" || v == "at" && pastTold(d, s) {
					return j // "at": anniversaryat.go
				}
			}
		case w == "at":
			// "At the start of the truce": not its end, which writers
			// use as "as of" ("stood at 9,701 at the end of November").
			if word(k+1) == "the" && word(k+3) == "of" && !calendarStart(word, k+4) && !startOfWay(word, k+4) { // not "at the start of the central Mediterranean route" (startofway.go)
				switch word(k + 2) {
				case "start", "beginning", "outset":
					return k
				}
			}
			if stageFronted(d, s, k) && stageMark(word, k) {
				return k // "At the war's six-month mark, ..." (earlier_stage_reading.yaml)
			}
		case (w == "in" || w == "during") && stageFronted(d, s, k) && frontedOpeningSpan(d, s, k+1):
			return k // "In the first week of the war, the count rose to ..." (openingspan.go)
		case w == "back" && word(k+1) == "in" && !backInPlace(d, s, k): // "back in Johannesburg" is a place (backinplace.go)
			return k
		case (w == "on" || w == "by") && openingDay(word, k+1):
			return k
		case w == "by" && k < fs && pluperfectFor(d, s, fs) && (byStage(word, k+1) || toldThen(d, s)) && !markPassedAt(d, s, fs):
			return k // "By the war's hundredth day the ministry had counted ..." (bystage.go)
		case w == "when":
			if whenPast(d, s, k, to) {
				return k
			}
		}
	}
	return -1
}

// stageMarkWords is how many tokens may stand between "at the" and
// "mark": "the war's six-month mark" is six ("war", "'", "s", "six", "-",
// "month").
const stageMarkWords = 6

// stageMark reports whether the "at" at token k opens a phrase, closed by
// a comma, that names a stage of the war by how long it had lasted: "At
// the six-month mark,", "At the war's one-year mark,", "At the 100-day
// mark,". The word before "mark" is a unit of time; a mark of the count
// ("the 10 million mark") is no stage. pastAnchorIn asks it only where
// the phrase opens its clause (stageFronted): fronted, it frames the
// clause's reading as then, while the labelled corpora read a stage after
// a figure as its as-of ("8,006 civilian deaths at the one-year mark",
// dev-45; "10,582 at the two-year mark", dev-20).
func stageMark(word func(int) string, k int) bool {
	if word(k+1) != "the" {
		return false
	}
	for j := k + 2; j <= k+2+stageMarkWords; j++ {
		switch word(j) {
		case "mark", "point":
			return timeUnit(word(j-1)) && word(j+1) == ","
		case ",", ";", ":", "":
			return false
		}
	}
	return false
}

// stageFronted reports whether token k opens the clause of sentence s: its
// first word past a stamp or a speaker's label, or the first after a
// semicolon or a colon.
func stageFronted(d *figures.Document, s *figures.Sentence, k int) bool {
	if k == sentenceOpening(d, s) {
		return true
	}
	w := sentenceWords(d, s)(k - 1)
	return w == ";" || w == ":"
}

// frontedOpeningSpan reports whether an opening stretch of the war
// (openingSpanEnd) starts at token t and its event's words end on a comma:
// "In the first week of the war,". Fronted so, it dates the clause's
// running total as then, as "At the start of the truce," does.
func frontedOpeningSpan(d *figures.Document, s *figures.Sentence, t int) bool {
	of := openingSpanEnd(d, s, t)
	return of > 0 && d.TokenText(eventEnd(d, of, s.TokEnd)) == ","
}

// pastSpanAgo reports whether "ago" at token k closes a span of a week or
// more: "a year ago", "three months ago", "weeks ago".
func pastSpanAgo(d *figures.Document, s *figures.Sentence, k int) bool {
	switch sentenceWords(d, s)(k - 1) {
	case "week", "weeks", "month", "months", "year", "years", "decade", "decades":
		return true
	}
	return false
}

// whenPast reports whether the clause "when" at token k opens (up to
// token to or a comma) says something happened first ("When the
// administration first cast doubt"). A month it names is no mark of the
// past: writers date the count's latest reading so ("in late April, when
// Gaza's death toll stood at around 34,000").
func whenPast(d *figures.Document, s *figures.Sentence, k, to int) bool {
	word := sentenceWords(d, s)
	for j := k + 1; j < s.TokEnd && j < k+16; j++ {
		w := word(j)
		if w == "," || w == ";" || (j >= to && to > k) {
			return false
		}
		// "first" as an adverb ("the administration first cast doubt"),
		// not an ordinal after a determiner, which says which ones ("when
		// the first foreign rescue teams flew home", tune49).
		if w == "first" && !determiner(word(j-1)) && !possessiveDeterminer(word(j-1)) {
			return true
		}
	}
	return false
}

// startedVerb reports whether w is a verb of an event's start, whose time
// is when the count began, not when it was read ("the war that erupted in
// April 2023").
func startedVerb(w string) bool {
	switch w {
	case "began", "begun", "started", "erupted", "broke", "launched", "invaded", "attacked", "struck", "hit":
		return true
	}
	return false
}

// calendarStart reports whether the words from token j name a month or a
// recent unit of time whose start dates a reading as its end does: "at
// the start of May", "at the beginning of this month", "at the start of
// the week". A writer dates the count's latest reading so, as with "at
// the end of November"; the start of an event ("of the November truce")
// or of a stretch the war owns ("of the war's second year") is a past time.
func calendarStart(word func(int) string, j int) bool {
	switch w := word(j); {
	case monthName(w):
		return true
	case w == "this" || w == "last" || w == "the":
		switch word(j + 1) {
		case "week", "month":
			return true
		}
	}
	return false
}

// openingDay reports whether the words from token t name one of the
// event's first days or nights, with no "of" after that makes it another
// thing's ("the first day of Ramadan"): "the first night", "the second
// evening", "the opening day". Read "on" or "by" it, a running total is an
// old value: the article that gives it is written later.
func openingDay(word func(int) string, t int) bool {
	if word(t) != "the" {
		return false
	}
	switch word(t + 1) {
	case "first", "second", "third", "opening":
	default:
		return false
	}
	switch word(t + 2) {
	case "day", "night", "evening", "morning", "afternoon":
		return word(t+3) != "of"
	}
	return false
}
