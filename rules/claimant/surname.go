package claimant

import "strings"

// A spokesperson named once, then by surname: "Ibrahim Sakkaf, a spokesman
// for Gaza's Civil Defence, said crews had pulled survivors from two homes.
// Sakkaf said at least 22 people were killed", "Im Jae-won, a spokesman for
// the Central Disaster and Safety Countermeasures Headquarters, briefed
// reporters. Im told reporters 11 people remained missing". The surname
// is the person the sentence before introduced, and speaks for the body
// she was introduced with (convention 1), as a transcript's bare label
// does (introduced, intro.go).

// surnameIntroduced narrows cl, found in sentence si (view v), when its
// words are one capitalised word, no alias, that is part of a person's
// name introduced with a body ("X of Y", "X, a spokesman for Y") in one of
// the two sentences before: the body, how previous.
// Otherwise cl unchanged: a person introduced as herself keeps her name.
func (c *call) surnameIntroduced(si int, v *view, cl Claimant) Claimant {
	if cl.ID != "" || si == 0 {
		return cl
	}
	k := v.tokAt(cl.Start)
	if k >= len(v.toks) || v.toks[k].start != cl.Start || v.toks[k].end != cl.End || !v.toks[k].capital || v.toks[k].shouted || !v.toks[k].word {
		return cl
	}
	surname := v.toks[k].low
	written := c.d.Text[cl.Start:cl.End]
	for pi := si - 1; pi >= 0 && pi >= si-2; pi-- {
		// Most single words ("Reuters said") were never introduced: the
		// sentence's text is searched before its view is made.
		if s := c.d.Sentences[pi]; !strings.Contains(c.d.Text[s.Start:s.End], written) {
			continue
		}
		p := c.view(pi)
		for n := len(p.toks) - 2; n >= 0; n-- {
			if p.toks[n].low != surname || !p.toks[n].capital || p.toks[n].shouted {
				continue
			}
			// The whole name the surname is in: "Ibrahim Sakkaf", and
			// "Im Jae-won", whose family name comes first.
			x, y := n, n+1
			for x > 0 && (p.toks[x-1].capital && p.toks[x-1].word || p.isOne(x-1, wDash) && !p.toks[x-1].space) {
				x--
			}
			for y < len(p.toks) && p.toks[y].capital && p.toks[y].word {
				y++
			}
			if y-x < 2 || !p.personName(x, y) {
				return cl
			}
			// ("Jae-won": a given name's syllable after a hyphen.)
			if p.isOne(y, wDash) && !p.toks[y].space && y+1 < len(p.toks) && p.toks[y+1].word && !p.toks[y+1].space {
				y += 2
			}
			body, ok := c.introducedBody(p, x, y)
			if !ok {
				return cl
			}
			body.How = Previous
			return body
		}
	}
	return cl
}

// introducedBody names the body a person's name [x, n) of view p is
// introduced with in prose: "X of Y", "X from Y" (the noun phrase after
// the preposition; the clause goes on past it), "X, a spokesman for Y".
// False when the person is introduced as herself ("X, a demographer who
// has studied the lists", "X of Tucson").
func (c *call) introducedBody(p *view, x, n int) (Claimant, bool) {
	var a attr
	switch {
	case p.is(n, wOf, wFrom, wWith, wAt):
		// The name recurring alone says [x, n) is a person's: the
		// phrase after her "of" is her body when it names one (by its
		// kind, an alias, its initials, or a proper name after "the"),
		// not a place ("Maria Lopez of Tucson").
		m, b := p.npAfter(n+1, len(p.toks))
		the := m < b && p.toks[m].has(cDeterminer)
		if the {
			m++
		}
		if b <= m || !p.toks[m].capital || p.placeName(m, b) {
			return Claimant{}, false
		}
		last := p.toks[b-1].low
		if !the && !bodyNouns[last] && !institutionNouns[last] && !nameKinds[last] && !p.bodyName(m, b) && !c.names(p, m, b) {
			return Claimant{}, false
		}
		a = attr{src: n + 1, srcEnd: b, anchor: n + 1}
	case p.isOne(n, wComma) && p.is(n+1, wA, wAn, wThe, wWho):
		end := n + 1
		for end < len(p.toks) && !p.is(end, wComma, wFullStop, wSemicolon, wQuestion, wBang, wColon) {
			end++
		}
		a = attr{src: x, srcEnd: n, app: n + 1, appEnd: end, anchor: x}
	default:
		return Claimant{}, false
	}
	cl, ok := c.name(p, a)
	if !ok || cl.ID == "" && cl.Start < p.toks[n].start {
		return Claimant{}, false
	}
	return cl, true
}
