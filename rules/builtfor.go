package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// The size a place was made for is no count of the people in it: "the
// city, built for around 300,000, now holds well over a million", "a
// camp designed for 40,000 that shelters three times as many", "a school
// meant for maybe 2,000 pupils". A participle of making ("built",
// "designed", "meant", "planned", "intended") and "for" right before the
// figure (perhaps a hedge between: "built for maybe 250,000") give the
// capacity, and the count is the one the place holds. "for" after another
// verb ("sheltering for months", "have waited for 20,000 permits") or a
// participle with its object first ("built shelters for 20,000") is none
// of this. (built_for_size.yaml)

// builtForSize reports whether figure fi of sentence s is the size a
// place was made for: a participle of making and "for" stand right
// before it.
func builtForSize(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	k := fs - 1
	if k > s.TokStart && hedgeBeforeFigure(d.LowerTokenText(k)) {
		k-- // "built for maybe a quarter of a million"
	}
	if k-1 <= s.TokStart || d.LowerTokenText(k) != "for" {
		return false
	}
	switch d.LowerTokenText(k - 1) {
	case "built", "designed", "meant", "planned", "intended":
		return isLowerWord(d.TokenText(k - 1))
	}
	return false
}

// hedgeBeforeFigure reports whether lower-case w is a hedge a speaker puts
// before a figure that the figure finder leaves outside it: "maybe",
// "perhaps", "only", "just".
func hedgeBeforeFigure(w string) bool {
	switch w {
	case "maybe", "perhaps", "only", "just":
		return true
	}
	return false
}
