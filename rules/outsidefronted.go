package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A sentence may open by setting the metric's place aside: "Beyond Rafah,
// intelligence assesses that two battalions in the central camps ...",
// "Outside Gaza, at least 500 have been killed", "Away from Khartoum, some
// 300,000 have fled". What the sentence counts after the comma is
// elsewhere, though it names the place: a figure before the place is named
// again is not the place's. A place named again before the figure ("Beyond
// Rafah's outskirts, in Rafah itself, four battalions remain") gives the
// figure back. A place the fronted phrase names as where its own thing
// stands ("Outside the Kuwaiti hospital in Rafah, officials said 1.4
// million ...") sets aside only that thing: what follows is in the place.

// outsideWords is how many words the fronted phrase may run from its
// preposition to its comma ("Outside the Gaza Strip,").
const outsideWords = 5

// outsideFronted reports whether sentence s opens with a phrase that puts
// what follows outside the metric's place and figure fi stands after its
// comma, before the place is named again.
func (m *metric) outsideFronted(st *docState, s *figures.Sentence, fi int) bool {
	if len(m.scope) == 0 {
		return false
	}
	d := st.d
	word := sentenceWords(d, s)
	p := afterStamp(d, s)
	switch word(p) {
	case "beyond", "outside":
		p++
	case "away", "apart":
		if word(p+1) != "from" {
			return false
		}
		p += 2
	default:
		return false
	}
	fs, _ := d.FigureTokens(fi)
	var buf [64]byte
	named := false
	for k := p; k < fs && k <= p+outsideWords; k++ {
		if word(k) == "," {
			if !named {
				return false
			}
			for t := k + 1; t < fs; t++ {
				if m.scopeAt(st, s, t, lowerInto(&buf, d.TokenText(t))) {
					return false
				}
			}
			return true
		}
		if m.scopeAt(st, s, k, lowerInto(&buf, d.TokenText(k))) {
			if locatesWithin(word(k - 1)) {
				return false // "Outside the hospital in Rafah,"
			}
			named = true
		}
	}
	return false
}

// locatesWithin reports whether preposition w places what comes before it
// inside the place after it: "the hospital in Rafah", "the camp at Rafah".
func locatesWithin(w string) bool {
	switch w {
	case "in", "inside", "within", "at":
		return true
	}
	return false
}
