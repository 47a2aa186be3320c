package claimant

import "strings"

// Descriptors before a body's proper name: "the pro-democracy Wad Madani
// Resistance Committee", "the independent Free Press Monitoring Network".
// What a body stands for is no part of its name (README convention 8:
// "the open-source tracker Oryx" → "Oryx"), and another outlet writes the
// same name with another descriptor or none.
// Nor is a descriptor after the name ("the White Helmets rescue group" →
// "White Helmets", convention 8): see nameBeforeDescriptor.

// nameAfterDescriptor returns where a body's capitalised name of two words
// or more, closed by a kind of body, starts after lower-case descriptor
// words opening the phrase [s, e) ("pro-democracy", "independent",
// "grassroots"); s when the phrase is no such thing.
func (v *view) nameAfterDescriptor(s, e int) int {
	n := s
	backer := false
	for n < e && (v.descriptorWord(n) || v.compoundHead(n) || v.isOne(n, wDash) && !v.toks[n].space && n > s || n+2 < e && v.backerCompound(n)) {
		// ("the US-backed Gaza Humanitarian Foundation": ownercompound.go;
		// its backer and participle are read past here.)
		if v.backerCompound(n) {
			backer = true
			n += 2
		}
		n++
	}
	if n == s || v.isOne(n-1, wDash) || e-n < 2 || !v.toks[n].capital || v.toks[n].shouted || v.sentenceWord(n) {
		return s
	}
	last := &v.toks[e-1]
	if !last.capital || last.shouted || !v.capitalisedName(n, e) {
		return s
	}
	// "the state-funded Kenya National Commission on Human Rights": a
	// kind of body heading its remit names a body as one closing it does.
	// "the latest Global Terrorism Index", "the annual Armed Conflict
	// Survey": so does a capitalised name of three words or more, the
	// title of a body's work, which a descriptor of when or how often
	// comes before as it comes before a body.
	if !nameKind(last.low) && !v.kindHeadsRemit(n, e) && e-n < 3 {
		return s
	}
	// ("the Hamas-run Health Ministry": a backer before a name of two
	// words is what says whose body it is, and is kept.)
	if backer && e-n < 3 {
		return s
	}
	return n
}

// compoundHead reports whether token k is a lower-case word joined by a
// hyphen to the next ("state-funded", "donor-backed", "pro-government"):
// the compound describes, whatever its first word is alone (a verb's
// form, "state").
func (v *view) compoundHead(k int) bool {
	t := &v.toks[k]
	return t.word && !t.capital && !t.num && v.isOne(k+1, wDash) && !v.toks[k+1].space && k+2 < len(v.toks) && !v.toks[k+2].space && v.toks[k+2].word && !v.toks[k+2].capital
}

// kindHeadsRemit reports whether the capitalised name [n, e) holds a kind
// of body before a link word that opens its remit ("Commission on Human
// Rights", "Institute for Peace Studies").
func (v *view) kindHeadsRemit(n, e int) bool {
	for k := n + 1; k+1 < e; k++ {
		if nameKind(v.toks[k].low) && v.toks[k+1].has(cLink) && !v.toks[k+1].capital {
			return true
		}
	}
	return false
}

// descriptorWord reports whether token k is a lower-case word that can
// describe a body without naming or placing it: no lexicon's word, no
// post, people or body noun, no verb form.
func (v *view) descriptorWord(k int) bool {
	t := &v.toks[k]
	return t.word && !t.capital && !t.num && !t.fig && !t.inLexicon() && !t.post() && !t.agent() && !t.nameKind() &&
		!t.has(cHome) && (!v.isVerbLike(k) || v.participleBeforeName(k, len(v.toks)))
}

// nameBeforeDescriptor returns where a body's capitalised name ends before
// lower-case words that say what kind of body it is, closing the phrase
// [s, e): "the White Helmets rescue group", "the Volunteer Shield
// volunteer network", "the Hope Bridge aid charity"; e when the phrase is
// no such thing. The name holds two capitalised words or more, the first
// no direction or people's adjective: "the Aegean rescue group", "the
// North Darfur relief group", "the Gaza health ministry" are a place and a
// kind, which is the whole name; and a government's kinds of body
// (ministry, authority, office) are never descriptors.
func (v *view) nameBeforeDescriptor(s, e int) int {
	if e-s < 2 || v.toks[e-1].capital {
		return e
	}
	n := e - 1
	// "the Bruegel think tank": a kind of two words, which says what the
	// body does.
	work := false
	// ("the MVV transport association": initialskind.go. Asked once: the
	// kind both admits the phrase and makes it one name. It is asked of
	// the last token, so it holds only while n is still that token; "think
	// tank" moves n.)
	kindAfterInitials := v.initialsKindAt(s, n, e)
	if v.toks[n].low == "tank" && n-1 > s && v.toks[n-1].low == "think" {
		n--
		work = true
	} else if workKindIDs.has(&v.toks[n].spelling) {
		// "the Oryx open-source tracker": a kind named by the body's
		// work, as "think tank" is.
		work = true
	} else if !v.toks[n].has(cDescriptorKind) && !oneNameKindIDs.has(&v.toks[n].spelling) && !kindAfterInitials {
		return e
	}
	oneName := oneNameKindIDs.has(&v.toks[n].spelling) || kindAfterInitials && n == e-1
	// "the Silver Lantern volunteer network": one person noun says whose
	// the network is, as a descriptor does. "the Airwars monitoring
	// group": so does the -ing form of what the body does.
	// ("the Children of War state platform": "state" says whose the
	// platform is, as a descriptor does; the lexicons know it as a verb.)
	for n > s && n >= e-3 && v.toks[n-1].word && !v.toks[n-1].capital && (v.descriptorWord(n-1) || ownVoiceIDs.has(&v.toks[n-1].spelling) || v.workGerund(n-1) || v.isOne(n-1, wState)) {
		work = work || n == e-1 && v.workGerund(n-1)
		n--
	}
	// ("the Oryx open-source tracker": a hyphened descriptor before a
	// work's kind describes it too.)
	if work && n-3 > s && v.compoundHead(n-3) {
		n -= 3
	}
	// "the Emergency Lawyers group": a bare lower-case kind after a name
	// is no part of it either; another outlet writes "the Emergency
	// Lawyers" or "the Emergency Lawyers, a rights group".
	k := s
	for k < n && v.toks[k].has(cDeterminer) {
		k++
	}
	if n-k < 1 || !v.allCapitalised(k, n) || !v.toks[n-1].capital || oneName && n-k != 1 {
		return e
	}
	// A name of one word keeps its kind ("the Ahbap volunteer group",
	// "the Valencia regional emergency service"; initials give theirs up,
	// initialsbarekind.go) unless the kind says what the body does, its work alone
	// ("the Airwars monitoring group", "the Bruegel think tank"), and the
	// word is a name, not a word that opens the sentence or that the
	// lexicons know.
	// Nor is an agency's or a pollster's kind after "the" and a name of
	// one word, bare ("the Focus agency", "the STEM agency", as "the
	// Emergency Lawyers group") or after initials with what the body does
	// ("the CVVM polling institute", "the INDEC statistics agency"). ("A
	// Sheffield charity", "Aid groups": a place or a word before a kind
	// says which, and is no name.)
	initials := n-k == 1 && v.initialsAt(k)
	// ("Turkey's AFAD disaster agency": a possessive before initials
	// stands where "the" does; initialsAfterOwner reads it.)
	if oneName && (k == 0 || !v.isOne(k-1, wThe) && !(initials && v.possessiveBefore(k)) || n != e-1 && !initials) {
		return e
	}
	if n-k == 1 && (!work && !oneName || v.toks[k].shouted && !initials || v.toks[k].inLexicon() || v.sentenceWord(k) || k == 0 || v.placeName(k, n)) {
		return e
	}
	if f := v.toks[k].low; directionIDs.has(&v.toks[k].spelling) || demonym(f) || v.toks[k].shouted && !initials {
		return e
	}
	for m := k; m < n; m++ {
		if t := &v.toks[m]; t.word && (t.has(cBody) || t.has(cInstitution)) {
			return e // "the Sudan Doctors Network relief group" is already named
		}
	}
	return n
}

// workGerund reports whether token k is a lower-case -ing form before a
// kind of body, saying what the body does: "monitoring", "polling".
func (v *view) workGerund(k int) bool {
	t := &v.toks[k]
	return t.word && !t.capital && len(t.low) > 5 && strings.HasSuffix(t.low, "ing")
}

// exampleWords set a name beside the people before them, as one of them
// or not ("Officials like Ms Okafor", "Donors unlike Norway"): the word
// class table does not call them prepositions, since "like" is as often
// a verb, but before a name they are no noun describing a person.
var exampleWords = set("like unlike")

// descriptorKinds are kinds of body a descriptor after a name ends in.
var descriptorKinds = set("group groups charity organisation organization network movement militia collective initiative coalition alliance outfit ngo watchdog service operator team platform")

// oneNameKinds are kinds a name of one word drops as a descriptor after
// it ("the STEM agency", "the CVVM polling institute"), where a name of
// more words may close on them ("the Civil Defence agency" names a kind of
// body most places have, and the kind is kept).
var oneNameKinds = set("agency institute pollster")

// workKinds are kinds of body named by the work it does ("the Oryx
// tracker", "the Airwars monitor"): a name of one word drops them as it
// drops "monitoring group".
var workKinds = set("tracker monitor")

// describedPerson returns where a person's name closing the phrase [s, e)
// starts after a lower-case noun describing the person, which may follow
// a place or a title of its own: "Gaza City resident Ahmed Nasser", "Tel
// Aviv taxi driver Avi Cohen", "Nobel Peace Prize winner Malala
// Yousafzai". What a person does or where she lives is no part of her
// name (convention 8, as "the open-source tracker Oryx" is "Oryx"). A
// post is left to the readings of posts: a body's ("Save the Children
// country director Inger Ashing") speaks for the body.
func (v *view) describedPerson(s, e int) (int, bool) {
	n := e
	for n > s && v.toks[n-1].capital && !v.toks[n-1].shouted || n > s+1 && n < e && v.nameHyphen(n-1, n-2, e) {
		n--
	}
	if n-1 <= s || e-n < 2 || e-n > 4 {
		return 0, false
	}
	d := &v.toks[n-1]
	if exampleWords[d.low] {
		return 0, false
	}
	// "the Reserve Bank's latest Monetary Policy Statement": capitals
	// closing on a work's word after a findings modifier are a work's
	// title, no person's name (claim117; findingsof.go titledWorkOwner).
	// A word of how often ("the annual Drought Outlook") says so whatever
	// the title's last word: a person comes out no more often than she
	// is (mend117).
	if d.titleModifier() && (periodic(d.low) || v.toks[e-1].has(cFindingNoun|cPublication)) {
		return 0, false
	}
	if !d.word || !d.space || d.capital || d.num || d.fig || d.poss || v.isOne(n-1, wS) || v.isOne(n-2, wApostrophe) || d.post() || d.has(cDeterminer|cLink|cPreposition|cPronoun|cStaff) || !v.personName(n, e) || v.placeName(n, e) {
		return 0, false
	}
	return n, true
}

// initialsAfterOwner returns the initials of a body and where they end when
// the phrase [s, e) is an owner's possessive, the initials and lower-case
// words of the body's kind closing it: "Turkey's AFAD disaster agency",
// "Argentina's INDEC statistics agency". The initials are the name outlets
// write (convention 8, as "Turkey's disaster agency AFAD" is "AFAD"); the
// owner only places the body, and its kind only describes it
// (nameBeforeDescriptor says which kinds drop).
func (v *view) initialsAfterOwner(s, e int) (int, int, bool) {
	if s >= e || !v.toks[s].poss || !v.toks[s].capital {
		return 0, 0, false
	}
	k := v.possEnd(s)
	if k+1 >= e || !v.initialsAt(k) || v.toks[k].poss {
		return 0, 0, false
	}
	if n := v.nameBeforeDescriptor(k, e); n == k+1 {
		return k, n, true
	}
	return 0, 0, false
}

// possessiveBefore reports whether a possessive's apostrophe (and s) ends
// right before token k.
func (v *view) possessiveBefore(k int) bool {
	return k > 0 && (v.toks[k-1].poss || v.isOne(k-1, wApostrophe) || k > 1 && v.isOne(k-1, wS) && v.isOne(k-2, wApostrophe))
}
