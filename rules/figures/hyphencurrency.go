package figures

import "strings"

// A number joined by a hyphen to a currency's name in the singular is a
// compound adjective of money, as news writes a price or a levy before
// its noun: "a five-dollar bill", "a 20-euro note", "a 12-cent-a-share
// dividend", "a 10-pence rise in the duty", "a 50-rupee stamp". A scale
// between them was read already ("a 3.8-billion-dollar deal",
// scaledCurrencySuffix). Names that measure something else as well stay
// out: "a 50-pound dog" weighs, "a 10-grand" is slang no wire writes, and
// a code of three letters is a word as often ("a 5-try win"). Plurals are
// not adjectives ("10-dollars"), and a one-letter sub-unit ("10-p", "5-c")
// names a page or a grade.

// hyphenCurrencyWord reports whether token k is one of the singular currency names a hyphen may join to
// a number, read through currencySuffix.
func (p *parser) hyphenCurrencyWord(k int) bool {
	if !p.has(k, fCurWord) || p.has(k, fCurPrefix) {
		return false
	}
	switch strings.ToLower(p.str(k)) {
	case "pound", "grand", "buck", "quid", "sterling":
		return false
	}
	return !strings.HasSuffix(strings.ToLower(p.str(k)), "s")
}

// hyphenCurrency reads the currency of "a five-dollar bill" at token end,
// the hyphen after the number.
func (p *parser) hyphenCurrency(end int) (string, float64, int, bool) {
	if !p.joinedHyphen(end) || !p.hyphenCurrencyWord(end+1) {
		return "", 1, end, false
	}
	return p.currencySuffix(end + 1)
}

// hyphenSubunit reports whether the hyphen at token end joins the number
// to a sub-unit's name of two letters or more: "a 12-cent dividend", "a
// 10-pence rise", "a 50-paise coin".
func (p *parser) hyphenSubunit(end int) bool {
	if !p.joinedHyphen(end) || !p.has(end+1, fSubunit) || len(p.str(end+1)) < 2 {
		return false
	}
	w := strings.ToLower(p.str(end + 1))
	return w == "pence" || w == "paise" || w == "agorot" || w == "fils" || !strings.HasSuffix(w, "s")
}
