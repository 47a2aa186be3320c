package claimant

import "strings"

// A source is a person, a body, an outlet or a document: never a time, a
// risk or the figure's own counted noun. The readers of attributions find
// a phrase where a source stands ("in the previous day's fighting",
// "citing a clear risk that", "3,000 prisoners released in exchange");
// notASource drops the ones that cannot speak, so that another
// attribution in the sentence, or none, covers the figure.

// sources drops from atts, in place, the attributions whose phrase is no
// source.
func (v *view) sources(atts []attr) []attr {
	out := atts[:0]
	v.nobody = v.nobody[:0]
	for _, a := range atts {
		if !v.notASource(a) {
			out = append(out, a)
		} else if a.kind == kVerb && v.unnamedFindings(a.src, a.srcEnd) {
			// "put by some estimates at 10,000": an account by nobody
			// named, kept aside (unnamedNearer).
			v.nobody = append(v.nobody, a)
		}
	}
	return out
}

// unnamedFindings reports whether tokens [s, e) are findings a quantifier
// says how many of, with no owner: "some estimates", "other counts" (the
// findings noun may stand just past the phrase read).
func (v *view) unnamedFindings(s, e int) bool {
	if e <= s || !v.quantityOnly(s, e) || !(v.toks[e-1].has(cFindingNoun) || e < len(v.toks) && v.toks[e].has(cFindingNoun)) {
		return false
	}
	for k := s; k < e; k++ {
		if v.toks[k].has(cQuantifier) {
			return true
		}
	}
	return false
}

// unnamedNearer reports whether, of the attributions atts (the view's
// last read), one by nobody named ("..., put by some estimates at
// 10,000") covers token ft nearer than dist: the figure is that
// account's, the innermost, and nobody's.
func (v *view) unnamedNearer(atts []attr, ft, dist int) bool {
	if len(v.nobody) == 0 || len(atts) == 0 || len(v.atts) != len(atts) || &v.atts[0] != &atts[0] {
		return false
	}
	for _, a := range v.nobody {
		if d, ok := v.covers(a, ft); ok && d < dist {
			return true
		}
	}
	return false
}

// notASource reports whether attribution a's phrase cannot claim
// anything, or its verb says nothing here.
func (v *view) notASource(a attr) bool {
	// (A label's words run to its colon, times and all: "Key numbers
	// from the IOM's matrix this week:"; name reads them.)
	if a.srcEnd <= a.src || a.srcEnd > len(v.toks) || a.kind == kLabel {
		return false
	}
	// "Key numbers from Rio Grande do Sul:", "Key figure:": see
	// keynumbers.go.
	if v.keyNumbers(a) {
		return true
	}
	head := &v.toks[a.srcEnd-1]
	// "in the previous day's fighting", "last week's": a time owns no
	// account.
	if head.word && head.has(cTimeNoun|cTimeHead|cDay) && v.timePhrase(a.src, a.srcEnd) {
		return true
	}
	// "citing a clear risk that ...", "citing security concerns": a
	// reason is no one's word.
	// ("the risk of smuggling": the head is before "of".)
	for k := a.src + 1; k < a.srcEnd; k++ {
		if v.isOne(k, wOf) {
			head = &v.toks[k-1]
			break
		}
	}
	if head.word && head.has(cReasonNoun) {
		return true
	}
	// "citing a resilient economy": a reason by what its head is not
	// (citedreason.go).
	if a.cite && v.citedReason(a.src, a.srcEnd) {
		return true
	}
	// "some estimates", "Whichever count": see quantity.go.
	if v.quantityOnly(a.src, a.srcEnd) || a.kind == kVerb && (v.deniedSource(a.src, a.srcEnd) || v.everyone(a.src, a.srcEnd)) {
		return true
	}
	if a.kind != kVerb {
		return false
	}
	if v.hypotheticalTeller(a) || v.askedWho(a) || v.writerSays(a) {
		return true
	}
	// "wanted 3,000 Palestinian prisoners released in exchange": a
	// participle after the figure's own counted noun is a reduced
	// passive, and the counted people are what the figure counts.
	if a.src > 0 && v.toks[a.src-1].fig && a.anchor == a.srcEnd && strings.HasSuffix(v.toks[a.anchor].low, "ed") &&
		(a.anchor+1 >= len(v.toks) || v.toks[a.anchor+1].has(cPreposition) || !v.toks[a.anchor+1].word) {
		return true
	}
	// "as some in Jerusalem insist we should,", "as Israel says it does.":
	// a verb whose complement is a pronoun and an auxiliary standing for
	// the clause before says nothing of its own past it.
	k := a.anchor + 1
	if k+1 < len(v.toks) && v.toks[k].has(cPronoun) && elidedAux[v.toks[k+1].low] && (k+2 >= len(v.toks) || !v.toks[k+2].word && !v.toks[k+2].num) {
		return true
	}
	return false
}

// writerSays reports whether attribution a is "I" or "we" and a verb of
// plain saying ("I will say this:", "we would argue that"): the writer's
// own assertion, no one's claim (convention 4). Writers who counted,
// found or estimated ("we counted 212 strikes") made findings, and keep
// them (convention 3).
func (v *view) writerSays(a attr) bool {
	if !v.is(a.src, wI, wWe) || a.anchor <= a.src {
		return false
	}
	// ("I'll say it again": a contracted auxiliary read into the phrase.)
	if n := a.srcEnd - a.src; n != 1 && !(n == 3 && v.isOne(a.src+1, wApostrophe) && contracted[v.toks[a.src+2].low]) {
		return false
	}
	return plainSaying[stem(v.toks[a.anchor].low)]
}

// contracted are auxiliaries written after an apostrophe ("I'll", "we'd").
var contracted = set("ll d ve m re")

// plainSaying are the stems of verbs of saying that report no finding.
var plainSaying = set("say said tell told argu insist maintain stress repeat")

// timePhrase reports whether tokens [s, e), ending in a time, are a time
// alone: no name in them but a day's ("the previous day", "last week",
// "Sunday"), where "the IOM's matrix this week" names its owner.
func (v *view) timePhrase(s, e int) bool {
	for k := s; k < e; k++ {
		// ("by the ministry's Thursday count": an owner before the day.)
		if t := &v.toks[k]; t.capital && !t.has(cDay) && !(k == s && t.has(cDeterminer)) || t.low == "'" {
			return false
		}
	}
	return true
}

// timeHeads: times timeNouns leaves out (they are words of a phrase's
// end there).
var timeHeads = set("day days weeks months years hours yesterday today tonight")

// reasonNouns: what a frame may cite that is not a source.
var reasonNouns = set("risk risks concern concerns fear fears reason reasons threat threats danger dangers need needs " +
	"lack shortage shortages grounds pressure delays")

// elidedAux: auxiliaries and modals that end a clause standing for one
// said before ("we should", "it does").
var elidedAux = set("should must would will could can might may does do did has have had is are was were")

// stateMedia reports whether "state" at token i owns the medium after it
// ("state TV", "state media reported", "...: state broadcaster"): a noun,
// not the verb of stating.
func (v *view) stateMedia(i int) bool {
	return v.isOne(i, wState) && i+1 < len(v.toks) && (mediaNouns[v.toks[i+1].low] || v.stateOwns(i))
}

// stateOwns reports whether lower-case "state" at i owns the staff, force,
// government, body or office after it, at most one lower-case remit
// between ("..., state officials said", "state police said", "said state
// emergency officials", "state health department"), as "county" or
// "federal" would: a US or Indian state's, not the verb of stating. Read
// as the verb, it cut the claimant off and left the figure unattributed.
// ("The reports state officials were warned" is a verb before a clause;
// news writes "say" there.)
func (v *view) stateOwns(i int) bool {
	if v.toks[i].capital && i > 0 || i+1 >= len(v.toks) {
		return false
	}
	for k := i + 1; k < len(v.toks) && k <= i+2; k++ {
		t := &v.toks[k]
		if !t.word || t.capital {
			return false
		}
		if t.has(cStaff|cForce|cGovernment|cBody) || offices[t.low] {
			return k+1 >= len(v.toks) || !v.toks[k+1].word || v.toks[k+1].report || v.toks[k+1].finding || v.isVerbLike(k+1)
		}
		if t.report || t.finding {
			return false
		}
	}
	return false
}

// mediaNouns: what a state owns that reports.
var mediaNouns = set("tv television radio media broadcaster news newspaper agency outlets channel")
