package figures

import (
	"strings"
)

// currencyPrefix reads a currency written before the number: $, US$, C$,
// €, USD, Rs., MUSD. It returns the code, a multiplier (1e6 for MUSD), and
// where the number starts.
func (p *parser) currencyPrefix(j int) (string, float64, int, bool) {
	if j >= len(p.toks) {
		return "", 1, j, false
	}
	w := p.info(j)
	// Letters then $: US$, C $, HK$, u.s $, Mex$.
	if p.isWord(j) {
		// The $ is looked at first: most words are followed by none, and
		// are then neither lower-cased nor looked up.
		if p.isSym(j+1, "$") {
			ls := strings.ToLower(p.str(j))
			if code, ok := vocab.symPrefix[ls]; ok && (p.attached(j+1) || ls == "us" || ls == "hk" || ls == "c") {
				// Spaced only for the forms tokenised corpora use ("us $ 150",
				// "c $ 16.4"): "it's $5" is not Singapore dollars.
				return code, 1, j + 2, true
			}
		}
		if k, ok := p.usDotS(j); ok && p.isSym(k, "$") {
			return "USD", 1, k + 1, true
		}
		if k, ok := p.cediPrefix(j); ok {
			return "GHS", 1, k, true // "GH¢2.5bn" (cedi.go)
		}
	}
	if w.flags&fCurSym != 0 {
		if code, k, ok := p.dollarThenLetters(j); ok {
			return code, 1, k, true // "$US3.8bn", "$A500m"
		}
		if alt, ok := sharedSymbols[p.str(j)]; ok && p.sentenceNamesAny(j, alt.country) {
			return alt.code, 1, j + 1, true
		}
		return w.cur, 1, j + 1, true
	}
	if w.flags&fCurPrefix != 0 && (p.isNum(j+1) || p.isSym(j+1, "$") || p.isSym(j+1, ".") && p.isNum(j+2)) {
		code := w.cur
		if !p.codeCaseOK(j) {
			return "", 1, j, false
		}
		s := strings.ToLower(p.str(j))
		if (s == "rm" || s == "rs") && !p.capitalised(j) && !p.writtenCapital(j) {
			return "", 1, j, false
		}
		if c, ok := contextPrefixes[s]; ok {
			if !p.localCurrencyAt(j, c) {
				return "", 1, j, false
			}
			if code = p.localCode(j, c); code == "" {
				code = c.unnamed()
			}
		}
		mult := 1.0
		if _, ok := vocab.mCodes[s]; ok {
			mult = 1e6
		}
		k := j + 1
		if p.isSym(k, "$") || p.isSym(k, ".") && p.isNum(k+1) && (s == "rs") {
			k++
		}
		return code, mult, k, true
	}
	return "", 1, j, false
}

// localCurrency is a currency read from its sentence: its code, and the
// words that name its country or the currency.
type localCurrency struct {
	code    string
	country []string
	// acronym is set for a code that is also a name's acronym, written
	// apart from the number the name owns ("SDG 4", the fourth Sustainable
	// Development Goal; "PHP 8", a language's version): see localCurrencyAt.
	acronym bool
	// anySize is set for letters that stand before no name's number, so
	// that any amount fused to them in a sentence that names the country
	// is the currency ("Sh230" in a Nairobi story): see shillings.go.
	anySize bool
	// scaledAlone is set for letters that are the currency before a sum
	// fused to them and written with a scale, whether or not the sentence
	// names the country ("N1.2 trillion", "Sh2bn"): see shillings.go.
	scaledAlone bool
	// shared are the other currencies the letters write; the sentence's
	// country tells which (see localCode).
	shared []localCurrency
}

// sharedSymbols are the symbols two currencies write; a sentence that
// names the second's country, or the currency by name, means the second:
// "China's central bank injected ¥500bn" is yuan, "¥500bn" alone yen.
var sharedSymbols = map[string]localCurrency{
	"¥": {"CNY", []string{"china", "chinese", "beijing", "shanghai", "yuan", "renminbi", "rmb", "pboc"}, false, false, false, nil},
}

// contextPrefixes are the letters and codes that are a currency's only in
// the context localCurrencyAt asks for: "Nigeria's budget is N28 trillion",
// but "N95 masks"; "Sudan's pound fell to SDG 600", but "progress on SDG 4";
// "COP 4,500 to the dollar", but "talks at COP28".
var contextPrefixes = map[string]localCurrency{
	"n":   {"NGN", []string{"nigeria", "nigerian", "nigerians", "lagos", "abuja", "naira", "cbn"}, false, false, true, nil},
	"sdg": {"SDG", []string{"sudan", "sudanese", "khartoum", "darfur"}, true, false, false, nil},
	"php": {"PHP", []string{"philippines", "philippine", "filipino", "filipinos", "manila", "peso", "pesos"}, true, false, false, nil},
	// The UN's climate summits are COP and their number ("COP28", "COP
	// 29"); the Colombian peso is written before a sum.
	"cop": {"COP", []string{"colombia", "colombian", "colombians", "bogota", "bogotá", "medellin", "medellín", "peso", "pesos"}, true, false, false, nil},
	"sh":  shillings,
	"shs": shillings,
}

// localCurrencyAt reports whether the letters at token j, one of
// contextPrefixes, are its currency before the number after them. A
// letter fused to the amount is a currency where the sentence names its
// country and the amount is a sum (see sizeableAt). A code that is also an
// acronym is a currency where the amount is a sum, or where the sentence
// names its country and a price follows the amount ("SDG 600 per dollar",
// "SDG 900 a litre"): the number a name owns is small, and a story about
// the country names its goals too ("Sudan is far from meeting SDG 2").
func (p *parser) localCurrencyAt(j int, c localCurrency) bool {
	if c.acronym {
		return p.sizeableAt(j+1) || p.priceAfter(j+1) && p.sentenceNamesAny(j, c.country)
	}
	if !p.attached(j + 1) {
		return false
	}
	if c.scaledAlone && p.scaledSumAt(j+1) {
		return true
	}
	return (c.anySize || p.sizeableAt(j+1)) && p.localCode(j, c) != ""
}

// sizeableAt reports whether the number at token i is written as a sum in
// a currency of small units is: with a magnitude or scale ("N450bn", "N2.5
// trillion") or in four digits or more ("N5,000"). "N95" is a name's.
func (p *parser) sizeableAt(i int) bool {
	return len(p.str(i)) >= 4 || p.has(i+1, fMag|fScale)
}

// priceAfter reports whether the amount at token i is a price or a rate:
// what it buys or is worth follows it, per unit ("per dollar", "a litre",
// "an hour") or against another currency ("against the dollar", "to the
// euro").
func (p *parser) priceAfter(i int) bool {
	k := i + 1
	for p.isNum(k) && p.attached(k) || p.isSym(k, ",.") && p.attached(k) && p.isNum(k+1) {
		k++ // the rest of the amount, where its separators split it
	}
	switch {
	case p.lowerIs(k, "per") || p.has(k, fA):
		return p.isWord(k+1) && !p.toks[k+1].Break
	case p.lowerIs(k, "against") || p.lowerIs(k, "to"):
		return p.lowerIs(k+1, "the") && p.isWord(k+2) && !p.toks[k+2].Break
	}
	return false
}

// contextPrefixAt reports whether token i is one of contextPrefixes: where
// its sentence left it no currency, it is a letter of a name ("N95").
func (p *parser) contextPrefixAt(i int) bool {
	var buf [maxContextPrefix]byte
	w := p.str(i)
	if w == "" || len(w) > len(buf) {
		return false
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	_, ok := contextPrefixes[string(buf[:len(w)])]
	return ok
}

// maxContextPrefix is the length of the longest of contextPrefixes.
const maxContextPrefix = 3

// sentenceNamesAny reports whether a word of the sentence around token i
// is one of words.
func (p *parser) sentenceNamesAny(i int, words []string) bool {
	for k := i - 1; k >= 0 && !p.toks[k+1].Break && !p.isSym(k, ".!?"); k-- {
		if p.lowerIsAny(k, words) {
			return true
		}
	}
	for k := i + 1; k < len(p.toks) && !p.toks[k].Break && !p.isSym(k, ".!?"); k++ {
		if p.lowerIsAny(k, words) {
			return true
		}
	}
	return false
}

// lowerCodes are the currency codes read in lower case too ("usd 200");
// other codes must be in capitals, since many are also words or names (Ron, cop, mad).
var lowerCodes = map[string]bool{"usd": true, "eur": true, "gbp": true, "rmb": true, "btc": true, "cny": true,
	"jpy": true, "chf": true, "inr": true, "musd": true, "meur": true, "mgbp": true, "maud": true, "nis": true, "rs": true}

// localSymbols are the letters East African and Gulf papers put before an
// amount (Dh1.5bn, KSh 300bn), written with a capital and then lower case.
var localSymbols = map[string]bool{"dh": true, "ksh": true, "ush": true, "tsh": true, "sh": true, "shs": true}

// codeCaseOK reports whether the letters at token i are written in the
// case their currency is: a code in capitals, local letters with a
// capital. A line in capitals is read lowered (shouted.go) and its case
// is the one written: "KENYA: SH3BN FOR DROUGHT" has the shilling's
// letters as "Sh3bn" has. A code in such a line says nothing by its
// capitals, and many are words or names ("MAD 100 DAYS", "HAIR GEL 2
// FOR 1", "RON 2 GOALS"): it is a currency there only before a sum
// written with a scale ("KES 300M", "TRY 5BN").
func (p *parser) codeCaseOK(i int) bool {
	s := p.str(i)
	if lowerCodes[strings.ToLower(s)] {
		return true
	}
	if localSymbols[strings.ToLower(s)] {
		return p.capitalised(i) || p.writtenCapital(i)
	}
	if w := p.writtenStr(i); w != s {
		if !p.isNum(i+1) || !p.has(i+2, fMag|fScale) {
			return false
		}
		s = w
	}
	return strings.ToUpper(s) == s || len(s) == 4 && s[0] == 'M' && strings.ToUpper(s[1:]) == s[1:]
}

// usDotS reads "U.S." or "u.s" at token i and returns the token after it.
func (p *parser) usDotS(i int) (int, bool) {
	if !p.lowerIs(i, "u") || !p.isSym(i+1, ".") || !p.lowerIs(i+2, "s") {
		return i, false
	}
	k := i + 3
	if p.isSym(k, ".") {
		k++
	}
	return k, true
}

// curSuffixAt reports whether a currency follows at token k.
func (p *parser) curSuffixAt(k int) bool {
	_, _, _, ok := p.currencySuffix(k)
	return ok
}

// currencySuffix reads a currency written after the number: 20€, 10
// dollars, 420 million finnish markka, 3 USD.
func (p *parser) currencySuffix(k int) (string, float64, int, bool) {
	if k >= len(p.toks) || p.toks[k].Break {
		return "", 1, k, false
	}
	w := p.info(k)
	if w.flags&fCurSym != 0 {
		return w.cur, 1, k + 1, true
	}
	if p.isWord(k) && p.isSym(k+1, "$") && p.attached(k+1) {
		if code, ok := vocab.symPrefix[strings.ToLower(p.str(k))]; ok && p.attached(k) {
			return code, 1, k + 2, true // 3.14US$
		}
	}
	if w.flags&fCurAdj != 0 {
		// Two- and three-word names: US dollars, new Israeli shekels.
		for n := 3; n >= 2; n-- {
			if k+n > len(p.toks) {
				continue
			}
			parts := make([]string, 0, n)
			ok := true
			for i := k; i < k+n; i++ {
				if !p.isWord(i) || p.toks[i].Break {
					ok = false
					break
				}
				parts = append(parts, strings.ToLower(p.str(i)))
			}
			if !ok {
				continue
			}
			if code, found := vocab.curPhrases[strings.Join(parts, " ")]; found {
				return code, 1, k + n, true
			}
		}
		if d, ok := p.usDotS(k); ok && (p.lowerIs(d, "dollars") || p.lowerIs(d, "dollar")) {
			return "USD", 1, d + 1, true
		}
	}
	if w.flags&fCurWord != 0 {
		s := strings.ToLower(p.str(k))
		code := w.cur
		if w.flags&fCurPrefix != 0 && !p.codeCaseOK(k) {
			return "", 1, k, false
		}
		mult := 1.0
		if _, ok := vocab.mCodes[s]; ok {
			mult = 1e6
		}
		if s == "grand" {
			mult = 1000
		}
		end := k + 1
		if (s == "pounds" || s == "pound") && p.lowerIs(end, "sterling") {
			end++
		} else if (s == "pounds" || s == "pound") && p.poundsWeigh(k) {
			return "", 1, k, false // "40,000 pounds of sorghum" (poundweight.go)
		}
		if code == shillingName {
			if c := p.localCode(k, shillings); c != "" {
				code = c // "Kenya launched a 1.5-billion-shilling fund" (shillings.go)
			}
		}
		return code, mult, end, true
	}
	return "", 1, k, false
}

// subunitTail reads cents after a whole amount: "and 43 cents", "43c",
// "50" in "15 dollars 50".
func (p *parser) subunitTail(k int) (float64, int, bool) {
	if k >= len(p.toks) || p.toks[k].Break {
		return 0, k, false
	}
	j := k
	if p.has(j, fAnd) {
		j++
	}
	var n float64
	switch {
	case p.isNum(j):
		v, dec, kind := parseDigits(p.str(j))
		if dec || kind != numPlain || v >= 100 || len(p.str(j)) > 2 {
			return 0, k, false
		}
		n = v
		j++
	case p.has(j, fUnit|fTens) && p.isWord(j):
		a, ok := p.words(j, amount{})
		if !ok || a.val >= 100 || a.decimals {
			return 0, k, false
		}
		n = a.val
		j = a.end
	default:
		return 0, k, false
	}
	if p.has(j, fSubunit) && (p.isWord(j) || p.isSym(j, "¢")) {
		return n / 100, j + 1, true
	}
	// A bare number is cents only where nothing else could claim it: "15
	// dollars 50." but not "$4.25 and 32 is the quantity".
	if p.endsPhrase(j) && !p.isSym(j, "%$€£") && !p.has(j, fCurWord|fCurPrefix) {
		return n / 100, j, true
	}
	return 0, k, false
}

// percentSuffix reads %, percent, per cent, pct, percentage points.
func (p *parser) percentSuffix(k int) (int, bool, bool) {
	if k >= len(p.toks) || p.toks[k].Break {
		return k, false, false
	}
	// Every word below but those flagged fPercent starts with a p: most
	// tokens after a number are turned away by their first byte.
	if t := p.toks[k]; t.Kind == tWord && p.text[t.Start]|0x20 != 'p' && !p.has(k, fPercent) {
		return k, false, false
	}
	switch {
	case p.isSym(k, "%"):
		return k + 1, false, true
	case p.lowerIs(k, "per") && p.lowerIs(k+1, "cent"):
		return k + 2, false, true
	case p.lowerIs(k, "per") && p.isSym(k+1, "-‐") && p.attached(k+1) && p.lowerIs(k+2, "cent") && p.attached(k+2):
		return k + 3, false, true // "per-cent"
	case p.lowerIs(k, "p") && p.isSym(k+1, ".") && p.lowerIs(k+2, "c") && p.isSym(k+3, ".") && p.attached(k+1) && p.attached(k+2):
		return k + 4, false, true // "p.c."
	case p.lowerIs(k, "percentage") && (p.lowerIs(k+1, "points") || p.lowerIs(k+1, "point")):
		return k + 2, true, true
	case p.str(k) == "pc": // British papers: "60pc"
		return k + 1, false, true
	case p.lowerIs(k, "pp") || p.lowerIs(k, "ppt") || p.lowerIs(k, "ppts"):
		return k + 1, true, true
	case p.has(k, fPercent) && !p.lowerIs(k, "per"):
		return k + 1, false, true
	}
	return k, false, false
}

// dollarThenLetters reads the dollar written before its country's letters,
// as Australian and New Zealand papers write the US dollar ("$US3.8bn",
// "$US 3.8 billion", "$A500m", "$NZ20m"): the letters the other order
// reads before a $ ("US$"), stuck to the $, then a number. It returns the
// code and where the number starts. A $ with any other word after it, or
// letters with no number after them ("$US markets"), is no such prefix.
func (p *parser) dollarThenLetters(j int) (string, int, bool) {
	if p.str(j) != "$" || !p.isWord(j+1) || !p.attached(j+1) || !p.isNum(j+2) || p.toks[j+2].Break {
		return "", j, false
	}
	ls := strings.ToLower(p.str(j + 1))
	code, ok := vocab.symPrefix[ls]
	if !ok || !p.attached(j+2) && ls != "us" {
		// Spaced only after "US", as "US$ 3.8" is: "$A 5" may be a
		// list's option.
		return "", j, false
	}
	return code, j + 2, true
}
