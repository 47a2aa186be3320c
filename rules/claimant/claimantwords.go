package claimant

// Building a Claimant from the words an attribution was narrowed to: the
// determiners, time phrases, places and descriptors around a name cut, its
// initials and id read.

func (c *call) claimant(v *view, s, e int, id string) Claimant {
	for s < e-1 && v.toks[s].has(cDeterminer) {
		s++
	}
	s = v.afterTimePhrase(s, e)
	e = v.beforeTimePhrase(s, e)
	// "according to a statement from the Disaster and Emergency
	// Management Authority, AFAD.": a short name beside the body's name
	// closing the sentence (shortbeside.go closingShortName).
	if id == "" && v.closingShortName(c.d.Text, s, e) {
		s, e = e+1, e+2
	}
	// "Dr Rafiq Nasser, director of the Kamal Adwan hospital in Beit
	// Lahia", "a spokesman for Al-Aqsa Martyrs Hospital in Deir al-Balah":
	// a proper name's place is cut however the name was reached. A name
	// of one or two words is a kind most places have ("the Civil Defence
	// in Gaza") unless an institution closes it; a subject's such name
	// was cut by namePlace before it came here.
	if k := v.namePlace(s, e); id == "" && k < e && v.distinctName(s, k) {
		e = k
	}
	if id == "" {
		e = v.nameAt(s, e)
	}
	// "the rescue group known as the White Helmets": the name it is known
	// by.
	if a, b, ok := v.knownAs(e); ok && id == "" {
		s, e = a, b
	}
	if n, ok := v.properAfterPlace(s, e); ok && id == "" {
		s = n
	} else if n, ok := v.institutionOwned(s, e); ok && id == "" {
		// "Brown University's Costs of War": see institutionowner.go.
		s = n
	}
	// "the Armed Conflict Location & Event Data Project (ACLED)": a name
	// given with its initials is known by them.
	if x, y, ok := v.shortNameAt(s, e); ok && id == "" && v.named(s, e) {
		s, e = x, y
	}
	// ("spokesman for the Disaster and Emergency Management Authority
	// (AFAD), said": an aside read with its brackets, shortnameaside.go.)
	if id == "" && e-s > 3 && v.isOne(e-1, wCloseBracket) {
		if m := v.shortNameInAside(e-1, s); m > s {
			if x, y, ok := v.shortNameAt(s, m+1); ok && y == e-1 {
				s, e = x, y
			}
		}
	}
	// "A review by the Meridian of 412 statements": a link word the
	// phrase stopped after is not the name's.
	for e > s+1 && !v.toks[e-1].capital && v.is(e-1, wOf, wFor, wAnd) {
		e--
	}
	// "The IMF itself concedes": a reflexive stresses who, and is no
	// part of the name; "Sheriff Dale Hutchins himself told us" is cut
	// before the holder's name is read from its title (claim112).
	// ("the two governments together put": a word of joint saying, too;
	// claim58.)
	if e > s+1 && (v.is(e-1, wItself, wThemselves, wHimself, wHerself) || v.toks[e-1].low == "together") {
		e--
	}
	if id == "" {
		// "the New York-based Committee to Protect Journalists".
		s = v.afterBasedPlace(s, e)
		s = v.kindBeforeName(s, e)
		// "the pro-democracy Wad Madani Resistance Committee": the name,
		// not what describes it.
		s = v.nameAfterDescriptor(s, e)
		// "the state-owned Aguas Claras" (runbydescriptor.go).
		s = v.nameAfterRunBy(s, e)
		// "Egypt's state-linked Al-Qahera News" (possdescriptor.go).
		s = v.nameAfterPossessiveDescriptor(s, e)
		// "the opposition PPA-CI", "the ruling ANC" (partyname.go).
		s = v.nameAfterPartyWord(s, e)
		// "the White Helmets rescue group": the name, not its kind.
		// "Turkey's AFAD disaster agency": the initials, not their
		// owner or kind.
		if x, y, ok := v.initialsAfterOwner(s, e); ok {
			s, e = x, y
		} else if n := v.nameBeforeDescriptor(s, e); n < e {
			e = n
		} else {
			// "the GMB union" (initialsbarekind.go).
			e = v.initialsBareKindEnd(s, e)
		}
		// "Save the Children Briefing Note": the body, not its paper
		// (releaselabel.go).
		e = v.releaseTitleEnd(s, e)
		// "the Citizen newspaper": the outlet's name (outletkind.go).
		s, e = v.nameBeforeOutletKind(s, e)
		// "Mayor Ali Sampiano of Piagapo town": the office's place after
		// its holder's name is no part of it (holderplace.go).
		e = v.holderPlaceEnd(s, e)
		// "Councillor Ria Ramdial of the Penal/Debe Regional
		// Corporation", "Pastor X of the Bethel Baptist Church": the
		// holder or the body, by the title (titlednameof.go).
		if x, y, ok := v.titledNameOf(s, e); ok {
			s, e = x, y
		} else if n, ok := v.holderName(s, e); ok {
			// "regional governor Oleh Kiper", "President Tayyip Erdogan":
			// the holder's name.
			s = n
		} else if n, ok := v.placedTitleHolder(s, e); ok {
			// "Maricopa County Recorder Dana Holloway" (placedtitle.go).
			s = n
		} else if n, ok := v.titledHolder(s, e); ok {
			// "Health director-general Dr Azlan Harun".
			s = n
		} else if n, ok := v.portfolioHolder(s, e); ok {
			// "First Deputy Minister of Economy Oleksii Sobchuk".
			s = n
		} else if n, ok := v.initialsHolder(s, e); ok {
			// "Grama Sevaka K. G. Perera" (initialsholder.go).
			s = n
		}
	}
	// "according to the ministry's statement" read down to its owner: the
	// owner's possessive ending is not its name ("it's" is no possessive).
	// ("Moody's said": a name ending in it keeps it, before a verb that
	// no possessive owns: verbat.go possNameVerb.)
	if e > s+2 && v.isOne(e-1, wS) && v.isOne(e-2, wApostrophe) && !v.toks[e-1].space && !v.toks[e-3].has(cPronoun) && !v.possNameVerbAt(e) {
		e -= 2
	}
	// "The ministry here tells us": where a body is, not its name; "a
	// doctor there" is the person who saw.
	for e > s+1 && v.is(e-1, wHere, wThere) && !agentNoun(v.toks[e-2].low) {
		e--
	}
	// "UNHCR, the UN refugee agency": describedalias.go.
	if id == "" {
		if d, ok := c.describedAlias(v, e); ok {
			id = d
		}
	}
	words, bs, be := v.span(c.d.Text, s, e)
	return Claimant{ID: id, Words: words, Start: bs, End: be, How: InSentence}
}

// wordsIn counts the words and numbers in tokens [s, e).
func (v *view) wordsIn(s, e int) int {
	n := 0
	for k := s; k < e; k++ {
		if v.toks[k].word || v.toks[k].num {
			n++
		}
	}
	return n
}
