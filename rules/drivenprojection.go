package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// People a feared event would drive somewhere are what may come, as a
// modal's "cause" is (causedprojection.go): "a push into Rafah would send
// hundreds of thousands of Gazans into Sinai", "an assault could force
// 500,000 more across the border", "fighting may drive 2 million out of
// the capital". A modal, perhaps an adverb, a verb of driving people, the
// figure as its object, then where they would go ("into", "across", "out
// of", "towards") within a few words.

// drivenReach is how many tokens after the figure its place of motion may
// stand ("hundreds of thousands of Gazans into").
const drivenReach = 4

// drivenProjection returns the token of a coming modal before a verb of
// driving people whose object is figure fi and that says where they go,
// or -1.
func drivenProjection(d *figures.Document, fi int) int {
	fs, fe := d.FigureTokens(fi)
	k := fs - 1
	if k < 1 || !driveVerb(d.LowerTokenText(k)) {
		return -1
	}
	motion := false
	for t := fe; t < len(d.Tokens) && t < fe+drivenReach && !motion; t++ {
		switch d.LowerTokenText(t) {
		case "into", "across", "out", "towards", "toward", "over", "abroad":
			motion = true
		case ",", ";", ".", ":", "—":
			return -1
		}
	}
	if !motion {
		return -1
	}
	return comingModalBefore(d, k)
}

// driveVerb reports whether lower-cased w, in its base form after a
// modal, drives people from where they are: "send", "drive", "force".
func driveVerb(w string) bool {
	switch w {
	case "send", "drive", "force", "push", "pour", "propel":
		return true
	}
	return false
}
