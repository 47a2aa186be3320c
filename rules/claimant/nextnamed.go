package claimant

// A sentence after a figure's that names the figure's source without a
// pointer's determiner before its noun: a source line ("Source: the Tarsk
// regional emergency office."), and a headline's second line saying who
// gives the figure ("Port authority gives updated count as divers search").
// Bare findings coming from a body ("Figures are from X") and a maker's
// aside on a pointer ("The count, compiled by X, rose by 37") are read
// with the pointers (see pointerHead, pointerSource).

// sourceLine reads a line opening with a credit's label, "Source:",
// "Sources:" or a findings noun naming numbers with perhaps one word
// before it ("Figures:", "Building figures:", "Data:"), and a phrase that
// runs to the sentence's end: a credit line names only its source.
// "Source of the slide: a burst reservoir" names a cause; "Figures: 12 in
// Gaza City" lists figures.
func (c *call) sourceLine(v *view) (Claimant, bool) {
	lo := v.skipDateline(0)
	// "(Source: COGAT.)": a credit in brackets after its figure.
	if v.isOne(lo, wOpenBracket) && v.isOne(len(v.toks)-1, wCloseBracket) {
		lo++
	}
	colon := v.creditLabel(lo)
	if colon < 0 {
		// "Figures from the regional government", "Data via Statistics
		// Norway.": a credit with no colon (creditFrom).
		if k := v.creditFrom(lo); k > 0 {
			a, b := v.npAfter(k+1, len(v.toks))
			if (v.namesSource(a, b) || v.bodyByKind(a, b)) && v.endsAt(b) {
				cl, ok := c.name(v, attr{src: a, srcEnd: b, anchor: k})
				cl.How = Next
				return cl, ok
			}
		}
		return Claimant{}, false
	}
	a, b := v.npAfter(colon+1, len(v.toks))
	if !v.namesSource(a, b) || !v.endsAt(b) && !v.describingAside(b) {
		return Claimant{}, false
	}
	cl, ok := c.name(v, attr{src: a, srcEnd: b, anchor: lo})
	cl.How = Next
	return cl, ok
}

// creditLabel returns the colon closing a credit's label opening at lo
// ("Source:", "Figures:", "Casualty figures:"), -1 when there is none.
func (v *view) creditLabel(lo int) int {
	if lo+1 >= len(v.toks) || !v.toks[lo].capital || !v.toks[lo].word {
		return -1
	}
	if v.creditWord(lo) && v.isOne(lo+1, wColon) {
		return lo + 1
	}
	// ("Building figures:": one word saying which, not "Our figures:".)
	if v.creditWord(lo+1) && !v.toks[lo+1].capital && v.isOne(lo+2, wColon) && !v.toks[lo].has(cDeterminer|cPronoun|cFirstPerson) {
		return lo + 2
	}
	return -1
}

// describingAside reports whether a comma at k opens an aside that
// describes the source before it and closes the line: "Source: the
// Education Cluster, led by UNICEF and Save the Children.", "Source: the
// Halden Institute, based on satellite images." A lower-case word opens
// it, no determiner or conjunction: "Source: UNRWA, the WHO" is a list,
// "..., but the count is disputed" another clause.
func (v *view) describingAside(k int) bool {
	if !v.isOne(k, wComma) || k+1 >= len(v.toks) {
		return false
	}
	t := &v.toks[k+1]
	return t.word && !t.capital && !t.has(cDeterminer|cPronoun) && !v.is(k+1, wAnd, wBut) && t.low != "or"
}

// namesSource reports whether the phrase [a, b) after "Source:" or "per"
// may name a source: it opens with a capital ("Reuters") or a determiner,
// and a determiner has a word after it ("the roads directorate"); a lone
// determiner ("Source: the", "per The") names no one.
func (v *view) namesSource(a, b int) bool {
	switch {
	case b <= a:
		return false
	case v.toks[a].has(cDeterminer):
		return b > a+1
	}
	// "Source: regional energy company DTEK Odesa Grids.", "Source:
	// grid operator Ukrenergo": a lower-case kind before the name it
	// describes, as "the open-source tracker Oryx" (kindBeforeName).
	if !v.toks[a].capital {
		return b-a >= 2 && v.toks[b-1].capital && v.kindBeforeName(a, b) > a
	}
	return v.toks[a].capital
}

// endsAt reports whether the sentence ends at token k, past its closing
// punctuation.
func (v *view) endsAt(k int) bool {
	for ; k < len(v.toks); k++ {
		if v.toks[k].word || v.toks[k].num || v.is(k, wComma, wSemicolon, wColon) {
			return false
		}
	}
	return true
}

// giverLine reads a sentence whose subject gives, issues or publishes a
// figure named by a bare noun, the headline's way with no article:
// "Regional emergency service gives latest figure", "Provincial governor
// issues new figure after night of aftershocks". "The ministry gave no
// figure" gives none.
func (c *call) giverLine(v *view) (Claimant, bool) {
	lo := v.skipDateline(0)
	if lo >= len(v.toks) || !v.toks[lo].capital || v.toks[lo].has(cPronoun|cDeterminer) {
		return Claimant{}, false
	}
	// The subject's words run to the verb (a word in -s is read into a
	// noun phrase, so the verb is looked for, not the phrase's end).
	b := lo + 1
	for b < len(v.toks) && b <= lo+5 && v.toks[b].word && !givingVerb(v.toks[b].low) && !v.toks[b].report {
		b++
	}
	if b >= len(v.toks) || b > lo+5 || !givingVerb(v.toks[b].low) {
		return Claimant{}, false
	}
	for k := b + 1; k < len(v.toks) && k <= b+3; k++ {
		t := &v.toks[k]
		if t.backNoun() {
			cl, ok := c.name(v, attr{src: lo, srcEnd: b, anchor: b})
			cl.How = Next
			return cl, ok
		}
		// "gives latest", "issues its new": modifiers and a possessive
		// pronoun before the noun; "no", a figure or a capital is no
		// figure given.
		if !t.word || t.capital || !(v.is(k, wIts, wTheir, wA, wAn) || figureModifier(t.low)) {
			return Claimant{}, false
		}
	}
	return Claimant{}, false
}

// givingVerb reports whether w is a present or past by which a source
// hands out a figure. A headline's plural subject takes the plain form:
// "Palestinian health officials give toll", "Police confirm toll".
func givingVerb(w string) bool {
	switch w {
	case "gives", "gave", "issues", "issued", "releases", "released", "publishes", "published", "confirms",
		"confirmed", "updates", "updated", "posts", "posted",
		"give", "issue", "release", "publish", "confirm", "update", "post":
		return true
	}
	return false
}

// figureModifier reports whether w says which figure of a source's: its
// latest, a revised.
func figureModifier(w string) bool {
	switch w {
	case "latest", "new", "updated", "revised", "official", "first", "final", "provisional", "preliminary",
		"daily", "grim", "higher", "lower":
		return true
	}
	return false
}

// creditFrom returns the "from", "via" or "by" after a credit's word
// opening the line at lo ("Figures from", "Data via"), 0 when there is
// none. The line is only the credit, with no verb of its own, and names
// the source of the figure before it as "Source:" does: "4,000 homes
// without power after storm. Figures from regional government". A line
// that goes on to a verb or a figure of its own ("Figures from the grid
// operator show 900 more") is no credit: what follows the source must be
// the line's end (sourceLine).
func (v *view) creditFrom(lo int) int {
	if lo+2 >= len(v.toks) || !v.toks[lo].capital || !v.creditWord(lo) || !v.is(lo+1, wFrom, wVia, wBy) {
		return 0
	}
	return lo + 1
}

// bodyByKind reports whether tokens [a, b), lower-case words with no
// determiner, are a body named by its kind ("regional government",
// "provincial disaster agency"), as a headline writes one without "the";
// a service too, as a live blog credits one ("per civil defence", "per
// police"; claim116).
func (v *view) bodyByKind(a, b int) bool {
	if b <= a || b-a > 4 {
		return false
	}
	for k := a; k < b; k++ {
		if t := &v.toks[k]; !t.word || t.capital {
			return false
		}
	}
	h := v.toks[b-1].low
	return bodyNouns[h] || governments[h] || serviceKinds[h] && (b-a > 1 || !serviceUnits[h])
}

// serviceUnits are the service kinds that also count one of something:
// an act ("a rescue", "a mission") or a unit or a member ("a force", "a
// guard"). Alone after "per" they are a rate's unit ("300 euros, per
// mission"), so only a word before them ("sea rescue", "border force",
// "coast guard") makes them a service; "police", "coastguard", "army"
// and "civil defence" name the standing body alone. mend116.
var serviceUnits = set("rescue mission force guard")

// officeByKind reports whether [a, b) is an office written by its kind
// with no article and no holder's name, as a credit line closing a
// headline writes it: "regional governor", "city mayor", "police chief".
// Each word is in lower case; the last is the office's.
func (v *view) officeByKind(a, b int) bool {
	if b <= a || b-a > 3 {
		return false
	}
	for k := a; k < b; k++ {
		if t := &v.toks[k]; !t.word || t.capital || t.has(cDeterminer|cPronoun) {
			return false
		}
	}
	t := &v.toks[b-1]
	return t.has(cOfficeNoun) || t.has(cPost) && !t.has(cStaff)
}
