package claimant

import "strings"

// Sentences after a figure's that point back at it by their grammar, not
// by a list of nouns: a demonstrative subject of "to be" ("That was the
// warning from UNICEF"), a pointer whose predicate is a possessive ("The
// estimate is the UN Development Programme's"), and a relative clause
// saying its subject gave the figure ("UNICEF, which supplied the figure,
// said ...").

// copulas are the forms of "to be" a pointer back is written with.
var copulas = set("is was are were")

// pointsBack reads sentence view v, the one after a figure's, for a
// source it names as the figure's by one of the forms above.
func (c *call) pointsBack(v *view) (Claimant, bool) {
	n := len(v.toks)
	if n < 4 {
		return Claimant{}, false
	}
	// "That was the warning on Friday from UNICEF", "This is the finding
	// of a Meridian analysis": "that" as a subject stands for what the
	// sentence before said, whatever noun the predicate gives it.
	// "That's the latest from ...": the copula contracted.
	cop := 1
	if v.isOne(1, wApostrophe) && v.isOne(2, wS) && !v.toks[2].space {
		cop = 2
	}
	if v.is(0, wThat, wThis, wThese, wThose) && (cop == 2 || copulas[v.toks[1].low]) && (v.isOne(cop+1, wThe) || v.toks[cop+1].backNoun()) {
		for j := cop + 2; j < n && j <= cop+6 && !v.boundary(j); j++ {
			if v.countedAfter(j) {
				break // "That is the number of Palestinians killed": what, not who
			}
			// ("That is the Royal College of Nursing's estimate": an "of"
			// between capitals is inside a name, and the possessive's
			// reading below gives its owner.)
			if v.isOne(j, wOf) && v.toks[j-1].capital && j+1 < n && v.toks[j+1].capital {
				continue
			}
			if v.is(j, wOf, wFrom, wBy) && !v.gerund(j+1) {
				if a, b := v.npAfter(j+1, n); b > a && (v.toks[a].capital || v.toks[a].has(cDeterminer)) {
					return c.pointed(v, a, b, j)
				}
				break
			}
			// "That is the estimate in the World Bank's latest damage
			// and needs assessment": the owner of the findings the
			// figure stands in.
			if v.isOne(j, wIn) {
				if a, p, ok := v.findingsOwnerAfter(j + 1); ok {
					return c.pointed(v, a, p, j)
				}
				break
			}
			// "That's the number regional officials gave us":
			// pointercontact.go.
			if a, b, ok := v.contactGiver(j, n); ok {
				return c.pointed(v, a, b, b)
			}
		}
	}
	// "The source is UNHCR, not some campaigning charity": sourceis.go.
	if a, b, k, ok := v.sourceIsPointer(); ok {
		return c.pointed(v, a, b, k)
	}
	// "That number, which does not separate fighters from civilians, is
	// the Gaza health ministry's.", "Those counts are the WHO's", "These
	// are COGAT's figures", "That tally is the Meridian's own": a subject
	// pointing back (a demonstrative, or "the" and a noun for a figure),
	// its copula past a clause in commas, and a possessive ending the
	// predicate or owning its findings.
	// "The calculation is ours, based on OCHA data": ownpointer.go.
	if k, ok := v.ownPointer(); ok {
		return c.pointed(v, k, k+1, k-1)
	}
	if k, ok := v.pointerSubject(); ok {
		if v.isOne(k, wComma) {
			for k++; k < n && !v.isOne(k, wComma); k++ {
			}
			k++
		}
		// "That is not my number; it is UNRWA's", "not my estimate but
		// UNRWA's": a denied owner is none, and the one the sentence
		// goes on to give is.
		if k+1 < n && copulas[v.toks[k].low] && v.isOne(k+1, wNot) {
			return c.deniedOwner(v, k+2)
		}
		if k < n && copulas[v.toks[k].low] {
			if a, b := v.npAfter(k+1, n); b > a {
				// The phrase read may run on past the possessive
				// ("COGAT's figures").
				for p := a + 1; p <= b && p < n; p++ {
					if v.isOne(p, wApostrophe) && v.ownedEnd(v.possEnd(p-1)) {
						return c.pointed(v, a, p, k)
					}
				}
			}
		}
	}
	// "The WHO's attack surveillance system is the source.":
	// sourcepredicate.go.
	if a, b, k, ok := v.sourcePredicate(); ok {
		return c.pointed(v, a, b, k)
	}
	// "So says the Libyan Red Crescent": "so" stands for what the
	// sentence before said.
	// "So says a survey published yesterday by the Norwegian Refugee
	// Council": findings say it for their maker.
	if v.isOne(0, wSo) && v.toks[1].report {
		if a, b := v.npAfter(2, n); b > a && (v.toks[a].capital || v.toks[a].has(cDeterminer)) {
			a, b = v.findingsMaker(a, b, n)
			return c.pointed(v, a, b, 1)
		}
	}
	// "UNICEF, which supplied the figure, said half of them were
	// children": the subject gave the figure pointed back at.
	if a, b, j, ok := v.relativeGiver(); ok {
		return c.pointed(v, a, b, j)
	}
	// "Israeli officials, who took reporters to its entrance, gave that
	// length": a subject that gave what a demonstrative object points
	// back at.
	// "Dr Ayman Rabah, director-general of the health ministry in Gaza,
	// gave the figure": the aside says whom the subject speaks for.
	if at, ok := v.gaveThat(); ok {
		cl, ok := c.name(v, at)
		cl.How = Next
		return cl, ok
	}
	return Claimant{}, false
}

// gaveThat reads a sentence whose named subject gives, by a verb of
// origin, an object pointing back ("supplied those numbers", "gave that
// length"), past an aside in commas after the subject: the subject, with
// the aside as its appositive.
func (v *view) gaveThat() (attr, bool) {
	if !v.objectWords() {
		return attr{}, false
	}
	n := len(v.toks)
	lo := v.skipDateline(0)
	a, b := v.npAfter(lo, n)
	if b <= a || !v.toks[a].capital || v.toks[a].has(cPronoun) {
		return attr{}, false
	}
	k := b
	// "Officials who run the crossing gave that length": a relative
	// clause with no commas is part of the subject.
	if v.is(k, wWho, wThat) {
		for m := k + 1; m < n && m <= k+8 && !v.boundary(m); m++ {
			if origin(v.toks[m].low) && v.is(m+1, wThat, wThose, wThis, wThese) {
				b, k = m, m
				break
			}
		}
	}
	at := attr{src: a, srcEnd: b, anchor: b}
	if v.isOne(k, wComma) {
		for k++; k < n && !v.boundary(k); k++ {
		}
		if !v.isOne(k, wComma) {
			return attr{}, false
		}
		if k > b+1 {
			at.app, at.appEnd = b+1, k
		}
		k++
	}
	for k < n && v.toks[k].has(cBetween) {
		k++
	}
	if k+3 > n {
		return attr{}, false
	}
	if origin(v.toks[k].low) && v.is(k+1, wThat, wThose, wThis, wThese) {
		// "gave that length", "supplied those numbers": a noun closing
		// the clause.
		if m := k + 2; v.toks[m].word && !v.toks[m].capital && v.boundary(m+1) {
			return at, true
		}
	}
	// "IOM field monitors compiled that figure from interviews",
	// "Engineers from Istanbul Technical University presented the survey
	// to reporters", "Researchers at the FAO drew the figure from
	// satellite imagery": whatever the verb, its object points back when
	// it is a demonstrative and a noun, or "the" and a noun for a figure or
	// findings, ending the clause or followed by a preposition. A verb of
	// doubt ("disputed that figure") takes it from someone else.
	// "Xinhua obtained the figure from the Afghan Ministry of ...": the
	// giver, not the subject (obtainedfrom.go).
	if g, ok := v.obtainedFrom(k); ok {
		return g, true
	}
	if v.pastVerb(k) && !doubting(v.toks[k].low) && v.backObject(k+1) {
		return at, true
	}
	// "Foreign Minister Yoko Kamikawa gave the amount at a press
	// conference": a sum pointed back at, given by a verb of telling
	// (pointerorigin.go).
	if v.toldSum(k) {
		return at, true
	}
	// "Gaza's civil defence agency gave us that number", "Regional Gov.
	// Oleksandr Prokudin reported the casualties on Telegram",
	// "Palestinian health officials give toll": see toldback.go.
	if v.toldBack(k) {
		return at, true
	}
	return attr{}, false
}

// objectWords reports whether the sentence holds a word every object
// gaveThat reads is made of: a noun for a figure or findings ("drew the
// figure", "gave us the survey") or one of gaveObjectWords. Most
// sentences after a figure's have none, and their subject, the costly
// read, is not read.
func (v *view) objectWords() bool {
	if v.marks&spBackNoun != 0 {
		return true
	}
	for i := range v.toks {
		if v.toks[i].cls&(cFindingNoun|cGaveObject) != 0 {
			return true
		}
	}
	return false
}

// gaveObjectWords are the other words gaveThat's objects are made of: a
// demonstrative ("gave that length", "supplied those numbers"), the
// casualties ("reported the deaths") and a sum ("gave the amount"). They
// are a class (cGaveObject), so that objectWords tests each token with a
// bit, not a look-up.
var gaveObjectWords = func() map[string]bool {
	m := set("this that these those")
	for _, l := range []map[string]bool{casualtyWords, sumNouns} {
		for w := range l {
			m[w] = true
		}
	}
	return m
}()

// pastVerb reports whether token k is a lower-case verb in the past: an
// -ed form or an irregular past ("drew", "gave", "made").
func (v *view) pastVerb(k int) bool {
	t := &v.toks[k]
	return t.word && !t.capital && (len(t.low) > 3 && strings.HasSuffix(t.low, "ed") || t.has(cIrregularPast))
}

// backObject reports whether an object pointing back at the sentence
// before opens at token k: "that figure", "those numbers", "the figure",
// "the survey", closed by the clause's end or a preposition.
func (v *view) backObject(k int) bool {
	if k+2 > len(v.toks) {
		return false
	}
	m := k + 1
	if v.isOne(k, wThe) && m < len(v.toks) && v.toks[m].word && !v.toks[m].capital && !v.toks[m].backNoun() && !v.toks[m].has(cFindingNoun) && !v.toks[m].inLexicon() {
		m++ // "the casualty figure": one modifier
	}
	if m >= len(v.toks) {
		return false
	}
	n := &v.toks[m]
	switch {
	case v.is(k, wThat, wThose, wThis, wThese):
		if !n.word || n.capital || !(n.backNoun() || n.has(cFindingNoun)) {
			return false
		}
	case v.isOne(k, wThe):
		if !n.word || n.capital || !(n.backNoun() || n.has(cFindingNoun)) {
			return false
		}
	default:
		return false
	}
	// ("gave that estimate a week after the breach": a span of time
	// closes the clause as a preposition does.)
	return v.boundary(m+1) || m+1 < len(v.toks) && (v.toks[m+1].has(cPreposition) && !v.isOne(m+1, wOf) || v.spanAgo(m+1, len(v.toks)))
}

// Doubting reports whether lower-cased w is a verb by which a subject takes
// issue with a figure it did not give (doubting): the rules engine reads a
// name before one as an actor, not a place that frames the count ("Israel
// disputes the ministry's count, which puts the dead at ...").
func Doubting(w string) bool { return doubting(w) }

// doubting: verbs by which a subject takes issue with a figure it did not
// give ("Hamas disputed that figure", "Israel rejected the count").
func doubting(w string) bool {
	for _, p := range [...]string{"disput", "reject", "question", "doubt", "challeng", "contest", "dismiss", "criticis", "criticiz", "deni"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// butInstead returns, for a source [a, b) read after a preposition that
// "not" denies ("not from activists but from COGAT's own published logs",
// "comes not from the ministry but from UNRWA"), the source "but" gives
// instead; else a, b.
func (v *view) butInstead(a, b int) (int, int) {
	p := a - 1
	if p < 1 || !v.toks[p].has(cPreposition) || !v.isOne(p-1, wNot) || !v.isOne(b, wBut) {
		return a, b
	}
	k := b + 1
	if k < len(v.toks) && v.toks[k].low == v.toks[p].low {
		k++
	}
	if x, y := v.npAfter(k, len(v.toks)); y > x && (v.toks[x].capital || v.toks[x].has(cDeterminer) || v.toks[x].poss) {
		return x, y
	}
	return a, b
}

// madeByAgent returns, for a source [a, b) a pointer back names that is
// followed by a participle and its agent ("satellite imagery analysed by
// Unosat", "hospital records compiled by the ministry"), the agent: who
// worked the material into the figure. Else a, b.
func (v *view) madeByAgent(a, b int) (int, int) {
	if b+2 >= len(v.toks) || !v.pastVerb(b) {
		return a, b
	}
	// "published Tuesday by Unosat", "released on Monday by": when it
	// was made, said between the participle and its agent.
	by := b + 1
	if v.isOne(by, wOn) && by+1 < len(v.toks) && v.toks[by+1].has(cDay) {
		by++
	}
	if v.toks[by].has(cDay) && v.toks[by].capital || v.is(by, wYesterday, wToday, wOvernight, wEarlier, wLater) {
		by++
	}
	if by+1 >= len(v.toks) || !v.isOne(by, wBy) {
		return a, b
	}
	if x, y := v.npAfter(by+1, len(v.toks)); y > x && (v.toks[x].capital || v.toks[x].has(cDeterminer)) && !v.toks[x].has(cDay) && !v.toks[y-1].has(cTimeNoun) {
		return x, v.makerEnd(x, y)
	}
	return a, b
}

// judging: verbs by which a subject judges or takes up findings it did not
// make: doubting, and vouching for them ("regarded as reliable", "considers
// conservative", "has endorsed"), or citing them.
func judging(w string) bool {
	if doubting(w) {
		return true
	}
	for _, p := range [...]string{"regard", "consider", "deem", "trust", "accept", "endors", "vouch", "describ", "treat"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return citingVerb(w)
}

// pointed names the source [a, b) a sentence after the figure's points
// back with.
func (c *call) pointed(v *view, a, b, anchor int) (Claimant, bool) {
	a, b = v.butInstead(a, b)
	a, b = v.madeByAgent(a, b)
	at := attr{src: a, srcEnd: b, anchor: anchor}
	// "That was the count of the city's mayor, Ihor Terekhov": the
	// office's holder (officeframe.go).
	if e, ok := v.holderAfterFrame(a, b, len(v.toks)); ok {
		at.srcEnd = e
		v.appositiveAfter(&at, len(v.toks))
	}
	cl, ok := c.name(v, at)
	cl.How = Next
	return cl, ok
}

// names reports whether tokens [x, y) hold a configured alias: "the
// ministry" in a story that names the ministry is a name too.
func (c *call) names(v *view, x, y int) bool {
	_, ok := c.lookup(v, x, y)
	return ok
}

// pointerSubject reads a subject pointing back at the sentence before
// ("That number", "Those counts", "These", "The estimate") and returns
// where what follows it starts.
func (v *view) pointerSubject() (int, bool) {
	switch {
	case v.is(0, wThe, wThat, wThis) && v.toks[1].backNoun():
		return 2, true
	// "The projection is the IPC's", "The forecast is the European
	// Central Bank's": findings, after "the", are what the sentence before
	// stated, when their owner closes the predicate (ownedEnd).
	case v.isOne(0, wThe) && v.toks[1].word && !v.toks[1].capital && v.toks[1].has(cFindingNoun) && copulas[v.toks[2].low]:
		return 2, true
	case !v.is(0, wThat, wThis, wThese, wThose):
		return 0, false
	case copulas[v.toks[1].low]:
		return 1, true
	case v.toks[1].word && !v.toks[1].capital && (v.toks[1].has(cFindingNoun) || v.toks[1].backNoun()):
		return 2, true
	}
	return 0, false
}

// ownedEnd reports whether a possessive predicate ends at token i: the
// sentence or clause ends there ("is the ministry's."), or after "own"
// or one findings noun ("the Meridian's own", "COGAT's figures").
func (v *view) ownedEnd(i int) bool {
	if v.boundary(i) {
		return true
	}
	if v.isOne(i, wOwn) || v.toks[i].has(cFindingNoun) || v.toks[i].backNoun() {
		if v.boundary(i + 1) {
			return true
		}
	}
	// "the council's own numbers", "the IOM's first since the spring":
	// "own" and its noun, or an ordinal standing for the figure itself.
	if v.isOne(i, wOwn) && i+1 < len(v.toks) && (v.toks[i+1].has(cFindingNoun) || v.toks[i+1].backNoun()) {
		return v.boundary(i + 2)
	}
	// "That is the UN's verified figure", "the ministry's official
	// tally.": a modifier or two before the findings noun.
	for k := i; k < i+2 && k+1 < len(v.toks); k++ {
		t := &v.toks[k]
		if !t.word || t.capital || t.has(cFindingNoun) || t.backNoun() || t.has(cPreposition|cDeterminer|cClause|cBetween|cPronoun) {
			break
		}
		if n := &v.toks[k+1]; (n.has(cFindingNoun) || n.backNoun()) && v.boundary(k+2) {
			return true
		}
	}
	return v.is(i, wFirst, wLatest)
}

// asideEnd returns the closing comma of a short aside opening at comma i
// ("comes, of course, from", "is, it seems, the ministry's"): lower-case
// words only, no figure and no preposition of source opening it; i when
// there is none.
func (v *view) asideEnd(i int) int {
	if !v.isOne(i, wComma) || i == 0 || !v.toks[i-1].word || v.is(i+1, wFrom, wBy) {
		return i
	}
	for m := i + 1; m < len(v.toks) && m <= i+4; m++ {
		if v.isOne(m, wComma) {
			if m > i+1 {
				return m
			}
			return i
		}
		if !v.toks[m].word || v.toks[m].capital || v.toks[m].fig {
			return i
		}
	}
	return i
}

// deniedOwner reads, after "is not" and the predicate it denies from token
// k, the owner given instead: past "but" or a semicolon (with "it is"), a
// possessive ending the clause ("UNRWA's") or where "it comes from". None
// when there is none: the denied owner ("my") never is.
func (c *call) deniedOwner(v *view, k int) (Claimant, bool) {
	n := len(v.toks)
	for ; k < n && !v.is(k, wBut, wSemicolon); k++ {
		if v.is(k, wFullStop, wComma) {
			return Claimant{}, false
		}
	}
	if k >= n {
		return Claimant{}, false
	}
	k++
	// "...; it comes from the World Food Programme", "; it is from
	// UNRWA": the source the figure comes from.
	if v.is(k, wIt, wThat, wThis, wThey) && (v.is(k+1, wComes, wCome, wCame) || k+1 < n && copulas[v.toks[k+1].low]) && v.isOne(k+2, wFrom) {
		if a, b := v.npAfter(k+3, n); b > a && (v.toks[a].capital || v.toks[a].has(cDeterminer)) {
			return c.pointed(v, a, b, k+2)
		}
		return Claimant{}, false
	}
	if v.is(k, wIt, wThat, wThis) && k+1 < n && copulas[v.toks[k+1].low] {
		k += 2
	}
	// "not my hyperbole but the finding of the Sudanese Doctors'
	// Syndicate", "not my rhetoric; it is the finding of the Famine Review
	// Committee": findings "of" their maker ("the finding" is no owned
	// findings the loop below reads).
	if v.isOne(k, wThe) && k+3 < n && (v.toks[k+1].has(cFindingNoun) || v.toks[k+1].backNoun()) && v.isOne(k+2, wOf) {
		if a, b := v.npAfter(k+3, n); b > a && (v.toks[a].capital || v.toks[a].has(cDeterminer)) {
			return c.pointed(v, a, b, k+2)
		}
	}
	for p := k + 1; p < n && p <= k+6; p++ {
		if v.isOne(p, wApostrophe) && v.ownedEnd(v.possEnd(p-1)) {
			return c.pointed(v, k, p, k)
		}
	}
	return Claimant{}, false
}

// findingsOwnerAfter reads, from token a, a possessive owner and its
// findings: "the World Bank's latest damage and needs assessment", "OCHA's
// weekly report". It returns the owner's tokens, its possessive cut.
func (v *view) findingsOwnerAfter(a int) (int, int, bool) {
	x := a
	if x < len(v.toks) && v.toks[x].has(cDeterminer) {
		x++
	}
	p := x
	for p < len(v.toks) && p < x+6 && v.toks[p].word && v.toks[p].capital && !v.toks[p].poss {
		p++
	}
	if p >= len(v.toks) || !v.toks[p].poss || !v.toks[p].capital {
		return 0, 0, false
	}
	for k := v.possEnd(p); k < len(v.toks) && k <= v.possEnd(p)+5 && !v.boundary(k); k++ {
		t := &v.toks[k]
		if !t.word || t.capital {
			return 0, 0, false
		}
		if t.has(cFindingNoun) || postedWork[t.low] || documentNouns[t.low] {
			return a, p + 1, true
		}
	}
	return 0, 0, false
}

// relativeGiver reads a named subject [a, b) whose relative clause in
// commas gave what it points back at ("UNICEF, which supplied the figure,
// said ..."), and returns the pointer at j. Most sentences have neither
// "which" nor "who", and their subject is not read.
func (v *view) relativeGiver() (a, b, j int, ok bool) {
	if !v.words.has(wWhich) && !v.words.has(wWho) {
		return 0, 0, 0, false
	}
	n := len(v.toks)
	if a, b = v.npAfter(0, n); b <= a || !v.toks[a].capital || !v.isOne(b, wComma) || !v.is(b+1, wWhich, wWho) {
		return 0, 0, 0, false
	}
	for j := b + 2; j < n && j <= b+5 && !v.boundary(j); j++ {
		if j+1 < n && v.is(j, wThe, wThat, wThis) && v.toks[j+1].backNoun() && v.boundary(j+2) {
			return a, b, j, true
		}
	}
	return 0, 0, 0, false
}
