package rules

import (
	"slices"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// Headlines and live blogs label a statement with its place before a
// colon: "Syria: earthquake death toll rises to 5,800", "14:40 — Turkey:
// the number killed has climbed to 44,000". When the label is a part the
// metric rules out (an exclude_near name, alone), the statement's figures
// are that part's, however far the label stands from them. The statement
// may still name its own place, and then the label is only a topic:
// "Israel: Gaza death toll passes 34,000", "Turkey: combined toll in
// Turkey and Syria passes 50,000". A capital's label speaks for its
// country, as a dateline does (capitalLabel): "Kyiv: UN-verified civilian
// dead near 13,000" places no figure in the city, unless the statement
// says it does ("Kyiv: civilian toll in the capital passes 1,100"). A list of labelled figures ("Turkey:
// 44,218; Syria: 5,900") is read by labels.go: a colon right before a
// figure, or a second colon later, labels no statement.

// labelledPart reports whether figure fi of sentence s stands in a
// statement that an exclude_near name labels at the sentence's opening
// (after a time stamp or dateline), with no place of the metric's own and
// no whole named in it.
func (m *metric) labelledPart(d *figures.Document, s *figures.Sentence, hits []hit, fi int) bool {
	for _, h := range hits {
		// The cheap test first: an exclude_near name right before a colon.
		if h.ref.role != roleNear || h.end >= s.TokEnd || d.TokenText(h.end) != ":" || !named(d, h.start) {
			continue
		}
		if h.start != afterStamp(d, s) || ownerHit(d, h) || joinedPlace(d, h) || !labelsStatement(d, s, h.end) {
			continue
		}
		if capitalAt(d, s, h.start) && !citySaidIn(d, h.end+1, s.TokEnd) {
			continue // the government speaks: "Kyiv: UN-verified civilian dead near 13,000" (capitalLabel)
		}
		if fs, _ := d.FigureTokens(fi); fs <= h.end {
			return false
		}
		return !m.ownPlaceIn(d, h.end+1, s.TokEnd) && !wholeNamed(d, s, hits, fi)
	}
	return false
}

// labelsStatement reports whether the colon at token c of sentence s
// opens a statement the name before it labels: a word follows it, and no
// other colon does later in the sentence.
func labelsStatement(d *figures.Document, s *figures.Sentence, c int) bool {
	if c+1 >= s.TokEnd || !d.Tokens[c+1].IsWord() || figureIn(d, s, c+1) >= 0 {
		return false
	}
	for k := c + 1; k < s.TokEnd; k++ {
		if d.TokenText(k) == ":" {
			return false
		}
	}
	return true
}

// ownPlaceIn reports whether a place the metric counts (m.places) is
// named among tokens from..to; a month its spec names ("since October")
// is no place.
func (m *metric) ownPlaceIn(d *figures.Document, from, to int) bool {
	for k := from; k < to; k++ {
		if w := d.LowerTokenText(k); named(d, k) && slices.Contains(m.places, w) && monthNumber(w) == 0 {
			return true
		}
	}
	return false
}

// citySaidIn reports whether the words among tokens from..to name a city
// by its common noun: "the capital", "the city", "citywide".
func citySaidIn(d *figures.Document, from, to int) bool {
	for k := from; k < to; k++ {
		switch d.LowerTokenText(k) {
		case "capital", "city", "citywide", "city-wide":
			return true
		}
	}
	return false
}
