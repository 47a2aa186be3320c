package claimant

// What "citing" names when it names no source: "The central bank raised
// its rate to 11.25%, citing a resilient economy and a weaker real",
// "Britain suspended 30 licences, citing a clear risk they could be used in
// breach of international law". A frame's "citing" cites a source when its
// phrase is one that can give an account; a reason cited is no one's word.
// reasonNouns name the common reasons; citedReason reads the rest from what
// the phrase's head is, so that the next reason ("citing weak demand",
// "citing a drop in orders") needs no word of its own.

// citedReason reports whether the cited phrase [s, e) names no one who
// could give an account: all in lower case, with no owner (its, their,
// our), no count of people, and a head that is none of the words for
// people, bodies, offices, forces, places a body sits in, findings,
// documents or announcements. The head is the last word before "of",
// "and", "that", a pronoun opening a contact clause ("a clear risk they
// could be used") or a preposition.
func (v *view) citedReason(s, e int) bool {
	head := -1
	for k := s; k < e; k++ {
		t := &v.toks[k]
		switch {
		case t.capital && !(k == s && t.has(cDeterminer)), t.shouted, t.num, t.fig:
			return false
		case t.has(cPronoun):
			if k == s || v.is(k, wIts, wTheir, wOur, wMy, wHis, wHer) {
				return false
			}
			return head >= 0 && v.speechless(head)
		case v.isOne(k, wAnd) && v.kindAnd(k, s, e):
			// "citing the fire and rescue department": two remits of the
			// body's kind, which is the head.
			head = -1
		case v.is(k, wOf, wAnd, wThat) || t.has(cPreposition):
			return head >= 0 && v.speechless(head)
		case t.word && !t.has(cDeterminer):
			// "people familiar with the matter": a word that can give
			// an account before an adjective that cannot is the head.
			if head >= 0 && !v.speechless(head) {
				return false
			}
			head = k
		}
	}
	return head >= 0 && v.speechless(head)
}

// speechless reports whether the noun at k is none that can give an
// account: not people, a body, an office or post, a force, a government or
// a country, findings or a document.
func (v *view) speechless(k int) bool {
	t := &v.toks[k]
	w := t.low
	sg := singular(w)
	return !(agentNoun(w) || personNoun(w) || t.post() || t.has(cFindingNoun|cStaff|cFieldPeople|cAnnouncement) ||
		bodyNouns[w] || bodyNouns[sg] || institutionNouns[w] || institutionNouns[sg] || nameKinds[w] || governments[w] ||
		officeNouns[w] || forceKinds[w] || kindWords[w] || actorNouns[w] || ownReporters[w] || groupNouns[w] ||
		documentNouns[w] || documentNouns[sg] || announcements[w] || quantityNouns[w] || backNouns[w] || channelNouns[w] || mediaNouns[w] ||
		postedWork[w] || findingNouns[w] || findingNouns[sg] || polities[w] || polities[sg])
}

// polities are countries and their members as those who speak: "citing
// estimates by member states", "citing donor countries".
var polities = set("state country nation member donor partner ally government")
