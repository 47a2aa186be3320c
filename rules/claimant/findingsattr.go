package claimant

// Attributions by a findings noun and its owner or maker: "the health
// ministry's count", "figures from the IOM", "a survey published by the
// Norwegian Refugee Council". attrib.go reads the verbs of claim.

// findingsMaker returns, for a phrase [a, b) headed by a findings noun
// whose maker follows it ("figures compiled by the UN", "a survey
// published yesterday by the Norwegian Refugee Council"), the maker's
// words; else a, b.
func (v *view) findingsMaker(a, b, hi int) (int, int) {
	if b > a && v.toks[b-1].has(cFindingNoun) {
		if f, ok := v.findings(b-1, a, hi); ok && f.src >= b {
			return f.src, f.srcEnd
		}
	}
	return a, b
}

// findings makes an attribution of a findings noun with an owner: "the
// health ministry's count", "an AFP tally", "figures from the IOM",
// "Our tally". A bare "the analysis" is left to the verb it governs.
func (v *view) findings(i, lo, hi int) (attr, bool) {
	// ("Beirut's southern suburbs count the cost": intransitive.go.)
	if v.countIdiom(i, hi) {
		return attr{}, false
	}
	// "its year-end report that ...": what follows is no maker; the
	// pronoun owns the findings (see pronounsOwn).
	if v.pronounsOwn(i, lo, hi) {
		if a, b, ok := v.owner(i, lo); ok {
			return attr{src: a, srcEnd: b, anchor: i, kind: kFindings}, true
		}
		return attr{}, false
	}
	// "Israeli figures cited by the Knesset's research centre show": who
	// cites or passes on findings with an owner before them is a relay
	// (convention 2); the owner made them.
	if v.relayedFindingsAgent(i+3, lo) {
		if a, b, ok := v.owner(i, lo); ok {
			return attr{src: a, srcEnd: b, anchor: i, kind: kFindings}, true
		}
		// ("Israeli figures cited by ...": an adjective of a side is no
		// owner of its own, and the phrase is read whole, as the subject
		// of "Israeli figures show" is.)
		if v.sided(i, lo) {
			return attr{src: i - 1, srcEnd: i + 1, anchor: i, kind: kFindings}, true
		}
	}
	// "in the estimate of the Ministry of Defence in London", "by the
	// reckoning of the Kiel Institute": see ownerAfterOf.
	// A frame as "according to" is, either side of what it covers.
	if a, b, ok := v.ownerAfterOf(i, lo, hi); ok {
		return attr{src: a, srcEnd: b, anchor: i, kind: kFrame, back: true}, true
	}
	// figures from X, figures compiled by X
	j := i + 1
	// "The figure we have from the ministry": a relative clause of who
	// holds the figure, then its source.
	if v.is(j, wWe, wThey, wI) && v.is(j+1, wHave, wHad, wGot, wReceived, wObtained) {
		j += 2
	}
	// "A draft UN report obtained by the Courier says": an owner's
	// findings an outlet only obtained or saw stay the owner's, as in a
	// relative clause (obtainedowned.go, convention 2); with no owner
	// ("Figures seen by Reuters show") the outlet brought them to light
	// and they are its own, below.
	byAfter := j+1 < hi && v.isOne(j+1, wBy)
	// ("a document seen by reporters": unnamed people who saw it bring
	// nothing to light in their own name.)
	seen := byAfter && v.toks[j].low == "seen" && v.anyCapital(j+2, min(j+5, hi))
	if byAfter && (seen || obtainsOrRelays(v.toks[j].low)) {
		if a, b, ok := v.owner(i, lo); ok && v.namedOwner(a, b) {
			return attr{src: a, srcEnd: b, anchor: i, kind: kFindings}, true
		}
	}
	// "figures compiled by X", "imagery analysed by X".
	if v.is(j, wCompiled, wReleased, wPublished, wIssued, wProvided, wGathered, wGiven) || v.isOne(j+1, wBy) && v.toks[j].word && !v.toks[j].capital && (seen || v.isVerbLike(j)) {
		j++
		// "a survey published yesterday by the Norwegian Refugee
		// Council": a word of when before the maker.
		j = v.pastWhen(j, hi)
		// "an AFP count compiled from official Israeli data": what owned
		// findings were made from is their material; the owner made
		// them (convention 3).
		if v.isOne(j, wFrom) {
			if a, b, ok := v.owner(i, lo); ok {
				return attr{src: a, srcEnd: b, anchor: i, kind: kFindings}, true
			}
		}
	}
	// "Fresh figures have just come in from the health ministry".
	j = v.arrivedFrom(j, hi)
	// ("getting new numbers in from the Kenya Red Cross": findingsinfrom.go.)
	j = v.inFrom(j)
	// "By my own tally from the county dashboards": an owned work's
	// "from" names its material, as its of-phrase does (workmethod.go).
	if j == i+1 && !quantityNounIDs.has(&v.toks[i].spelling) && v.ownedWorkFrom(i, lo) {
		if a, b, ok := v.owner(i, lo); ok {
			return attr{src: a, srcEnd: b, anchor: i, kind: kFindings}, true
		}
	}
	// "a poll for El País by Metroscopia": whom the work was made for,
	// then its maker (madefor.go makerAfterFor).
	if m, ok := v.makerAfterFor(j-1, hi); ok && j == i+1 {
		j = m
	}
	// ("Key numbers via the Turkish Red Crescent:": findingsvia.go.)
	if v.is(j, wFrom, wBy) || v.findingsVia(i, j, hi) {
		// ("from yesterday's storm": what the time's possessive owns
		// must be named, or it is a happening, not a source.)
		n := v.afterTimePossessive(j+1, hi)
		if a, b := v.npAfter(n, hi); b > a && (n == j+1 || v.anyCapital(a, b)) {
			if v.is(j, wBy) {
				b = v.makerBeforeMaterial(a, v.makerEnd(a, b))
			} else if x, y, ok := v.nameAfterKindComma(a, b, hi); ok {
				// "data from the port operator, Adriaterminal.":
				// kindcommaname.go.
				a, b = x, y
			}
			return attr{src: a, srcEnd: b, anchor: i, kind: kFindings, back: v.closingFindings(i, v.pastMadeFor(b, hi), lo, hi)}, true
		}
	}
	// "Israeli figures, relayed by the embassy in London, put ...": an
	// owner before the findings made them; who passed them on in an aside
	// is a relay (convention 2).
	// ("Observers' tallies, collated by the Civic Vote Alliance, gave":
	// who collated or compiled them made them, see madeBy.)
	if v.isOne(i+1, wComma) && i+2 < hi && !v.toks[i+2].capital && v.isVerbLike(i+2) && (obtainsOrRelays(v.toks[i+2].low) || !v.isOne(i+3, wBy)) {
		if a, b, ok := v.owner(i, lo); ok {
			return attr{src: a, srcEnd: b, anchor: i, kind: kFindings}, true
		}
	}
	// "The Gaza health ministry's list, which the Ledger obtained,":
	// an owner's findings only obtained (obtainedowned.go).
	if v.obtainedAside(i, hi) {
		if a, b, ok := v.owner(i, lo); ok {
			return attr{src: a, srcEnd: b, anchor: i, kind: kFindings}, true
		}
	}
	if a, b, ok := v.madeBy(i, hi); ok {
		return attr{src: a, srcEnd: b, anchor: i, kind: kFindings}, true
	}
	// "Exit poll: Labour on 410 seats", "An exit poll gave the party 41
	// per cent": a poll with no maker is written as the poll (pollkind.go).
	// ("An exit poll for Channel 12 showed": whom it was made for is
	// read by reduce, as before; "A snap poll of 1,000 readers found":
	// a sample after "of" leaves the poll no one's, as claim27b's "a
	// poll of" does, review48.)
	if p := v.unownedPoll(i, lo); p >= 0 && !v.is(i+1, wFor, wBy, wFrom, wOf) {
		return attr{src: p, srcEnd: i + 1, anchor: i, kind: kFindings}, true
	}
	if a, b, ok := v.owner(i, lo); ok {
		// ("47% for the mayor's list": what was voted for,
		// votedfor.go.)
		if x := v.phraseOpening(a, lo); electoralList(v.toks[i].low) && v.votedFor(x, lo) {
			return attr{}, false
		}
		return attr{src: a, srcEnd: b, anchor: i, kind: kFindings}, true
	}
	// "By Israeli tallies, 1,139 ...", "even by Russian figures,": a
	// side's findings in a frame of "by" or "in" set off by its comma are
	// read whole, as the subject of "Israeli figures show" is; the side
	// owns nothing of its own. ("folds in Syrian figures from two
	// authorities": no frame.)
	if v.sided(i, lo) && i-2 >= lo && v.is(i-2, wBy, wIn) && v.isOne(i+1, wComma) {
		return attr{src: i - 1, srcEnd: i + 1, anchor: i, kind: kFindings}, true
	}
	return attr{}, false
}
