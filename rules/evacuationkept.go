package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// An evacuation word near a count of people in the metric's place moves
// them out of it ("Evacuation orders now cover 400,000 people in Rafah",
// movedfrom.go) only when it is the evacuation of that place and of those
// people. evacuationKept names the evacuations that are not
// (evacuation_not_moved.yaml).

// evacuationKept reports whether evacuation hit h, a keyword near figure fi
// of sentence s, leaves the figure's people where they are: it names
// another place left ("since the evacuation of Deir al-Balah"), or, after
// the figure, dates when its people arrived ("many of whom came after
// evacuation orders cleared Gaza City") or stands in a clause of its own
// (", and no evacuation plan says where they could go"). A dated
// evacuation with no verb of arriving before it dates a move the figure's
// clause tells, perhaps to another place: "Khan Younis has taken in some
// 300,000 people since the evacuation orders"; "After evacuation orders,
// about 250,000 people have left Rafah".
func (m *metric) evacuationKept(d *figures.Document, s *figures.Sentence, fi int, h hit) bool {
	if !evacuation(d, h) {
		return false
	}
	if m.evacuationOfOtherPlace(d, s, h) {
		return true
	}
	fs, fe := d.FigureTokens(fi)
	if wholeToMove(d, h, fs) {
		return true // "vows to evacuate the 1.2 million people in Rafah" (wholetomove.go)
	}
	return h.start >= fe && (arrivedBefore(d, s, h) || filledSince(d, s, fi, h) || conjunctionBetween(d, fe, h.start))
}

// filledSince reports whether evacuation hit h, after "since", "after" or
// "following" (perhaps "the"), dates the level figure fi reached by a
// verb of growth or of arriving right before it or in it, its noun at
// most two words between: "whose crowds have swollen past 1.3 million
// since evacuation was ordered", "have grown to some 1.23 million residents
// following evacuation orders" (evacuation_dates_growth.yaml, tune48).
// The place filled as others were emptied; its people were not moved
// out of it.
func filledSince(d *figures.Document, s *figures.Sentence, fi int, h hit) bool {
	b := h.start - 1
	if b >= s.TokStart && (determiner(d.LowerTokenText(b)) || demonstrative(d.LowerTokenText(b))) {
		b-- // "since the evacuation orders", "since that evacuation order"
	} else if b-2 > s.TokStart && ownerMark(d, b-1) && named(d, b-2) {
		b -= 3 // "since Israel's evacuation orders"
	}
	fs, fe := d.FigureTokens(fi)
	if b < fe || b-fe > 2 {
		return false
	}
	switch d.LowerTokenText(b) {
	case "after", "since", "following":
	default:
		return false
	}
	for t := fe; t < b; t++ {
		if !isLowerWord(d.TokenText(t)) {
			return false
		}
	}
	for t := max(fs-2, s.TokStart); t < fe; t++ {
		if w := d.LowerTokenText(t); isLowerWord(d.TokenText(t)) && (figures.GrowthForm(w) || arrivingVerb(w)) {
			return true
		}
	}
	return false
}

// arrivedBefore reports whether a verb of arriving and a word of time open
// the evacuation hit h, perhaps past "the": "came after evacuation
// orders", "arrived since the evacuation". The evacuation is then when the
// count's people came, not what moved them out.
func arrivedBefore(d *figures.Document, s *figures.Sentence, h hit) bool {
	b := h.start - 1
	if b >= s.TokStart && strings.EqualFold(d.TokenText(b), "the") {
		b--
	}
	if b-1 < s.TokStart {
		return false
	}
	switch d.LowerTokenText(b) {
	case "after", "since", "following":
	default:
		return false
	}
	return arrivingVerb(d.LowerTokenText(b - 1))
}

// arrivingVerb reports whether lower-cased w is a form of a verb of
// arriving: "came", "arrived", "reached".
func arrivingVerb(w string) bool {
	switch w {
	case "came", "come", "comes", "coming":
		return true
	}
	for _, stem := range [...]string{"arrive", "reach"} {
		if verbForm(w, stem) {
			return true
		}
	}
	return false
}

// evacuationOfOtherPlace reports whether the evacuation hit h names, after
// its "of", a place left that is none of the metric's: "the evacuation of
// Khan Younis", "the evacuation of northern Gaza". The evacuation of the
// metric's place, or of people ("the evacuation of 450,000 people from
// Rafah"), is no other place's.
func (m *metric) evacuationOfOtherPlace(d *figures.Document, s *figures.Sentence, h hit) bool {
	k := h.end
	if k >= s.TokEnd || d.LowerTokenText(k) != "of" {
		return false
	}
	k++
	if k < s.TokEnd && strings.EqualFold(d.TokenText(k), "the") {
		k++
	}
	k = skipCompassAfter(d, k, s.TokEnd)
	return k < s.TokEnd && named(d, k) && !m.insideName(d.TokenText(k)) && !calendarName(d.TokenText(k))
}

// partOfWhole reports whether figure fi is the whole after a word of a part
// and "of the" ("part of the nearly 1.3 million people", "some of the 1.4
// million sheltering there"): a verb before it acts on the part, and the
// figure keeps its own words. "all of the" is the whole and is no part.
func partOfWhole(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	k := fs - 1
	if k >= s.TokStart {
		switch d.LowerTokenText(k) {
		case "the", "its", "their":
			k--
		}
	}
	if k-1 < s.TokStart || d.LowerTokenText(k) != "of" {
		return false
	}
	switch d.LowerTokenText(k - 1) {
	case "part", "some", "many", "most", "half", "several", "thousands", "hundreds", "tens", "few":
		return true
	}
	return false
}
