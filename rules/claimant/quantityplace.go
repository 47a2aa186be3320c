package claimant

// A quantity's place may stand between its noun and the verb that moves
// it: "Visitor numbers at the town's festival fell to 90,000", "Passenger
// numbers in Sabah rose 4 per cent". The place says where the quantity was
// counted, not who counted it, so the word opening the sentence stays a
// common noun modifying the count (quantityowner.go), as it is with the
// verb right after the noun. Findings a verb of report or finding follows
// ("Ledger numbers at the port show") keep their owner: quantityOwner
// refuses those verbs wherever they stand.
//
// The phrase must be a place. "Ipsos numbers in the latest poll rose to
// 41 per cent": a poll, a bulletin, a day or a body after the preposition
// says where or when the numbers were published, or by whom, and the word
// opening the sentence is whose they are.

// pastQuantityPlace returns, for the token x right after a findings noun,
// the token after a phrase of where that opens at x ("at the festival",
// "in Penang", "across the state"); else x.
func (v *view) pastQuantityPlace(x int) int {
	if !v.placePreposition(x) {
		return x
	}
	a, b := v.npAfter(x+1, len(v.toks))
	if a != x+1 || b <= a || b >= len(v.toks) {
		return x
	}
	// (A figure inside the place is the figure itself or another: "numbers
	// at 12 camps" names no place a count was taken in.)
	for k := a; k < b; k++ {
		if v.toks[k].fig {
			return x
		}
	}
	if !v.countedPlace(a, b) {
		return x
	}
	return b
}

// countedPlace reports whether the phrase [a, b) after a preposition of
// place names a place: a place's name ("Langkawi", "Senai", "North
// Darfur"), or a common noun for where ("the botanic gardens", "Sabah's
// marine parks", "the state") that is no record, paper, announcement,
// time, body or people.
func (v *view) countedPlace(a, b int) bool {
	h := &v.toks[b-1]
	if !h.word {
		return false
	}
	if h.capital {
		// The capitalised words closing the phrase: its name.
		s := b - 1
		for s > a && v.toks[s-1].word && v.toks[s-1].capital && !v.toks[s-1].has(cDeterminer) {
			s--
		}
		if v.placeName(s, b) || v.knownPlace(s, b) {
			return true
		}
		// (A name the rules do not know, "in Langkawi", "near Tororo",
		// is a place unless a word of it says a body, a post, a record
		// or a time: "in the Ipsos Tracker", "on Tuesday".)
		for k := s; k < b; k++ {
			if t := &v.toks[k]; t.has(notWhere) || t.post() || t.nameKind() {
				return false
			}
		}
		return true
	}
	if placeNouns[h.low] || h.has(cHome) {
		return true
	}
	return !h.has(notWhere) && !h.agent()
}

// notWhere are the classes of a head noun that is no place: a record, a
// paper or an announcement the numbers were published in, a time, a body
// or people.
const notWhere = cFindingNoun | cDocumentNoun | cPublication | cAnnouncement | cReleasedPaper | cDay | cMonthName |
	cTimeNoun | cTimeWord | cTimeHead | cTimeFrame | cBody | cInstitution | cNameKind | cGovernment | cOutletKind |
	cStaff | cPeople | cForce | cOfficeNoun
