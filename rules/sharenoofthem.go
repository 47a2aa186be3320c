package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// Copy drops the "of them" of a subgroup after a comma: "the number
// killed has climbed to 31,184, the overwhelming majority women and
// children", ", the vast majority civilians", ", most women and children".
// The share still names a part the figure holds (includedIn), so an
// exclude_near word right after it rules nothing out; a word after
// "most recently" or "the majority of" is not the share's noun.

// shareOpensAfterComma reports whether the word of share at token k
// ("majority", "bulk", "most") opens the phrase after a comma that stands
// after token fe: right after the comma ("most"), or after "the" and at
// most one adjective of degree ("the majority", "the overwhelming
// majority", "the vast bulk").
func shareOpensAfterComma(d *figures.Document, fe, k int) bool {
	if d.LowerTokenText(k) == "most" {
		return k-1 >= fe && d.TokenText(k-1) == ","
	}
	t := k - 1
	if t > fe && d.LowerTokenText(t) != "the" && isLowerWord(d.TokenText(t)) {
		t-- // "overwhelming", "vast", "great"
	}
	return t-1 >= fe && d.LowerTokenText(t) == "the" && d.TokenText(t-1) == ","
}

// sharedNounAfter reports whether exclude_near hit h is the noun the word of
// share at token k takes with no "of": right after it, or joined to the
// first noun ("women and children"), at most three tokens on.
func sharedNounAfter(d *figures.Document, k int, h hit) bool {
	if h.start <= k || h.start-k > 3 {
		return false
	}
	for t := k + 1; t < h.start; t++ {
		if w := d.LowerTokenText(t); !isLowerWord(d.TokenText(t)) || w == "of" || w == "recently" {
			return false
		}
	}
	return true
}
