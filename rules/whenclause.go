package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A "when" clause places a figure at another time than the article's:
//
//   - after the figure's clause, the start of the event ("Hamas fielded 24
//     battalions when the war began"): the level then, as "at the start of
//     the war" says (otherTime). A verb of another clause between them
//     takes the "when" ("1.4 million people displaced when the war began",
//     "battalions that are as intact as they were when the war began"): it
//     dates how they came, and the figure's own clause stays now;
//   - fronting the sentence, with the figure inside and a verb of passing
//     in the past ("When the toll passed 10,000 in early November, Guterres
//     warned ..."): a milestone the count passed, told after the fact
//     (pastMilestone). The present ("When the death toll in Gaza passes
//     40,000, as it did this week, ...") states the count now and stays,
//     and so does a passing the clause dates to the article's own days
//     ("When the toll passed 40,000 on Thursday", "topped 30,000 this
//     week"): the news is the mark just passed.

// whenEventStarted reports whether "when" at token k opens a clause on the
// event's start: "when the war began", "when the fighting broke out", "when
// the full-scale invasion started", with no verb of another clause
// between the figure, which ends at token fe, and it.
func whenEventStarted(d *figures.Document, s *figures.Sentence, fe, k int) bool {
	word := sentenceWords(d, s)
	if word(k) != "when" || word(k+1) != "the" {
		return false
	}
	from := fe
	for t := fe; t < k; t++ {
		if alreadyState(word, t) {
			// "had already been uprooted ... when the war began": the
			// figure's own predicate, a state before the start.
			from = t + 1
		}
	}
	for t := from; t < k; t++ {
		w := word(t)
		if w == "that" || w == "which" || w == "who" || w == "as" || actsOrSpeaks[w] && w != "and" && w != "or" || isLowerWord(d.TokenText(t)) && strings.HasSuffix(w, "ed") {
			return false // "people displaced when the war began": the "when" is that verb's
		}
	}
	for j := k + 2; j < s.TokEnd && j <= k+5; j++ {
		if spellNoun(word(j)) {
			return startVerb(word(j + 1))
		}
		if !isLowerWord(d.TokenText(j)) && word(j) != "-" {
			return false
		}
	}
	return false
}

// frontedWhenPassed returns the "when" that opens sentence s with a clause
// holding figure fi and a verb of passing in the past before it ("When the
// toll passed 10,000 in early November,"), or -1.
func frontedWhenPassed(d *figures.Document, s *figures.Sentence, fi int) int {
	word := sentenceWords(d, s)
	w := sentenceOpening(d, s)
	if word(w) != "when" {
		return -1
	}
	fs, _ := d.FigureTokens(fi)
	for k := w + 1; k <= fs && k < s.TokEnd; k++ {
		switch word(k) {
		case ",", ";", ":", "—", "–":
			return -1 // the figure is past the clause
		}
		if passingVerb(word(k)) {
			if recentTimeIn(d, s, w+1) {
				return -1 // "When the toll passed 40,000 on Thursday,", "When the ministry said on Thursday that ...": today's news
			}
			return w
		}
	}
	return -1
}

// recentTimeIn reports whether the clause of sentence s from token k (the
// word after its "when") to its first break dates itself to the article's own days: "today",
// "yesterday", "overnight", "on Thursday", "this week", "last night".
func recentTimeIn(d *figures.Document, s *figures.Sentence, k int) bool {
	word := sentenceWords(d, s)
	for t := k; t < s.TokEnd; t++ {
		switch w := word(t); {
		case w == "," || w == ";" || w == ":" || w == "—" || w == "–":
			return false
		case w == "today" || w == "yesterday" || w == "overnight" || w == "tonight" || weekday(w):
			return true
		case w == "this" && periodWord(word(t+1)), w == "last" && word(t+1) == "night":
			return true
		}
	}
	return false
}

// alreadyState reports whether the participle at token t is its clause's
// own predicate of a state held already, a form of "be" and "already"
// before it: "were already displaced", "had already been uprooted". A
// "when" on the event's start after it dates the state to that start, a
// level before the event, not a verb of another clause (fa42,
// fronted_prior_part.yaml).
func alreadyState(word func(int) string, t int) bool {
	return strings.HasSuffix(word(t), "ed") && word(t-1) == "already" && beForm(word(t-2)) ||
		strings.HasSuffix(word(t), "ed") && word(t-1) == "been" && word(t-2) == "already"
}

// asideThenWhen returns the "when" after an aside that the comma at token c
// opens, when the figure's clause (from token fe) holds a state held
// already and the "when" opens a clause on the event's start: "about 2.8
// million had already been uprooted, largely in the west, when the
// fighting started" (fa42). Else -1.
func asideThenWhen(d *figures.Document, s *figures.Sentence, fe, c int) int {
	word := sentenceWords(d, s)
	already := false
	for t := fe; t < c; t++ {
		already = already || alreadyState(word, t)
	}
	if !already {
		return -1
	}
	for e := c + 1; e < s.TokEnd && e <= c+6; e++ {
		switch word(e) {
		case ",":
			if whenEventStarted(d, s, fe, e+1) {
				return e + 1
			}
			return -1
		case ";", ":", ".", "—", "–":
			return -1
		}
	}
	return -1
}
