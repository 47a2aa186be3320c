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
	if head.post() && !territoryOffices[head.low] && v.is(h, wFor, wWith) {
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
