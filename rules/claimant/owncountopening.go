package claimant

// A sentence may open on the writer's own count, "By my count," "By our
// own tally,", and go on to a clause whose subject says or does what was
// counted: "By my own count, the Commission has announced 14 'new' aid
// packages", "By my count, the Pentagon's press secretary has said 'we
// don't have numbers' 31 times". The figure is the writer's tally of the
// subject's sayings, not the subject's claim (convention 3): the opening
// frame is its source, not the clause's verb. The dev files write every
// such sentence so (dev10, dev28, dev64, dev80, dev89, dev96, dev98,
// dev100: the first person each time). A verb closing the sentence (", the ministry
// said") reaches back over the frame and is read as before, and so is a
// frame owned by anyone else ("By its count", "By the ministry's
// count"): that one is a pointer back or a body's own findings.

// ownCountOpening returns the opening first-person count's attribution
// when the chosen attribution atts[best] is a verb of the clause the
// count opens.
func (v *view) ownCountOpening(atts []attr, best, ft int) (attr, bool) {
	b := atts[best]
	if b.kind != kVerb || b.back || b.anchor > ft {
		return attr{}, false
	}
	for _, o := range atts {
		// "By my (own) count ,": the frame opens the sentence (past a
		// live blog's stamp) and closes on a comma before the
		// clause's subject.
		if o.kind != kFindings || o.srcEnd-o.src != 1 || !v.is(o.src, wMy, wOur) || o.src < 1 || !v.isOne(o.src-1, wBy) || !v.toks[o.src-1].capital {
			continue
		}
		if o.src-1 != v.pastStamp(0) || o.anchor >= b.src || o.anchor-o.src > 3 || !v.isOne(o.anchor+1, wComma) {
			continue
		}
		if _, ok := v.covers(o, ft); ok {
			return o, true
		}
	}
	return attr{}, false
}
