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
		// version is the text's own. After "the", only "version" is: "the
		// earlier report" may be anyone's report named before, still a
		// claim.
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
// outlet's own earlier text that opens the sentence, past a label of up to
// four words before a colon, however the outlet heads its correction
// ("Correction:", "Editor's note:", "UPDATE:", "Correction appended:"):
// "An", "previous version of this post".
func (v *view) inOwnEarlierText(cl Claimant) bool {
	lo := 0
	for j := 0; j < len(v.toks) && j <= 5; j++ {
		if v.toks[j].low == ":" {
			lo = j + 1
			break
		}
	}
	for k := lo; k < len(v.toks) && k <= lo+1; k++ {
		if v.ownEarlierText(k) {
			end := k + 3 // "an earlier version"
			if end < len(v.toks) && v.toks[end].low == "of" {
				end += 3 // "of this article"
			}
			end = min(end, len(v.toks))
			// The label itself is no claimant either ("Editor's note").
			return cl.Start < v.toks[end-1].end
		}
	}
	return false
}
