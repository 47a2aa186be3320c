package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// An excluded word right before the keyword noun modifies it and names
// what the noun counts: "identified dead", "unrecovered dead" are a part
// of the dead. Before the figure the two read as one noun phrase, so the
// modifier is as near the figure as the keyword, however the phrase runs
// on ("a fall in identified dead from 9,100 to 8,700", where the modifier
// is nearer the change's first figure than the second and would be read
// as that one's alone). A name before a keyword is a place or an owner,
// read elsewhere (placeOfKeyword, owners), so only a lower-case word.
// (excluded_modifier_of_keyword.yaml)

// modifierOfKeyword returns the index in hits of an exclude_near hit that
// ends right where keyword hit kw starts and opens on a lower-case word,
// or -1.
func modifierOfKeyword(d *figures.Document, hits []hit, kw hit) int {
	for i, h := range hits {
		if h.ref.role == roleNear && h.end == kw.start && isLowerWord(d.TokenText(h.start)) {
			return i
		}
	}
	return -1
}
