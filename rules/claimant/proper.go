package claimant

import "strings"

// properAfterPlace reads tokens [s, e) as a place's possessive before a
// body's proper name: "Ukraine's Prosecutor General's Office",
// "Pakistan's National Disaster Management Authority". A proper name
// names its body alone, so the claimant is the name; a common one keeps
// the place that says whose it is ("Pakistan's election commission",
// "Gaza's civil defence agency"), and so does a name of two words, a kind
// and its head capitalised ("Russia's Defence Ministry", "Sudan's Doctors'
// Union"): the place says which of many. It returns where the name
// starts. A place named by a common noun for it ("the country's Legal
// Medical Service", "the region's Emergency Coordination Office") is a
// place's possessive as a country's is.
func (v *view) properAfterPlace(s, e int) (int, bool) {
	// "Sri Lanka's Disaster Management Centre", "South Sudan's Relief and
	// Rehabilitation Commission": a place of two capitalised words.
	s0 := s
	// ("the Finance Minister's Office": an office's possessive is no
	// place's, claim117.)
	if s+4 < e && v.toks[s].word && v.toks[s].capital && !v.toks[s].has(cDeterminer) && !v.toks[s].poss && v.toks[s+1].word && v.toks[s+1].capital && v.toks[s+1].poss && !v.toks[s+1].has(cOfficeNoun) {
		s++
	}
	n, ok := v.properAfterOne(s, e)
	if !ok {
		return s0, false
	}
	return n, true
}

// properAfterOne is properAfterPlace with a place of one word at s.
func (v *view) properAfterOne(s, e int) (int, bool) {
	if s+2 >= e || !v.toks[s].word || !v.toks[s].capital && !v.toks[s].has(cHome) || v.toks[s].has(cDeterminer) || !v.toks[s].poss || !v.is(s+1, wApostrophe) {
		return s, false
	}
	// "Pakistan's NDMA", "the Philippines' NDRRMC": a plural's
	// possessive is its apostrophe alone.
	n := s + 2
	if v.isOne(n, wS) && !v.toks[n].space {
		n++
	} else if !strings.HasSuffix(v.toks[s].low, "s") {
		return s, false
	}
	if n >= e || !v.toks[n].capital || !v.toks[n].word || v.toks[n].has(cDay) {
		return s, false
	}
	// "Turkey's AFAD", "the Philippines' NDRRMC": a body's initials stand
	// for its whole name, a proper one, and say whose without the place.
	// In a text in capitals a kind of body after a possessive ("MARKET
	// WOMEN'S UNION", "PROSECUTOR GENERAL'S OFFICE") is no initials.
	if n+1 == e && v.initials(n) && !(v.toks[s].shouted && v.bodyWord(n)) {
		return n, true
	}
	words := 0
	for k := n; k < e; k++ {
		t := &v.toks[k]
		switch {
		case t.word && t.capital:
			words++
		case t.has(cLink), v.is(k, wApostrophe, wAmpersand, wFullStop), v.isOne(k, wS) && v.isOne(k-1, wApostrophe):
		case v.isOne(k, wComma) && v.nameComma(k, n, e):
			// "Britain's Department for Culture, Media and Sport": a
			// list of remits inside the name (claim117).
		case v.isOne(k, wDash) && !t.space && k > n && k+1 < e && !v.toks[k+1].space:
			// "Kenya's Ethics and Anti-Corruption Commission": the words
			// a hyphen joins count as one ("Japan's Self-Defense Forces"
			// is a kind and its head).
			words--
		// "Coordination Headquarters for the Treatment of Prisoners of
		// War": "the" after a link word inside the name.
		case t.id == wThe && !t.capital && k > n && v.toks[k-1].has(cLink) && k+1 < e && v.toks[k+1].capital:
		default:
			return s, false
		}
	}
	// "China's Ministry of Emergency Management", "Qatar's Ministry of
	// Foreign Affairs": a ministry named by its kind is one most countries
	// have, however long its remit, and the place says whose (README
	// convention 8).
	// ("El Fasher's Saudi Hospital", "Gaza City's Al-Ahli Hospital": a
	// name of two words closed by an institution is no kind most places
	// have, as in distinctName; the place is cut as after "in".)
	if words == 2 && v.toks[e-1].has(cInstitution) && v.toks[e-1].capital && !v.toks[n].has(cInstitution) && !v.demonymOrKind(n) {
		return n, true
	}
	return n, words >= 3 && !v.ministryName(n, e) && !v.officeName(n, e)
}

// officeName reports whether the capitalised name [n, e) after a place's
// possessive is an office, not a body: opened by an office or a post and
// closed by no kind of body ("Uganda's Director of Public Prosecutions",
// "Rwanda's Inspector General of Police"). An office without its
// holder's name is written as the office, its place kept, as "Congo's
// health minister" is (convention 8); "Ukraine's Prosecutor General's
// Office" is a body, and its place is cut.
func (v *view) officeName(n, e int) bool {
	t := &v.toks[n]
	return !t.shouted && (t.has(cOfficeNoun) || t.post()) && !v.toks[e-1].nameKind() && !v.toks[e-1].has(cStaff) && v.is(n+1, wOf, wGeneral)
}

// demonymOrKind reports whether the capitalised word at k is a word
// that says a kind ("Children's", "General", "Central"), so that a name it
// opens is a kind many places have ("Kyiv's Children's Hospital", "Gaza's
// General Hospital"); a people's adjective names one ("the Saudi
// Hospital", "the Indonesian Hospital").
func (v *view) demonymOrKind(k int) bool {
	t := &v.toks[k]
	// ("Al-Ahli": a particle joined to the name is the name's.)
	joined := v.isOne(k+1, wDash) && !v.toks[k+1].space
	return t.inLexicon() && !v.demonym(k) && !joined || institutionKinds[t.low] || v.isOne(k+1, wApostrophe)
}

// institutionKinds are the words saying which kind of hospital or school
// a place has, many places one each: "General Hospital", "Central
// Hospital", "Military Hospital", "Teaching Hospital".
var institutionKinds = set("general central main regional national military district provincial teaching field maternity city university state public municipal")

// inName reports whether the capitalised word at k, not the first of its
// sentence, stands before another capital: "Event Data Project" is a name,
// not data.
func (v *view) inName(k int) bool {
	return k > 0 && v.toks[k].capital && k+1 < len(v.toks) && v.toks[k+1].capital && v.toks[k+1].word || v.nameHead(k) || v.possessedNameHead(k) || v.adjectivalNameHead(k) || v.longNameHead(k) || v.findingsWordBeforeFindings(k) || v.linkedFindingsInName(k) || v.tradeNameHead(k)
}

// nameHead reports whether the capitalised word at k closes a name that
// a lower-case "the" opens: "the Aid Worker Security Database" is a body,
// not the security database of aid workers.
func (v *view) nameHead(k int) bool {
	if !v.toks[k].capital || v.toks[k].shouted {
		return false
	}
	linked := false
	for m, lo := k-1, k-5; m >= 0 && m >= lo; m-- {
		t := &v.toks[m]
		if t.low == "the" {
			// "The Office for National Statistics said": a name with a
			// link word inside is one body's whether or not "the" is
			// capitalised to open the sentence.
			return (!t.capital || linked) && m < k-1
		}
		if m == 0 {
			break
		}
		// "the Office for National Statistics": a link word between
		// capitals is inside the name.
		if m < k-1 && !t.capital && v.is(m, wFor, wOf, wAnd) && v.toks[m-1].capital && v.toks[m-1].word {
			linked = true
			continue
		}
		// "the U.S. Geological Survey": an initial's full stop, which
		// does not count towards the name's length.
		if v.isOne(m, wFullStop) && v.internalDot(m) {
			lo--
			continue
		}
		if !t.word || !t.capital || t.shouted && m == k-1 {
			return false
		}
	}
	return false
}

// compoundNumber reports whether the number at i opens a hyphenated
// adjective ("a 19-year-old survivor", "a 12-member team"): part of a
// phrase, not a figure ending it.
func (v *view) compoundNumber(i int) bool {
	return i+2 < len(v.toks) && v.isOne(i+1, wDash) && !v.toks[i+1].space && !v.toks[i+2].space && v.toks[i+2].word && !v.toks[i+2].fig
}

// bodyName reports whether tokens [s, e) name a body by itself: its
// initials ("IPC") or a capitalised name ending in a kind of body ("the
// Famine Review Committee").
func (v *view) bodyName(s, e int) bool {
	for s < e && v.toks[s].has(cDeterminer) {
		s++
	}
	if e-s == 1 && v.toks[s].shouted && v.toks[s].word && len(v.toks[s].low) >= 2 {
		return true
	}
	return e-s > 1 && v.toks[e-1].capital && !v.toks[e-1].shouted && v.toks[e-1].has(cBody) && v.allCapitalised(s, e)
}

// nameBeforeInitials returns where the name that its initials in brackets
// follow (at token k, the opening bracket) starts: capitalised words and
// the link words between them, "and" included ("the Federal Office for
// Migration and Refugees (BAMF)"), for the initials vouch that they are
// one name; then its determiner.
func (v *view) nameBeforeInitials(k, lo int) int {
	start := k
	for i := k - 1; i >= lo && k-i <= maxPhrase; i-- {
		t := &v.toks[i]
		switch {
		case t.word && t.capital && !v.sentenceWord(i) && !t.has(cDay):
			start = i
		// "the Euro-Mediterranean Human Rights Monitor (Euro-Med
		// Monitor)": a hyphen joining capitalised words.
		case i > lo && v.isOne(i, wDash) && !t.space && !v.toks[i+1].space && v.toks[i-1].word && v.toks[i-1].capital && start == i+1:
		case i > lo && !t.capital && (t.has(cLink) || t.low == "the" && v.is(i-1, wOf, wFor)) && v.toks[i-1].word && (v.toks[i-1].capital || v.toks[i-1].has(cLink)):
		case t.has(cDeterminer) && start == i+1:
			return i
		case t.low == "." && start == i+1 && i == k-1 && v.internalDot(i):
			// "Korea Railroad Corp. (Korail)": an abbreviated suffix's
			// stop closes the name (claim113).
		default:
			return start
		}
	}
	return start
}

// initials reports whether the word at k is a body's initials: a short
// word in capitals ("AFAD", "NDRRMC") in a text that is not all in
// capitals (the word before it is not).
func (v *view) initials(k int) bool {
	t := &v.toks[k]
	return t.word && t.shouted && len(t.low) <= 8 && (k == 0 || !v.toks[k-1].shouted)
}
