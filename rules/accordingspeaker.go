package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A country fronted as the source of what follows speaks as one that opens
// the sentence with "says" does (speakers.go, ownTollSpeaker): "According
// to Lebanon's Ministry of Public Health, more than 3,000 people have been
// killed in Israeli strikes", "According to Syria, 1,500 died in the
// raids". The country, or a body it owns ("Lebanon's health ministry"),
// after "According to", up to the comma; the figure opens what follows it.

// accordingBodyWords is how many words the country's body may hold
// ("Ministry of Public Health").
const accordingBodyWords = 5

// accordingToCountry returns the token after the comma that closes
// "According to" and exclude_near hit ex, a country that opens the
// sentence as its source, perhaps with a body it owns; or -1.
func accordingToCountry(d *figures.Document, s *figures.Sentence, ex hit) int {
	open := afterStamp(d, s)
	if ex.start != open+2 || d.LowerTokenText(open) != "according" || d.LowerTokenText(open+1) != "to" {
		return -1
	}
	if !named(d, ex.start) || !isCountry(d.TokenText(ex.end-1)) {
		return -1
	}
	t := ex.end
	if ownsNext(d, ex) {
		t += 2
		for n := 0; n < accordingBodyWords && t < s.TokEnd && d.Tokens[t].IsWord() && figureAt(d, t) < 0; n++ {
			t++
		}
	}
	if t >= s.TokEnd || d.TokenText(t) != "," {
		return -1
	}
	return t + 1
}

// accordingOwnToll reports whether figure fi opens what an excluded
// country fronted with "According to" tells (accordingToCountry), and the
// sentence names none of the metric's scope: the country's own count.
func (m *metric) accordingOwnToll(st *docState, s *figures.Sentence, hits []hit, fi int) bool {
	d := st.d
	fs, _ := d.FigureTokens(fi)
	for _, h := range hits {
		if h.ref.role == roleNear && accordingToCountry(d, s, h) == fs {
			return !m.scopeNamedIn(st, s)
		}
	}
	return false
}
