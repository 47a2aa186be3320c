// Package people holds the word classes for people that both the rules
// and the claimant finder read, one list each: the claimant package
// cannot import the rules package (which imports it), so a class both
// need lives here rather than in rules/wordclass.go.
package people

// ByAgeOrSex reports whether lower-cased w names people by their age or
// sex, in either number: "children", "women", "men", "girls", "widows",
// "pensioners", "elderly", "youths". The rules read it as one family of subgroups
// (rules/agesex.go); the claimant finder reads it as people a body
// gathers apart ("the ANC women's league", rules/claimant/initialskind.go).
func ByAgeOrSex(w string) bool {
	switch w {
	case "children", "child", "kids", "kid", "women", "woman", "men", "man", "girls", "girl", "boys", "boy",
		"infants", "infant", "babies", "baby", "newborns", "newborn", "toddlers", "toddler", "teenagers", "teenager",
		"adolescents", "adolescent", "minors", "minor", "mothers", "mother", "fathers", "father", "elderly",
		"pensioners", "pensioner", "widows", "widow", "orphans", "orphan", "youth", "youths":
		return true
	}
	return false
}
