package claimant

import "strings"

// Turning an attribution's words into a claimant: the configured id the
// words name, or the words reduced to the body or person that speaks.

// name turns an attribution's words into a claimant.
func (c *call) name(v *view, a attr) (Claimant, bool) {
	// "The ministry's lists, which the Ledger obtained and checked
	// against death notices, show", "Figures from the WHO, which the
	// Meridian checked, show": findings are whoever made them into these.
	if a.app < a.appEnd && v.findingsIn(a.src, a.srcEnd) {
		rs, re, ok := v.relativeSubject(a.app, a.appEnd+1)
		if !ok && v.toks[a.srcEnd-1].has(cFindingNoun) {
			rs, re, ok = v.madeBy(a.srcEnd-1, a.appEnd+1)
		}
		if ok && re <= a.appEnd {
			id, _ := c.lookup(v, rs, re)
			return c.claimant(v, rs, re, id), true
		}
	}
	s, e := v.reduce(a.src, a.srcEnd)
	if s >= e {
		return Claimant{}, false
	}
	if id, ok := c.lookup(v, s, e); ok {
		return c.claimant(v, s, e, id), true
	}
	if s != a.src || e != a.srcEnd {
		if id, ok := c.lookup(v, a.src, a.srcEnd); ok {
			return c.claimant(v, s, e, id), true // "A Ledger analysis": the alias is the whole phrase
		}
	}
	if a.app < a.appEnd {
		if id, ok := c.lookup(v, a.app, a.appEnd); ok {
			return c.claimant(v, a.app, a.appEnd, id), true
		}
		// "John Smith, a spokesman for Oxfam" speaks for Oxfam.
		if rs, re := v.reduce(a.app, a.appEnd); rs > a.app && re > rs && !v.is(a.app, "who", "which") {
			return c.claimant(v, rs, re, ""), true
		}
		// "Ana Rocha, a monitor with the Citizens' Observation Network": a
		// role in a named body speaks for it; a witness ("a nurse at X")
		// speaks for herself.
		if rs, re, ok := v.roleIn(a.app, a.appEnd); ok {
			return c.claimant(v, rs, re, ""), true
		}
		// "Jean Bosco, who runs the reception centre for the Norwegian
		// Refugee Council": a person in post speaks for the body.
		if rs, re, ok := v.worksFor(a.app, a.appEnd); ok {
			return c.claimant(v, rs, re, ""), true
		}
	}
	// "El Fasher's 1.8 million residents"; a headline's "Rafah: ..." is a
	// place, "Electoral commission: ..." and "Hostage families: ..." a
	// body or people.
	if a.kind == kPossFig || a.kind == kLabel && !(bodyNouns[v.toks[e-1].low] || personNoun(v.toks[e-1].low)) {
		return Claimant{}, false
	}
	if v.toks[s].has(cPronoun) && !v.toks[s].has(cFirstPerson) && e-s == 1 {
		return Claimant{}, false
	}
	if v.definite(s, e) {
		if id, ok := c.corefer(v, s, v.toks[e-1].low); ok {
			return c.claimant(v, s, e, id), true
		}
	}
	// "the country's disaster management agency, AFAD, said": a
	// description and a name beside it; the name is the claimant.
	if a.app < a.appEnd && !v.named(s, e) && v.allCapitalised(a.app, a.appEnd) {
		return c.claimant(v, a.app, a.appEnd, ""), true
	}
	return c.claimant(v, s, v.namePlace(s, e), ""), true
}

// worksFor reads "who works for X", "who runs the clinic for X" in tokens
// [a, b): the named body X (capitalised), after the clause's last for, at
// or with.
func (v *view) worksFor(a, b int) (int, int, bool) {
	if !v.is(a, "who") || !v.is(a+1, "works", "worked", "runs", "ran", "heads", "headed", "leads", "led", "directs", "directed", "manages", "managed", "coordinates", "coordinated") {
		return 0, 0, false
	}
	for k := b - 2; k > a+1; k-- {
		if !v.is(k, "for", "at", "with") {
			continue
		}
		n := k + 1
		if v.toks[n].has(cDeterminer) {
			n++
		}
		if n < b && v.toks[n].capital {
			if s, e := v.npAfter(k+1, b); e > s {
				return s, e, true
			}
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// fieldPeople are a body's people at work: its teams, crews, volunteers.
var fieldPeople = set("teams team crews crew volunteers")

// bodyNouns are kinds of organisation.
var bodyNouns = set("group firm agency charity organisation organization company network service broadcaster body ngo outlet " +
	"commission council ministry office authority committee")

// roleIn reads "a monitor with X", "an adviser to X" in tokens [a, b): the
// named body X.
func (v *view) roleIn(a, b int) (int, int, bool) {
	if !v.is(a, "a", "an") {
		return 0, 0, false
	}
	for k := a + 1; k < b && k <= a+4; k++ {
		t := &v.toks[k]
		if v.is(k, "with", "for", "at", "of", "to") {
			if personNoun(v.toks[k-1].low) || k == a+1 {
				return 0, 0, false
			}
			n := k + 1
			if n < b && v.toks[n].has(cDeterminer) {
				n++
			}
			if n < b && v.toks[n].capital {
				if x, y := v.npAfter(k+1, b); y > x {
					return x, y, true
				}
			}
			return 0, 0, false
		}
		if !t.word || t.capital {
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// findingsIn reports whether tokens [a, b) hold a findings noun.
func (v *view) findingsIn(a, b int) bool {
	for k := a; k < b; k++ {
		if v.toks[k].has(cFindingNoun) {
			return true
		}
	}
	return false
}

// namePlace returns the end of a proper name that a place follows: "The
// Ministry of Defence in London" is the Ministry of Defence. A generic
// body keeps its place ("the health ministry in Damascus"): the place says
// whose it is.
func (v *view) namePlace(s, e int) int {
	for k := s + 1; k+1 < e; k++ {
		if !v.is(k, "in") {
			continue
		}
		n := s
		if v.toks[n].has(cDeterminer) {
			n++
		}
		// "Rescuers in Hatay": a capital that only opens the sentence is
		// no name.
		if (n > 0 || k-n > 1) && v.allCapitalised(n, k) && v.allCapitalised(k+1, e) {
			return k
		}
		return e
	}
	return e
}

func (c *call) claimant(v *view, s, e int, id string) Claimant {
	for s < e-1 && v.toks[s].has(cDeterminer) {
		s++
	}
	// "the monitoring group Airwars", "medical charity MSF": a kind of body
	// describing the name after it ("regional governor Oleh Kiper" keeps
	// the office a person speaks in).
	for k := e - 1; k > s && id == ""; k-- {
		if !v.toks[k].capital || !v.toks[k].word {
			if k < e-1 && bodyNouns[v.toks[k].low] {
				s = k + 1
			}
			break
		}
	}
	// "The ministry here tells us": where a body is, not its name; "a
	// doctor there" is the person who saw.
	for e > s+1 && v.is(e-1, "here", "there") && !agentNoun(v.toks[e-2].low) {
		e--
	}
	words, bs, be := v.span(c.d.Text, s, e)
	return Claimant{ID: id, Words: words, Start: bs, End: be, How: InSentence}
}

// reduce narrows a source phrase to the claimant it stands for: the owner
// of a findings noun ("A Ledger analysis" → Ledger, "Our own count" →
// Our), the organisation a spokesman speaks for ("a civil defence
// spokesman" → civil defence, "Researchers at X" → X, "Dr Hana Mourad of
// X" → X).
func (v *view) reduce(s, e int) (int, int) {
	// "White Helmets volunteers working in Jindires": a participle and
	// its complement after a people noun describe the claimant and are
	// not part of its name.
	for k := s + 1; k+1 < e; k++ {
		t := &v.toks[k]
		if p := v.toks[k-1].low; !t.capital && len(t.low) > 5 && strings.HasSuffix(t.low, "ing") && (agentNoun(p) || bodyNouns[strings.TrimSuffix(p, "s")]) &&
			(v.toks[k+1].has(cPreposition) || v.toks[k+1].has(cDeterminer)) {
			e = k
			break
		}
	}
	for k := s; k < e; k++ {
		t := &v.toks[k]
		w := t.low
		if t.has(cFindingNoun) && k > s {
			// "figures from X", "an exit poll for X": the phrase after is
			// the source.
			if v.is(k+1, "from", "by", "for") && k+2 < e {
				return k + 2, e
			}
			if a, b, ok := v.owner(k, s); ok {
				return a, b
			}
		}
		if t.has(cFindingNoun) && k == s && v.is(k+1, "from", "by", "of", "for") && k+2 < e {
			return k + 2, e
		}
		// "AFAD teams", "Red Crescent volunteers": a body's people in the
		// field speak for it.
		if t.has(cFieldPeople) && k > s && v.named(s, k) && !(s == 0 && k == 1 && !v.toks[0].shouted) {
			return s, k
		}
		// "the agency's chief", "the ministry's head": the body's.
		if (w == "chief" || w == "head") && k == e-1 && k > s && v.is(k-1, "s") && v.is(k-2, "'") {
			return s, k - 2
		}
		if t.has(cStaff) && w != "official" && w != "officials" && w != "director" && w != "envoy" {
			// "Researchers at the London School of Hygiene" speak for it;
			// "Staff at al-Aqsa hospital" are people at a place.
			if v.is(k+1, "for", "of", "at", "with") && k+2 < e && !(v.is(k+1, "at") && !v.toks[e-1].capital) {
				return k + 2, e
			}
			// "a civil defence spokesman", "the military's chief
			// spokesman" speak for the body; "Airwars researchers" are
			// the claimant themselves (an alias in them still names it).
			if !strings.HasPrefix(w, "spokes") {
				continue
			}
			m := k
			for m > s && v.is(m-1, "chief", "senior", "regional", "deputy", "top", "press", "military", "main", "lead") {
				m--
			}
			if m > s && !(m == s+1 && v.toks[s].has(cDeterminer)) {
				b := m
				if v.is(b-1, "s") && v.is(b-2, "'") {
					b -= 2
				} else if v.is(b-1, "'") {
					b--
				}
				if b > s {
					return s, b
				}
			}
		}
	}
	// "A government media office statement said": the office.
	if e-s > 2 && v.is(e-1, "statement", "bulletin", "communique", "communiqué") {
		return s, e - 1
	}
	// "Munir Hasan of the White Helmets": a named person of a body.
	if e-s > 3 && !v.toks[s].has(cDeterminer) && v.toks[s].capital && v.toks[s+1].capital && v.is(s+2, "of") && (v.toks[s+3].capital || v.toks[s+3].has(cDeterminer)) && s > 0 && !v.sentenceWord(s) {
		return s + 3, e
	}
	// "Dr Hana Mourad of Médecins Sans Frontières": a titled person of an
	// organisation.
	if v.is(s, "dr", "mr", "mrs", "ms", "prof", "professor") {
		for k := s + 1; k < e-1; k++ {
			if v.is(k, "of", "from", "at") && v.toks[k+1].capital {
				return k + 1, e
			}
		}
	}
	return s, e
}
