package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A figure may be dated by a clause that tells what happened that day:
// "the ministry's tally, which stood at 34,789 on the day Israeli tanks
// rolled into Rafah", "Gaza's toll was 31,000 the morning troops pushed
// into Khan Younis". The clause's words are the event's, not the figure's:
// a keyword inside it ("into Rafah") places the tanks, and names nothing
// the figure counts. The clause opens on a noun of a time of day or a span
// ("day", "morning", "week"), perhaps past "that" or "when", runs a subject
// of at most four words, and has its own verb in the past before the
// keyword. A keyword before the time noun ("1.4 million people were in
// Rafah on the day the tanks rolled in") is the figure's own.

// dayClauseWords are the nouns of a time that open a dating clause.
var dayClauseWords = map[string]bool{"day": true, "morning": true, "night": true, "evening": true,
	"afternoon": true, "week": true, "month": true, "hour": true}

// keywordInDayClause reports whether keyword hit h, after figure fi with
// no other amount between, stands in a clause dating the figure, opened
// after the figure by "the" and a noun of dayClauseWords.
func keywordInDayClause(d *figures.Document, s *figures.Sentence, fi int, h hit) bool {
	_, fe := d.FigureTokens(fi)
	if h.start <= fe || h.start-fe > 14 || amountBetween(d, s, fe, h.start) {
		return false
	}
	word := sentenceWords(d, s)
	for t := fe; t+1 < h.start; t++ {
		if word(t) != "the" || !dayClauseWords[word(t+1)] {
			continue
		}
		k := t + 2
		if w := word(k); w == "that" || w == "when" {
			k++
		}
		if k >= h.start || !d.Tokens[k].IsWord() {
			return false // "the day's estimate": the noun owns, it opens no clause
		}
		// A subject of one to four words, then a verb in the past.
		for j := k + 1; j < h.start && j <= k+4; j++ {
			if !d.Tokens[j].IsWord() {
				return false
			}
			if w := word(j); isLowerWord(d.TokenText(j)) && (strings.HasSuffix(w, "ed") && len(w) > 4 || irregularPastForm(w)) {
				return true
			}
		}
		return false
	}
	return false
}
