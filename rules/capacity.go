package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A figure after "room for", "space for", "capacity for" or "of", or a
// participle of making a place for ("built for", "designed for", "meant
// for") is what a place can hold, not how many it holds or how many a
// count has reached: "Camps around Port Sudan have room for perhaps 300,000
// displaced people", "a town built for 275,000 now holds 1.4 million". The
// figure is a capacity, whatever keyword stands beside it; the count, when
// the sentence gives one, is its other figure.

// capacityFigure reports whether figure fi of sentence s is a capacity:
// it follows "for" (or "of" after "capacity") and a word of room or of a
// place made for so many.
func capacityFigure(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	if fs-2 < s.TokStart {
		return false
	}
	word := sentenceWords(d, s)
	switch word(fs - 1) {
	case "for":
		return capacityWord(word(fs - 2))
	case "of":
		return word(fs-2) == "capacity"
	}
	return false
}

// capacityWord reports whether w, before "for", makes the figure after it
// a capacity.
func capacityWord(w string) bool {
	switch w {
	case "room", "space", "capacity", "built", "designed", "meant", "intended", "planned":
		return true
	}
	return false
}
