package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A running total read "by" a stage of the event and told in the past
// perfect is the count then, an earlier value, not today's: "By the war's
// hundredth day the ministry had counted some 24,000 dead", "By the end of
// the first month, 10,000 had been killed", "By the sixth week of the
// conflict, health officials had recorded 11,000 deaths", "by day 100 the
// agency had registered 3 million". The stage is measured from the
// event's start: an ordinal and a unit of time ("the sixth week", "its
// hundredth day"), the end of one or of the event's first stretch ("the
// end of the first 100 days", "the end of its first month"), or "day N".
// The pluperfect places the reading at that stage; a present or a present
// perfect ("by its hundredth day the war has killed ...") is the count as
// of now and stays, and so does a simple past of an act with no state
// ("By the third week the quake's toll rose to ..." is pastMilestone's).
//
// A "by" of any time, a month or a day too, dates the clause the same way
// when the sentence says the reading was given then ("By late January more
// than a million had crowded into Rafah, UN agencies reported then", "...,
// the ministry said at the time"): toldThen.
//
// The stage fronts the figure: "9,400 had been killed by the end of the
// war's first year" is the count as the corpora record it. A mark the count had passed by then ("By the second week the toll had
// passed 37,000", "with the toll past 37,000") is a bound from below that
// still holds, and the corpora record it as the count (markPassedAt), as
// they do a mark passed in a clause of time. Near misses, read elsewhere: a mark passed in a clause of "when",
// "once" or "after" is the count, more_than (whenclause.go); "had counted
// 34,000 by Friday" names no stage and stays.

// byStageWords is how far after "by" the stage's unit of time may stand:
// "by the end of the first hundred days" puts it seven words on.
const byStageWords = 8

// byStage reports whether the words from token t, after "by", name a stage
// of the event measured from its start: see above.
func byStage(word func(int) string, t int) bool {
	if word(t) == "day" || word(t) == "week" || word(t) == "month" {
		_, ok := atoiWord(word(t + 1))
		return ok // "by day 100"
	}
	if word(t) != "the" {
		return false
	}
	for j := t + 1; j <= t+byStageWords; j++ {
		w := word(j)
		if timeUnit(w) && w != "hour" && w != "hours" {
			return stageOrdinalBefore(word, j, t)
		}
		switch w {
		case "", ",", ";", ":", ".", "—", "–", "(":
			return false
		}
	}
	return false
}

// atoiWord reports whether w is a number in digits or in words.
func atoiWord(w string) (int, bool) {
	if v, ok := figures.UnitWordValue(w); ok {
		return int(v), true
	}
	n := 0
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return 0, false
		}
		n = n*10 + int(w[i]-'0')
	}
	return n, w != ""
}

// stageOrdinalBefore reports whether an ordinal stands among the words
// from token t to unit u, counting the stage from the event's start: "the
// war's hundredth day", "the end of the first month", "the first 100
// days". "the last week" or "the past month" is no stage.
func stageOrdinalBefore(word func(int) string, u, t int) bool {
	for j := u - 1; j > t; j-- {
		if ordinalAt(word, j) > 0 || ordinalEndingAt(word, j) >= 0 {
			return true
		}
	}
	return false
}

// pluperfectFor reports whether the clause that holds the figure starting
// at token fs holds "had": the past perfect that places its reading at a
// stage before now. The clause runs between breaks: a semicolon or a dash,
// ", and" or ", but", and a relative "that" or "which" ("24,000 had been
// killed, and the toll now stands at 34,800", "24,000 had been killed, a
// toll that has since risen to 34,800": each figure reads its own verb). A
// "has", "have" or "now" in it makes it the count as of now.
func pluperfectFor(d *figures.Document, s *figures.Sentence, fs int) bool {
	word := sentenceWords(d, s)
	start := s.TokStart
	for j := fs - 1; j > s.TokStart; j-- {
		if clauseBreakAt(word, j) {
			start = j + 1
			break
		}
	}
	had := false
	for j := start; j < s.TokEnd; j++ {
		if j > fs && clauseBreakAt(word, j) {
			break
		}
		switch word(j) {
		case "had":
			had = true
		case "has", "have", "now":
			return false
		}
	}
	return had
}

// clauseBreakAt reports whether token j opens a new clause for
// pluperfectFor: a semicolon, a dash, the comma of ", and" or ", but", or a
// relative "that" or "which".
func clauseBreakAt(word func(int) string, j int) bool {
	switch word(j) {
	case ";", "—", "–", "that", "which":
		return true
	case ",":
		w := word(j + 1)
		return w == "and" || w == "but"
	}
	return false
}

// toldThen reports whether sentence s says its reading was given at a past
// time: "then" right after a past verb a text says a figure with
// (saidVerb: "UN agencies reported then", "officials said then"), or "at
// the time" after one ("the ministry said at the time").
func toldThen(d *figures.Document, s *figures.Sentence) bool {
	word := sentenceWords(d, s)
	for j := s.TokStart + 1; j < s.TokEnd; j++ {
		switch {
		case word(j) == "then" && saidVerb(word(j-1)):
			return true
		case word(j) == "at" && word(j+1) == "the" && word(j+2) == "time" && saidVerb(word(j-1)):
			return true
		}
	}
	return false
}

// markPassedAt reports whether the figure whose text begins at token fs is
// a mark passed:
// a past verb of passing or "past" opens its text or stands right before
// it ("had passed 37,000", "past 37,000").
func markPassedAt(d *figures.Document, s *figures.Sentence, fs int) bool {
	word := sentenceWords(d, s)
	for _, v := range []int{fs - 1, fs, fs + 1} { // "had climbed past 10 million"
		if w := word(v); w == "past" || passingVerb(w) {
			return true
		}
	}
	return false
}
