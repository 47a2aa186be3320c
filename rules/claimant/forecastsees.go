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
		if m <= lo || !v.isOne(m, wComma) {
			return attr{}, false
		}
		end = m
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
		if v.shareAt(m, hi) {
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
