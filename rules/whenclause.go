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
//   - a clause of time ("when", "once", "after") whose verb of passing in
//     the past takes the figure ("When the dead topped 5,000 last
//     winter, aid agencies said ...", "Back in the spring, when the tally
//     first crossed 20,000, ..."): a mark the count passed. It is not
//     another time's count but a lower bound of today's, true ever since,
//     so a running total keeps it whatever the clause's date
//     (milestoneInTimeClause; the corpus README's "A mark passed, told in a
//     clause of time"). The tracker reads such a bound under a higher
//     accepted value as agreeing, never as a fall.

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

// milestoneInTimeClause reports whether figure fi of sentence s is a
// lower bound set by a verb of passing in the past inside a clause of
// time: "when", "once" or "after" opens the figure's clause, and the
// passing verb ("passed", "crossed", "had topped") stands between it and
// the figure, perhaps after a verb of saying ("after officials said the
// tally had topped 30,000"). A reading the clause gives exactly
// ("when the toll stood at 25,000", "reached 50,021") is no bound and is
// left to the other readings of time.
func milestoneInTimeClause(d *figures.Document, s *figures.Sentence, fi int) bool {
	if d.Figures[fi].Qualifier != figures.MoreThan {
		return false
	}
	word := sentenceWords(d, s)
	fs, _ := d.FigureTokens(fi)
	passed := false
	for k := fs; k >= s.TokStart && k >= fs-16; k-- {
		switch w := word(k); {
		case w == "," || w == ";" || w == ":" || w == "—" || w == "–" || w == "(":
			return false // the clause ends before any conjunction of time
		case passingVerb(w):
			passed = true
		case w == "when" || w == "once" || w == "after":
			return passed
		}
	}
	return false
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
