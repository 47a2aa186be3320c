package claimant

import "strings"

// A forecaster's "sees" (claimrec34): "Bundesbank sees German economy
// shrinking 0.2% this year", "Bank of Israel sees 2025 growth at 3.8%",
// "Munich-based Erdhaus Re sees $4bn hit from Atlantic hurricane season",
// "Egypt's central bank, in projections released in March, sees inflation
// averaging 25.6 percent". Wire and business copy write a body's forecast
// so; the verb claims what it foresees as "expects" does. "See" is no
// reporting verb otherwise ("I see 52 tents from here", "the clinic sees 52
// patients a day", "Gaza sees 52 killed in strikes"), so the frame is read
// only in its forecast's shape: "sees" in the -s form, a named subject or
// a body by its kind that is no place, and a share or an amount of money
// in the clause after it, as forecasts give them.

// forecastSees reads "sees" at i as a forecast's verb of claim, its subject
// the source.
func (v *view) forecastSees(i, lo, hi int) (attr, bool) {
	if v.toks[i].capital || i <= lo {
		return attr{}, false
	}
	// "Egypt's central bank, in projections released in March, sees":
	// an aside in commas between the subject and its verb.
	end := i
	if v.isOne(i-1, wComma) {
		m := i - 2
		for m > lo && m >= i-12 && !v.isOne(m, wComma) {
			if v.boundary(m) {
				return attr{}, false
			}
			m--
		}
		switch {
		case m > lo && v.isOne(m, wComma):
			end = m
		case v.headlineFirstVerb(lo, i-1) > lo:
			// "Bank of Ghana cuts policy rate by 100 bps, sees ...": a
			// headline's second verb after a comma, its subject the
			// first verb's (claim116).
			end = v.headlineFirstVerb(lo, i-1)
		default:
			return attr{}, false
		}
	}
	x := v.npBefore(end, lo)
	if x >= end || v.toks[x].has(cPronoun) || v.placeName(x, end) || v.knownPlace(x, end) {
		return attr{}, false
	}
	if !v.named(x, end) && !v.toks[end-1].has(cBody) {
		return attr{}, false
	}
	if !v.foreseenAmount(i+1, hi) {
		return attr{}, false
	}
	return attr{src: x, srcEnd: end, anchor: i, kind: kVerb}, true
}

// foreseenAmount reports whether the clause from token k holds, within ten
// tokens, a share ("0.2%", "25.6 percent") or an amount of money ("$4bn",
// "2 billion euros"): what a forecast foresees.
func (v *view) foreseenAmount(k, hi int) bool {
	for m := k; m < hi && m <= k+10 && !v.boundary(m); m++ {
		if !v.toks[m].fig {
			continue
		}
		if v.shareAt(m, hi) || v.levelOfNoun(m, k) {
			return true
		}
		for n := m; n < hi && n <= m+4 && v.toks[n].fig; n++ {
			if moneyWord(v.toks[n].low) {
				return true
			}
		}
	}
	return false
}

// moneySigns are the currency signs a figure's token opens with.
var moneySigns = [...]string{"$", "£", "€", "¥", "₹", "₴"}

// moneyWord reports whether a figure's token names money: a currency's
// sign opening it, or a currency's word. A list, since the figures
// package gives no figure's unit to the finder: the next currency is a
// word added here.
func moneyWord(w string) bool {
	for _, sign := range moneySigns {
		if strings.HasPrefix(w, sign) {
			return true
		}
	}
	switch w {
	case "dollars", "euros", "pounds", "yen", "yuan", "rupees", "roubles", "rubles", "hryvnias", "shekels", "francs", "lira", "dkk", "sek", "nok", "chf", "eur", "usd", "gbp", "nis":
		return true
	}
	return false
}

// levelOfNoun reports whether the figure at m is the level a noun of the
// forecast's object is put at: a lower-case noun, a preposition of level
// ("at", "near", "around", "above", "below"), then the figure: "sees
// core inflation around 3", "sees growth near 2". What is counted
// comes straight after "sees" with no such word ("sees 52 patients a
// day"). claim116.
func (v *view) levelOfNoun(m, k int) bool {
	if m-2 < k {
		return false
	}
	switch v.toks[m-1].low {
	case "at", "near", "around", "above", "below":
	default:
		return false
	}
	n := &v.toks[m-2]
	return n.word && !n.capital && !n.fig && !n.has(cDeterminer|cPronoun|cPreposition)
}

// headlineFirstVerb returns the token of a headline's first verb when the
// words from lo to the comma at c are one clause: a subject, then a
// lower-case word in the present's -s form that no lexicon knows as a
// noun ("Norges Bank keeps rate at 4.5%,"); lo when they are not. The
// subject ends before that verb.
func (v *view) headlineFirstVerb(lo, c int) int {
	for m := lo; m < c; m++ {
		if v.boundary(m) || v.isOne(m, wComma) {
			return lo
		}
	}
	for m := lo + 1; m < c-1 && m <= lo+5; m++ {
		t := &v.toks[m]
		if !t.word || t.capital || len(t.low) < 4 || !strings.HasSuffix(t.low, "s") || strings.HasSuffix(t.low, "ss") || t.inLexicon() || t.agent() {
			continue
		}
		if v.npBefore(m, lo) == lo {
			return m
		}
		return lo
	}
	return lo
}
