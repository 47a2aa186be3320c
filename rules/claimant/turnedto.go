package claimant

// What a first-person reporter turned to, written in lower case: "I spent
// the morning with the regional police chief in Kherson. He told me ...",
// "I've just been speaking to the local camp committee. They say ...",
// "I spoke to the regional governor, Serhiy Vovk, a short while ago. He
// told me ...". firstPersonObject reads names and people of a named body;
// an office, a post or a kind of body named by its kind is who a
// third-person pronoun after takes up just as well, since "he", "they" and
// "it" never stand for "I" or "we".

// whereWords say where something happened, as a preposition of place
// does: "I waited outside the office", "walked past the police station".
var whereWords = set("outside inside beside behind past around through beyond opposite")

// officeTurnedTo reads, at token j of a first-person clause, a phrase
// opened by a lower-case determiner and headed by an office, a post or a
// kind of body, with no capital before its head. It returns the words a
// pronoun taking it up stands for: the holder's name set in commas after
// an office (convention 8: "the regional governor, Serhiy Vovk," → Serhiy
// Vovk); otherwise the phrase, with a place named after "in" ("the
// regional police chief in Kherson"), as an office without its holder's
// name is written.
func (v *view) officeTurnedTo(j int) (int, int, bool) {
	// "I spoke earlier to Ilam's governor, Gholamreza Mousavi.": a place's
	// possessive stands where the determiner does (placeHolderTurnedTo).
	if x, y, ok := v.placeHolderTurnedTo(j); ok {
		return x, y, true
	}
	if j >= len(v.toks) || !v.toks[j].has(cDeterminer) || v.toks[j].capital {
		return 0, 0, false
	}
	// Whom the reporter turned to is the verb's object or comes after
	// "to", "with" or "from" ("spoke to", "spent the morning with"); a
	// phrase after another preposition is where it happened ("outside
	// the office", "at the police station").
	// "I've just come from a briefing by the fire service", "the
	// operations room run by the state health ministry": "by" after an
	// announcement or a participle names who gave or ran it (agentBy);
	// "by the police station" is where.
	if j > 0 && (v.toks[j-1].has(cPreposition) || whereWords[v.toks[j-1].low]) && !v.is(j-1, wTo, wWith, wFrom) && !v.agentBy(j-1) {
		return 0, 0, false
	}
	h := j + 1
	for h < len(v.toks) && h <= j+5 && v.toks[h].word && !v.toks[h].capital && !v.toks[h].has(cPreposition|cClause|cDeterminer|cPronoun) {
		h++
		// ", where the mayor has just briefed us": the subject of a
		// clause of where ends at its office, before its verb.
		if j > 0 && v.toks[j-1].low == "where" && (v.toks[h-1].has(cOfficeNoun) || v.toks[h-1].post()) {
			break
		}
	}
	// "a senior Home Ministry official", "the DSWD field office
	// director": a body's name inside the phrase, before the post that
	// closes it, is the body the post speaks for, as in "an UNRWA
	// spokesman" (capitalsThenPost; claimrec34).
	if x, y, ok := v.bodyInsidePost(j, h); ok {
		return x, y, true
	}
	if h == j+1 {
		return 0, 0, false
	}
	head := &v.toks[h-1]
	// "the district governor's driver": the office owns the head after
	// it, who is someone else.
	if head.poss {
		return 0, 0, false
	}
	office := head.has(cOfficeNoun) || head.post()
	if !office && !head.has(cBody) {
		return 0, 0, false
	}
	// ", Serhiy Vovk,": the holder's name in commas.
	if office && v.isOne(h, wComma) {
		e := h + 1
		for e < len(v.toks) && e <= h+5 && v.toks[e].capital && v.toks[e].word {
			e++
		}
		if e > h+2 && v.boundary(e) && v.personName(h+1, e) {
			return h + 1, e, true
		}
	}
	// "a spokesman for the Sudanese Red Crescent": a post for a named
	// body is the body's voice (convention 1).
	// ("the chief medical officer at the Kozhikode Medical College", "the
	// president of the Royal College of Nursing": a post at or of a named
	// body, likewise, as 43 of the 46 dev cases of the shape write it;
	// claimrec34. "the civil surgeon of Barishal district" is of a place.)
	if head.post() && !territoryOffices[head.low] && v.is(h, wFor, wWith, wAt, wOf) {
		if x, y := v.npAfter(h+1, len(v.toks)); y > x && v.named(x, y) && !v.placeName(x, y) && !v.placeName(x+1, y) {
			return x, y, true
		}
	}
	// "the mayor of Dobrich": an office held for a place is the office,
	// the place after "of" with it; the place is no one's voice.
	if territoryOffices[head.low] && v.isOne(h, wOf) && h+1 < len(v.toks) && v.toks[h+1].capital && v.toks[h+1].word {
		e := h + 2
		for e < len(v.toks) && v.toks[e].capital && v.toks[e].word {
			e++
		}
		return j, e, true
	}
	// "the charity Save the Children", "the monitoring group Airwars": a
	// kind of body before its name describes it; the name is whom the
	// reporter turned to (convention 8).
	if !office && h < len(v.toks) && v.toks[h].word && v.toks[h].capital && !v.toks[h].shouted {
		if x, y := v.npAfter(h, len(v.toks)); x == h && y > x && v.named(x, y) && !v.placeName(x, y) {
			return x, y, true
		}
	}
	// "in Kherson": the place the office or body is for.
	if v.isOne(h, wIn) && h+1 < len(v.toks) && v.toks[h+1].capital && v.toks[h+1].word {
		e := h + 2
		for e < len(v.toks) && v.toks[e].capital && v.toks[e].word {
			e++
		}
		return j, e, true
	}
	return j, h, true
}

// placePhrase reports whether the capitalised words at j (after a
// determiner, if any) follow "in" or a word of where: "at the crisis
// centre in Ostrava", "in Goris". They say where the first-person reporter
// is; "to", "with" and "from" open whom she turned to, and "at" a body as
// often as a place ("Our colleagues at the Gulf Courier").
func (v *view) placePhrase(j int) bool {
	p := j - 1
	if p < 0 || !v.toks[p].word {
		return false
	}
	return v.isOne(p, wIn) || whereWords[v.toks[p].low]
}

// territoryOfficeOf reports whether tokens [x, y) are an office held for a
// place, the place's capitalised name after "of": "the mayor of Dobrich",
// "the governor of Shirak". The place is no body the office speaks for.
func (v *view) territoryOfficeOf(x, y int) bool {
	k := x
	if k < y && v.toks[k].has(cDeterminer) {
		k++
	}
	return k+2 < y && territoryOffices[v.toks[k].low] && !v.toks[k].capital && v.isOne(k+1, wOf) && v.toks[k+2].capital && v.toks[k+2].word
}

// bodyInsidePost reads, at token h inside a phrase a reporter turned to
// that opens with its determiner at j, a body's name of capitalised words
// (up to four) then up to three lower-case words closed by a post or a
// staff noun: "Home Ministry" in "a senior Home Ministry official",
// "DSWD" in "the DSWD field office director". A place's name there ("a
// senior Kyiv police officer") is where the post is: the office is
// written whole, as an office without its holder's name is.
func (v *view) bodyInsidePost(j, h int) (int, int, bool) {
	n := h
	for n < len(v.toks) && n < h+4 && v.toks[n].word && v.toks[n].capital && !v.toks[n].has(cDeterminer) {
		n++
	}
	if n == h {
		return 0, 0, false
	}
	for m := n; m < len(v.toks) && m < n+3 && v.toks[m].word && !v.toks[m].capital; m++ {
		if v.toks[m].post() || v.toks[m].has(cStaff) {
			if !v.named(h, n) {
				return 0, 0, false
			}
			// ("a senior Israeli military official": a people's
			// adjective says whose side, and names no body, as a place
			// does; demonym.go.)
			if v.placeName(h, n) || v.knownPlace(h, n) || v.peoplesOnly(h, n) {
				return j, m + 1, true
			}
			// "a senior Biden administration official", "a Netanyahu
			// government spokesman": a leader's name before a
			// government's kind names the government, its kind with it.
			for g := n; g < m; g++ {
				if v.toks[g].has(cGovernment) {
					return h, g + 1, true
				}
			}
			return h, n, true
		}
	}
	return 0, 0, false
}

// agentBy reports whether "by" at k names the agent of the word before
// it: an announcement ("a briefing by", "a statement by") or a participle
// ("run by", "organised by", "hosted by").
func (v *view) agentBy(k int) bool {
	if k < 1 || !v.isOne(k, wBy) {
		return false
	}
	p := &v.toks[k-1]
	return p.word && !p.capital && (p.has(cAnnouncement) || v.pastVerb(k-1) || p.low == "run")
}

// placeHolderTurnedTo reads, at token j after "to", "with" or "from", a
// place's possessive, an office and its holder's name in commas: "I spoke
// earlier to Ilam's governor, Gholamreza Mousavi." The holder is whom a
// pronoun after takes up (convention 8), as after "the regional governor,
// Serhiy Vovk,".
func (v *view) placeHolderTurnedTo(j int) (int, int, bool) {
	if j < 1 || j+5 >= len(v.toks) || !v.is(j-1, wTo, wWith, wFrom) || !v.toks[j].capital || !v.toks[j].poss || !v.isOne(j+1, wApostrophe) || !v.isOne(j+2, wS) {
		return 0, 0, false
	}
	h := j + 3
	for h < len(v.toks) && h <= j+6 && v.toks[h].word && !v.toks[h].capital {
		h++
	}
	if h == j+3 || !v.isOne(h, wComma) || !v.toks[h-1].has(cOfficeNoun) && !v.toks[h-1].post() {
		return 0, 0, false
	}
	e := h + 1
	for e < len(v.toks) && e <= h+5 && v.toks[e].capital && v.toks[e].word {
		e++
	}
	if e > h+2 && v.boundary(e) && v.personName(h+1, e) {
		return h + 1, e, true
	}
	return 0, 0, false
}
