package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A figure a sample or a subset is taken of counts the part examined, not
// the whole: "its own verification of a sample of 8,119 deaths", "a
// subset of 3,000 records the researchers checked by hand". A study that
// reads a part says how far the part bears out the count; the part is not
// the count.

// sampleOf reports whether figure fi is what a sample or a subset holds:
// "a sample of N", "a random subset of N".
func sampleOf(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	if fs-2 < s.TokStart || word(fs-1) != "of" {
		return false
	}
	switch word(fs - 2) {
	case "sample", "samples", "subset", "subsample", "sub-sample":
		return true
	}
	return false
}
