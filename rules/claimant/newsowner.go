package claimant

// "11:40 – We've just had the Kyiv military administration's morning
// update. Debris fell on 4 districts", "We've now got the IOM's weekly
// figures. About 9,000 people ...": a writer who had, got or received a
// source's own news names the source as its owner, as "the latest from X"
// names it after "from" (latestfrom.go). The subject ("we") relays; the
// owner of the announcement is who says the figures after it.

// ownedNews returns the owner of the first announcement or findings noun
// after token lo that a possessive or a capitalised name owns: "the Kyiv
// military administration's morning update", "the IOM's weekly figures",
// "an OCHA update"; "the quake's death toll" names what was counted. False when none is owned (a place's "Gaza's latest
// figures" is named too, and names its government only by alias).
func (c *call) ownedNews(v *view, lo int) (Claimant, bool) {
	for k := lo + 1; k < len(v.toks); k++ {
		t := &v.toks[k]
		if v.boundary(k) || t.fig {
			return Claimant{}, false
		}
		if !t.word || t.capital || !(t.has(cAnnouncement|cFindingNoun) || t.backNoun()) {
			continue
		}
		x, y, ok := v.owner(k, lo+1)
		// ("We keep coming back to the quake's death toll": an event's
		// toll is what was counted, not who counts; the owner is named
		// with a capital.)
		if !ok || y <= x || !v.anyCapital(x, y) || v.toks[x].has(cFirstPerson|cPronoun) {
			return Claimant{}, false
		}
		// ("the IOM's latest bulletin": the owner ends at its
		// possessive.)
		for m := x; m < y; m++ {
			if v.toks[m].poss {
				y = m + 1
				break
			}
		}
		return c.name(v, attr{src: x, srcEnd: y, anchor: k, kind: kFindings})
	}
	return Claimant{}, false
}

// headingNews reads a heading line that names a source's announcement and
// nothing more, tokens [a, b) of the view: "Gaza health ministry update.",
// "OCHA snapshot", "Kharkiv regional administration briefing", and a
// reader asked to consider one: "Consider the IOM's latest bulletin.". The
// figures after it are the source's, as after "X has issued its update".
// A heading of a place or a topic ("Sudan", "Rafah crossing") names no
// announcement and stays no one's.
func (c *call) headingNews(v *view, a, b int) (Claimant, bool) {
	e := b
	for e < len(v.toks) && (v.toks[e].low == "." || v.toks[e].low == "!") {
		e++
	}
	if e != len(v.toks) || b-a < 2 {
		return Claimant{}, false
	}
	t := &v.toks[b-1]
	if !t.word || t.capital || !t.has(cAnnouncement) {
		return Claimant{}, false
	}
	y := b - 1
	for y > a && v.toks[y-1].word && !v.toks[y-1].capital && v.toks[y-1].has(cRoleModifier) {
		y--
	}
	if y <= a || !v.toks[a].capital && !v.toks[a].has(cDeterminer) {
		return Claimant{}, false
	}
	// "Consider the IOM's latest bulletin." (a reader's verb is passed
	// over: readerverb.go): the owner ends at its possessive.
	for m := a; m < y; m++ {
		if v.toks[m].poss {
			y = m + 1
			break
		}
	}
	return c.name(v, attr{src: a, srcEnd: y, anchor: b - 1, kind: kFindings})
}

// skipKicker moves past an outlet's own kicker and its colon opening the
// line at lo ("Live: Gaza health ministry update."): the kicker is the
// outlet's label, no subject.
func (v *view) skipKicker(lo int) int {
	if lo+2 < len(v.toks) && v.toks[lo].capital && kickerIDs.has(&v.toks[lo].spelling) && v.isOne(lo+1, wColon) {
		return lo + 2
	}
	return lo
}
