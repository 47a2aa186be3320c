package claimant

import "strings"

// "Moscow denies Kyiv's claim that 40 drones were downed", "Kremlin
// dismisses Kyiv's tally of 600": a verb of doubting in its -s form,
// written in lower case between two names, is the first name's verb,
// not a lower-case word inside one long name ("Save the Children",
// "Rio Grande do Sul"). The owner's phrase read back from the possessive
// stops at it, so the figure is the owner's and the doubter, who takes
// issue with it, claims nothing (convention 2: "the UN's figure", said by
// Israel's foreign ministry, is the UN's). Asked only of a lower-case
// word in -s with a capital after it.

// doubtingBeforeName reports whether the word at i is a verb of doubting
// in -s before a capitalised word.
func (v *view) doubtingBeforeName(i int) bool {
	t := &v.toks[i]
	if !t.word || t.capital || !strings.HasSuffix(t.low, "s") || i+1 >= len(v.toks) || !v.toks[i+1].capital {
		return false
	}
	return doubting(t.low)
}
