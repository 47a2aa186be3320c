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
		if cl, ok := c.subject(si - 1); ok && cl.How != Previous && !c.askedBy(si-1, cl) {
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
		if cl, ok := c.subject(si - 1); ok && !announcement(cl.Words) && !c.askedBy(si-1, cl) && !c.view(si-1).openerOfFragment(cl.Start) {
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
	case (w == "the" || w == "that" || w == "this") && lo+1 < len(v.toks) && v.toks[lo+1].backNoun():
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

// announces reports whether sentence si announces figures without giving
// one: "The IOM released new figures for Sudan on Thursday.", "The
// charity's monthly survey came out this morning.", "AFAD has updated its
// page.": a findings noun, or a publishing verb.
func (c *call) announces(si int) bool {
	// ("The IRC surveyed 900 households in Adré.": the inquiry's sample is
	// no figure of its own, inquiryscope.go.)
	if c.ownFigure(si) && !c.inquiryScopeOnly(si) {
		return false
	}
	s := c.d.Sentences[si]
	v := c.view(si)
	// "Consider what UNICEF reported last month.": a source presented to
	// the reader announces what follows (readerverb.go).
	if _, ok := c.presentedSource(v, v.skipKicker(v.skipDateline(0))); ok {
		return true
	}
	// "Q: What does the World Food Programme say about El Fasher?":
	// whatsays.go.
	if v.whatSays() {
		return true
	}
	for i := s.FigStart; i < s.FigEnd; i++ {
		// ("18.20 – UNRWA has issued ...": a time stamp is no figure; see
		// stamp.go.)
		// ("a few minutes ago": agofigure.go.)
		if f := &c.d.Figures[i]; f.Kind.IsAmount() && !v.countedSoFar(v.tokAt(f.Start)) && !v.stampFigure(f.Start) && !v.agoFigure(v.tokAt(f.Start)) && !periodQuarter(c.d.Text, f.Start, f.End) && !(v.inquiryScope(v.tokAt(f.Start)) && c.inquiryScopeOnly(si)) {
			return false
		}
	}
	for i := range v.toks {
		t := &v.toks[i]
		// "We'll have an update from the hospital later", "The ministry
		// will publish its figures on Monday": news to come announces
		// nothing of the next sentence's. Nor does news denied or put
		// off: "No figures yet from the army.", "The ministry has not
		// released new figures.", "The IOM has yet to publish its
		// update." (the next sentence's figures are someone else's, or
		// the writer's own).
		// ("has promised an update at noon": news promised is to come,
		// claim51b.)
		if v.is(i, wWill) || t.low == "ll" || t.low == "shall" || v.is(i, wNo, wNot, wNt, wNever) || t.low == "yet" && v.is(i+1, wTo) || t.low == "promised" || t.low == "promises" {
			return false
		}
		// ("Polls have closed.": the vote; pollsclose.go.)
		// ("Ofcom has opened an investigation", "The count has been
		// criticised as inflated": presenting.go findingsNotGiven.)
		if (t.backNoun() || t.has(cFindingNoun|cPostedWork)) && !v.votingPolls(i) && !v.findingsNotGiven(i) {
			return true
		}
		if v.publishing(i) && v.publishesFigures(i) {
			return true
		}
		// "Amnesty International has documented the strike in detail.":
		// an inquiry done (inquiry.go).
		if v.inquired(i) && v.inquiryBySubject(i) {
			return true
		}
		// "The WFP's market monitor is out.": see outnow.go.
		if t.low == "out" && v.publishedOut(i) {
			return true
		}
		// "We've just had the latest from Ukraine's State Emergency
		// Service": "the latest" from a source is its news.
		if v.isOne(i, wLatest) && i > 0 && v.isOne(i-1, wThe) && v.isOne(i+1, wFrom) {
			return true
		}
		// "We've just heard from the UN monitoring mission.": the writer
		// heard its news (latestfrom.go).
		if (t.low == "heard" || t.low == "hearing") && v.isOne(i+1, wFrom) && v.firstPersonOpens() {
			return true
		}
	}
	return false
}

// ownFigure reports, without a view, whether sentence si holds an amount
// figure that announces takes for the sentence's own, whatever its view
// reads: a figure other than a count so far ("with 94% of precincts
// reporting") or a time ago ("a few minutes ago"), the sentence having no
// "with" and no "ago", and other than a time stamp opening it ("18.20 –":
// a number with a point in its first bytes, where only a sound of
// hesitation set off by a comma may stand before it). Most neighbours of
// a figure's sentence have one, and their view need not be built to say
// they announce nothing.
func (c *call) ownFigure(si int) bool {
	d := c.d
	s := &d.Sentences[si]
	toks := d.Tokens[s.TokStart:s.TokEnd]
	if len(toks) == 0 {
		return false
	}
	own := false
	for i := s.FigStart; i < s.FigEnd && !own; i++ {
		f := &d.Figures[i]
		own = f.Kind.IsAmount() && !mayOpenStamp(d.Text, f.Start, s.Start, int(toks[0].Start)) && !periodQuarter(d.Text, f.Start, f.End)
	}
	if !own {
		return false
	}
	// (A token whose lower case is "with" or "ago" is written in ASCII:
	// no other letter's lower case is one of theirs.)
	for _, t := range toks {
		switch n := t.End - t.Start; {
		case n == 4 && d.Text[t.Start]|0x20 == 'w' && strings.EqualFold(d.Text[t.Start:t.End], "with"),
			n == 3 && d.Text[t.Start]|0x20 == 'a' && strings.EqualFold(d.Text[t.Start:t.End], "ago"):
			return false
		}
	}
	return true
}

// mayOpenStamp reports whether a figure at byte start, in a sentence
// opening at byte open whose first token starts at first, may be a time
// stamp opening the sentence (stampFigure): it is the first token, or a
// comma before it may have set off a sound of hesitation the view drops;
// and a point (or a byte past ASCII) stands in its first five bytes.
func mayOpenStamp(text string, start, open, first int) bool {
	if start != first && strings.IndexByte(text[open:start], ',') < 0 {
		return false
	}
	for i := start; i < len(text) && i < start+5; i++ {
		if text[i] == '.' || text[i] >= 0x80 {
			return true
		}
	}
	return false
}

// publishesFigures reports whether the publishing verb at i publishes
// what holds figures: its own work, findings, an announcement, a page, a
// document or a titled work ("released its monthly market monitor",
// "released new figures", "issued a statement"), or nothing named ("has
// just posted on Telegram"). "The Pentagon released footage of the pier",
// "The army issued evacuation orders" publish a thing, and announce no
// figure of the next sentence.
func (v *view) publishesFigures(i int) bool {
	w := v.toks[i].low
	public := v.madePublic(i)
	if !strings.HasPrefix(w, "publish") && !strings.HasPrefix(w, "releas") && !strings.HasPrefix(w, "issu") && !strings.HasPrefix(w, "updat") && w != "posted" && w != "posts" && !public {
		return true
	}
	if public {
		i++ // the object follows "public"
	}
	thing := false
	for k := i + 1; k < len(v.toks) && k <= i+6; k++ {
		t := &v.toks[k]
		if !t.word || t.has(cPreposition) || v.boundary(k) {
			break
		}
		// "its final decisions on bills", "its latest displacement
		// matrix": a body's own work is what it publishes figures in.
		if t.capital || t.poss || v.is(k, wIts, wTheir) || t.has(cFindingNoun|cAnnouncement) || t.backNoun() || t.has(cPostedWork) || channelNouns[t.low] || t.has(cDocumentNoun) {
			return true
		}
		// "Kenya Power releases drought outlook": a body's outlook or
		// tracker is a release of figures, as its report is (the nouns
		// an owned release opens a frame with, ownedrelease.go).
		if t.low == "outlook" || t.low == "outlooks" || t.low == "tracker" {
			return true
		}
		// "made public the external sector situation", "released an
		// assessment of the harvest", "publishes final voter roll": an
		// account of a state, or a roll of names, heading the object is
		// what a body publishes its figures in, where a shipment, an
		// injunction or detainees are things released or issued
		// (claim118).
		if v.accountObject(k) {
			return true
		}
		if !t.has(cDeterminer | cPronoun) {
			thing = true
		}
	}
	return !thing
}

// countedSoFar reports whether the figure at token k says how much of a
// count is done, in a phrase of "with" ("released preliminary results
// with 98 per cent of ballots counted", "with 94% of precincts
// reporting"): no figure of the announcement's own.
func (v *view) countedSoFar(k int) bool {
	if k < 1 || k >= len(v.toks) || !v.isOne(k-1, wWith) && !(v.toks[k-1].word && v.isOne(k-2, wWith)) {
		return false
	}
	for m := k + 1; m < len(v.toks) && m <= k+6 && !v.boundary(m); m++ {
		w := v.toks[m].low
		if strings.HasPrefix(w, "count") || strings.HasPrefix(w, "report") || strings.HasPrefix(w, "tall") || strings.HasPrefix(w, "process") {
			return true
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

// periodQuarter reports whether the figure at bytes [start, end) of text
// is the word "quarter" after a season or a month: "lending figures for
// the June quarter", "in the autumn quarter" name a period of the year, no
// fraction of the sentence's own.
func periodQuarter(text string, start, end int) bool {
	if end-start != len("quarter") || !strings.EqualFold(text[start:end], "quarter") {
		return false
	}
	i := start
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	j := i
	for j > 0 && (text[j-1]|0x20 >= 'a' && text[j-1]|0x20 <= 'z') {
		j--
	}
	w := strings.ToLower(text[j:i])
	return quarterSeasons[w] || monthNames[w]
}

// quarterSeasons name a quarter of the year before "quarter".
var quarterSeasons = set("winter spring summer autumn fall financial fiscal")

// madePublic reports whether token i is a form of "make" with "public"
// straight after it: "has made public", "makes public" publish.
func (v *view) madePublic(i int) bool {
	switch v.toks[i].low {
	case "made", "makes", "make":
		return i+1 < len(v.toks) && v.toks[i+1].low == "public" && !v.toks[i+1].capital
	}
	return false
}

// accountObject reports whether token k, in a publishing verb's object,
// is an account of a state or a roll of names (accountNouns) heading its
// phrase: no lower-case word follows it ("situation reports" are read as
// reports).
func (v *view) accountObject(k int) bool {
	t := &v.toks[k]
	if !t.word || t.capital || !accountNouns[t.low] {
		return false
	}
	if k+1 < len(v.toks) {
		if n := &v.toks[k+1]; n.word && !n.capital && !n.has(cPreposition|cDeterminer|cPronoun|cLink) {
			return false
		}
	}
	return true
}

// accountNouns name what a body publishes as an account of a state of
// affairs ("the external sector situation", "an assessment of the
// harvest", "its fiscal position") or a roll of names ("the final voter
// roll"): nouns of the thing described, not of a count, so the lexicon's
// findings nouns do not hold them.
var accountNouns = set("situation position assessment evaluation appraisal overview roll rolls roster rosters")
