package claimant

// A party's own person speaking of it: "Fine Gael's campaign director
// said the party hoped to hold 31 seats", "A Venstre official in
// Aarhus said the party had signed up 2,400 members", "The SNP's
// campaign director said the party's own canvass returns showed ...". "The party" right after the verb of one of a named party's
// people is that party, as "the group" after a Hamas official's verb is
// Hamas (README convention 7's exception; speakersBody). A party is no
// kind of organisation the lexicon lists (bodyNouns), so the speaker's
// body is asked for here: the speaker's phrase names a body of its own
// when naming it gives a part of the phrase (the person narrowed to the
// party she speaks for), or an id. A person speaking for herself ("a
// voter said the party had lost 40 seats") names none, and "the party"
// stays as written.

// partyNouns are the definite kinds a party's people call it by.
var partyNouns = set("party movement alliance coalition bloc group charity organisation organization")

// speakersParty names, when attribution a's source is "the party" (or
// findings it owns, "the party's own canvass returns") opening the complement of
// an outer verb whose speaker speaks for a named body, that body.
func (c *call) speakersParty(v *view, atts []attr, a attr) (Claimant, bool) {
	if a.kind != kVerb && a.kind != kFindings {
		return Claimant{}, false
	}
	// (Most sources follow no verb within four tokens: the source's
	// phrase is narrowed only when one does.)
	near := false
	for _, o := range atts {
		if o.kind == kVerb && !o.back && o.anchor < a.src && a.src-o.anchor <= 4 {
			near = true
			break
		}
	}
	if !near {
		return Claimant{}, false
	}
	// ("the party's own canvass returns showed": the owner.)
	if x, y := v.reduce(a.src, a.srcEnd); !v.definite(x, y) || !partyNouns[v.toks[y-1].low] {
		return Claimant{}, false
	}
	for _, o := range atts {
		// (The kind opens the verb's complement: "said the party
		// expected", "said the party's poll gave".)
		if !v.opensComplement(o, a) {
			continue
		}
		cl, ok := c.name(v, o)
		if !ok {
			continue
		}
		if cl.ID != "" {
			return cl, true
		}
		// The person narrowed to a body inside her own phrase, or a body
		// named beside her.
		s, e := v.toks[o.src].start, v.toks[o.srcEnd-1].end
		inside := cl.Start >= s && cl.End <= e && (cl.Start > s || cl.End < e)
		beside := o.app < o.appEnd && cl.Start >= v.toks[o.app].start
		if (inside || beside) && v.named(v.tokAt(cl.Start), v.tokAt(cl.End-1)+1) {
			return cl, true
		}
	}
	return Claimant{}, false
}
