package claimant

// A figure whose own sentence attributes it to nobody may take its claimant
// from the sentence before or after, one step only (issue 19): these tests
// decide when the neighbour's subject speaks for the figure (the sentence
// goes on with the same account, counts "them", announces what follows)
// and when it does not.

import "strings"

// neighbours looks for the claimant in the sentence before or after, one
// step only, when the figure's sentence has no attribution.
func (c *call) neighbours(si int, v *view, lo, ft int) (Claimant, bool) {
	// "4 million children* ... *Unicef's estimate.": footnote.go.
	if cl, ok := c.footnoteSource(si, v, ft); ok {
		return cl, true
	}
	// ("Some 1.4 million of those civilians" after a sentence that
	// counted none: shareof.go.)
	// ("71 drones were shot down" after "says Russia launched 89
	// drones": recounted.go.)
	// ("It had rescued 39 people": itgoeson.go.)
	// ("Four people were killed and 32 wounded." after "The prosecutor's
	// office said a glide bomb struck ...": eventtoll.go.)
	// "Turkey has been hit by a second quake. Its army said 300 ...":
	// the place's own teller, as written (placeownedteller.go).
	if cl, ok := c.placeOwnedOpening(si, v, lo); ok {
		return cl, true
	}
	if si > 0 && (v.continues(lo) || c.recounts(si, v, lo) || v.itGoesOn(lo) || c.eventToll(si, v, lo)) && !c.shareOfUncounted(si, v, lo) {
		// "The storm has left a trail of destruction. The toll climbed
		// to 64.": "the toll" points back to an account only when the
		// sentence before has a teller for its subject (takeslives.go).
		// Refused, the toll is no one's: not the next sentence's
		// subject either ("... The toll climbed to 64. Frontex updated
		// its numbers.").
		if cl, ok := c.subject(si - 1); ok && cl.How != Previous && !c.askedBy(si-1, cl) {
			if v.backNounOpening(lo) && !c.view(si-1).tellsAt(cl) {
				return Claimant{}, false
			}
			cl.How = Previous
			return cl, true
		}
		// "I spoke to a spokesman for the Sudanese Red Crescent. They've
		// lost 3 volunteers": "they" going on is whom the writer spoke
		// to, as when "they say" (intro.go firstPersonObject).
		if v.is(lo, wThey) {
			if cl, ok := c.firstPersonObject(si - 1); ok {
				cl.How = Previous
				return cl, true
			}
		}
	}
	// "I asked the Kenya Red Cross how many had been rescued. The
	// answer: 212.": answerback.go.
	if si > 0 && v.answerOpens(lo) {
		if cl, ok := c.firstPersonObject(si - 1); ok {
			cl.How = Previous
			return cl, true
		}
	}
	// "Turkana governor: floods cut main road. At least 31 villages
	// stranded.": labelheadline.go.
	if si > 0 {
		if cl, ok := c.labelHeadline(si - 1); ok {
			return cl, true
		}
	}
	// ("Now, the death toll.": a fragment with no verb names no one;
	// see fragment.go.)
	if si > 0 && c.announces(si-1) {
		// "The data in this section come from FEWS NET.": the origin
		// the announcing subject names (originsubject.go).
		if cl, ok := c.announcedOrigin(si - 1); ok {
			return cl, true
		}
		if cl, ok := c.subject(si - 1); ok && !announcement(cl.Words) && !c.askedBy(si-1, cl) && !c.view(si-1).openerOfFragment(cl.Start) {
			if v.backNounOpening(lo) && !c.view(si-1).tellsAt(cl) {
				return Claimant{}, false
			}
			cl.How = Previous
			return cl, true
		}
	}
	// "HOST: 800,000 have fled Rafah – where does that number come from?
	// KHOURY, UNRWA SPOKESPERSON: That is our estimate": answerline.go.
	if cl, ok := c.answerLine(si); ok {
		return cl, true
	}
	if si+1 < len(c.d.Sentences) {
		cl, ok := c.backReference(si + 1)
		// "Dengue cases have climbed to 3,100. Iyan po ay ayon sa X.
		// [That is according to X.]": a next sentence in another
		// language points back in its translation (translated.go).
		if !ok {
			if first, last, yes := c.translationAfter(si + 1); yes && first == last {
				return c.backReference(first)
			}
		}
		return cl, ok
	}
	return Claimant{}, false
}

// continues reports whether the sentence opens by continuing the last:
// "Another", "A further", "Each", "The number", "Of those", "Its", "They".
func (v *view) continues(lo int) bool {
	if lo >= len(v.toks) {
		return false
	}
	w := v.toks[lo].low
	switch {
	case w == "another" || w == "each":
		return true
	case w == "a" && v.isOne(lo+1, wFurther):
		return true
	case w == "its" || w == "their" || w == "they":
		// "Its list of 30 April held 24,686 names", "They had pulled 19
		// people alive": the subject before goes on speaking.
		// ("Its 13,000 staff in Gaza": ownholdings.go.)
		return !v.ownHoldings(lo)
	case w == "of" && v.is(lo+1, wThose, wThem, wThese, wWhom):
		return true
	case w == "among" && (v.is(lo+1, wThose, wThem, wThese) || v.is(lo+1, wThe) && v.is(lo+2, wDead, wWounded, wInjured, wCasualties, wVictims, wKilled)):
		// "Among them were 11 children": a share of what the sentence
		// before counted, as "Of those" is.
		return true
	case v.figureOfThem(lo):
		return true
	case v.figureMore(lo):
		// "Two more were wounded": see morecont.go.
		return true
	case v.backNounOpening(lo):
		return true
	}
	// "The deaths bring the toll of the ground operation to 260": a
	// running total the sentence before's source keeps.
	return v.runningTotal(lo)
}

// figureOfThem reports whether the sentence opens with a share of what
// the sentence before counted: "About 1.8 million of them have crossed",
// "Some 600,000 of those have returned", "2 million of them are children",
// "Four of the wounded were in a serious condition".
func (v *view) figureOfThem(lo int) bool {
	for k := lo; k < len(v.toks) && k <= lo+4; k++ {
		if v.toks[k].fig {
			for k < len(v.toks) && v.toks[k].fig {
				k++
			}
			// "Four of the wounded were in a serious condition": a share
			// of the casualties counted before, as "among the dead" is.
			return v.isOne(k, wOf) && (v.is(k+1, wThem, wThose, wThese, wWhom) || v.isOne(k+1, wThe) && v.is(k+2, wDead, wWounded, wInjured, wCasualties, wVictims, wKilled))
		}
		// "About", "More than", "Nearly": words of amount only ("I knew
		// nine of them" is the writer's own).
		if !approxWords[v.toks[k].low] {
			return false
		}
	}
	return false
}

// runningTotal reports whether the sentence opening at lo brings or raises
// a total: a short subject, a form of bring or raise, then "the" or "its"
// and a noun pointing back (toll, total, number, count).
func (v *view) runningTotal(lo int) bool {
	for k := lo + 1; k < len(v.toks) && k <= lo+4; k++ {
		w := v.toks[k].low
		if strings.HasPrefix(w, "bring") || w == "brought" || strings.HasPrefix(w, "rais") {
			return v.is(k+1, wThe, wIts, wTheir) && k+2 < len(v.toks) && v.toks[k+2].backNoun()
		}
		if v.boundary(k) || v.toks[k].fig {
			return false
		}
	}
	return false
}

// wordFrom reports whether a word stands at or after token i.
func (v *view) wordFrom(i int) bool {
	for ; i < len(v.toks); i++ {
		if v.toks[i].word {
			return true
		}
	}
	return false
}

// questionWords open a question: an interrogative, or an auxiliary put
// before its subject ("Is the count reliable?").
var questionWords = set("why what how when where which whose whom is are was were do does did can could will would should")

// askedBy reports whether cl, read as the subject of sentence si, is a
// question's opening word: "Why is the Sudan toll so uncertain?" names no
// one who announced the figures after it ("What does the UN figure mean?"
// names the UN, read as the subject past its opening words).
func (c *call) askedBy(si int, cl Claimant) bool {
	v := c.view(si)
	if n := len(v.toks); n == 0 || !v.isOne(n-1, wQuestion) {
		return false
	}
	w := cl.Words
	if i := strings.IndexByte(w, ' '); i >= 0 {
		w = w[:i]
	}
	return questionWords[strings.ToLower(w)]
}

// backNounOpening reports whether the sentence opens with "the", "that"
// or "this" and a noun pointing back ("The toll", "That figure").
func (v *view) backNounOpening(lo int) bool {
	w := v.toks[lo].low
	return (w == "the" || w == "that" || w == "this") && lo+1 < len(v.toks) && v.toks[lo+1].backNoun()
}

// tellsAt reports whether a claimant found in this sentence can tell:
// canTell over its words' tokens, or its own verb, past auxiliaries, is
// one of counting, recording or publishing ("Airwars has tracked",
// "Frontex updated", "Alarmphone has been logging": a one-word name the
// sentence opens on, whose capital is the sentence's; review58).
func (v *view) tellsAt(cl Claimant) bool {
	a, b := v.tokAt(cl.Start), v.tokAt(cl.End-1)+1
	if v.canTell(a, b) {
		return true
	}
	// ("The sea claims more victims": a common noun's verb names no
	// teller, whatever it is.)
	if a >= len(v.toks) || !v.toks[a].capital {
		return false
	}
	k := b
	for k < len(v.toks) && k < b+3 && tellingAuxiliaries[v.toks[k].low] {
		k++
	}
	if k >= len(v.toks) || !v.toks[k].word || v.toks[k].capital {
		return false
	}
	t := &v.toks[k]
	if t.report || t.finding || t.has(cCountVerb) {
		return true
	}
	for _, stem := range tellingStems {
		if strings.HasPrefix(t.low, stem) {
			return true
		}
	}
	return false
}

// tellingAuxiliaries stand between a subject and its verb.
var tellingAuxiliaries = set("has have had is are was were been being will would also still now already")

// tellingStems are verbs of keeping a count or putting it out.
var tellingStems = []string{"track", "count", "log", "record", "tall", "monitor", "document", "publish", "releas", "compil", "regist", "list", "verif", "confirm"}
