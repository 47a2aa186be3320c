package claimant

// Choosing the attribution that covers a figure and naming it: pick, and
// pickResolved, which resolves pronouns and bare findings nouns in the
// sentence before (whether a speaker was named by a post, postOfSpeaker,
// is in ourspeaker.go).

import "strings"

// pick chooses the attribution that covers token ft and names it. In a
// quote, first-person sources are the speaker's and are left to the
// speaker.
func (c *call) pick(v *view, atts []attr, ft int, inQuote bool) (Claimant, bool) {
	a, ok := choose(v, atts, ft)
	if !ok {
		return Claimant{}, false
	}
	// A place by its kind recording in a quote: its speaker tells it (recorded.go).
	if inQuote && v.kindRecorded(a) {
		return Claimant{}, false
	}
	// "“..., and by their count 42,000 have died”": a body named before
	// in the sentence (possessorbefore.go).
	if inQuote && v.possessivePronounFindings(a) {
		if cl, ok := c.possessorBefore(v, 0, a.src); ok {
			return cl, true
		}
	}
	// "Our colleagues in Kassala tell us", "My contacts in El Obeid
	// say": peers somewhere else relay what they see, and keep their
	// phrase (README convention 8, "My colleagues in Port Sudan"); they
	// are not the speaker's own.
	if inQuote && v.peersAt(a.src, a.srcEnd) {
		return c.name(v, a)
	}
	if inQuote && !((a.kind == kFindings || v.hasFindingsHead(a.src, a.srcEnd)) && v.is(a.src, wOur, wMy)) {
		// "What I can tell you", "Our teams counted": the speaker's own;
		// "by our count" is the outlet's own findings, as anywhere.
		// ("US officials tell me": "US" in capitals is no pronoun; "out
		// this morning": a time's demonstrative is no pronoun,
		// timedemonstrative.go.)
		for k := a.src; k < a.srcEnd; k++ {
			if (v.toks[k].has(cFirstPerson) || v.toks[k].has(cPronoun)) && !v.countryUS(k) && !v.timeDemonstrative(k) {
				return Claimant{}, false
			}
		}
	}
	return c.name(v, a)
}

// pickResolved is pick with pronouns and bare findings nouns ("it said",
// "The analysis suggests") resolved in the sentence before.
func (c *call) pickResolved(si int, v *view, atts []attr, ft int) (Claimant, bool) {
	a, ok := choose(v, atts, ft)
	if !ok {
		return Claimant{}, false
	}
	// "HOST: You've said 45 shelters are full. NAME, BODY: ...": the guest
	// whose line follows (hostsyou.go).
	if cl, ok := c.hostsYou(si, v, a); ok {
		return cl, true
	}
	// "The country has reported 41,020 deaths, its disaster agency said":
	// the place's own teller (placeownedteller.go).
	if cl, ok := c.placeOwnedTeller(si, v, a, ft); ok {
		return cl, true
	}
	// "the 127,000 measles cases Europe recorded last year": a region
	// recording what happened in it, with no one telling it, is where it
	// happened (convention 4). A country or a city recording keeps its
	// name ("The Democratic Republic of the Congo recorded 16,700"): its
	// government speaks for it, as "Kyiv gives first toll" does; a place by
	// its kind ("The country recorded 0.72") has no name to keep.
	if v.regionRecorded(a) || v.kindRecorded(a) {
		return Claimant{}, false
	}
	// "Our correspondent says staff there have received 27 bodies": a
	// reporter relays the people whose account it is.
	if x, y, ok := v.relayed(a, ft); ok {
		// "Our editor reports that doctors at the Al-Ahli hospital
		// received 38": the people are narrowed like any source, to the
		// body they speak for.
		// ("medics there" keep their phrase, as the relay wrote it.)
		for k := x; k < y && k <= x+2; k++ {
			if s, e, ok := v.peopleOfNamed(x, k, y); ok {
				id, _ := c.lookup(v, s, e)
				return c.claimant(v, s, e, id), true
			}
		}
		return c.claimant(v, x, y, ""), true
	}
	// "Kenya Ports Authority handled ..., managing director Capt X
	// said": the organisation (bareexecutive.go).
	if v.bareExecutive(a) {
		if x, y, ok := v.executiveSubject(a); ok {
			return c.name(v, attr{src: x, srcEnd: y, anchor: a.anchor})
		}
	}
	// "it said", "they say": a pronoun resolved (pickanaphoric.go).
	if v.anaphoric(a) {
		return c.pickAnaphoric(si, v, atts, a, ft)
	}
	// "AFAD issued its latest update shortly after midnight. According to
	// the update, ...": a bare noun the sentence before published is its
	// publisher's.
	// "The ISW publishes daily maps of the front. ..., according to those
	// maps": a demonstrative points back as "the" does.
	if si > 0 && a.srcEnd-a.src == 2 && v.is(a.src, wThe, wThose, wThese, wThat, wThis) && !v.toks[a.src+1].capital {
		if cl, ok := c.publishedBefore(si-1, v.toks[a.src+1].low); ok {
			return cl, true
		}
	}
	// "The Ministry of Defence has flown 74 tonnes ..., a spokesman said":
	// a spokesman speaks for the sentence's subject.
	if a.srcEnd-a.src == 2 && v.is(a.src, wA, wAn) && v.is(a.srcEnd-1, wSpokesman, wSpokeswoman, wSpokesperson) {
		if x, y := v.npAfter(0, a.src); y > x && x < a.src && v.named(x, y) {
			return c.name(v, attr{src: x, srcEnd: y, anchor: a.anchor})
		}
	}
	// "A Hamas official told RNA the group expected 98 hostages": a body
	// named by its kind inside what one of a body's people says is that
	// body.
	if cl, ok := c.speakersBody(v, atts, a); ok {
		return cl, true
	}
	// "Fine Gael's campaign director said the party hoped to hold
	// ...": partyofficial.go.
	if cl, ok := c.speakersParty(v, atts, a); ok {
		return cl, true
	}
	// "the agency said", "the ministry says": the claimant last named, in
	// this sentence or the one before (see corefer).
	named, ok := c.name(v, a)
	if ok && named.ID != "" || !ok {
		return named, ok
	}
	// "Jens Laerke, a spokesman for OCHA, ... Laerke said": see surname.go.
	if in, ok := c.surnameIntroduced(si, v, named); ok {
		return in, true
	}
	// "The State Revenue Service collected ..., the service said": the
	// body the sentence's subject names (definitesubject.go).
	if cl, ok := c.definiteSubject(si, v, a); ok {
		return cl, true
	}
	// "The agency's data show": the owner the findings reduce to. A bare
	// kind that is itself the source ("..., the agency said", "The
	// charity says ...") is a coreference kept as written (convention 7),
	// even when the sentence before named the body: the dev files write
	// it so 19 times to 9 (claimrec32); only findings the kind owns take
	// the body up.
	// "The ministry's spokesman said", "the office's spokeswoman, Laura
	// Pinzón": a post the kind owns speaks for the kind as written, the
	// coreference kept (convention 7; the dev files write it so 7 times
	// to 0, claim50a), as "the ministry said" is.
	if x, y := v.reduce(a.src, a.srcEnd); si > 0 && v.definite(x, y) && (x != a.src || y != a.srcEnd) && !v.ownedPost(a, y) {
		p := c.view(si - 1)
		if id, ok := c.corefer(p, len(p.toks), v.toks[y-1].low); ok {
			cl := c.claimant(v, x, y, id)
			cl.How = Previous
			return cl, true
		}
		// "Nepal's National Disaster Risk Reduction and Management
		// Authority briefed reporters. The authority's figures show
		// ...": the sentence before's subject, a name its kind's word
		// closes.
		// The subject is that sentence's words, so a sentence without
		// the kind's word has no such subject, and its subject (a read of
		// its attributions and a naming) is not worked out.
		if w := v.toks[y-1].low; p.tokenIn(0, len(p.toks), w) {
			if cl, ok := c.subject(si - 1); ok && cl.Start < cl.End && headWord(cl.Words) == w && strings.ContainsAny(cl.Words[:1], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
				cl.How = Previous
				return cl, true
			}
		}
	}
	// Naming reads only the view and the document's memo, which the
	// look-up before does not change: the same answer as naming again.
	return named, ok
}

// peersAt reports whether the source [s, e) is "our" or "my", peers of
// the speaker's in the plural and where they are: "Our colleagues in
// Kassala", "my contacts at the hospital".
func (v *view) peersAt(s, e int) bool {
	return e-s >= 4 && v.is(s, wOur, wMy) && peers[v.toks[s+1].low] && v.is(s+2, wIn, wAt)
}

// peers are people a speaker knows elsewhere, who tell her what they see.
var peers = set("colleagues friends contacts relatives sources")
