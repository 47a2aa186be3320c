package claimant

// A programme's host gives a figure, often asking where it comes from,
// and the guest or correspondent whose line follows answers with a
// pointer back: "JULIA MENDES, HOST: 800,000 people have fled Rafah –
// where does that number come from? SARAH KHOURY, UNRWA SPOKESPERSON:
// That is our estimate, ...", "KEVIN ASH, ANCHOR: More than 2,300 cholera
// deaths in Sudan ... RUTH OKELLO, CORRESPONDENT: And those are the World
// Health Organization's numbers". The answer's words open after its
// label, and its "our" is its speaker's, as on any speaker's line; a
// pointer in prose is read by backReference (next.go).

// answerOpeners may open an answer before its pointer: "And those are",
// "Well, that's", "So that is".
var answerOpeners = set("and well so yes")

// answerLine returns the source the line after sentence si, a programme's
// own line, names in a pointer back opening its words.
func (c *call) answerLine(si int) (Claimant, bool) {
	ni := si + 1
	if ni >= len(c.d.Sentences) || !c.programmeLine(si) {
		return Claimant{}, false
	}
	speaker, end, guest := c.speakerLabel(ni)
	v := c.view(ni)
	if end <= 0 || len(v.toks) == 0 || end <= v.toks[0].start {
		return Claimant{}, false
	}
	k := v.tokAt(end)
	if v.isOne(k, wColon) {
		k++
	}
	for k < len(v.toks) && (answerOpeners[v.toks[k].low] || v.isOne(k, wComma)) {
		k++
	}
	if !v.is(k, wThat, wThis, wThose, wThese) {
		return Claimant{}, false
	}
	// "That is our estimate", "those are the World Health
	// Organization's numbers": the pointer's findings and their owner.
	for i := k + 1; i < len(v.toks) && i <= k+6 && !v.boundary(i); i++ {
		if !v.toks[i].backNoun() {
			continue
		}
		a, b, ok := v.owner(i, k+1)
		if !ok {
			return Claimant{}, false
		}
		if b == a+1 && v.toks[a].has(cFirstPerson) {
			// A guest's "our" is the guest's; a correspondent's is the
			// programme's own (convention 3), no answer here.
			if !guest {
				return Claimant{}, false
			}
			speaker.How = Next
			return speaker, true
		}
		cl, ok := c.name(v, attr{src: a, srcEnd: b, anchor: i, kind: kFindings})
		cl.How = Next
		return cl, ok
	}
	// "That's the UN.": a configured claimant alone after the copula.
	n := k + 1
	if v.isOne(n, wApostrophe) && v.isOne(n+1, wS) {
		n += 2
	} else if v.is(n, wIs, wAre, wWas, wWere) {
		n++
	}
	if n == k+1 {
		return Claimant{}, false
	}
	a, b := v.npAfter(n, len(v.toks))
	if b <= a || !v.boundary(b) {
		return Claimant{}, false
	}
	id, ok := c.lookup(v, a, b)
	if !ok || id == "" {
		return Claimant{}, false
	}
	cl := c.claimant(v, a, b, id)
	cl.How = Next
	return cl, true
}
