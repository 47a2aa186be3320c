package claimant

// A transcript's speaker introduced before speaking: "Joining us is Oksana
// Melnyk of the UN human rights mission. OKSANA MELNYK: ..." The label
// gives only the name; the introduction says whom the speaker speaks for.

// introduced reads the introduction of the bare name in label tokens
// [s, e) of view v (the label's sentence lsi) in one of the two sentences
// before: the same surname, written in mixed case, with a phrase after it
// ("of X", "from X", ", a spokesman for X"). It returns the body that
// phrase names, and false when it names none (a person speaking for
// herself keeps her label).
func (c *call) introduced(lsi int, v *view, s, e int) (Claimant, bool) {
	surname := v.toks[e-1].low
	for si := lsi - 1; si >= 0 && si >= lsi-2; si-- {
		p := c.view(si)
		for k := len(p.toks) - 2; k > 0; k-- {
			if p.toks[k].low != surname || !p.toks[k].capital || p.toks[k].shouted {
				continue
			}
			x := k
			for x > 0 && (p.toks[x-1].capital && p.toks[x-1].word || p.isOne(x-1, wDash) && !p.toks[x-1].space) {
				x--
			}
			if cl, ok := c.introducedAs(p, x, k+1); ok {
				return cl, true
			}
			// "ANCHOR: Dr Hanan Mahdi is Medical Aid for Palestinians'
			// medical coordinator in Deir al-Balah.": a post given by
			// "is" (copulapost.go).
			if p.is(k+1, wIs, wWas) {
				if cl, ok := c.postByCopula(p, x); ok {
					cl.How = InQuote
					return cl, true
				}
			}
			return Claimant{}, false
		}
	}
	return Claimant{}, false
}

// introducedAs names the body a person's name [x, n) of view p is
// introduced with: "X of the UN mission", "X, a spokesman for the IDF".
func (c *call) introducedAs(p *view, x, n int) (Claimant, bool) {
	end := n + 1
	for end < len(p.toks) && !p.is(end, wComma, wFullStop, wSemicolon, wQuestion, wBang, wColon) {
		end++
	}
	var a attr
	// The first token that is none of the person's own words: the body
	// named must start there or after ("X of the UN mission"), or, for a
	// post before the name, after the post ("A spokesman for the WFP").
	from := n
	switch {
	case p.is(n, wOf, wFrom, wWith, wAt):
		a = attr{src: x, srcEnd: end, anchor: x}
	case p.isOne(n, wComma) && p.is(n+1, wA, wAn, wThe, wWho):
		a = attr{src: x, srcEnd: n, app: n + 1, appEnd: end, anchor: x}
	default:
		// "A spokesman for the World Food Programme, Abeer Etefa, ...":
		// the post set before the name in commas.
		if b, ok := p.postBefore(x); ok {
			a, from = attr{src: b, srcEnd: x - 1, anchor: b}, b+1
			break
		}
		return Claimant{}, false
	}
	cl, ok := c.name(p, a)
	if !ok || cl.ID == "" && cl.Start < p.toks[from].start {
		return Claimant{}, false
	}
	cl.How = InQuote
	return cl, true
}

// firstPersonObject reads sentence si as a first-person clause ("I spoke
// to X", "We asked X for ...", after a programme's label such as
// "CORRESPONDENT:") and names the body X it turns to: what "they" or "it"
// in the next sentence takes up, since a third-person pronoun never
// stands for "I" or "we". False when the subject is not first person or
// no name follows within the clause.
func (c *call) firstPersonObject(si int) (Claimant, bool) {
	v := c.view(si)
	// "5:50 p.m.: We're hearing from ...": a live blog's stamp opens
	// the line before its speaker (stamp.go).
	lo := v.skipDateline(v.roleLabelEnd())
	// "Last week I spoke to ...": turnedtime.go.
	lo = v.pastWhenOpening(lo)
	if lo >= len(v.toks) || !v.toks[lo].has(cFirstPerson) || !v.toks[lo].has(cPronoun) {
		return Claimant{}, false
	}
	for j := lo + 1; j < len(v.toks); j++ {
		// "I'm at the town hall in Glucholazy, where the mayor has just
		// briefed us. He says ...": the office in a clause of where after
		// the place is whom the pronoun takes up (turnedto.go).
		if v.boundary(j) {
			if !v.comma(j) || j+1 >= len(v.toks) || v.toks[j+1].low != "where" {
				break
			}
			j++
			continue
		}
		// "I met a family from Rafah. They told me ...": the people met
		// are who "they" are, not the place they come from.
		// "I spoke to doctors at Al-Shifa": people of a named body speak
		// for it (convention 8).
		if w := v.toks[j].low; !v.toks[j].capital && (personNoun(w) || w == "family" || w == "man" || w == "woman" || w == "men" || w == "women") {
			e := j
			for e < len(v.toks) && !v.boundary(e) && !v.is(e, wFullStop, wComma) {
				e++
			}
			if x, y, ok := v.peopleOfNamed(j, j, e); ok {
				return c.name(v, attr{src: x, srcEnd: y, anchor: lo})
			}
			return Claimant{}, false
		}
		// "the regional governor, Serhiy Vovk", "the local camp
		// committee": an office or a body in lower case (turnedto.go).
		if x, y, ok := v.officeTurnedTo(j); ok {
			return c.name(v, attr{src: x, srcEnd: y, anchor: lo})
		}
		n := j
		if v.toks[n].has(cDeterminer) && !v.toks[n].capital {
			n++
		}
		if n < len(v.toks) && v.toks[n].capital && v.toks[n].word {
			// "I'm at the crisis centre in Ostrava": a place after a
			// preposition of where is where the reporter is, no one.
			if v.placePhrase(j) {
				for j = n; j+1 < len(v.toks) && v.toks[j+1].word && v.toks[j+1].capital; j++ {
				}
				continue
			}
			x, y := v.npAfter(j, len(v.toks))
			// "the Doctors Network this afternoon": a demonstrative opens
			// a phrase of its own.
			for k := x + 1; k < y; k++ {
				if v.is(k, wThis, wThat, wThese, wThose) {
					y = k
					break
				}
			}
			// "We obtained the Harbour Authority's monthly cargo
			// returns. They list ...": a thing of a named owner the
			// writer got hold of is the owner's, as its findings are
			// (claim117; ownedthing.go).
			if a, b, ok := v.ownedThing(x, y); ok {
				return c.name(v, attr{src: a, srcEnd: b, anchor: lo})
			}
			if y > x && v.named(x, y) {
				// "Peter Mwangi, who coordinates the Kenya Red Cross
				// response": whom the person works for (turnedtime.go).
				// "Dana Ruiz, a Metro Transit spokesperson": a post
				// beside the name says whom she speaks for.
				at := attr{src: x, srcEnd: y, anchor: lo}
				if v.isOne(y+1, wWho) || v.isOne(y, wComma) && v.is(y+1, wA, wAn) {
					v.appositiveAfter(&at, len(v.toks))
				}
				return c.name(v, at)
			}
			return Claimant{}, false
		}
	}
	return Claimant{}, false
}

// roleLabelEnd returns where the words after a programme's own speaker
// label ("CORRESPONDENT:", "HOST:", "LIAM PRICE, CORRESPONDENT:") start,
// or 0 without one.
func (v *view) roleLabelEnd() int {
	for k := 0; k < len(v.toks) && k < 10; k++ {
		if v.isOne(k, wColon) {
			for m := 0; m < k; m++ {
				if showRoleIDs.has(&v.toks[m].spelling) {
					return k + 1
				}
			}
			return 0
		}
		if !v.toks[k].shouted && !v.is(k, wComma, wFullStop) {
			return 0
		}
	}
	return 0
}

// postBefore returns where the phrase opens that stands in commas before
// a name at token x as its post: "A spokesman for the World Food
// Programme, Abeer Etefa, spoke", "The agency's director, Philippe
// Lazzarini, ...". The phrase opens its clause and holds a post in lower
// case.
func (v *view) postBefore(x int) (int, bool) {
	if x < 2 || !v.isOne(x-1, wComma) {
		return 0, false
	}
	b, post := x-1, false
	for b > 0 && !v.boundary(b-1) && !v.isOne(b-1, wComma) {
		b--
		if t := &v.toks[b]; !t.capital && (t.post() || t.has(cStaff)) {
			post = true
		}
	}
	return b, post
}
