package claimant

import "strings"

// Choosing among a sentence's attributions the one that covers a figure
// (what a pronoun or a definite noun takes up is in takeup.go).

// choose picks, among the attributions that cover token ft, the innermost:
// one citing its source first, then the nearest.
func choose(v *view, atts []attr, ft int) (attr, bool) {
	best, bestDist := -1, 1<<30
	for k, a := range atts {
		dist, ok := v.covers(a, ft)
		if !ok || v.countedSubject(a, ft) {
			continue
		}
		if a.cite || a.bracket {
			dist = -1
			// "• Sudan (via Gulf Dispatch Agency): the Sudanese Armed
			// Forces said ...": a line's credit is its outermost source
			// (labelcredit.go).
			if v.lineCredit(a) {
				dist = creditDist - a.anchor
			}
		}
		if dist < bestDist {
			best, bestDist = k, dist
		}
	}
	if best < 0 || v.unnamedNearer(atts, ft, bestDist) {
		return attr{}, false
	}
	// "says it ... cannot confirm that 40 people died": negatedclaim.go.
	if a := atts[best]; a.anchor < ft && v.deniedBetween(a.anchor, ft) {
		return attr{}, false
	}
	// "councillors said Gaza's toll of 39,000 was ...": the speaker
	// mentions another's count and does not claim it (otherscount.go).
	// An event's or a time's toll ("the storm's toll of 12", "last
	// year's tally of 312") is no one else's count: the speaker's stands.
	if a := atts[best]; a.kind == kVerb && a.anchor < ft {
		if s, e, n, ok := v.ownedCountOf(a.anchor, ft); ok && v.countOwner(s, e) {
			if s >= e || v.placeName(s, e) || v.placeName(s+1, e) && v.toks[s].has(cDeterminer) {
				return attr{}, false
			}
			return attr{src: s, srcEnd: e, anchor: n, kind: kFindings}, true
		}
	}
	// "Prabowo Subianto's 58.6 per cent, as certified by the General
	// Elections Commission, is ...": whose share it is gives way to an
	// aside of "as" that says who vouches for it.
	if atts[best].kind == kPossFig {
		for _, a := range atts {
			if a.kind == kVerb && a.back && a.anchor > ft && v.asAside(a.anchor) {
				if _, ok := v.covers(a, ft); ok {
					return a, true
				}
			}
		}
	}
	if in, ok := v.relayAside(atts, best); ok {
		return in, true
	}
	if k, ok := v.relayedReport(atts, best, ft); ok {
		return atts[k], true
	}
	if k, ok := v.recordedBy(atts, best, ft); ok {
		return atts[k], true
	}
	if k, ok := v.ownBodyTells(atts, best, ft); ok {
		return atts[k], true
	}
	return atts[best], true
}

// relayedReport finds, when the chosen attribution atts[best] is a relay's
// verb ending the sentence (", Interfax reported."), a reporting clause it
// reaches back over that opens before the figure and covers it ("the
// ministry said it had repelled 9 tanks"): what the relay reports is that
// source's account, and the innermost source is the claimant. So do
// people counted after "according to" ("U.S. officials estimate that
// Hamas has 9,000 fighters, according to two people familiar with the
// intelligence"): unnamed sources pass on what officials estimate, where
// a body after the frame ("Oxfam said the toll, now over 43,000
// according to the health ministry, ...") is the figure's own source.
func (v *view) relayedReport(atts []attr, best, ft int) (int, bool) {
	outer := atts[best]
	relay := outer.kind == kVerb && strings.HasPrefix(v.toks[outer.anchor].low, "report") ||
		outer.kind == kFrame && v.toks[outer.anchor].low == "according" && (v.toks[outer.src].num || v.toks[outer.src].fig) ||
		// "..., two people familiar with the assessment said": people
		// counted in words closing the sentence (speakercount.go) pass
		// on the reporting clause as "according to" them does.
		outer.kind == kVerb && v.toks[outer.src].has(cSpeakerCount)
	if !relay || !outer.back || outer.src < ft {
		return 0, false
	}
	for k, a := range atts {
		if k == best || a.kind != kVerb || a.back || a.anchor >= ft || v.anaphoric(a) {
			continue
		}
		// ("Visually confirmed Russian tank losses passed 3,900,
		// according to analysts": a participle before its noun reports
		// nothing; a clause's verb runs on into "that", the figure or a
		// noun phrase's determiner.)
		if outer.kind == kFrame && !v.isOne(a.anchor+1, wThat) && !(a.anchor+1 < len(v.toks) && (v.toks[a.anchor+1].fig || v.toks[a.anchor+1].has(cDeterminer))) {
			continue
		}
		if _, ok := v.covers(a, ft); ok {
			if _, reaches := v.covers(outer, a.src); reaches {
				return k, true
			}
		}
	}
	return 0, false
}

// asAside reports whether the verb at i opens an aside of "as" after a
// comma: ", as certified by the General Elections Commission,".
func (v *view) asAside(i int) bool {
	return i >= 2 && v.isOne(i-1, wAs) && v.isOne(i-2, wComma)
}

// copulaAfterAside reports whether the verb after an aside closing
// between tokens hi and ft is one of being or of a count's level ("is",
// "stands at", "rose to").
func (v *view) copulaAfterAside(hi, ft int) bool {
	for k := hi; k < ft; k++ {
		if v.isOne(k, wComma) {
			// "was challenged in court by 3 rivals": a passive is no level.
			passive := k+2 < ft && strings.HasSuffix(v.toks[k+2].low, "ed")
			return k+1 < ft && v.is(k+1, wIs, wWas, wAre, wWere, wStands, wStood, wRemains, wRemained, wRose, wReached, wNow) && !passive
		}
	}
	return false
}

// covers reports whether attribution a reaches token ft, and how far.
func (v *view) covers(a attr, ft int) (int, bool) {
	if ft >= a.src && ft < a.srcEnd || a.app < a.appEnd && ft >= a.app && ft < a.appEnd {
		return 0, false // the figure is inside the source's words
	}
	if a.gap {
		return 0, ft == a.anchor
	}
	// "Rafah, a city of 275,000 before the war, now shelters ...,
	// according to UNRWA": sizeaside.go.
	if ft < a.src && ft < a.anchor && v.sizeAside(ft) {
		return 0, false
	}
	// "Researchers at the LSHTM, whose estimate the health ministry has
	// cited, put ... at 64,260", "The ministry's figures, which the WHO
	// has said it considers reliable, list 12,300": who cites or vouches
	// for the findings in a relative clause in commas speaks only inside
	// it; the main clause's figure is its subject's.
	if r, e, ok := v.relativeAround(a.anchor); ok && (ft < r || ft >= e) {
		return 0, false
	}
	// "Our analysis of the health ministry's list of 34,344 identified
	// dead finds that 52 per cent": findings another's findings were made
	// from are the material, not the claim; the outer owner claims.
	// ("the ministry's list of 34,344 identified dead" is still the
	// list's: only past the outer findings' verb is the claim theirs.)
	if a.kind == kFindings && ft > a.anchor && v.materialOf(a.src) && v.verbBetween(a.anchor+1, ft) {
		return 0, false
	}
	// "A police investigation into the deaths of 12 migrants is under
	// way": what findings are "into" is what they look at; a figure there,
	// before any verb of theirs, is no claim of their owner's ("The
	// inquiry's report into the crash found 12 failings" claims its 12).
	if a.kind == kFindings && ft > a.anchor+1 && v.toks[a.anchor+1].low == "into" && !v.verbBetween(a.anchor+1, ft) {
		return 0, false
	}
	switch a.kind {
	case kPossFig:
		return 0, ft == a.anchor
	case kLabel:
		return 1 << 20, ft > a.anchor
	case kFindings:
		// "the UN's later figure of 2,251": findings that give their
		// figure after "of" claim that figure alone.
		// ("review of 212 hospital records found" counts what it read.)
		if f := a.anchor + 2; v.isOne(a.anchor+1, wOf) && f < len(v.toks) && v.toks[f].fig && !v.figureModifies(f, len(v.toks)) {
			for f < len(v.toks) && v.toks[f].fig && f < ft {
				f++
			}
			return 0, ft >= a.anchor+2 && ft <= f && v.toks[ft].fig
		}
	}
	lo, hi := a.src, a.anchor
	if a.anchor < lo {
		lo = a.anchor
	}
	if a.srcEnd > hi {
		hi = a.srcEnd
	}
	if ft > hi {
		// "According to UNRWA, whose schools taught 300,000 children,
		// ...": see framedsource.go.
		if a.kind == kFrame && v.describedSource(a, ft) {
			return 0, false
		}
		// Forward: "X said that ... 153", "X's count rose by 71".
		// "Key numbers from OCHA's latest update: 1.9 million displaced;
		// 60 per cent ...": findings heading a list cover its items too,
		// when they name whose they are ("Key numbers:" do not).
		// ", as recorded by the ministry, is at least 46,006": an aside of
		// "as" in the subject vouches for what the subject's verb of
		// being gives; "..., was challenged by 3 rivals" is no count of
		// its.
		if a.back && v.asAside(a.anchor) && !v.copulaAfterAside(hi, ft) {
			return 0, false
		}
		// "The toll in the West Bank, reckons the Palestinian Red
		// Crescent, now stands at 530": an inverted aside between a
		// subject and its predicate covers the predicate resumed after
		// it (verbattr.go asideResumes).
		if a.back && a.kind == kVerb && a.src > a.anchor && v.asideResumes(a.anchor-1, a.srcEnd, len(v.toks)) && !v.clauseBreak(a.srcEnd+1, ft) {
			return ft - hi, true
		}
		if v.clauseBreak(hi, ft) && !((a.kind == kFrame || a.kind == kFindings && (a.src > a.anchor || v.isOne(a.srcEnd, wApostrophe))) && v.listHeader(hi, ft)) || v.timeFrame(hi, ft) || v.relativeClosed(lo, hi, ft) || v.comparison(hi, ft) || v.contrast(hi, ft) || v.laterClause(a, hi, ft) {
			return 0, false
		}
		return ft - hi, true
	}
	if ft < lo {
		if v.clauseBreak(ft, lo) && !v.closingSourceItem(a) || a.reach > 0 && ft < a.reach-1 {
			return 0, false
		}
		// "civilians killed (UN verified) — 10,000+ | ... | troops
		// killed (UK estimate) — 350,000": a source in brackets is set
		// right after what it covers, never past another item's figure
		// ("32,070 killed, 74,298 wounded (health ministry)" is one item).
		if a.bracket && v.pastItem(ft, lo) {
			return 0, false
		}
		if a.back || a.kind == kFrame {
			return lo - ft, true
		}
		// "the 13,000 children the ministry says have died".
		// "reached 46,000 when Turkey's agency lifted its count": a
		// subordinator between opens another clause.
		if lo-ft <= 4 && !v.punctBetween(ft, lo) && !v.clauseWordBetween(ft, lo) {
			return lo - ft, true
		}
	}
	return 0, false
}

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

// subordinators open a clause that a sentence may put before its main
// clause; "as" is not among them ("As the ministry said, ...").
var subordinators = set("whatever however how whether although though while whereas if because since when once unless until")

// relativeClosed reports whether tokens [lo, hi) lie in a relative clause
// set off by commas (", which the ministry compiles from ... reports from
// families,") that closes before token ft: what is said in the clause is
// about its noun, not about what follows it.
func (v *view) relativeClosed(lo, hi, ft int) bool {
	k := lo - 1
	for k > 0 && !v.boundary(k) {
		k--
	}
	switch {
	case k > 0 && v.isOne(k, wComma) && v.is(k+1, wWhich, wWho, wWhose):
		// the clause opens with its pronoun after the comma
	case k <= 0 && !v.boundary(0) && (v.toks[0].has(cSubordinator) || v.isOne(0, wEven) && len(v.toks) > 1 && v.toks[1].has(cSubordinator)):
		// "Whatever one thinks of how the health ministry counts, 35,000
		// dead is ...", "Even if you discount the ministry's numbers by a
		// third, ...": a fronted subordinate clause.
	default:
		return false
	}
	for m := hi; m < ft; m++ {
		if v.isOne(m, wComma) {
			return true
		}
		if v.boundary(m) {
			return false
		}
	}
	return false
}

// relativeAround returns the bounds of a relative clause in commas (",
// whose ...,", ", which ...,", ", who ...,") or a participle's aside on
// what findings were made from (", built from ...,", ", based on ...,")
// holding token i, from its first word to its closing comma. Both commas must be within a dozen
// tokens of i.
func (v *view) relativeAround(i int) (int, int, bool) {
	r := -1
	for k := i - 1; k > 0 && k >= i-12; k-- {
		if v.boundary(k) {
			break
		}
		if v.isOne(k-1, wComma) && v.openerOfAside(k) {
			r = k
			break
		}
	}
	if r < 0 {
		return 0, 0, false
	}
	for k := i + 1; k < len(v.toks) && k <= i+12; k++ {
		if v.isOne(k, wComma) {
			return r, k, true
		}
		if v.boundary(k) {
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// openerOfAside reports whether token k, after a comma, opens an aside on
// what stands before it: a relative word ("whose estimate the ministry has
// cited") or a participle of making and its source ("built from the lists
// the ministry publishes", "based on hospital records"), or a passive
// participle and its agent ("backed by Rwanda according to UN experts":
// the attribution covers the backing, not what the subject does), or what
// findings were drawn on.
func (v *view) openerOfAside(k int) bool {
	// "By our count, drawing on ACLED data and local reports, ...", ",
	// using WHO data,": what the findings were made with, in -ing.
	return v.is(k, wWhose, wWhich, wWho, wUsing) || v.pastVerb(k) && v.is(k+1, wFrom, wOn, wBy) || ingForm(v.toks[k].low) && v.is(k+1, wOn, wFrom)
}

// ingForm reports whether w looks like an -ing participle ("drawing",
// "relying", "working"), not "king" or "ring".
func ingForm(w string) bool { return len(w) > 5 && strings.HasSuffix(w, "ing") }

// materialOf reports whether the phrase opening at token i stands in the
// "of" complement of a findings noun before it ("analysis of the
// ministry's list", "review of the army's records"), within a few tokens
// and no clause's edge.
func (v *view) materialOf(i int) bool {
	for k := i - 1; k > 0 && k >= i-4; k-- {
		if v.boundary(k) || v.toks[k].report || v.toks[k].finding && !v.toks[k].has(cFindingNoun) {
			return false
		}
		if v.isOne(k, wOf) {
			return v.toks[k-1].has(cFindingNoun) && !v.countedAfter(k)
		}
	}
	return false
}

// verbBetween reports whether a verb of saying or finding stands in tokens
// [a, b), within a dozen tokens of a.
func (v *view) verbBetween(a, b int) bool {
	for k := a; k < b && k < a+12; k++ {
		if t := &v.toks[k]; (t.report || t.finding) && !t.has(cFindingNoun) && !t.capital {
			return true
		}
	}
	return false
}

// pastItem reports whether, between the figure at ft and token lo, another
// figure stands after a mark that parts a list's items (a dash, a bar, a
// semicolon; not a comma).
func (v *view) pastItem(ft, lo int) bool {
	parted := false
	for k := ft + 1; k < lo; k++ {
		t := &v.toks[k]
		// Only the marks that part items: a bracket or a quotation mark
		// sits inside one ("32,070 killed (13,000 of them children)").
		if !t.fig && (v.isOne(k, wDash) || v.isOne(k, wSemicolon) || t.low == "|") {
			parted = true
		}
		if parted && t.fig && !v.toks[k-1].fig {
			return true
		}
	}
	return false
}
