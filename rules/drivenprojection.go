package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// People a feared event would drive somewhere are what may come, as a
// modal's "cause" is (causedprojection.go): "a push into Rafah would send
// hundreds of thousands of Gazans into Sinai", "an assault could force
// 500,000 more across the border", "fighting may drive 2 million out of
// the capital". A modal, perhaps an adverb, a verb of driving people, the
// figure as its object, then where they would go ("into", "across", "out
// of", "towards") or that they move ("to flee", "to relocate") within a
// few words. A verb of expecting stands for the modal when the verb of
// driving is its infinitive: "planners expect the push to force ...".

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
		case "to":
			// "force 900,000 people to relocate", "drive them to flee"
			if t+1 < len(d.Tokens) {
				w := d.LowerTokenText(t + 1)
				motion = movingVerb(w) || leavingVerb(w)
			}
		case ",", ";", ".", ":", "—":
			return -1
		}
	}
	if !motion {
		return -1
	}
	if j := comingModalBefore(d, k); j >= 0 {
		return j
	}
	return expectedInfinitive(d, k)
}

// expectReach is how many words back from the infinitive's "to" a verb of
// expecting may stand, past its object and a first infinitive joined by
// "and": "expect the assault on the city to last weeks and to force".
const expectReach = 14

// expectedInfinitive returns the token of a verb of expecting whose
// infinitive is the verb of driving at token k, or -1: "is expected to
// force", "expect the assault to drive", "anticipate the push to last
// weeks and to force" (fa42, expected_driven.yaml). The walk back from the
// "to" stops at any mark: "Diplomats expected a short war; it has since
// forced ..." tells what was driven.
func expectedInfinitive(d *figures.Document, k int) int {
	if k < 2 || d.LowerTokenText(k-1) != "to" {
		return -1
	}
	if expectVerb(d.LowerTokenText(k - 2)) {
		return k - 2
	}
	for j := k - 2; j >= 0 && j >= k-1-expectReach; j-- {
		if !d.Tokens[j].IsWord() {
			return -1
		}
		switch d.LowerTokenText(j) {
		case "expect", "expects", "expected", "expecting", "anticipate", "anticipates", "anticipated",
			"foresee", "foresees", "predict", "predicts", "project", "projects", "fear", "fears", "feared":
			return j
		}
	}
	return -1
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
