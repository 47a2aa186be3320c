package claimant

// The writer's own words between a source and a figure, where what the
// source said ends and its attribution does not reach (covers, choose.go):
// a subordinator ("when", "while": clauseWordBetween), a time frame (",
// hours after a truce ... collapsed": timeFrame), a comparison (", compared
// with 300 in 2022"), a contrast, a later clause of the writer's setting (",
// as Russian forces pressed toward Pokrovsk": laterClause), the source's own
// doing ("says it is investigating"), and a semicolon or a line's bar
// (clauseBreak), with a list's header before a colon that covers its items
// (listHeader).

// clauseWordBetween reports whether a subordinator ("when", "while",
// "because") stands between tokens a and b; a relative pronoun ("the
// 13,000 children that the ministry says") does not part them, nor "as"
// ("climbed to 37,531 as Turkish officials reported more bodies": the
// toll climbs by their reports).
func (v *view) clauseWordBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if v.toks[k].has(cSubordinator) {
			return true
		}
	}
	return false
}

// frameWords stand before "after" or "before" in a writer's time frame.
var frameWords = set("hours hour days day weeks week months month minutes a an just only shortly barely mere few several two three")

// timeFrame reports a writer's time frame between tokens a and b: ",
// hours after a truce ... collapsed", ", days before the vote". What the
// source said ends before it.
func (v *view) timeFrame(a, b int) bool {
	for i := a; i < b; i++ {
		if !v.comma(i) {
			continue
		}
		for k := i + 1; k < b && k <= i+4; k++ {
			if v.is(k, wAfter, wBefore) {
				if k > i+1 {
					return true
				}
				break
			}
			if !v.toks[k].has(cTimeFrame) {
				break
			}
		}
	}
	return false
}

// comparison reports a writer's comparison between tokens a and b: ",
// against a pre-war average of 500", ", compared with 300 in 2022". What
// the source said ends before it.
func (v *view) comparison(a, b int) bool {
	for i := a; i < b; i++ {
		if v.comma(i) && v.is(i+1, wAgainst, wCompared, wVersus, wVs) {
			return true
		}
	}
	return false
}

// contrast reports a contrasting clause between tokens a and b: "Israel
// says the operation will be limited, but more than 1 million people are
// crowded ...", "You can quarrel with how the ministry counts, but 30,000
// dead ...", "..., and still the plain fact remains". An attribution covers
// the clause it governs; the contrast is the writer's. ", but that ..."
// and ", but added ..." go on with what was said.
func (v *view) contrast(a, b int) bool {
	for i := a; i < b; i++ {
		if !v.comma(i) {
			continue
		}
		k := i + 1
		if v.isOne(k, wAnd) && v.is(k+1, wStill, wYet) {
			return true
		}
		if v.is(k, wBut, wYet) && !v.is(k+1, wThat, wAdded, wAdds, wSaid, wSays, wWarned, wNoted, wCautioned, wAlso) {
			return true
		}
	}
	return false
}

// contrastClause reports a comma then a word opening a clause of contrast
// ("though", "although", "whereas", "while", "but", "yet") between tokens
// a and b.
func (v *view) contrastClause(a, b int) bool {
	for i := a; i < b; i++ {
		if v.comma(i) && v.is(i+1, wThough, wAlthough, wWhereas, wWhile, wBut, wYet) {
			return true
		}
	}
	return false
}

// laterClause reports a subordinate clause after a comma between tokens hi
// and ft, past a verb attribution a whose verb has had its object: "...,
// Zelenskiy said on Sunday, as Russian forces pressed toward Pokrovsk, a
// city that once housed about 60,000 people", "The State Department said
// 300 Americans had left, as queues ... stretched to 2 kilometres". What
// was said ends before the writer's setting.
func (v *view) laterClause(a attr, hi, ft int) bool {
	if a.kind != kVerb {
		return false
	}
	for i := hi; i < ft; i++ {
		if v.comma(i) && (a.back || i > hi+1) && v.is(i+1, wAs, wWhile, wWhen, wAfter, wBefore, wAmid, wSince, wAlthough, wThough, wWhereas) {
			return true
		}
		// "The army says it is investigating the strike, which hit a
		// tent camp where some 40,000 people had sought shelter": a
		// source telling of its own doing says that; the relative clause
		// on what it acts on is the writer's description. So is a
		// clause of "where" in commas on a place ("warned of famine in
		// El Fasher, where some 300,000 people remain trapped").
		// (", which it said had treated 31,000": a clause with a verb of
		// its own says who tells it.)
		// ("in Zamzam camp, where its teams had screened 46,000": a
		// clause whose subject is the source's own people tells of the
		// source's work, and is its account.)
		if v.comma(i) && i > hi+1 && (v.isOne(i+1, wWhere) && !v.is(i+2, wIts, wTheir) || v.isOne(i+1, wWhich) && v.ownDoing(a.anchor)) && !a.back && !v.verbBetween(i+2, len(v.toks)) {
			return true
		}
		// "Israel alleges that 12 employees took part, an accusation that
		// led 16 donors to pause funding": the writer's word on what was
		// said, in apposition to the whole clause, is not said by it.
		// (Closed by a comma before the figure, it was an aside on the
		// subject: "The number the ministry says ..., a count that
		// includes ..., is now 39,006".)
		// "struck 50 targets in Rafah, a city where about 1.4 million
		// Palestinians have sought shelter": so is the writer's word on
		// a place.
		if v.comma(i) && i > hi+1 && v.is(i+1, wA, wAn) && i+3 < ft && v.toks[i+2].word && !v.toks[i+2].capital && (v.is(i+3, wThat, wWhich) || v.isOne(i+3, wWhere) && a.kind == kVerb && !a.back) && !v.tokenIn(i+4, ft, ",") {
			return true
		}
	}
	return false
}

// ownDoing reports whether the clause the verb at i reports opens with the
// source's own pronoun ("says it is investigating", "said that they had
// struck"): what it tells is what it does.
func (v *view) ownDoing(i int) bool {
	k := i + 1
	if v.isOne(k, wThat) {
		k++
	}
	return v.is(k, wIt, wThey, wWe)
}

// listHeader reports whether a colon comes between token a and the first
// semicolon before b: "Key numbers from Sudan, per OCHA: 14.6m need health
// aid; 70% of hospitals ...", where what heads the list covers its items.
func (v *view) listHeader(a, b int) bool {
	for i := a; i < b; i++ {
		switch v.toks[i].low {
		case ":":
			return true
		case ";", "|":
			return false
		}
	}
	return false
}

// clauseBreak reports a semicolon between tokens a and b: an attribution
// does not reach over one, nor over the bar separating a line's items
// ("Killed: 67,074 (per Gaza health ministry) | Displaced: 1.9m (per
// UNRWA)").
func (v *view) clauseBreak(a, b int) bool {
	// Most sentences hold neither mark, as their words say at once.
	if !v.words.has(wSemicolon) && !v.words.has(wBar) {
		return false
	}
	return v.tokenIn(a, b, ";") || v.tokenIn(a, b, "|")
}

// tokenIn reports whether the punctuation or word w stands in tokens [a, b).
func (v *view) tokenIn(a, b int, w string) bool {
	for i := a; i < b; i++ {
		if v.toks[i].low == w {
			return true
		}
	}
	return false
}

func (v *view) punctBetween(a, b int) bool {
	for i := a; i < b; i++ {
		if v.punct(i) && !v.toks[i].fig && v.toks[i].low != "'" && v.toks[i].low != "-" {
			return true
		}
	}
	return false
}
