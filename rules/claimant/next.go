package claimant

import "strings"

// The sentence after a figure's: whether it points back at the figure and
// names its source.

// backReference reads the sentence after a figure's for a claimant that
// points back at it: "The figure comes from X", "That is the estimate of
// X", "That's the number the White House is pointing to", or an
// attribution with no figure of its own ("The UN mission said most died
// in strikes").
func (c *call) backReference(ni int) (Claimant, bool) {
	v := c.view(ni)
	// "The arithmetic is ours, from census tables": the
	// writer's own findings, whatever material "from" names after them,
	// read before a source after "from" is (ownpointer.go).
	if _, ok := v.ownPointer(); ok {
		return c.pointsBack(v)
	}
	// "The number comes from the Gaza health ministry, which said hundreds
	// more were wounded": a pointer back names its source before the
	// sentence's own figures.
	if cl, ok := v.pointerSource(c); ok {
		return cl, true
	}
	if cl, ok := c.pointsBack(v); ok {
		return cl, true
	}
	if cl, ok := c.itComesFrom(ni); ok {
		return cl, true
	}
	// "Source: the Tarsk regional emergency office.", a headline's next
	// line "Port authority gives updated count".
	if cl, ok := c.sourceLine(v); ok {
		return cl, true
	}
	if cl, ok := c.giverLine(v); ok {
		return cl, true
	}
	s := c.d.Sentences[ni]
	// ("counts them; I knew two": pointerobject.go.)
	rel := min(v.pointerRelative(), v.afterPointerObject())
	for i := s.FigStart; i < s.FigEnd; i++ {
		// ("it is the most conservative one available": pronounone.go.)
		if f := &c.d.Figures[i]; f.Kind.IsAmount() && !agoAfter(c.d.Text, f.End) && f.Start < rel && !v.pronounOne(v.tokAt(f.Start)) {
			return Claimant{}, false
		}
	}
	// "The IDF meanwhile said ...": a sentence that turns to another
	// matter does not point back.
	if w := &v.words; w.has(wMeanwhile) || w.has(wSeparately) || w.has(wElsewhere) {
		return Claimant{}, false
	}
	atts := v.attributions(0, len(v.toks))
	// "The Anadolu agency, citing the governor's office, gave the toll":
	// the cited source.
	for _, a := range atts {
		if a.cite {
			cl, ok := c.name(v, a)
			cl.How = Next
			return cl, ok
		}
	}
	for i := range v.toks {
		t := &v.toks[i]
		// "That is our own count": the owner's.
		if i > 1 && t.backNoun() && v.is(0, wThat, wThis) {
			if a, b, ok := v.owner(i, 1); ok {
				cl, ok := c.name(v, attr{src: a, srcEnd: b, anchor: i, kind: kFindings})
				cl.How = Next
				return cl, ok
			}
		}
		// "The Belarusian Association of Journalists keeps that list",
		// "Regional governor Serhiy Lysak gives the update on Telegram":
		// findings pointed at by a demonstrative, or an update named
		// with "the", as the object of the verb right after the
		// sentence's subject, point back as "keeps that tally" does
		// (claimrec33).
		if i > 3 && !t.backNoun() && v.objectPointer(i) {
			if a, b := v.npAfter(0, i-2); b == i-2 && b > a && v.toks[a].capital && !v.toks[a].has(cPronoun) {
				cl, ok := c.name(v, attr{src: a, srcEnd: b, anchor: i})
				cl.How = Next
				return cl, ok
			}
		}
		// ("gave both figures", "released these figures": after a verb
		// of giving, a pointer back as after "the"; "disputed those
		// figures" gives nothing.)
		given := i >= 2 && (v.is(i-1, wThese, wThose) || v.toks[i-1].low == "both") && origin(v.toks[i-2].low)
		if !t.backNoun() || i == 0 || !given && !v.is(i-1, wThe, wThat, wThis) && !v.is(i-2, wThe, wThat, wThis) {
			continue
		}
		// "That is the number of Palestinians killed in Gaza, the ministry
		// says": "the number of" names what the figure counts, never who
		// gave it; the source is said after, as for any sentence.
		if v.countedAfter(i + 1) {
			continue
		}
		for j := i + 1; j < len(v.toks) && j <= i+4; j++ {
			// "gave the figure in its review of the storm": another
			// phrase opens, and its "of" is not the figure's.
			if v.toks[j].has(cPreposition) && !v.is(j, wBy, wOf, wFrom) && !v.timeAfter(j-1, len(v.toks)) {
				break
			}
			// "by adding up statements": a means, not a source.
			if v.is(j, wBy, wOf, wFrom) && !v.gerund(j+1) {
				if a, b := v.npAfter(j+1, len(v.toks)); b > a {
					return c.pointed(v, a, b, j)
				}
			}
		}
		if a, b := v.npAfter(i+1, len(v.toks)); b > a && (v.toks[a].capital || v.toks[a].has(cDeterminer)) {
			cl, ok := c.name(v, attr{src: a, srcEnd: b, anchor: i})
			cl.How = Next
			return cl, ok
		}
		if i > 2 {
			if a, b := v.npAfter(0, i); b > a && (v.toks[a].capital) && !v.toks[a].has(cPronoun) {
				// "The UN's refugee agency keeps that tally": the verb
				// in -s before the pointer's demonstrative is no part of
				// the subject.
				if b-1 > a && b == i-1 && v.is(b, wThat, wThis, wThese, wThose) && !v.toks[b-1].capital && pluralForm(v.toks[b-1].low) {
					b--
				}
				cl, ok := c.name(v, attr{src: a, srcEnd: b, anchor: i})
				cl.How = Next
				return cl, ok
			}
		}
	}
	// "That was according to X": a frame pointing back.
	for _, a := range atts {
		if a.kind == kFrame && v.is(0, wThat, wThis) {
			cl, ok := c.name(v, a)
			cl.How = Next
			return cl, ok
		}
	}
	for _, a := range atts {
		if a.kind != kVerb || v.anaphoric(a) || v.toks[a.src].has(cFirstPerson) {
			continue
		}
		// "Roads into Darfur expected to be cut within weeks": what the
		// subject is expected to undergo or do, a forecast of no one's,
		// not an attribution of the figure before.
		if strings.HasPrefix(v.toks[a.anchor].low, "expect") && v.isOne(a.anchor+1, wTo) && a.src < a.anchor {
			continue
		}
		// "The army said it had targeted a Hamas command centre": a
		// source telling of its own doing says nothing of the figure.
		if a.anchor > a.src && v.otherMatter(a.anchor) || a.back && v.actorOpens(v.skipDateline(0), a.src) {
			return Claimant{}, false
		}
		cl, ok := c.name(v, a)
		cl.How = Next
		return cl, ok
	}
	return Claimant{}, false
}

// otherMatter reports whether the clause a verb at i reports opens, past
// "that" and a short adverbial of time, with the speaker's own pronoun
// ("said it had targeted", "said on Thursday that it was sending") or a
// definite noun of its own ("said the evacuation was temporary"): the
// source speaks of its doing or of another matter, not of a figure before.
// A quantifier ("said most died") or a bare noun ("said turnout was the
// highest") may still speak of it.
func (v *view) otherMatter(i int) bool {
	for k, reach := i+1, i+5; k < len(v.toks) && k <= reach; k++ {
		t := &v.toks[k]
		switch {
		case v.isOne(k, wEven):
		case v.is(k, wWhen, wIf, wOnce, wWhile, wAlthough, wThough, wUnless, wUntil, wWhether):
			// "said that even when a ceasefire is reached, they intend to
			// ...": a clause of condition or time opens the report, and
			// what the source speaks of is the clause after its comma.
			c := v.clauseComma(k)
			if c < 0 {
				return false
			}
			k, reach = c, c+5
		case k == i+1 && v.pointerObject(k):
			// "COGAT just confirmed it in a tweet": the object points
			// back (pointerobject.go); "almost nobody is saying it at
			// all" denies that anyone says it.
			return v.deniedSayer(i)
		case v.is(k, wIt, wThey, wWe):
			return true
		case k == i+1 && v.confirmedObject(i):
			// "Traffic police confirmed the find to us": what is
			// confirmed is what was just reported.
			return false
		case v.is(k, wThe, wThis, wThese, wThose) && k+1 < len(v.toks) && !v.toks[k+1].backNoun() && v.toks[k+1].word && !v.toks[k+1].capital:
			// "The military said the evacuation was temporary": another
			// matter named by its own noun.
			return true
		case v.isOne(k, wThat) || t.has(cPreposition) || t.has(cDay) || t.has(cDeterminer):
		default:
			// "said on Monday that Britain would send a field hospital":
			// a report of what someone will do is of another matter than
			// a figure before; a named subject, then "would" or "will"
			// ("warned that deaths would rise" may still speak of it).
			for m := k + 1; t.capital && m < len(v.toks) && m <= k+3 && !v.boundary(m) && !v.toks[m].fig; m++ {
				if v.is(m, wWould, wWill) {
					return true
				}
			}
			// "said schools in Porto Alegre would stay closed until
			// Friday", "said flights would resume on Thursday": a
			// schedule, what will open, close or arrive, is another
			// matter whoever the subject (claim49); "warned that deaths
			// would rise" may still speak of the figure.
			return v.scheduleAfter(k)
		}
	}
	return false
}

// actorOpens reports whether the clause [lo, hi) that an attribution after
// it reports opens with a force or a crew doing something ("Israeli troops
// have been fighting in the city since December, the army said"): the
// source tells of what is being done, not of a figure before. The counted
// ("Most of them were children", "The dead were mostly women") may still
// be what the figure counted.
func (v *view) actorOpens(lo, hi int) bool {
	a, b := v.npAfter(lo, hi)
	return b > a && b < hi && actorNouns[v.toks[b-1].low] && !v.toks[b].has(cPreposition)
}

// actorNouns head a clause about what forces and crews do.
var actorNouns = set("troops forces soldiers army military fighters militants rebels police rescuers jets warplanes tanks")

// clauseComma returns the comma that closes a subordinate clause opening
// at i, within the sentence and before any figure; -1 when there is none.
func (v *view) clauseComma(i int) int {
	for k := i + 1; k < len(v.toks) && k <= i+16; k++ {
		switch {
		case v.toks[k].fig:
			return -1
		case v.isOne(k, wComma):
			return k
		case v.boundary(k):
			return -1
		}
	}
	return -1
}

// gerund: the word at i is an -ing form ("by adding up").
func (v *view) gerund(i int) bool {
	return i < len(v.toks) && v.toks[i].word && !v.toks[i].capital && len(v.toks[i].low) > 5 && strings.HasSuffix(v.toks[i].low, "ing")
}

// hasWord reports whether tokens [a, b) hold a word.
func (v *view) hasWord(a, b int) bool {
	for k := a; k < b && k < len(v.toks); k++ {
		if v.toks[k].word {
			return true
		}
	}
	return false
}

// agoAfter reports whether the word after the one at byte end of text is
// "ago" ("a few minutes ago"): the figure says when, not how many.
func agoAfter(text string, end int) bool {
	i := end
	for i < len(text) && text[i] == ' ' {
		i++
	}
	w := i
	for i < len(text) && text[i] != ' ' {
		i++
	}
	if i == w {
		return false
	}
	for i < len(text) && text[i] == ' ' {
		i++
	}
	return strings.HasPrefix(text[i:], "ago") && (i+3 == len(text) || !isLetter(text[i+3]))
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// passiveAt reports whether a passive verb opens at token i: a form of "to
// be" and a participle ("was presented", "were given").
func (v *view) passiveAt(i int) bool {
	if i+1 >= len(v.toks) || !copulaIDs.has(&v.toks[i].spelling) {
		return false
	}
	t := &v.toks[i+1]
	return t.word && !t.capital && (strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "en") || t.has(cIrregularPast))
}

// initialsToEnd reports whether token k is a body's initials closing the
// sentence, before its full stop if any: ", AFAD.".
func (v *view) initialsToEnd(k int) bool {
	n := len(v.toks)
	if n > 0 && v.boundary(n-1) {
		n--
	}
	return k+1 == n && v.initialsAt(k)
}

// bodyNameToEnd reports whether tokens from k to the sentence's end, but
// for its closing stop, are one to four capitalised words and no person's
// name: a body's name closing the sentence ("..., Destatis."), not the
// holder of a post read down to its body ("the head of the agency, Jonas
// Weber", whose body speaks, convention 1).
func (v *view) bodyNameToEnd(k int) bool {
	n := len(v.toks)
	if n > 0 && v.boundary(n-1) {
		n--
	}
	// (A person's name of two words or more: "Jonas Weber"; one word
	// is a body's short name, "Istat".)
	if k >= n || n-k > 4 || n-k > 1 && v.personName(k, n) {
		return false
	}
	for m := k; m < n; m++ {
		if t := &v.toks[m]; !t.word || !t.capital {
			return false
		}
	}
	return true
}

// objectPointer reports whether the noun at i, after a verb and a
// determiner, points back at what the sentence before gave: a findings
// noun after "that", "this", "those" or "these" ("keeps that list",
// "published those surveys"), or an update or bulletin after "the" or
// "that" ("gives the update"). The verb is a lower-case form in -s, the
// present a headline or a standfirst tells a source's doing in ("keeps",
// "gives", "publishes"); a past ("disputed those figures", "questioned
// that list") is left to the readers of what was done to figures.
func (v *view) objectPointer(i int) bool {
	t := &v.toks[i]
	if !t.has(cFindingNoun) && !t.has(cPostedWork) || i+1 < len(v.toks) && v.isOne(i+1, wOf) {
		return false
	}
	if !(v.is(i-1, wThat, wThis, wThose, wThese) || t.has(cPostedWork) && v.isOne(i-1, wThe)) {
		return false
	}
	// ("The government disputes that list", "The Kremlin doubts this
	// survey": a verb taking issue with the findings says they are
	// another's, review33a.)
	p := &v.toks[i-2]
	return p.word && !p.capital && !p.has(cPreposition|cClause|cDeterminer|cPronoun) && strings.HasSuffix(p.low, "s") && !doubting(p.low)
}

// confirmedObject reports whether the verb at i is a form of "confirm"
// whose object is "the" and one lower-case noun closing the clause, or
// followed by whom it was confirmed to: "confirmed the find to our
// reporter", "confirmed the deaths". Confirming is of a report made
// before, so a sentence after a figure's that confirms "the" thing it
// tells of points back at it, as "confirmed it" does (pointerobject.go).
// "confirmed the evacuation was temporary" opens a clause of its own.
func (v *view) confirmedObject(i int) bool {
	if !strings.HasPrefix(v.toks[i].low, "confirm") || i+2 >= len(v.toks) || !v.isOne(i+1, wThe) {
		return false
	}
	n := &v.toks[i+2]
	if !n.word || n.capital || n.fig || n.num {
		return false
	}
	return i+3 >= len(v.toks) || v.boundary(i+3) || v.isOne(i+3, wTo)
}
