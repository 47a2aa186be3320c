package claimant

// Turning an attribution's words into a claimant: the configured id the
// words name, or the words reduced to the body or person that speaks.

// name turns an attribution's words into a claimant.
func (c *call) name(v *view, a attr) (Claimant, bool) {
	// ", the WHO and UNRWA told donors": jointsource.go.
	if a.back && a.src >= 2 && v.isOne(a.src-1, wAnd) {
		if cl, found, ok := c.jointClaimant(v, a); ok {
			return cl, found
		}
	}
	// "Munich Airport handled ..., airport chief Jost Lammers said":
	// the body the kind takes up (kindpost.go).
	if x, y, ok := v.kindPostSubject(a); ok {
		id, _ := c.lookup(v, x, y)
		return c.claimant(v, x, y, id), true
	}
	// "WHO – 36 hospitals ...": a source before a dash opening a
	// headline is a configured claimant's alias, the whole label
	// (headlinesource.go openingDashSource).
	if a.kind == kLabel && v.isOne(a.anchor, wDash) {
		if id, n := c.aliasStarting(v, a.src, a.src, a.srcEnd, 0); n > 0 && n == v.wordsIn(a.src, a.srcEnd) {
			return c.claimant(v, a.src, a.srcEnd, id), true
		}
		return Claimant{}, false
	}
	// "The ministry's lists, which the Ledger obtained and checked
	// against death notices, show", "Figures from the WHO, which the
	// Meridian checked, show": findings are whoever made them into these.
	// "Our tally, compiled from COGAT's dashboard, shows": an aside
	// naming the material names neither maker nor speaker (workof.go).
	if a.app < a.appEnd && v.materialAside(a.app) {
		a.app, a.appEnd = 0, 0
	}
	// "The Gaza health ministry's list, which the Ledger obtained,
	// names": an owner's findings only obtained stay the owner's
	// (obtainedowned.go).
	if a.app < a.appEnd && v.ownedFindingsPhrase(a.src, a.srcEnd) && v.onlyObtained(a.app, a.appEnd) {
		a.app, a.appEnd = 0, 0
	}
	// "Israeli figures, cited by the Times of Israel, put ...": a side's
	// or an owner's findings only relayed in an aside of a participle
	// stay theirs (convention 2).
	if a.app < a.appEnd && v.relayedByAside(a.src, a.srcEnd, a.app) {
		a.app, a.appEnd = 0, 0
	}
	// "The Premier, speaking at the agency's briefing, said": where
	// she spoke is no one she speaks for (speakingaside.go).
	if a.app < a.appEnd && v.toks[a.app].report {
		if v.speakingAside(a.app, a.appEnd) {
			a.app, a.appEnd = 0, 0
		} else if x, y, ok := v.speakingFor(a.app, a.appEnd); ok {
			// An aside "speaking for X," (or on X's behalf) names the
			// body its speaker speaks for (speakingaside.go).
			id, _ := c.lookup(v, x, y)
			return c.claimant(v, x, y, id), true
		}
	}
	if a.app < a.appEnd && v.findingsIn(a.src, a.srcEnd) {
		// (The aside's closing mark is read too; an aside running to the
		// end of a text cut short has none.)
		hi := min(a.appEnd+1, len(v.toks))
		rs, re, ok := v.relativeSubject(a.app, hi)
		if !ok && v.toks[a.srcEnd-1].has(cFindingNoun) {
			rs, re, ok = v.madeBy(a.srcEnd-1, hi)
		}
		if ok && re <= a.appEnd {
			id, _ := c.lookup(v, rs, re)
			return c.claimant(v, rs, re, id), true
		}
	}
	// "The statement, released on Tuesday by the Marine Conservation
	// Society, said": a paper a body puts out is its maker's, named in
	// the aside (not one who read it: "The ministry's bulletins, which the
	// Ledger has read, show" stay the ministry's).
	if a.app < a.appEnd && v.paperHead(a.srcEnd-1) {
		if rs, re, ok := v.asideMaker(a.srcEnd, min(a.appEnd+1, len(v.toks))); ok && re <= a.appEnd {
			id, _ := c.lookup(v, rs, re)
			return c.claimant(v, rs, re, id), true
		}
	}
	// "The Gulf Migration Outlook, published by the IOM in May, counts
	// ...": a title its aside says was published is a work, and its
	// publisher speaks (publishedtitle.go).
	if x, y, ok := v.publishedTitle(a.src, a.srcEnd, a.app, a.appEnd); ok {
		id, _ := c.lookup(v, x, y)
		return c.claimant(v, x, y, id), true
	}
	// "Lower Silesia's voivode, Marek Jasinski, said": a place's office
	// and its holder's name beside it; the name (placeoffice.go).
	if a.app < a.appEnd && v.placeOffice(a.src, a.srcEnd) {
		if x, y, ok := v.holderBeside(a.app, a.appEnd); ok {
			return c.claimant(v, x, y, ""), true
		}
	}
	// "the head of the Dnipropetrovsk Regional Military Administration,
	// Serhii Lysak,": a region's administration with its kind in
	// capitals is still an office of government, not a named body whose
	// post gives way to it (officeof.go placeAdministration); its
	// holder is written by name (convention 8).
	if a.app < a.appEnd && v.capitalAdministration(a.src, a.srcEnd) {
		if x, y, ok := v.officeHolder(a.src, a.srcEnd, a.app, a.appEnd); ok {
			return c.claimant(v, x, y, ""), true
		}
	}
	// "That toll was released by the health minister in the eastern
	// administration, Ali Hassan": an office held in or for a place runs
	// on to the comma, and its holder after it is written by name
	// (officeframe.go officeHeldIn).
	if a.app >= a.appEnd {
		if x, y, ok := v.holderPastHeldIn(a.src, a.srcEnd); ok {
			return c.claimant(v, x, y, ""), true
		}
	}
	s, e := v.reduce(a.src, a.srcEnd)
	// "The Armed Conflict Location and Event Data project, known as
	// ACLED,", "Turkey's disaster agency, which everyone here calls
	// AFAD,": see asidegoesby.go.
	if x, y, ok := v.asideGoesBy(a.app, a.appEnd); ok {
		id, _ := c.lookup(v, x, y)
		return c.claimant(v, x, y, id), true
	}
	// "Brown University's Costs of War project puts": the unit an
	// institution owns is named, not read down to its owner (see
	// institutionowner.go).
	if n, ok := v.institutionOwned(a.src, a.srcEnd); ok && s == a.src && (e < n || e == a.srcEnd) {
		s, e = n, a.srcEnd
	}
	if x, y, ok := v.titledWork(s, e); ok {
		s, e = x, y
	}
	// "according to preliminary estimates": findings read down to their
	// modifier name no one (see quantity.go).
	if v.quantityOnly(s, e) {
		return Claimant{}, false
	}
	// "The head of the emergency ward here at Nasser hospital told me":
	// the subject read after its post's "of" is a unit, and its named
	// body speaks for it (see unitAt).
	if a.src >= 2 && v.isOne(a.src-1, wOf) && v.toks[a.src-2].post() && !v.toks[a.src-2].capital {
		if p, q, ok := v.unitAt(a.src, a.srcEnd); ok {
			s, e = p, v.namePlace(p, q)
		}
	}
	// "Israel's rescue service Zaka": the name after its kind is the body,
	// whatever place or body qualifies the kind.
	if k := v.kindBeforeName(s, e); k > s {
		if id, ok := c.lookup(v, k, e); ok {
			return c.claimant(v, k, e, id), true
		}
		// "the UN refugee agency UNHCR": describedalias.go.
		id, _ := c.kindDescribedAlias(v, s, k)
		return c.claimant(v, k, e, id), true
	}
	// "Our satellite images show": the owner of the findings; "my
	// colleagues at the Gulf Courier found", narrowed to their body, are
	// no findings.
	if x, y, ok := v.findingsSubject(a); ok && s == a.src && e == a.srcEnd {
		s, e = x, y
	}
	if s >= e {
		return Claimant{}, false
	}
	// "Ambassador to Israel Rosario Malolos": the holder, not the place
	// her office is held to (placeoffice.go heldToHolder).
	if n, ok := v.heldToHolder(s, e); ok {
		return c.claimant(v, n, e, ""), true
	}
	if id, ok := c.lookup(v, s, e); ok {
		return c.claimant(v, s, e, id), true
	}
	if s != a.src || e != a.srcEnd {
		// ("YouGov's survey for the Ledger": not past a preposition after
		// the words named, which names someone else.)
		end := v.beforeBasis(a.src, a.srcEnd)
		for k := e; k < end; k++ {
			if v.toks[k].has(cPreposition) && !v.toks[k].capital {
				end = k
				break
			}
		}
		if id, ok := c.lookup(v, a.src, end); ok {
			return c.claimant(v, s, e, id), true // "A Ledger analysis": the alias is the whole phrase
		}
	}
	// "the regional governor, Ivan Melnyk, said": an office-holder is
	// written by name (testdata/README.md, convention 8).
	if x, y, ok := v.officeHolder(s, e, a.app, a.appEnd); ok {
		return c.claimant(v, x, y, ""), true
	}
	// "the site manager, Ali Demir, said": a post named by its kind
	// alone, whose body goes unnamed, is held by the name beside it, as
	// an office is (convention 8; postholder.go).
	if x, y, ok := v.bodilessPostHolder(s, e, a.app, a.appEnd); ok {
		return c.claimant(v, x, y, ""), true
	}
	// "The senior coroner for West Yorkshire, Harriet Merrow,", "The
	// former health secretary, Sir Edmund Carrow,": see holderaside.go.
	if x, y, ok := v.holderAside(a.src, a.srcEnd, s, e, a.app, a.appEnd); ok {
		return c.claimant(v, x, y, ""), true
	}
	// "the IPC, a global monitor backed by UN agencies, said": a body
	// named by its initials or its kind is the source; what describes it
	// names others.
	if a.app < a.appEnd && !v.bodyName(s, e) {
		// "The Emergency Lawyers, a group of Sudanese attorneys, say":
		// the name, which its members describe (membersAside).
		if v.named(s, e) && v.membersAside(a.app, a.appEnd) {
			return c.claimant(v, s, v.namePlace(s, e), ""), true
		}
		// "Syria's civil defence, known as the White Helmets": the name
		// it goes by.
		if v.isOne(a.app, wKnown) && v.isOne(a.app+1, wAs) && a.app+2 < a.appEnd {
			id, _ := c.lookup(v, a.app+2, a.appEnd)
			return c.claimant(v, a.app+2, a.appEnd, id), true
		}
		// "Researchers at X, whose estimate the health ministry has
		// cited,", "The Meridian's tally, built from the lists the
		// ministry publishes,": a body named in an aside on the subject's
		// work is not the subject.
		// "Chris Gunness, a former spokesman for UNRWA", "Omar Haddad, a
		// critic of the Syrian government": the body describes a person
		// outside it, who speaks for herself.
		// ("Peter Haldane, the former UN aid coordinator,": a post held once,
		// however the aside opens.)
		if (v.outsider(a.app, a.appEnd) || v.heldOnce(a.app, a.appEnd) && a.appEnd-a.app <= 8) && v.personName(s, e) {
			return c.claimant(v, s, e, ""), true
		}
		if id, ok := c.lookup(v, a.app, a.appEnd); ok && !(v.openerOfAside(a.app) && !v.isOne(a.app, wWho)) {
			return c.claimant(v, a.app, a.appEnd, id), true
		}
		// "Ahmed Bashir, a volunteer with the Emergency Response Rooms":
		// one named volunteer speaks for himself (convention 1), whatever
		// body he is with; unnamed, "a volunteer from the Aegean rescue
		// group" stands for it (see personOfBody).
		if (v.ownVoice(a.app, a.appEnd) || v.scholarVoice(a.app, a.appEnd)) && v.personName(s, e) {
			return c.claimant(v, s, e, ""), true
		}
		// "John Smith, a spokesman for Oxfam" speaks for Oxfam.
		// "Hélène Marchal, MSF's emergency coordinator" for MSF.
		// "The White Helmets, the rescue group operating in Idlib": a
		// lower-case description beside a name is not who speaks.
		// "Ivan Fedko, the governor of Zaporizhzhia": the office of a
		// place or an administration (officeof.go) beside a person's
		// name is held by the person, who speaks by name (convention 8),
		// as "the governor of Zaporizhzhia, Ivan Fedko," does.
		if v.personName(s, e) && v.placeOfficeAside(a.app, a.appEnd) {
			return c.claimant(v, s, e, ""), true
		}
		// ("Halima Osman, a baker living near the market": an aside read
		// down to one of the people, and no body, leaves the name to
		// speak.)
		if rs, re := v.reduce(a.app, a.appEnd); re < a.appEnd && re > rs && v.personName(s, e) && v.onePersonNoun(rs, re) {
			return c.claimant(v, s, e, ""), true
		}
		if rs, re := v.reduce(a.app, a.appEnd); (rs > a.app || re < a.appEnd) && re > rs && !v.is(a.app, wWho, wWhich) && !(v.named(s, e) && v.description(a.app, a.appEnd, rs, re)) {
			// "director of the maternity ward at the Emirati Hospital":
			// a unit's post speaks for the named body.
			if x, y, ok := v.unitAt(rs, re); ok {
				return c.claimant(v, x, v.namePlace(x, y), ""), true
			}
			return c.claimant(v, rs, re, ""), true
		}
		// "Ana Rocha, a monitor with the Citizens' Observation Network": a
		// role in a named body speaks for it; a witness ("a nurse at X")
		// speaks for herself.
		if rs, re, ok := v.roleIn(a.app, a.appEnd); ok {
			return c.claimant(v, rs, re, ""), true
		}
		// "Dr Marwan Odeh, director of Al-Aqsa hospital": a post of a
		// named body speaks for it.
		if rs, re, ok := v.postOfNamed(a.app, a.appEnd); ok {
			return c.claimant(v, rs, re, ""), true
		}
		// "Catherine Ellwood, of the International Committee of the Red
		// Cross": a person of a named body speaks for it (appof.go).
		if rs, re, ok := v.ofNamedBody(a.app, a.appEnd); ok {
			return c.claimant(v, rs, re, ""), true
		}
		// "Jean Bosco, who runs the reception centre for the Norwegian
		// Refugee Council": a person in post speaks for the body.
		if rs, re, ok := v.worksFor(a.app, a.appEnd); ok {
			return c.claimant(v, rs, re, ""), true
		}
	}
	// "Houthi channel al-Masirah: ...", "Hezbollah-linked Al-Manar: ...":
	// describedlabel.go.
	if a.kind == kLabel {
		if n, ok := v.describedLabel(a.src, a.srcEnd); ok {
			id, _ := c.lookup(v, n, a.srcEnd)
			return c.claimant(v, n, a.srcEnd, id), true
		}
		// "Gov. Whitmer: 14,000 without power": titledlabel.go.
		if n, ok := v.titledLabel(a.src, a.srcEnd); ok {
			return c.claimant(v, n, a.srcEnd, ""), true
		}
	}
	// "El Fasher's 1.8 million residents"; a headline's "Rafah: ..." is a
	// place, "Electoral commission: ..." and "Hostage families: ..." a
	// body or people.
	// ("Caritas Jerusalem: 11 of our Gaza staff killed": firstpersonlabel.go.)
	// ("OCHA update:", "Statistics Estonia:", "Finland's Supo:":
	// bodylabel.go.)
	// "ZAPORIZHZHIA: POWER OUT FOR 90,000 HOMES": a chyron's label in
	// capitals that is a place the rules know, and no configured
	// claimant's alias, is where, as "Zaporizhzhia:" in mixed case is.
	if a.kind == kLabel && v.toks[s].shouted && v.knownPlace(s, e) && !c.names(v, s, e) {
		return Claimant{}, false
	}
	if a.kind == kPossFig || a.kind == kLabel && !v.labelSource(s, e) && !v.namedLabel(a) && !v.pairLabel(a) && !v.properLabel(s, e) && !v.firstPersonLabel(s, e, len(v.toks)) && !c.bodyLabel(v, s, e) {
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
	// "the regional governor, Ivan Melnyk, said": a post keeps its office,
	// the person speaking in it.
	// "The Ukrainian military intelligence agency, HUR, said", "the
	// central election commission, the CEC, said": a description headed
	// by a kind of body, whatever capitals it has.
	// "Greece's coast guard command, HCG, said": a lower-case description
	// beside a body's initials, whatever its head.
	// "The agency's director, Philippe Lazzarini, said": a body's post,
	// read down to its body, beside its holder's name; the body speaks
	// (convention 1), and the name is no description of it. An office
	// ("the administration's interior minister, Salem Bu Khattala") is
	// held by the name (convention 8), and a post held once ("The
	// agency's former spokesman, Chris Gunness,") by a person who now
	// speaks for herself.
	// ("A spokesman for the interior ministry, Sharif Amiri,": the
	// body, postnarrowed.go.)
	// "The Norwegian Directorate of Immigration, UDI, expects": a short
	// name beside a body's name (shortbeside.go).
	if x := a.app; a.app < a.appEnd && !v.postNarrowed(a.src, s) && (!v.named(s, e) || !v.toks[e-1].capital && (v.toks[e-1].has(cBody) || v.bodyName(a.app, a.appEnd)) || v.shortNameBeside(c.d.Text, s, e, a.app, a.appEnd)) && !v.toks[e-1].post() && !(e < a.srcEnd && v.toks[a.srcEnd-1].post() && !v.toks[a.srcEnd-1].has(cOfficeNoun) && !v.heldOnce(s, a.srcEnd) && v.personName(a.app, a.appEnd)) {
		if v.isOne(x, wThe) {
			x++
		}
		if v.allCapitalised(x, a.appEnd) {
			return c.claimant(v, x, a.appEnd, ""), true
		}
	}
	// "Aldergate Re's research arm, the Aldergate Re Institute,":
	// unitname.go.
	if x, y, ok := v.unitNameBeside(a.src, a.srcEnd, a.app, a.appEnd); ok {
		return c.claimant(v, x, y, ""), true
	}
	// "the hospital's medical director, Dr Neil Farrant": holderaside.go.
	if x, y, ok := v.unnamedInstitutionPost(a.src, a.srcEnd, s, e, a.app, a.appEnd); ok {
		return c.claimant(v, x, y, ""), true
	}
	// "The community leader, Christakis Neophytou,": holderaside.go.
	if x, y, ok := v.unnamedPostHolder(a.src, a.srcEnd, a.app, a.appEnd); ok {
		return c.claimant(v, x, y, ""), true
	}
	return c.claimant(v, s, v.namePlace(s, e), ""), true
}
