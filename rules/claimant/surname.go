package claimant

import "strings"

// A person introduced in full is called by surname alone in the next
// sentences: "Jens Laerke, a spokesman for OCHA, briefed reporters in
// Geneva. Laerke said 1.7 million people had been displaced", "Ibrahim
// Sakkaf, a spokesman for Gaza's Civil Defence, said crews had pulled
// survivors from two homes. Sakkaf said at least 22 people were killed",
// "Im Jae-won, a spokesman for the Central Disaster and Safety
// Countermeasures Headquarters, briefed reporters. Im told reporters 11
// people remained missing". The surname speaks for the body the
// introduction names (convention 1), as a transcript label's bare name does
// (introduced, intro.go); a person introduced as no body's ("Samir Odeh, a
// shopkeeper", "Maria Lopez of Tucson") keeps the surname.

// surnameIntroduced returns the body that the source cl of sentence si, a
// surname alone (perhaps after "Mr", "Ms", "Dr"), was introduced with in
// one of the two sentences before: first as a transcript label's name is
// (a post before or after the name), then in prose ("X of Y", "X, a
// spokesman for Y"). It runs only on a source of one capitalised word that
// no alias names, and reads those sentences only when their text holds the
// word: word salad's junk sources ("Security would school") had cost 2,700
// allocations a dense benchmark text when each was tested as a place first.
func (c *call) surnameIntroduced(si int, v *view, cl Claimant) (Claimant, bool) {
	if in, ok := c.surnamePost(si, v, cl); ok {
		return in, true
	}
	if in := c.surnameProse(si, v, cl); in != cl {
		return in, true
	}
	return Claimant{}, false
}

// surnamePost reads the introduction as a transcript label's name is read
// (introduced): a post before or after the name.
func (c *call) surnamePost(si int, v *view, cl Claimant) (Claimant, bool) {
	if si == 0 || cl.ID != "" || cl.End <= cl.Start {
		return Claimant{}, false
	}
	s, e := v.tokAt(cl.Start), v.tokAt(cl.End)
	if s < e && v.is(s, wDr, wMr, wMrs, wMs, wProf, wProfessor) {
		s++
	}
	if e-s != 1 || !v.toks[s].word || !v.toks[s].capital || v.toks[s].shouted {
		return Claimant{}, false
	}
	// The rest is read only when the text before holds the surname at
	// all: most one-word sources are no surname introduced there.
	from := c.d.Sentences[max(si-2, 0)].Start
	if !strings.Contains(c.d.Text[from:c.d.Sentences[si-1].End], c.d.Text[v.toks[s].start:v.toks[s].end]) {
		return Claimant{}, false
	}
	in, ok := c.introduced(si, v, s, e)
	in.How = Previous
	return in, ok
}

// surnameProse narrows cl when its one word is part of a person's name
// introduced with a body in prose; otherwise cl unchanged.
func (c *call) surnameProse(si int, v *view, cl Claimant) Claimant {
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
