package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
	"github.com/claimtrack/claimtrack/rules/names"
)

// A relative clause on a place the metric does not count opens with the
// figure: "Khan Younis, whose 400,000 residents largely fled there", "a
// camp in Darfur where two million displaced people then lived". The
// clause tells of the place it hangs on, so the figure counts that
// place's people: another place's, or a part of the metric's (dev-159's
// "whose 400,000 residents"; unseen_genres_fa60.yaml). The place is a
// known one (names/places.yaml) and none of its words is the metric's own
// place ("Rafah, whose 1.4 million displaced", "in Gaza, where 34,000
// have been killed" stay), nor joined to another ("Turkey and Syria,
// where 50,000 died" names the whole). Counts of people only: a place
// where money is voted or units are kept ("Washington, where ...") says
// where something was done, not whose it is.

// otherPlaceRelative reports whether figure fi opens a "whose" or "where"
// clause on a known place that is not the metric's own.
func (m *metric) otherPlaceRelative(st *docState, s *figures.Sentence, fi int) bool {
	if m.spec.Unit != "people" {
		return false
	}
	d := st.d
	fs, _ := d.FigureTokens(fi)
	r := fs - 1
	if r <= s.TokStart {
		return false
	}
	if w := d.LowerTokenText(r); w != "whose" && w != "where" {
		return false
	}
	e := r
	if d.TokenText(e-1) == "," {
		e--
	}
	b := e
	for b > s.TokStart && b > e-3 && named(d, b-1) {
		b--
	}
	if b == e || b > s.TokStart && isJoin(d.LowerTokenText(b-1)) {
		return false
	}
	if !names.KnownPlace(d.Text[d.Tokens[b].Start:d.Tokens[e-1].End]) {
		return false
	}
	for t := b; t < e; t++ {
		if m.ownPlaceNamed(st, s, t) {
			return false
		}
	}
	return true
}
