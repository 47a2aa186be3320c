package claimant

import "strings"

// A sentence that announces figures without giving one ("The IOM
// released new figures for Sudan on Thursday."): its subject speaks for
// the figures of the next sentence (neighbours.go), and "it" after it is
// the announcer. Whether a neighbour gives a figure of its own
// (ownFigure, with the stamps, quarters and counts so far that are none)
// and whether its verb publishes what holds figures (publishesFigures).
// Split from neighbours.go.

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
		// "Mercy Corps press release, Kabul.": a release by its kind
		// (releaselabel.go releaseTails); "agreed to release" is an act.
		if (t.low == "release" || t.low == "note") && i > 0 && releaseTails[v.toks[i-1].low] {
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
