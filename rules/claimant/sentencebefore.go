package claimant

// What a pointer in a figure's sentence ("It shows", "The update says")
// takes up from the sentence before: the owner of its last findings noun,
// or the subject that published the thing the pointer names.

// findingsBefore names the owner of the last findings noun of sentence
// si ("the internal UNRWA spreadsheet", "its report"): what "It shows"
// in the next sentence takes up. Findings nobody owns are nobody's claim.
func (c *call) findingsBefore(si int) (Claimant, bool) {
	p := c.view(si)
	for k := len(p.toks) - 1; k >= 0; k-- {
		if !p.toks[k].has(cFindingNoun) || p.toks[k].report && !p.is(k-1, wThe, wA, wAn, wIts, wTheir) && (k == 0 || !p.toks[k-1].capital) {
			continue
		}
		// "published its analysis of Home Office data": what findings are
		// of is what was worked on; the findings before it are the ones
		// the next sentence's "It found" reports.
		if p.materialOf(k) {
			continue
		}
		x, y, ok := p.owner(k, 0)
		if !ok {
			return Claimant{}, false
		}
		var cl Claimant
		if p.toks[x].has(cPronoun) && !p.toks[x].has(cFirstPerson) {
			// "We asked the Tax Authority for its data. It shows ...":
			// "its" never stands for the writer, and takes up whom the
			// writer turned to (intro.go firstPersonObject; claimrec34).
			if cl, ok = c.firstPersonObject(si); !ok {
				cl, ok = c.subject(si)
			}
		} else {
			cl, ok = c.name(p, attr{src: x, srcEnd: y, anchor: k, kind: kFindings})
		}
		cl.How = Previous
		return cl, ok
	}
	return Claimant{}, false
}

// publishedBefore returns the subject of sentence si when it published
// something by the noun w: a verb of publishing with w its object, a few
// words on ("issued its latest update", "released a report").
//
// The noun is looked for first and the verb only in the four words before
// it (publishing tests a word's prefixes, a noun's spelling is one
// compare): the answer is the sentence's subject whichever pair is found.
func (c *call) publishedBefore(si int, w string) (Claimant, bool) {
	p := c.view(si)
	for k := 1; k < len(p.toks); k++ {
		if p.toks[k].low != w {
			continue
		}
		for i := k - 1; i >= 0 && i >= k-4 && !p.boundary(i+1); i-- {
			if p.publishing(i) {
				cl, ok := c.subject(si)
				cl.How = Previous
				return cl, ok
			}
		}
	}
	return c.publishedAsVerb(si, w)
}

// publishedAsVerb returns the subject of sentence si when its verb of
// publishing is the noun w's own verb: "The ministry updated its damage
// assessment. ..., the update said", "The rescue service posted photographs
// on Facebook. ..., the post said". The noun names the act the verb
// reported, so the pointer takes up whoever did it, as "the update" does
// after "issued an update". The verb's stem is compared with the noun's
// (Snowball: "updated" and "update" are both "updat"), so "released ...
// the release" and "reported ... the report" are read alike.
func (c *call) publishedAsVerb(si int, w string) (Claimant, bool) {
	p := c.view(si)
	var st string
	for k := 1; k < len(p.toks); k++ {
		// (A cheap test first: the verb opens with the noun's first
		// letters, "post" in "posted", "updat" in "updated".)
		t := &p.toks[k]
		if len(w) < 4 || len(t.low) < 4 || t.low[:3] != w[:3] || !p.publishing(k) {
			continue
		}
		if st == "" {
			st = stem(w)
		}
		if stem(t.low) == st {
			cl, ok := c.subject(si)
			cl.How = Previous
			return cl, ok
		}
	}
	return Claimant{}, false
}
