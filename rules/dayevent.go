package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A metric of what one day's event did (eventDay: "killed by the
// earthquakes of 6 February 2023") names that event by its day as an
// owner: "died in Monday's quakes", "killed in Monday's twin earthquakes".
// The day then names the metric's own event, not a day of a running count
// ("were killed on Tuesday" is that day's part). A day that owns another
// noun ("Tuesday's aftershock", "Monday's strike") still dates a part.

// dayOwnsEvent reports whether the weekday at token t, in the possessive,
// owns one of the metric's scope words (in any form), past at most two
// lower-case words: "Monday's quakes", "Monday's twin earthquakes".
func (m *metric) dayOwnsEvent(st *docState, s *figures.Sentence, t int) bool {
	d := st.d
	word := sentenceWords(d, s)
	if !weekday(word(t)) || t+2 >= s.TokEnd || !isApostrophe(d.TokenText(t+1)) || word(t+2) != "s" {
		return false
	}
	var buf [64]byte
	for k := t + 3; k < s.TokEnd && k <= t+5; k++ {
		if !isLowerWord(d.TokenText(k)) {
			return false
		}
		if m.isScopeWord(st, lowerInto(&buf, d.TokenText(k))) {
			return true
		}
	}
	return false
}
