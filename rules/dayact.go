package rules

import (
	"strings"
	"sync"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A day dates what the counted people did when the verb after a noun
// keyword tells their act and the day closes its predicate: "About 4,000
// refugees crossed from Zarovia on Sunday" is Sunday's crossings, a part
// of the running total, as "were killed on Tuesday" is (period.go's
// oneDay). The verb is one of moving (crossed, fled, arrived); the verb may carry its complement before the day ("crossed
// into Marenthia", "fled the town"), which actBeforeDay, reading only a
// verb right before "on", does not. And "alone" after a day marks a part
// of a longer count whatever tells the act ("on Sunday alone", "yesterday
// alone", fronted "On Monday alone, ..."), as it does after a span. A verb
// of recording dates the report ("were registered on Sunday"), and a
// level's verb the level (countAtTime: "numbered 127,000 on Sunday").
// (walk55: one day's crossings posted as "claimants disagree" against the
// refugee total.)

// dayPhraseEnd returns the token after the day phrase that opens at token
// k ("on Sunday", "on December 6", "on a single Sunday", "yesterday",
// "overnight", "last night", "last week"), a part of the day after it ("morning",
// "night") included, or -1 when none opens there.
func dayPhraseEnd(d *figures.Document, s *figures.Sentence, k int) int {
	word := sentenceWords(d, s)
	t := -1
	switch word(k) {
	case "on":
		t = k + 1
		switch {
		case singleDayAt(d, s, t):
			for t < s.TokEnd && word(t) != "day" && !weekday(d.TokenText(t)) {
				t++
			}
			t++
		case dayAt(d, s, t):
			if fi := figureIn(d, s, t); fi >= 0 {
				_, t = d.FigureTokens(fi)
			} else {
				t++
			}
		default:
			return -1
		}
	case "yesterday", "overnight":
		t = k + 1
	case "last":
		switch word(k + 1) {
		case "night", "week", "weekend":
			return k + 2
		}
		return -1
	default:
		return -1
	}
	switch word(t) {
	case "morning", "afternoon", "evening", "night":
		t++
	}
	return t
}

// dayAlone reports whether the day phrase at token k is followed by
// "alone": a part of a longer count.
func dayAlone(d *figures.Document, s *figures.Sentence, k int) bool {
	e := dayPhraseEnd(d, s, k)
	return e > 0 && sentenceWords(d, s)(e) == "alone"
}

// frontedDayAlone returns the token that opens a day phrase with "alone"
// at the sentence's opening, before figure token fs ("On Monday alone,
// ...", "Yesterday alone, ..."), or -1.
func frontedDayAlone(d *figures.Document, s *figures.Sentence, k, fs int) int {
	if e := dayPhraseEnd(d, s, k); e > 0 && e < fs && sentenceWords(d, s)(e) == "alone" {
		return k
	}
	return -1
}

// nounActBeforeDay reports whether the words between noun keyword kw,
// after figure fi, and the day phrase at token k tell the counted people's
// act: a place the
// noun is from may follow it ("refugees from Zarovia"), then a simple past
// of their moving (movedAt), then its complement with no be-form, no
// agent's "by" and no clause's comma before the day.
func nounActBeforeDay(d *figures.Document, s *figures.Sentence, fi int, kw hit, k int) bool {
	// The figure counts the noun, the verb's subject: a verb before the
	// figure tells a level or a report ("numbered 127,000 on Sunday").
	if _, fe := d.FigureTokens(fi); kw.start < fe {
		return false
	}
	word := sentenceWords(d, s)
	t := kw.end
	if word(t) == "from" || word(t) == "in" {
		t++
		for t < k && capitalised(d, t) {
			t++
		}
	}
	if t >= k {
		return false
	}
	if !movedAt(d, s, t, k) {
		return false
	}
	for j := t + 1; j < k; j++ {
		w := word(j)
		if beForm(w) || w == "by" || w == "," || w == "that" {
			return false
		}
	}
	return true
}

// movedAt reports whether token t, the verb after a noun keyword, before
// the day phrase at token k, is a simple past of moving from one place to
// another: a flow over the day, a part of the count. It is a past whose
// verb the flight vocabularies name (flightStems: "fled", "crossed",
// "arrived", "escaped", "left"), or any past that a preposition of
// direction follows ("streamed across", "poured into", "trekked over",
// "came from"), or a particle right before the day ("poured in on
// Sunday"). A verb of state tells where the counted people were on the
// day ("remained in the camps on Sunday", "slept in tents on Saturday
// night"), the count at a time, and a verb of recording the report ("were
// registered on Sunday"): neither dates a part (review55 MUST 1). Nor does
// a return: it leaves the count (returned.go) or is a trip inside the
// country ("returned to the registration centres on Monday").
func movedAt(d *figures.Document, s *figures.Sentence, t, k int) bool {
	raw := d.TokenText(t)
	w := d.LowerTokenText(t)
	if !pastVerbWord(raw) && !(isLowerWord(raw) && irregularPastForm(w)) || verbForm(w, "return") {
		return false
	}
	if flightStems()[stem(w)] {
		return true
	}
	switch next := sentenceWords(d, s)(t + 1); next {
	case "into", "across", "over", "through", "toward", "towards", "onto", "from", "out":
		return true
	case "to":
		return !isLowerWord(d.TokenText(t+2)) || determiner(d.LowerTokenText(t+2)) // "to Kesh", "to the border"; not "to collect"
	case "in":
		return t+2 == k
	}
	return false
}

// flightStems are the stems of the first words of the shipped @refugees
// and @displacement phrases ("fled", "crossed into", "arrived in",
// "escape the fighting", "left their homes"), read once, but for the verbs
// of staying (stayingStems: "hosted" is no move): the next verb of flight
// a vocabulary names dates a day's flow too. Only a past verb at the
// keyword's act asks (movedAt), so the nouns among them ("refugees",
// "exodus") never answer.
var flightStems = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	if v, err := ShippedVocabularies(); err == nil {
		for _, name := range [...]string{"refugees", "displacement"} {
			voc, _ := v.Lookup(name)
			for _, p := range voc.Phrases {
				if ws := strings.Fields(strings.ToLower(strings.TrimPrefix(p, "="))); len(ws) > 0 && isLowerWord(ws[0]) && !prepositions[ws[0]] {
					out[stem(ws[0])] = true
				}
			}
		}
	}
	for st := range stayingStems() {
		delete(out, st)
	}
	return out
})

// weekOfEvent reports whether "last week" at token k dates the event the
// metric counts, named right before it ("killed in the Turkey-Syria
// earthquakes last week": a scope word in lower case, its whole toll; "by
// the floods last week": theDisasterBefore), or any week of a
// metric of one day's event: a week is too long to tell the event's day
// from a later one.
func (m *metric) weekOfEvent(st *docState, s *figures.Sentence, k int) bool {
	d := st.d
	word := sentenceWords(d, s)
	if word(k) != "last" || word(k+1) != "week" && word(k+1) != "weekend" {
		return false
	}
	if m.eventDay || k == s.TokStart {
		return m.eventDay
	}
	// A place names where, not what ("killed in Gaza last week"): the
	// event is a common noun of the scope, or a disaster named with "the".
	raw := d.TokenText(k - 1)
	var buf [64]byte
	return isLowerWord(raw) && (m.isScopeWord(st, lowerInto(&buf, raw)) || theDisasterBefore(d, s, k))
}

// theDisasterBefore reports whether a disaster that strikes, named with
// "the", ends right before token k: "displaced by the floods last week",
// "in the devastating earthquake last week". It came in that week, so
// the week dates it, not a week's share of its count. A war, a famine or
// a drought lasts ("killed in the war last week" are the week's dead),
// and "a flash flood" is another one than the count's.
func theDisasterBefore(d *figures.Document, s *figures.Sentence, k int) bool {
	word := sentenceWords(d, s)
	switch w := word(k - 1); {
	case !naturalDisaster(w), w == "famine", w == "drought":
		return false
	}
	for j := k - 2; j >= s.TokStart && j >= k-4 && isLowerWord(d.TokenText(j)); j-- {
		if word(j) == "the" {
			return true
		}
		if prepositions[word(j)] || determiner(word(j)) {
			return false
		}
	}
	return false
}

// cutoffBefore reports whether a preposition of a bound stands before the
// day word at token t ("by last week", "until yesterday", "through last
// week", "up to last night", "as of yesterday"): the count up to then.
func cutoffBefore(d *figures.Document, s *figures.Sentence, t int) bool {
	word := sentenceWords(d, s)
	switch word(t - 1) {
	case "by", "until", "till", "through", "thru":
		return true
	case "to":
		return word(t-2) == "up"
	case "of":
		return word(t-2) == "as"
	}
	return false
}
