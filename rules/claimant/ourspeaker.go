package claimant

import "strings"

// "By our count" in a quote is an outlet's own findings when a journalist
// says it ("“By our tally, 62 ...,” said Lina Haddad of the Gulf
// Courier", convention 3), and its speaker's body's otherwise: "“According
// to our records, 4,700 people remain missing,” said a spokeswoman for the
// Turkish Red Crescent", "ELENA MARKOVA, CENTRE FOR EASTERN STUDIES: By
// our estimate ...". find.go keeps "our" unless the speaker is told to be
// a body; these tell it: a spokesperson speaks for a body (convention 1),
// whose "our" is the body's, and a body whose name is headed by its kind
// before "for" or "of" ("Centre for Eastern Studies", "Institute for the
// Study of War") is no outlet, as one whose name closes on its kind is
// (kindOfBodyLast).

// kindOfBodyHead reports whether words name a body by a kind of body:
// their last word, or the word before their first "for" or "of".
func kindOfBodyHead(words string) bool {
	if kindOfBodyLast(words) {
		return true
	}
	low := strings.ToLower(words)
	for _, j := range []string{" for ", " of "} {
		if i := strings.Index(low, j); i > 0 {
			head := low[strings.LastIndexByte(low[:i], ' ')+1 : i]
			if kindOfBodyLast(head) {
				return true
			}
		}
	}
	return false
}

// spokesSpeaker reports whether the speaker sp, found in this view, was
// named through a spokesperson "for" or "of" it: "a spokeswoman for the
// Turkish Red Crescent".
func (v *view) spokesSpeaker(sp Claimant) bool {
	k := 0
	for k < len(v.toks) && v.toks[k].start < sp.Start {
		k++
	}
	if k >= len(v.toks) || v.toks[k].start != sp.Start {
		return false
	}
	if k > 0 && v.toks[k-1].has(cDeterminer) {
		k--
	}
	return k >= 2 && v.is(k-1, wFor, wOf) && strings.HasPrefix(v.toks[k-2].low, "spokes")
}

// postOfSpeaker reports whether the speaker sp, found in this view, was
// named through one of its posts: "the director of Humanitarian
// Outcomes". An outlet's own count is voiced by its reporters, named as
// such; a director or head speaks for a body, whose "our count" it is.
func (v *view) postOfSpeaker(sp Claimant) bool {
	k := v.tokAt(sp.Start)
	if k >= len(v.toks) || v.toks[k].start != sp.Start {
		return false
	}
	if k > 0 && v.toks[k-1].has(cDeterminer) {
		k--
	}
	return k >= 2 && v.isOne(k-1, wOf) && v.toks[k-2].post() && !ownReporters[v.toks[k-2].low] && !v.toks[k-2].capital
}

// framedOwn reports whether the attribution covering token ft is a frame
// around first-person findings ("By our count", "in our tally"), not their
// subject ("Our final poll had ...").
func (v *view) framedOwn(atts []attr, ft int) bool {
	a, ok := choose(v, atts, ft)
	return ok && v.is(a.src-1, wBy, wIn, wTo)
}
