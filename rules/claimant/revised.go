package claimant

// A body handling its own count: revising it ("The regional government of
// Valencia raised the death toll from last week's floods to 216", "the
// agency lowered its estimate to 1,200", "lifted the toll to 14"), placing
// it ("placed the number of affected families at 610,000", "set the toll
// at 20") or giving it ("gave a toll of 40", "gives first official troop
// toll: 31,000 dead", "gave the number of dead as 300"). Whoever does so is
// the one counting; the figure after "to", "at", "as", "of" or a colon is
// its claim. "Israel raised the number of trucks to 200" does something,
// not count it: only a toll, count, tally, estimate or figure is revised
// so; a number or a total is placed or given. The verbs are the lexicon's
// countStems, in all their forms.

// tollNouns are the counts a body revises.
var tollNouns = set("toll tolls count tally estimate estimates figure figures")

// placedNouns are what a body places or gives besides them.
var placedNouns = set("number numbers total totals")

// revisedToll reads, at a verb of handling a count at i (cCountVerb), its
// subject before it when a toll noun follows within three words and the
// figure comes after it in the clause, or, passive ("was put at 101 by
// the prime minister's office"), the agent after the figure.
func (v *view) revisedToll(i, lo, hi int) (attr, bool) {
	if i == lo {
		return attr{}, false
	}
	if a, ok := v.passiveCount(i, lo, hi); ok {
		return a, true
	}
	noun := 0
	// ("raised the country's quake toll": a possessive's two tokens do
	// not use up the reach.)
	reach := i + 4
	for k := i + 1; k < hi && k <= reach; k++ {
		if v.isOne(k, wApostrophe) && v.isOne(k+1, wS) && reach == i+4 {
			reach += 2
		}
		// ("has updated its casualty dashboard: 45,541 killed": an
		// announcement is placed as a number is.)
		if v.toks[k].has(cTollNoun | cPlacedNoun | cAnnouncement) {
			noun = k
			break
		}
		if v.boundary(k) {
			return attr{}, false
		}
	}
	if noun == 0 {
		return attr{}, false
	}
	placed := v.toks[noun].has(cPlacedNoun | cAnnouncement)
	for k := noun + 1; k+1 < hi && k <= noun+14; k++ {
		if v.isOne(k, wComma) && v.listComma(k) {
			continue
		}
		if v.boundary(k) && !v.isOne(k, wColon) {
			break
		}
		// "a toll of 40": "of" only right after the noun.
		if !v.countFigureAfter(k, hi, placed) || v.isOne(k, wOf) && k != noun+1 || v.isOne(k, wColon) && k != noun+1 {
			continue
		}
		// The subject as any verb's: past an aside ("Ivan Fedko, the
		// governor of Zaporizhzhia, lifted"), a short name in brackets
		// ("(NDRRMC) placed"), a relative pronoun ("a statement that
		// raised").
		a, ok := v.verbAttr(i, lo, hi, false)
		if !ok || a.srcEnd > i {
			// "Health ministry figures quoted by the Ledger put the toll
			// at 34,000": the phrase after a participle's "by" is its
			// agent, not the subject; the figures put the toll, and are
			// their owner's (convention 2).
			s := v.npBefore(i, lo)
			if s >= i || !v.nominal(s, i) || v.isOne(s-1, wBy) {
				return attr{}, false
			}
			a = attr{src: s, srcEnd: i, anchor: i, kind: kVerb}
		}
		// "Israeli strikes on Shejaiya push Gaza toll close to 38,000":
		// what happened moves a toll; only who counts revises it.
		if !v.counter(a.src, a.srcEnd) {
			return attr{}, false
		}
		a.back = false
		// "said its own figures put the toll nearer 5,000": findings
		// placing a toll are findings, and their "its" the source, which
		// takes up the sentence's subject (see pickResolved).
		if v.is(a.src, wIts, wTheir) && v.hasFindingsHead(a.src, a.srcEnd) {
			a.kind, a.srcEnd = kFindings, a.src+1
		}
		return a, true
	}
	return attr{}, false
}

// countFigureAfter reports whether token k is a preposition that gives a
// count, with the figure right after it: "to" (a toll revised, not a
// number or total: "raised the number of trucks to 200"), "at", "as",
// "of" or a colon.
func (v *view) countFigureAfter(k, hi int, placed bool) bool {
	// ("put the figure nearer 100,000": see nearcount.go.)
	if v.nearCountAfter(k, hi) {
		return true
	}
	if k+1 >= hi || !v.toks[k+1].fig && !v.toks[k+1].num {
		return false
	}
	if v.isOne(k, wTo) {
		return !placed
	}
	return v.is(k, wAt, wAs, wOf, wColon)
}

// passiveCount reads "was put at 101 by the prime minister's office",
// "were placed at 610,000 by the council": a count placed, its figure
// after the verb and its maker after "by".
func (v *view) passiveCount(i, lo, hi int) (attr, bool) {
	if !v.is(i-1, wWas, wWere, wIs, wAre, wBeen, wBe) || !v.is(i+1, wAt, wAs) || i+2 >= hi || !v.toks[i+2].fig {
		return attr{}, false
	}
	k := i + 3
	for k < hi && v.toks[k].fig {
		k++
	}
	// "was put at 412,000 on Thursday by the IOM" (passivegap.go).
	k = v.byAfterGap(k, hi)
	if !v.isOne(k, wBy) {
		return attr{}, false
	}
	a, b := v.npAfter(k+1, hi)
	if b <= a || !(v.toks[a].capital || v.toks[a].has(cDeterminer)) || v.toks[b-1].has(cTimeNoun) || v.is(a+1, wEnd, wTime, wStart) {
		return attr{}, false
	}
	// Anchored at "by", the agent reaches back over the count placed.
	return attr{src: a, srcEnd: b, anchor: k, kind: kVerb, back: true}, true
}

// listComma reports whether the comma at k parts names in a list
// ("the provinces of Aleppo, Latakia, Hama and Tartus"): a capitalised
// word either side.
func (v *view) listComma(k int) bool {
	return k > 0 && k+1 < len(v.toks) && v.toks[k-1].word && v.toks[k-1].capital && v.toks[k+1].word && v.toks[k+1].capital
}

// counter reports whether the phrase [s, e) can keep a count: a name, or
// a head (the word before the phrase's first preposition) for people, a
// body, an office or findings ("a junta statement that"); not what
// happened ("Israeli strikes on Shejaiya", "Overnight floods").
func (v *view) counter(s, e int) bool {
	// "with the 8,476 recorded in Syria gives a joint toll": a phrase
	// opening with a preposition is no subject.
	if v.toks[s].has(cPreposition) && !v.toks[s].capital {
		return false
	}
	h := e - 1
	for k := s + 1; k < e; k++ {
		if v.toks[k].has(cPreposition) && !v.toks[k].capital {
			h = k - 1
			break
		}
	}
	t := &v.toks[h]
	if !t.word || t.capital || t.has(cPronoun) {
		return true
	}
	w := t.low
	return agentNoun(w) || t.has(cStaff|cPeople|cBody|cOffice|cPost|cFindingNoun|cFieldPeople|cJournalist) ||
		postNouns[singular(w)] || governments[w] || kindWords[w] || serviceKinds[w] || institutionNouns[w] || nameKind(w) || announcements[w] || documentNouns[w]
}
