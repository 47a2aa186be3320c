package claimant

import "strings"

// An office is read by its shape, not by a list of offices: a place's
// possessive, then lower-case words, then its holder's name beside it
// ("Lower Silesia's voivode, Marek Jasinski", "Britain's special envoy for
// Sudan, Alastair Whitcombe", "Lower Austria's state governor, Helga
// Brunner"). A place holds offices, not posts in a body, so whatever the
// words call the office (voivode, envoy, prefect, state governor), its
// holder is named, and convention 8 writes her by name. A body's
// possessive ("Oxfam's spokesman, John Smith", "Save the Children's
// director") is a post in the body, which speaks, and is read elsewhere
// (postOf); a spokesman speaks for someone, even a place's ("Ukraine's
// military spokesman").

// placeOffice reports whether the phrase [s, e) is an office of a place:
// the place's name and possessive, one to four lower-case words (no kind
// of body or findings, no spokesman), and perhaps its remit after "for",
// "to" or "of" ("special envoy for Sudan", "ambassador to the UN").
func (v *view) placeOffice(s, e int) bool {
	if s < e && v.toks[s].has(cDeterminer) {
		s++
	}
	b := s + 1
	for b < e && b <= s+6 && !v.toks[b-1].poss {
		b++
	}
	if b >= e || !v.toks[b-1].poss || !v.placeName(s, b) {
		return false
	}
	k := b
	if v.isOne(k, wApostrophe) {
		k++
	}
	if v.isOne(k, wS) && !v.toks[k].space {
		k++
	}
	n := 0
	for ; k < e && !v.is(k, wFor, wTo, wOf); k++ {
		t := &v.toks[k]
		if v.isOne(k, wDash) && !t.space && n > 0 {
			continue // "director-general"
		}
		if !t.word || t.capital || n == 4 || t.has(cBody) || t.has(cInstitution) || t.has(cGovernment) ||
			t.has(cFindingNoun|cFieldPeople) || spokesWord(t.low) {
			return false
		}
		n++
	}
	return n > 0 && (k == e || k+1 < e)
}

// titledHolder returns where a titled name starts in the phrase [s, e)
// when words of an office stand before the title: "Health
// director-general Dr Azlan Harun", "chief medical officer Prof. Ama
// Mensah". The personal title says a name follows, whatever the office
// before it is called; the name is written with its title, as outlets
// write it in prose.
func (v *view) titledHolder(s, e int) (int, bool) {
	for k := s + 1; k+2 <= e; k++ {
		if !v.is(k, wDr, wProf, wProfessor) || !v.toks[k].capital {
			continue
		}
		n := k + 1
		if v.isOne(n, wFullStop) {
			n++
		}
		if !v.holderSized(n, e) || !v.personName(n, e) {
			return 0, false
		}
		// The words before the title are an office's: no body's name in
		// capitals of two words or more ("Save the Children's", "the
		// Red Crescent's").
		for m := s; m < k; m++ {
			if v.toks[m].poss || v.toks[m].has(cDeterminer) && m > s {
				return 0, false
			}
		}
		return k, true
	}
	return 0, false
}

// A transcript label's office after the speaker's name has the same two
// shapes: a place, then the office ("ZAPORIZHZHIA REGIONAL GOVERNOR"), or
// an office of a place ("MAYOR OF OPAVA", "MINISTER OF HEALTH"). The
// speaker holds it and speaks as herself; a body before a post ("NEMA
// ZONAL COORDINATOR", "DOCTORS WITHOUT BORDERS FIELD COORDINATOR") is
// whom she speaks for (convention 8).

// bodyBeforePost returns where a body's words end in a label segment
// [s, e) closed by a post: before the post and the words that say where
// or over what it is held, a site of work or a scope in -al ("FIELD",
// "ZONAL", "REGIONAL"). It returns s when no words are left, or the
// segment holds no post.
func (v *view) bodyBeforePost(s, e int) int {
	if e-s < 2 || !v.toks[e-1].post() {
		return s
	}
	b := e - 1
	// ("NASSER HOSPITAL DIRECTOR": a kind of institution in -al is the
	// body's own word, no scope.)
	for b > s && (workSites[v.toks[b-1].low] || scopeWord(v.toks[b-1].low) && !v.toks[b-1].has(cInstitution)) {
		// ("CIVIL PROTECTION SPOKESMAN", "MUNICIPAL RESCUE OFFICER": a
		// service's kind after a level of administration is the
		// service's name, no line of work; "CHILD PROTECTION OFFICER"
		// keeps its work.)
		if b-2 >= s && serviceKinds[v.toks[b-1].low] && adminLevels[v.toks[b-2].low] {
			break
		}
		b--
	}
	return b
}

// ownPost reports whether the label segment [s, e) is a post and the
// words that say its rank, scope or site, and nothing else: "REGIONAL
// GOVERNOR", "DEPUTY MAYOR", "VILLAGE HEADMAN" (a person noun in -man
// after its site). Such a post names no body of its own.
func (v *view) ownPost(s, e int) bool {
	if e <= s {
		return false
	}
	h := &v.toks[e-1]
	if !h.word || !h.post() && !(e-s >= 2 && len(h.low) > 5 && strings.HasSuffix(h.low, "man") && !spokesWord(h.low)) {
		return false
	}
	for k := s; k < e-1; k++ {
		if w := v.toks[k].low; !v.toks[k].word || !(roleModifiers[w] || rankWords[w] || workSites[w] || scopeWord(w)) {
			return false
		}
	}
	return true
}

// cabinetOffice reports whether the label segment [s, e) holds a post
// straight after "CABINET": "WATER CABINET SECRETARY", "CABINET SECRETARY
// FOR HEALTH", "CABINET MINISTER". A cabinet is a government's council of
// office-holders, no body a post speaks for, so its post is an office
// whose holder speaks by name (convention 8), as "WATER MINISTER" does.
// Staff are no office-holders: "CABINET SPOKESMAN" speaks for the cabinet,
// as "GOVERNMENT SPOKESMAN" does for the government (convention 1).
func (v *view) cabinetOffice(s, e int) bool {
	for k := s; k+1 < e; k++ {
		if v.toks[k].low == "cabinet" && v.toks[k+1].post() && !v.toks[k+1].has(cStaff) {
			return true
		}
	}
	return false
}

// scopeWord is an adjective in -al saying over what a post is held:
// "zonal", "regional", "provincial", "national".
func scopeWord(w string) bool { return len(w) > 4 && strings.HasSuffix(w, "al") }

// placeOfficeSegment reports whether the label segment [s, e) is an office
// its speaker holds: a place and an office noun with perhaps its scope
// ("ZAPORIZHZHIA REGIONAL GOVERNOR", "KHARKIV MAYOR"), or an office noun,
// "OF" and where or over what, no kind of body or force closing it ("MAYOR
// OF OPAVA", "MINISTER OF HEALTH").
func (v *view) placeOfficeSegment(s, e int) bool {
	if e-s < 2 {
		return false
	}
	if h := &v.toks[e-1]; h.has(cOfficeNoun) && !h.has(cStaff) {
		if b := v.bodyBeforePost(s, e); b > s && v.placeName(s, b) || v.peoplesOffice(s, e) {
			return true
		}
	}
	// "ENGA PROVINCIAL ADMINISTRATOR": scopedoffice.go.
	if v.scopedTerritoryOffice(s, e) || v.headOfAdministration(s, e) {
		return true
	}
	// "STATE HOME MINISTER", "STATE DISASTER MANAGEMENT MINISTER": no
	// body has ministers, so a minister's remit before the word, whatever
	// it is, names an office of government, whose holder is named
	// (convention 8), as peoplesOffice reads "KENYAN HEALTH MINISTER".
	if v.toks[e-1].low == "minister" && e-s <= 5 && v.allWords(s, e) {
		return true
	}
	// "FORMER AMBASSADOR TO ISRAEL", "DEPUTY ENVOY TO THE UN": an office
	// held for the place after "to" is no body of that place's.
	for s+2 < e && v.toks[s].word && rankWords[v.toks[s].low] && v.toks[s+1].has(cOfficeNoun) {
		s++
	}
	if !v.toks[s].has(cOfficeNoun) || !(v.isOne(s+1, wOf) || v.isOne(s+1, wTo) && v.toks[s].low != "minister") || s+2 >= e {
		return false
	}
	last := v.toks[e-1].low
	return v.placeWords(s+2, e) && !bodyNouns[last] && !institutionNouns[last] && !forceKinds[last] && !memberBodies[last]
}

// allWords reports whether tokens [s, e) are all words.
func (v *view) allWords(s, e int) bool {
	for k := s; k < e; k++ {
		if !v.toks[k].word {
			return false
		}
	}
	return true
}

// peoplesOffice reports whether the label segment [s, e), closed by an
// office noun, opens with a people's adjective and names no body between
// ("UKRAINIAN PRESIDENT", "POLISH DEPUTY PRIME MINISTER", "KENYAN HEALTH
// MINISTER"): a country's office, as "Ukraine's president" is, whose
// holder is named before it. A minister's remit may stand between (no body
// has ministers); another office takes only ranks ("DEPUTY", "ACTING"),
// and a chief or commander heads a force or body as often as an office
// ("SUDANESE RED CRESCENT CHIEF", "UKRAINIAN AIR FORCE COMMANDER": the
// body she serves speaks).
func (v *view) peoplesOffice(s, e int) bool {
	if e-s < 2 || e-s > 4 || !v.demonym(s) || commandNouns[v.toks[e-1].low] {
		return false
	}
	minister := v.toks[e-1].low == "minister"
	for k := s + 1; k < e-1; k++ {
		t := &v.toks[k]
		w := t.low
		if !t.word || bodyNouns[w] || institutionNouns[w] || forceKinds[w] || forceKinds[w+"s"] || governments[w] || memberBodies[w] ||
			t.post() || t.has(cFindingNoun|cFieldPeople) || v.demonym(k) || !minister && !rankWords[w] {
			return false
		}
	}
	return true
}

// commandNouns are offices that head a force or a body as often as a
// country's office.
var commandNouns = set("chief commander")

// officeSegmentAfterComma reports whether the label's last segment after a
// comma, in tokens [start, end), is an office its speaker holds for a
// place (placeOfficeSegment): the place named there, an alias or not, is
// where she holds it.
func (v *view) officeSegmentAfterComma(start, end int) bool {
	c := v.commaBefore(start, end)
	return c > start && v.placeOfficeSegment(c+1, end)
}

// afterPlaceHeldTo returns the first token after the place an office is
// held to, "to" at k and a place's name the rules know ("Ambassador to
// Israel Rosario Malolos", "Envoy to the United Kingdom Ali Khan"), with
// two words of a name left after it; k when there is none.
func (v *view) afterPlaceHeldTo(k, e int) int {
	n := k + 1
	if v.isOne(n, wThe) {
		n++
	}
	for m := e - 2; m > n; m-- {
		if v.knownPlace(n, m) {
			return m
		}
	}
	return k
}

// heldToHolder returns where the holder's name starts in the phrase [s,
// e) when an office held to a place stands before it ("Ambassador to
// Israel Rosario Malolos"): the place is where the office is held, not
// who speaks, even when its name is a claimant's alias.
func (v *view) heldToHolder(s, e int) (int, bool) {
	for k := s + 1; k+2 < e && k <= s+3; k++ {
		if v.isOne(k, wTo) && v.toks[k-1].capital && v.toks[k-1].has(cOfficeNoun) {
			if n := v.afterPlaceHeldTo(k, e); n > k && e-n >= 2 && v.personName(n, e) {
				return n, true
			}
			return 0, false
		}
	}
	return 0, false
}

// portfolioHolder returns where the holder's name starts in the phrase
// [s, e) when a capitalised office with its portfolio after "of" or "for"
// stands before it: "First Deputy Minister of Economy Oleksii Sobchuk",
// "Minister for Foreign Affairs Penny Wong", "Secretary of State for
// Health John Hale". The holder speaks by name (convention 8), as
// "regional governor Oleh Kiper" does; the office's portfolio is read as a
// label's is (portfolio.go afterPortfolio), so "the Minister of Health"
// with no name after it, and "the Ministry of Economy", keep their words.
func (v *view) portfolioHolder(s, e int) (int, bool) {
	for k := s + 1; k+2 < e; k++ {
		if !v.is(k, wOf, wFor, wTo) || !v.toks[k-1].capital || !v.toks[k-1].has(cOfficeNoun) && !v.toks[k-1].post() {
			continue
		}
		n := v.afterPortfolio(k, e)
		if v.isOne(k, wTo) {
			n = v.afterPlaceHeldTo(k, e)
		}
		if n == k || v.nameParts(n, e) > 4 || !v.toks[n-1].capital || !v.personName(n, e) {
			return 0, false
		}
		return n, true
	}
	return 0, false
}
