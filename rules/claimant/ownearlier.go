package claimant

// An outlet's correction quotes its own earlier text to withdraw it:
// "Correction: An earlier version of this article said donors had pledged
// $1.75 billion", "Our previous report said ...", "This story originally
// said ...". That text is the outlet's, not a source: the corrected
// figure in the sentence after is the outlet's own again, not the earlier
// text's (the rules package withdraws the figure the earlier text gave:
// rules/earlierversion.go; within that sentence "Our earlier report said
// 18 per cent" is still read as "Our", left as it was). Before, a next
// sentence going on ("The total is $1.35 billion") took the earlier text
// as its subject's claim, and the correction's figure became "An via
// Lowland Gazette", a claimant of its own, so a correction posted
// "claimants disagree" instead of a lower figure (subject, around.go).

// ownEarlierText reports whether the noun phrase at token i names an
// earlier text of the outlet's own: a determiner or "our", then "earlier",
// "previous", "original" or "initial" and an editorial noun ("an earlier
// version", "our previous report", "the original headline"), or "this"
// and an editorial noun ("this article", "this story").
func (v *view) ownEarlierText(i int) bool {
	if i >= len(v.toks) {
		return false
	}
	det := v.toks[i].low
	switch det {
	case "this":
		return v.editorialAt(i + 1)
	case "a", "an", "the", "our":
	default:
		return false
	}
	if i+1 >= len(v.toks) {
		return false
	}
	switch v.toks[i+1].low {
	case "earlier", "previous", "original", "initial", "prior":
		// "The original version of the ministry's report": another's
		// text is still a claim; the outlet's own is "of this", "of
		// our", or simply "our".
		if !v.editorialAt(i + 2) {
			return false
		}
		if det == "our" {
			return true
		}
		if i+3 < len(v.toks) && v.toks[i+3].low == "of" {
			return i+5 < len(v.toks) && (v.toks[i+4].low == "this" || v.toks[i+4].low == "our") && v.editorialAt(i+5)
		}
		// "An earlier version said ...": with nothing after it, the
		// version is the text's own.
		return det != "the" || v.toks[i+2].low == "version"
	}
	return false
}

// editorialAt reports whether token i names an outlet's text or a part of
// it.
func (v *view) editorialAt(i int) bool {
	if i >= len(v.toks) {
		return false
	}
	switch v.toks[i].low {
	case "version", "article", "story", "report", "post", "entry", "update", "headline", "edition", "draft",
		"item", "piece", "caption", "dispatch", "bulletin":
		return true
	}
	return false
}

// inOwnEarlierText reports whether cl's words lie in a phrase naming the
// outlet's own earlier text that opens the sentence, past a correction's
// label ("Correction:", "Clarification:"): "An", "previous version of this
// post".
func (v *view) inOwnEarlierText(cl Claimant) bool {
	for k := 0; k < len(v.toks) && k <= 2; k++ {
		if v.ownEarlierText(k) {
			end := k + 3 // "an earlier version"
			if end < len(v.toks) && v.toks[end].low == "of" {
				end += 3 // "of this article"
			}
			end = min(end, len(v.toks))
			return cl.Start >= v.toks[k].start && cl.Start < v.toks[end-1].end
		}
		switch v.toks[k].low {
		case "correction", "clarification", ":":
			continue
		}
		return false
	}
	return false
}
