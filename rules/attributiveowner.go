package rules

import "strings"

// An owner's figure is also written with the owner as a plain noun before
// the figure's noun, no "'s" between: "the health ministry figure — it's
// now nearing sixty thousand — is disputed", "the ministry count stood at
// 41,000", "Gaza health ministry numbers put it past 50,000". A metric
// that lists "ministry's figure" is met by these as by the owner's other
// nouns for a figure (ownersfigure.go), under the entry as written.

// attributiveOwnerNouns returns entry with its owner written as a plain
// noun before each noun for a figure ("ministry's figure" gives "ministry
// figure", "ministry number", ...), or nil when entry is no owner's
// figure (ownedFigureEntry).
func attributiveOwnerNouns(entry string) []string {
	owner, _, ok := ownedFigureEntry(entry)
	if !ok {
		return nil
	}
	owner, ok = strings.CutSuffix(owner, "'s")
	if !ok {
		if owner, ok = strings.CutSuffix(owner, "’s"); !ok {
			return nil
		}
	}
	var out []string
	for _, n := range figureNounForms {
		out = append(out, owner+" "+n)
	}
	return out
}
