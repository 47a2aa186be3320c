package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// A verbless absolute clause after a figure's comma, "with" a noun and
// where it is, tells of something beside the count, not of the count:
// "topped 11 million on Friday, with fresh arrivals in Chad every week",
// "crossed 11 million, with new camps across the border in South Sudan".
// Its place is the other thing's, so an exclude_near word in it does not
// rule the figure out (clause.go reads the clause as closed). A subject
// that is a share of the figure ("with most in Chad", "with half of them
// abroad") or a clause holding an amount of its own says where the
// figure's own people are, and is read as before.

// withPlaceWords is how many words after the subject's first the
// clause's preposition of place may stand.
const withPlaceWords = 3

// withPlaceClause reports whether "with" at token k, after a comma, opens
// a verbless clause of a noun and a place: a subject that is no share,
// a preposition of place within a few words, and no figure to the
// clause's end.
func withPlaceClause(d *figures.Document, k int) bool {
	if k+2 >= len(d.Tokens) || !opensSubject(d, k+1) || d.InFigure(k+1) {
		return false
	}
	switch d.LowerTokenText(k + 1) {
	case "most", "half", "some", "all", "nearly", "about", "around", "almost", "them", "those", "these", "one", "each", "every", "others":
		return false
	}
	place := false
	for t := k + 2; t < len(d.Tokens) && t <= k+1+withPlaceWords && d.Tokens[t].IsWord(); t++ {
		switch d.LowerTokenText(t) {
		case "in", "into", "across", "inside", "at":
			place = true
		case "of":
			return false // "with the bulk of them in Chad": a share
		}
		if place {
			break
		}
	}
	if !place {
		return false
	}
	for t := k + 1; t < len(d.Tokens); t++ {
		if d.InFigure(t) {
			return false
		}
		if w := d.TokenText(t); w == "." || w == ";" || w == "," || w == "!" || w == "?" {
			break
		}
	}
	return true
}

// withPlaceKeyword reports whether keyword hit h, after figure tokens
// ending at fe, stands in the place of a verbless "with" clause: after
// its preposition of place, as the modifier of the place's noun ("have
// passed 100,000, with clusters in displacement camps across Sudan",
// "... 40,000, with outbreaks at refugee sites"). The keyword names where
// the clause's own subject is, not what the figure counts. A keyword that
// is the clause's subject ("with displaced families in 14 states") stays
// before the preposition and is read as before.
func withPlaceKeyword(d *figures.Document, fe int, h hit) bool {
	place := -1
	for k := h.start - 1; k > fe; k-- {
		switch w := d.LowerTokenText(k); w {
		case "in", "into", "across", "inside", "at":
			place = k
		case "with":
			return place > k+1 && d.TokenText(k-1) == "," && withPlaceClause(d, k)
		case ",", ";", ":", ".", "—", "–":
			return false
		}
	}
	return false
}
