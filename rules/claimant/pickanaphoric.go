// pickanaphoric.go holds how pickResolved reads a source that is a
// pronoun or points back ("it said", "they say", "he told"): in its own
// sentence first, then in the sentence before. pickAnaphoric reads as the
// list of its steps, in the order they are tried; each step is a function
// named for what the pronoun takes up there.

package claimant

// pickAnaphoric is pickResolved for an anaphoric source a: the claimant the
// pronoun stands for, or none.
func (c *call) pickAnaphoric(si int, v *view, atts []attr, a attr, ft int) (Claimant, bool) {
	// "In Qatar they said ...": the place's people (pronounsubject.go).
	if v.impersonalThey(a.src) {
		return Claimant{}, false
	}
	// "I do not doubt the Ministry of Defence when it says ...": the
	// pronoun of a clause after a first-person subject's object takes
	// up the object ("it" and "they" never stand for the speaker).
	if x, y, ok := v.objectBeforeClause(a.src); ok {
		return c.name(v, attr{src: x, srcEnd: y, anchor: a.anchor})
	}
	if o, ok := v.reportCovering(atts, a); ok {
		return c.name(v, o)
	}
	// "UNRWA says its warehouse was hit; it says 14 staff were
	// inside": the clause before the semicolon's source (see
	// semicolonpronoun.go).
	if v.is(a.src, wIt, wThey, wHe, wShe) {
		if o, ok := v.semicolonSubject(atts, a.src); ok {
			return c.name(v, o)
		}
	}
	// "Israeli officials say ..., though they believe 30 of them are
	// dead": the opening subject goes on saying (concessive.go).
	if o, ok := v.joinedClauseSubject(atts, a.src); ok {
		return c.name(v, o)
	}
	if o, ok := v.verbBeforeFindingsAdverbial(atts, a); ok {
		return c.name(v, o)
	}
	o, heOpens, ok := c.openingNameSubject(si, v, a)
	if ok {
		return c.name(v, o)
	}
	if o, ok := c.contactClauseSubject(v, atts, a); ok {
		return c.name(v, o)
	}
	// "criticised the tariffs, which it said would hit $18 billion":
	// relativepronoun.go.
	if o, ok := c.relativePronounSubject(v, a); ok {
		return c.name(v, o)
	}
	if o, ok := c.ownerSubject(si, v, a); ok {
		return c.name(v, o)
	}
	// "When researchers at the Halden Institute checked the lists,
	// they found 90 names missing": the pronoun after a fronted
	// clause of time takes up that clause's subject.
	if x, y, ok := v.fronted(a.src); ok {
		return c.name(v, attr{src: x, srcEnd: y, anchor: a.anchor})
	}
	if si == 0 {
		return Claimant{}, false
	}
	// "Our reporters ... They found 9 heat deaths": ourpeople.go.
	if cl, ok := c.ourPeopleBefore(si, v, a); ok {
		return cl, true
	}
	if cl, ok, done := c.findingsTakenUp(si, v, a); done {
		return cl, ok
	}
	if cl, ok := c.lastPersonNamed(si, v, a); ok {
		return cl, true
	}
	// "I spoke to the Sudanese Doctors Network. They say ...": not
	// the speaker, the body the speaker turned to; "I spoke to Dr
	// Laila Marsh, a surgeon. She told me ...": the person. "I spent
	// the day with Caritas Roma. By their count, ...": a pronoun
	// owning findings takes up whom the speaker turned to, as "they"
	// does (claimrec34).
	if v.is(a.src, wThey, wIt, wHe, wShe, wIts, wTheir) {
		if cl, ok := c.firstPersonObject(si - 1); ok {
			cl.How = Previous
			return cl, true
		}
	}
	return c.previousSubject(si, v, a, heOpens)
}

// reportCovering returns the report whose source anaphoric source a, in
// the report's own words, is: "Human Rights Watch said it had documented
// 11 strikes": the pronoun is the source of the attribution it is
// reported in. "Hamas said 41 had died, a figure Israeli officials
// rejected, saying they had confirmed only 19": a participle after a
// comma nearest before the pronoun is the innermost report, and its
// source the pronoun's; else the first report covering it.
func (v *view) reportCovering(atts []attr, a attr) (attr, bool) {
	first, near := -1, -1
	for k, o := range atts {
		if o.kind == kVerb && o.anchor < a.src && !v.anaphoric(o) {
			if _, covers := v.covers(o, a.src); covers {
				if first < 0 {
					first = k
				}
				if near < 0 || o.anchor > atts[near].anchor {
					near = k
				}
			}
		}
	}
	if near >= 0 && v.participle(atts[near].anchor) {
		return atts[near], true
	}
	if first >= 0 {
		return atts[first], true
	}
	return attr{}, false
}

// verbBeforeFindingsAdverbial returns the report whose verb stands just
// before anaphoric source a and a preposition: "the election commission
// said in a preliminary count": the findings noun is the verb's
// adverbial, the verb's source says it.
func (v *view) verbBeforeFindingsAdverbial(atts []attr, a attr) (attr, bool) {
	for _, o := range atts {
		if o.kind == kVerb && o.anchor < a.src && a.src-o.anchor <= 3 && !v.anaphoric(o) && v.is(o.anchor+1, wIn, wOn, wFrom) {
			return o, true
		}
	}
	return attr{}, false
}

// openingNameSubject returns the sentence's own subject, when it is a
// name, as the source a pronoun after the figure points back to:
// "Israel's air force has dropped 6,000 bombs ..., it said". heOpens
// reports whether "he" or "she" opens the sentence ("He buried 40
// neighbours, he said"), which previousSubject asks of the sentence
// before.
func (c *call) openingNameSubject(si int, v *view, a attr) (o attr, heOpens, ok bool) {
	// (Findings nobody owns, "satellite images show", are about the
	// subject, not by it.)
	// "he" and "she" take up only a subject that is a person's name
	// ("Khalid Nasser, 34, ... has lost 47 relatives, he said"), never
	// "Russian strikes ... had destroyed 1,500 megawatts, he said" or
	// "Her sister is among ..., she said", and "it" after a sentence
	// announcing figures ("The general staff published its daily
	// estimate. Russia lost 1,270 troops, it said.") is the announcer,
	// not what the figure's sentence is about: those are read in the
	// sentence before.
	heOpens = false // "He buried 40 neighbours, he said"
	if a.back && v.toks[a.src].has(cPronoun) && !(si > 0 && c.announces(si-1)) {
		// "Another 79,652 people have been wounded, it added": a
		// phrase that opens the figure's own words is not its subject;
		// "Troops had killed ...": nor is a plural noun capitalised
		// only by opening the sentence.
		// "Hamas, they said, still holds 101 hostages": an aside
		// right after the subject interrupts it, and its pronoun is
		// someone named before.
		personal := v.is(a.src, wHe, wShe)
		// ("AMMAN, June 11 (Petra) -- The Jordanian Field Hospital
		// ...": past a dateline in capitals or a stamp; "The IDF's
		// own tally — 17,000, it claims —" has a dash of its own.)
		lo := 0
		if k := v.skipDateline(0); k < len(v.toks) && (v.toks[0].shouted || v.toks[0].num || v.creditedDateline(k)) {
			lo = k
		}
		// ("He buried 40 neighbours, he said": a pronoun opening the
		// sentence is no name, and is taken up in the sentence
		// before, below.)
		x, y := v.npAfter(lo, a.src)
		heOpens = personal && y-x == 1 && v.is(x, wHe, wShe)
		if y > x && v.named(x, y) && !v.toks[y].fig && !(y-x == 1 && v.is(x, wHe, wShe, wIt, wThey)) && !v.openingAdverb(x, y, lo) && !c.thingOpening(v, x, y, lo) && !(personal && c.strayOpening(si, v, x, y, lo)) && !c.commonOpening(v, x, y) && (!personal || v.personName(x, y)) && !(y == a.src-1 && v.isOne(y, wComma)) && (!v.pronounPost(a) || v.postsBody(x, y)) {
			return attr{src: x, srcEnd: y, anchor: a.anchor}, heOpens, true
		}
	}
	return attr{}, heOpens, false
}

// contactClauseSubject returns what a contact clause's pronoun after its
// noun takes up: "Israel argues that the four Hamas battalions it says
// remain in Rafah cannot be left intact": the sentence's subject, when
// that is a name, or the maker of findings opening the sentence.
func (c *call) contactClauseSubject(v *view, atts []attr, a attr) (attr, bool) {
	if !a.back && v.is(a.src, wIt, wThey) && a.src > 0 && v.toks[a.src-1].word && !v.toks[a.src-1].fig && !v.toks[a.src-1].has(cPronoun|cPreposition|cClause|cDeterminer) {
		x, y := v.npAfter(v.skipDateline(0), a.src)
		// ("Israel argues that": a verb in -s the phrase ran on into.)
		if y-1 > x && v.verbAfterSubject(y-1, a.src) {
			y--
		}
		// A name opens the subject ("Israel", "Israeli officials"),
		// not a noun phrase that holds one ("The real constraint on
		// Israel's Rafah campaign").
		n := x
		if n < y && v.toks[n].has(cDeterminer) {
			n++
		}
		if y > n && y < a.src-1 && v.toks[n].capital && !v.anyPreposition(n, y) && v.named(x, y) && !v.toks[x].has(cPronoun) && !c.commonOpening(v, x, y) && v.verbAfterSubject(y, a.src) {
			return attr{src: x, srcEnd: y, anchor: a.anchor}, true
		}
		// "An analysis by the UN human rights office of deaths it
		// had verified found": findings opening the sentence whose
		// maker is named after "by" (pronounsubject.go).
		for _, o := range atts {
			if o.kind == kFindings && o.src < a.src-1 && o.srcEnd == a.src+1 && o.anchor < o.src && !v.toks[o.src].has(cPronoun) {
				return attr{src: o.src, srcEnd: a.src, anchor: o.anchor, kind: kFindings}, true
			}
		}
	}
	return attr{}, false
}

// ownerSubject returns the subject that "its" or "their" findings, or a
// post a pronoun owns, later in the sentence belong to: "The Israeli army
// has named four reservists ..., bringing its count ... to 290": "its"
// findings later in the sentence are its subject's, when the subject is a
// name; so is what "its chief executive" says.
func (c *call) ownerSubject(si int, v *view, a attr) (attr, bool) {
	if a.kind == kFindings && v.is(a.src, wIts, wTheir) || v.pronounPost(a) {
		lo := v.skipDateline(c.afterProgrammeLabel(si, v))
		// "By its own count, the Red Cross has reunited 90 children": a
		// frame opening the sentence takes up the subject after it.
		// After a sentence announcing findings ("Ukraine's general
		// staff publishes its own tally ... By its count, Moscow had
		// lost 8,900 tanks"), "its" is the announcer's, read below
		// (findingsBefore).
		k := v.frameEnd(lo, a.src)
		if k > 0 && si > 0 && v.is(a.src, wIts, wTheir) && c.announces(si-1) {
			lo = len(v.toks)
		} else if k > 0 {
			lo = k
		}
		// ("In its latest assessment, Russian forces advanced":
		// itsagreement.go.)
		if x, y := v.npAfter(lo, len(v.toks)); y > x && (y < a.src || x > a.anchor) && !v.toks[x].has(cPronoun) && (v.named(x, y) || c.names(v, x, y) || v.definite(x, y)) && !c.commonOpening(v, x, y) && (!v.pronounPost(a) || v.postsBody(x, y)) && !v.pluralForIts(a.src, x, y) {
			return attr{src: x, srcEnd: y, anchor: a.anchor}, true
		}
	}
	return attr{}, false
}

// findingsTakenUp reads a pronoun whose verb is one of findings in the
// sentence before si: "The Meridian obtained the UNRWA spreadsheet. It
// shows ...": the findings last named, and whoever owns them. done
// reports whether it decided the answer (ok may still be false).
func (c *call) findingsTakenUp(si int, v *view, a attr) (cl Claimant, ok, done bool) {
	if v.toks[a.anchor].finding && !v.toks[a.anchor].report && v.toks[a.src].has(cPronoun) {
		// "Turkey's Environment Ministry has assessed 1.7 million
		// buildings. It found ...": with no findings before, "it" is
		// the body that did the work.
		// "The Ledger analysed 1,400 strike reports. It found ...":
		// findings worked over are material, and "it" the body that
		// worked (workedmaterial.go); "By its estimate" after a
		// sentence with no findings is its subject's.
		p := c.view(si - 1)
		worked := p.onlyMaterial()
		if p.findingsIn(0, len(p.toks)) && !worked || !v.isOne(a.src, wIt) && !worked {
			if cl, ok := c.findingsBefore(si - 1); ok || !v.is(a.src, wIts, wTheir) || p.findingsIn(0, len(p.toks)) {
				return cl, ok, true
			}
		}
	}
	return Claimant{}, false, false
}

// lastPersonNamed returns whom "he" or "she" takes up in the sentence
// before si: "I've just spoken to a nurse here at Nasser. She told me
// ...": the person last named, or the person the writer met, or the body
// a person in post speaks for.
func (c *call) lastPersonNamed(si int, v *view, a attr) (Claimant, bool) {
	if v.is(a.src, wHe, wShe) {
		// "We put the question to Dr Lena Berg. She said ...": the
		// person the writer met (metperson.go).
		if cl, ok := c.personMet(si - 1); ok {
			return cl, true
		}
		p := c.view(si - 1)
		if x, y, ok := p.lastPerson(); ok {
			// "More from the mayor of Dnipro, Borys Ivanov. He says
			// ...": a post with its holder's name in commas after it
			// is written by the name, as in her own sentence
			// (metperson.go postThenName); the head of a named body
			// ("the head of the Estonian Red Cross, Ivan Petrenko")
			// speaks for the body (postOfNamedBody below).
			if _, _, named := p.postOfNamedBody(x, y); !named && p.toks[x].has(cDeterminer) && !p.toks[x].capital && x+1 < y && p.toks[x+1].post() {
				if cl, ok := c.postThenName(p, x, x); ok {
					return cl, true
				}
			}
			// "A spokeswoman for the International Committee of the
			// Red Cross briefed reporters. She said ...": a person
			// in post is narrowed to her body as in her own sentence.
			id := ""
			// ("I spoke to the mayor of Dobrich. He said ...": an
			// office held for a place keeps the place with it.)
			if !p.territoryOfficeOf(x, y) {
				if bs, be, ok := p.postOfNamedBody(x, y); ok {
					// "I spoke earlier to the head of the Ukrainian
					// Red Cross in Kharkiv. She told me ...": takeup.go.
					x, y = bs, be
					id, _ = c.lookup(p, x, y)
				} else if bs, be, ok := p.postOfNamed(x, y); ok {
					// "I spoke to the head of the civil defence
					// service in Sirte. He said ...": a post of a body
					// named by its kind gives way to the body, as
					// "the head of the civil defence service in Sirte
					// said" does (span.go postOfNamed).
					x, y = bs, be
					id, _ = c.lookup(p, x, y)
				} else if rs, re := p.reduce(x, y); re > rs && (rs > x || re < y) {
					x, y = rs, re
					id, _ = c.lookup(p, x, y)
				} else if y-x <= 4 && p.toks[y-1].has(cStaff) {
					// "A Hamas official said ... He said 6 ...": a
					// body's official by its name is the body, as
					// in his own sentence (claim28).
					id, _ = c.lookup(p, x, y)
				}
			}
			cl := c.claimant(p, x, y, id)
			cl.How = Previous
			return cl, true
		}
	}
	return Claimant{}, false
}

// previousSubject returns the subject of the sentence before si, the
// last step of pickAnaphoric, or a person in it "he" or "she" takes up.
// heOpens (openingNameSubject) keeps only a person's name.
func (c *call) previousSubject(si int, v *view, a attr, heOpens bool) (Claimant, bool) {
	// ("The village was shelled overnight. He buried 40 neighbours,
	// he said": he, opening the sentence and saying it, takes up
	// only a person's name.)
	cl, ok := c.subject(si - 1)
	// "Lucía Paredes runs Oxfam's water programme in La Guajira. ...,
	// she said": what she runs names the body she speaks for, as
	// "who runs" does in her own sentence (runsnamed.go).
	if v.is(a.src, wHe, wShe) && ok {
		if rc, found := c.runsNamed(si-1, cl); found {
			return rc, true
		}
	}
	// ("... presented the sector's results. ..., he said": a
	// person, personbefore.go.)
	if v.is(a.src, wHe, wShe) {
		if pc, found := c.personBefore(si-1, cl); found {
			cl, ok = pc, true
		}
	}
	if heOpens && ok {
		p := c.view(si - 1)
		x, y := p.tokAt(cl.Start), p.tokAt(cl.End-1)+1
		if !p.personName(x, y) {
			return Claimant{}, false
		}
	}
	cl.How = Previous
	return cl, ok
}
