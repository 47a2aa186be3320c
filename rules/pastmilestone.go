package rules

import (
	"strconv"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A past milestone of a running total is an old value of the count, not
// today's: "The ministry's count first crossed 10,000 on 6 November 2023",
// "A year after the invasion the UN's tally stood at 8,006", "The figure
// of 2.5m displaced that aid agencies cited in the war's first two
// months". pastDated reads times in the past relative to the article ("a
// year ago"); these are placed relative to the event itself, or by the
// count's first passing of a mark.
//
//   - "first" right before a verb of passing the figure holds or follows
//     ("first crossed 10,000", "first passed 1 million"): when the count
//     reached a mark, told after the fact;
//   - a time the event's own start measures ("a year after the invasion",
//     "six months into the war", "in the war's first two months", "the
//     first weeks of the fighting") fronting the figure's clause or in its
//     stretch, with a verb in the simple past of the count's state or its
//     citing or counting in the figure's stretch ("stood at", "was", "cited",
//     "counted" with no auxiliary before it). The same
//     time with a present or a present perfect is the count as of that
//     time, told then ("A year after the invasion, the war has killed over
//     8,000 civilians", "Twenty months into the fighting, the displaced
//     number roughly 12.4 million"), and stays.
//   - the time the count took to reach the mark, in the past ("It took
//     barely three months for the toll to pass the 20,000 mark", "The
//     ministry's count had taken 100 days to reach 20,000"): a milestone
//     told after the fact. "It has taken ten months for the toll to pass
//     40,000" is the count reaching it now, and stays, as does a clause
//     dated to the article's days ("It took until Thursday for ...").
//
// As in pastDated, a figure bounded from above ("still under 3 million in
// mid-June, three months into the fighting") is left to the corpora's
// convention.

// pastMilestone returns the token that marks running-total figure fi of
// sentence s as a past milestone, or -1.
//
// A stage told only by a verb of counting ("the UN counted") is past only
// when the article's date (now) lies more than a month after it
// (stageBeforeArticle): an anniversary story's "One year into the war, the
// UN recorded 8.6 million" is its current reading (review53 MUST 5).
func pastMilestone(d *figures.Document, s *figures.Sentence, fi int, since StartDate, now articleMonth) int {
	switch d.Figures[fi].Qualifier {
	case figures.LessThan, figures.AtMost, figures.Nearly:
		return -1
	}
	word := sentenceWords(d, s)
	fs, fe := d.FigureTokens(fi)
	// The figure's text may hold its verb ("crossed 10,000").
	for _, v := range []int{fs, fs - 1} {
		if v-1 >= s.TokStart && passingVerb(word(v)) && word(v-1) == "first" {
			return v - 1
		}
	}
	if k := tookToPass(d, s, fs); k >= 0 {
		return k // "It took barely three months for the toll to pass 20,000"
	}
	start := semicolonStart(d, afterStamp(d, s), fs)
	// The figure's stretch: from the last comma before it to the first
	// break after it.
	from, end := start, s.TokEnd
	for k := fs - 1; k >= start; k-- {
		if d.TokenText(k) == "," {
			from = k + 1
			break
		}
	}
	for k := fe; k < s.TokEnd && end == s.TokEnd; k++ {
		switch d.TokenText(k) {
		case ",", ";", ":", "—", "–", "(":
			end = k
		}
	}
	stated, counted := false, false
	for k := from; k < end; k++ {
		if pastStateVerb(word(k)) {
			stated = true
			break
		}
		if pastCountingVerb(word(k)) && !auxiliary(word(k-1)) {
			counted = true
		}
	}
	if !stated && !counted {
		return -1
	}
	if k := milestoneTime(d, s, fi, from, end, word); k >= 0 && (stated || stageBeforeArticle(word, k, since, now)) {
		return k
	}
	return -1
}

// milestoneTime returns the first token of the time the event's start
// measures that dates figure fi's clause: in the figure's stretch [from,
// end), or fronting the clause before its first comma; or -1.
func milestoneTime(d *figures.Document, s *figures.Sentence, fi int, from, end int, word func(int) string) int {
	fs, _ := d.FigureTokens(fi)
	begin := semicolonStart(d, afterStamp(d, s), fs)
	// The time phrase: in the figure's stretch, or fronting the clause
	// before its first comma.
	if k := eventRelativeTime(d, s, from, end, word, false); k >= 0 {
		return k
	}
	firstComma := -1
	for k := begin; k < fs; k++ {
		if d.TokenText(k) == "," {
			firstComma = k
			break
		}
	}
	if firstComma >= 0 && firstComma < from {
		return eventRelativeTime(d, s, begin, firstComma, word, true)
	}
	return -1
}

// eventRelativeTime returns the first token of a time the event's start
// measures among tokens [from, to): a span after or into it ("a year after
// the invasion", "six months into the war") or its first span ("the war's
// first two months", "the first weeks of the fighting"), or -1.
//
// fronted is whether the phrase fronts the clause. Fronted, a quake's
// first shock ("A week after the first shock, the count stood at
// 36,000") is the event's start as its noun is; after the figure ("which
// stood at 36,187 a week after the first tremor") the labelled corpora
// read such a stage as the figure's as-of, as stageMark's are.
func eventRelativeTime(d *figures.Document, s *figures.Sentence, from, to int, word func(int) string, fronted bool) int {
	for k := from; k < to; k++ {
		switch word(k) {
		case "after", "into":
			// Hours after the start are the news's own present, told as
			// live copy tells it ("Some 140 hours after the quake, the
			// toll stood at 37,800"), not a milestone told after the fact;
			// so are a fortnight's days counted ("Four days after the
			// quakes, the toll stood at 21,719").
			// "in the weeks after the quakes" is the stretch of the
			// aftermath, no stage measured from the start.
			if k-1 >= s.TokStart && timeUnit(word(k-1)) && !hourUnit(word(k-1)) && word(k-2) != "the" && !(k-2 >= s.TokStart && liveDays(word(k-2), word(k-1))) && (startEventAfter(d, s, k) || fronted && firstShockAfter(d, s, k)) {
				return k - 1
			}
		case "first":
			unit := -1
			for j := k + 1; j < to && j <= k+3; j++ {
				if timeUnit(word(j)) {
					unit = j
					break
				}
			}
			if unit < 0 {
				continue
			}
			// The event owns the span ("the war's first") or follows it
			// ("of the war").
			for j := k - 1; j >= s.TokStart && j >= k-3; j-- {
				if spellNoun(word(j)) {
					return k
				}
			}
			if word(unit+1) == "of" && startEventAfter(d, s, unit+1) {
				return k
			}
		}
	}
	return -1
}

// firstShockAfter reports whether a determiner and a quake's first shock
// follow token k within four words (firstShock): "after the first shock",
// "after that first tremor", "after their main shock".
func firstShockAfter(d *figures.Document, s *figures.Sentence, k int) bool {
	if k+1 >= s.TokEnd {
		return false
	}
	switch d.LowerTokenText(k + 1) {
	case "the", "that", "this", "its", "their":
	default:
		return false
	}
	for j := k + 2; j < s.TokEnd && j <= k+5; j++ {
		if firstShock(d, j) {
			return true
		}
		if !d.Tokens[j].IsWord() {
			return false
		}
	}
	return false
}

// firstShock reports whether token j is a quake's shock or tremor named
// as its start: "the first shock", "the main tremor", "the initial
// jolt". A shock alone may be of anything ("the shock of the news"); the
// ordinal makes it the event's (fa53b, earlier_stage_counted.yaml).
func firstShock(d *figures.Document, j int) bool {
	switch d.LowerTokenText(j) {
	case "shock", "shocks", "tremor", "tremors", "temblor", "jolt", "quake", "earthquake":
	default:
		return false
	}
	switch d.LowerTokenText(j - 1) {
	case "first", "main", "initial", "opening", "big":
		return true
	}
	return false
}

// maxLiveDays is how many days after an event's start live copy counts:
// a fortnight, the days of rescue and first counts.
const maxLiveDays = 14

// liveDays reports whether lower-cased n and unit count a span of days up
// to maxLiveDays: "four days", "11 days", "a day".
func liveDays(n, unit string) bool {
	if unit != "day" && unit != "days" {
		return false
	}
	if n == "a" {
		return true
	}
	v, err := strconv.Atoi(n)
	if err != nil {
		var ok bool
		if v, ok = figures.UnitWordValue(n); !ok {
			return false
		}
	}
	return v >= 1 && v <= maxLiveDays
}

// hourUnit reports whether lower-cased w is the hour as a unit of time.
func hourUnit(w string) bool { return w == "hour" || w == "hours" }

// passingVerb reports whether w is a verb of a count passing a mark in the
// past: "crossed", "passed", "topped", "hit" (figures.PassingVerb, from the
// figure finder's table of threshold verbs).
func passingVerb(w string) bool {
	_, past := figures.PassingVerb(w)
	return past
}

// pastStateVerb reports whether w is a verb in the simple past of a count's
// state or of its citing: "stood at", "was", "numbered", "cited".
func pastStateVerb(w string) bool {
	switch w {
	case "stood", "was", "were", "numbered", "totalled", "totaled", "remained", "cited", "quoted":
		return true
	}
	return false
}

// pastCountingVerb reports whether w is a verb of counting in the simple
// past, its count the object: "Three months into the war, the UN counted 3
// million displaced", "a year after the invasion the mission recorded
// 8,006". The caller asks that no auxiliary stand before it: "has
// counted", "had been recorded" tell the count as of the time named, as a
// present perfect does (fa53b, earlier_stage_counted.yaml).
func pastCountingVerb(w string) bool {
	switch w {
	case "counted", "recorded", "registered", "tallied", "logged":
		return true
	}
	return false
}

// tookToPass returns the token of "took" (or "had taken") whose clause
// tells the time a count took to pass the mark figure fi's text begins
// at token fs: "to" and a verb of passing in the base form right before
// the figure or opening its text, "took" before them in their clause, and
// no time of the article's days in it; or -1.
func tookToPass(d *figures.Document, s *figures.Sentence, fs int) int {
	word := sentenceWords(d, s)
	to := -1
	for _, v := range []int{fs, fs - 1} {
		if v-1 >= s.TokStart && basePassingVerb(word(v)) && word(v-1) == "to" {
			to = v - 1
			break
		}
	}
	if to < 0 {
		return -1
	}
	for k := to - 1; k >= s.TokStart && k >= to-16; k-- {
		switch w := word(k); {
		case w == "," || w == ";" || w == ":" || w == "—" || w == "–":
			return -1
		case w == "took" || w == "taken" && word(k-1) == "had":
			if recentTimeIn(d, s, k) {
				return -1 // "It took until Thursday for ..."
			}
			return k
		case w == "taken" || w == "take" || w == "takes":
			return -1 // "It has taken ten months", "will take": now or to come
		}
	}
	return -1
}

// basePassingVerb reports whether w is a verb of a count passing a mark in
// the base form: "pass", "cross", "reach" (figures.PassingVerb).
func basePassingVerb(w string) bool {
	base, _ := figures.PassingVerb(w)
	return base
}
