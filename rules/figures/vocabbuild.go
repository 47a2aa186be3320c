package figures

import (
	"slices"
	"strings"
)

// The vocabulary's contents: every number word, unit, currency, qualifier
// phrase and identifier mark the figure finder knows, each with its flags.

func buildVocab() *vocabulary {
	v := &vocabulary{ids: map[string]uint16{}, words: []wordInfo{{}}, curPhrases: map[string]string{}, symPrefix: map[string]string{}, mCodes: map[string]string{}}
	v.ids[""] = 0

	units := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	for i, w := range units {
		v.add(w, fUnit, float64(i), "")
	}
	v.add("naught", fUnit, 0, "")
	v.add("nought", fUnit, 0, "")
	v.add("nil", fUnit, 0, "") // "won two-nil"
	tens := []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	for i, w := range tens {
		v.add(w, fTens, float64(20+10*i), "")
	}
	v.add("fourty", fTens, 40, "") // a common misspelling
	v.add("hundred", fHundred, 100, "")
	v.add("hundreds", fVague|fScalePl|fHundred, 100, "")
	for w, s := range inOrder(map[string]float64{"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
		"lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "lkh": 1e5, "lkhs": 1e5,
		"crore": 1e7, "crores": 1e7, "cr": 1e7, "koti": 1e7, "krore": 1e7, "krores": 1e7}) {
		v.add(w, fScale, s, "")
	}
	for w, s := range inOrder(map[string]float64{"thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12}) {
		v.add(w, fScalePl|fVague, s, "")
	}
	for _, w := range []string{"dozen", "dz", "doz"} {
		v.add(w, fDozen, 12, "")
	}
	for _, w := range []string{"dozens", "dzs", "dozs"} {
		v.add(w, fDozen|fVague, 12, "")
	}
	v.add("scores", fVague, 20, "")
	v.add("several", fVague, 3, "")
	v.add("few", fVague, 3, "")
	v.add("couple", fVague, 2, "")
	v.add("pair", fVague, 2, "")
	v.add("tens", fVague, 10, "")

	ords := []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"}
	for i, w := range ords[1:] {
		v.add(w, fOrdinal, float64(i+1), "")
	}
	tenOrds := []string{"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"}
	for i, w := range tenOrds {
		v.add(w, fOrdinal, float64(20+10*i), "")
	}
	bigOrds := map[string]float64{"hundredth": 100, "thousandth": 1e3, "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12}
	for w, n := range inOrder(bigOrds) {
		v.add(w, fOrdinal|fDen, n, "")
		v.add(w+"s", fDenPl, n, "")
	}
	// Denominators: "a third", "two fifths". "second" is left out: "two
	// seconds" is a time.
	v.add("half", fDen, 2, "")
	v.add("halves", fDenPl, 2, "")
	v.add("quarter", fDen, 4, "")
	v.add("quarters", fDenPl, 4, "")
	for i, w := range ords[3:] {
		v.add(w, fDen, float64(i+3), "")
		v.add(w+"s", fDenPl, float64(i+3), "")
	}
	for i, w := range tenOrds {
		v.add(w, fDen, float64(20+10*i), "")
		v.add(w+"s", fDenPl, float64(20+10*i), "")
	}

	for i, m := range monthNames {
		v.add(m, fMonth, float64(i+1), "")
		if len(m) > 3 {
			v.add(m[:3], fMonth, float64(i+1), "")
		}
	}
	v.add("sept", fMonth, 9, "")

	// Currencies. Codes that are also English words (ALL, TOP, CUP) are left
	// out; TRY is accepted only in capitals (see currencyCode).
	codes := []string{"usd", "eur", "gbp", "ils", "jpy", "cny", "rmb", "chf", "cad", "aud", "nzd", "hkd", "sgd", "twd",
		"inr", "pkr", "lkr", "bdt", "rub", "uah", "try", "sar", "qar", "aed", "kwd", "bhd", "omr", "egp", "jod", "lbp",
		"iqd", "irr", "syp", "mxn", "brl", "ars", "clp", "cop", "zar", "ngn", "kes", "ghs", "etb", "myr", "idr", "thb",
		"php", "vnd", "krw", "sek", "nok", "dkk", "pln", "czk", "huf", "bgn", "ron", "mnt", "gel", "crc", "lak", "btc",
		"afn", "yer", "sdg", "lyd", "tnd", "mad", "dzd", "xaf", "xof"}
	for _, c := range codes {
		code := strings.ToUpper(c)
		if c == "rmb" {
			code = "CNY"
		}
		v.add(c, fCurPrefix|fCurWord, 0, code)
	}
	// Millions of a currency, as finance desks write them: 30 MUSD, 120 MEUR.
	for _, c := range []string{"usd", "eur", "gbp", "aud", "cad", "chf", "jpy", "sek", "nok", "dkk"} {
		v.add("m"+c, fCurPrefix|fCurWord, 0, strings.ToUpper(c))
		v.mCodes["m"+c] = strings.ToUpper(c)
	}
	for w, c := range inOrder(map[string]string{"rs": "INR", "rm": "MYR", "nis": "ILS", "dh": "AED", "ksh": "KES", "ush": "UGX", "tsh": "TZS"}) {
		v.add(w, fCurPrefix, 0, c)
	}
	v.add("nis", fCurWord, 0, "ILS")
	for w, c := range inOrder(contextPrefixes) {
		v.add(w, fCurPrefix, 0, c.code)
	}
	curWords := map[string]string{
		"dollar": "USD", "dollars": "USD", "buck": "USD", "bucks": "USD", "grand": "USD",
		"euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "quid": "GBP",
		"shekel": "ILS", "shekels": "ILS", "sheqel": "ILS", "sheqels": "ILS", "shekalim": "ILS",
		"yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "kuai": "CNY", "元": "CNY",
		"rupee": "INR", "rupees": "INR", "ringgit": "MYR", "ringgits": "MYR",
		"ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB",
		"hryvnia": "UAH", "hryvnias": "UAH", "hryvnya": "UAH", "naira": "NGN", "zloty": "PLN", "zlotys": "PLN", "zlotys ": "PLN",
		"forint": "HUF", "forints": "HUF", "tugrik": "MNT", "tugriks": "MNT", "bitcoin": "BTC", "bitcoins": "BTC",
		"markka": "FIM", "markkaa": "FIM", "peseta": "ESP", "pesetas": "ESP", "guilder": "NLG", "guilders": "NLG",
		"lira": "TRY", "liras": "TRY", "rand": "ZAR", "kronor": "SEK", "krona": "SEK", "kroner": "NOK", "krone": "NOK",
		"cedi": "GHS", "cedis": "GHS", "birr": "ETB", "taka": "BDT", "rupiah": "IDR", "baht": "THB", "reais": "BRL",
		// Names used by several countries keep the name when no country is given.
		"franc": "franc", "francs": "franc", "dinar": "dinar", "dinars": "dinar", "riyal": "riyal", "riyals": "riyal",
		"rial": "rial", "rials": "rial", "peso": "peso", "pesos": "peso", "satoshi": "satoshi", "satoshis": "satoshi",
		"shilling": "shilling", "shillings": "shilling", "kwacha": "kwacha",
	}
	for w, c := range inOrder(curWords) {
		v.add(w, fCurWord, 0, c)
	}
	phrases := map[string]string{
		"us dollar": "USD", "american dollar": "USD", "australian dollar": "AUD", "canadian dollar": "CAD",
		"new zealand dollar": "NZD", "hong kong dollar": "HKD", "singapore dollar": "SGD", "taiwan dollar": "TWD",
		"new taiwan dollar": "TWD", "swiss franc": "CHF", "french franc": "FRF", "belgian franc": "BEF",
		"dutch guilder": "NLG", "finnish markka": "FIM", "japanese yen": "JPY", "chinese yuan": "CNY",
		"turkish lira": "TRY", "italian lira": "ITL", "kuwaiti dinar": "KWD", "jordanian dinar": "JOD", "iraqi dinar": "IQD",
		"libyan dinar": "LYD", "qatari riyal": "QAR", "saudi riyal": "SAR", "iranian rial": "IRR", "omani rial": "OMR",
		"yemeni rial": "YER", "egyptian pound": "EGP", "lebanese pound": "LBP", "syrian pound": "SYP",
		"sudanese pound": "SDG", "british pound": "GBP", "israeli shekel": "ILS", "new israeli shekel": "ILS",
		"malaysian ringgit": "MYR", "malaysia ringgit": "MYR", "indian rupee": "INR", "pakistani rupee": "PKR",
		"sri lankan rupee": "LKR", "mexican peso": "MXN", "argentine peso": "ARS", "argentinian peso": "ARS",
		"chilean peso": "CLP", "colombian peso": "COP", "philippine peso": "PHP", "russian ruble": "RUB",
		"russian rouble": "RUB", "ukrainian hryvnia": "UAH", "south african rand": "ZAR", "nigerian naira": "NGN",
		"swedish krona": "SEK", "swedish kronor": "SEK", "norwegian krone": "NOK", "norwegian kroner": "NOK",
		"danish krone": "DKK", "danish kroner": "DKK", "polish zloty": "PLN", "hungarian forint": "HUF",
		"brazilian real": "BRL", "brazilian reais": "BRL", "chinese renminbi": "CNY", "indonesian rupiah": "IDR",
		"thai baht": "THB", "south korean won": "KRW", "korean won": "KRW", "kenyan shilling": "KES",
		"ugandan shilling": "UGX", "tanzanian shilling": "TZS", "afghan afghani": "AFN", "ghanaian cedi": "GHS",
		"ethiopian birr": "ETB", "moroccan dirham": "MAD", "uae dirham": "AED", "emirati dirham": "AED",
		"bangladeshi taka": "BDT", "vietnamese dong": "VND", "czech koruna": "CZK", "romanian leu": "RON",
		"bulgarian lev": "BGN", "georgian lari": "GEL", "mongolian tugrik": "MNT", "egyptianpound": "EGP", "saudiriyal": "SAR",
	}
	for p, c := range inOrder(phrases) {
		v.curPhrases[p] = c
		if !strings.HasSuffix(p, "s") && !strings.HasSuffix(p, "kronor") && !strings.HasSuffix(p, "kroner") {
			v.curPhrases[p+"s"] = c
		}
		words := strings.Fields(p)
		v.add(words[0], fCurAdj, 0, "")
		if len(words) == 1 {
			v.add(p, fCurWord, 0, c)
		}
	}
	// "U.S. dollars": "u" opens the phrase usDotS reads (money.go).
	v.add("u", fCurAdj, 0, "")
	v.curPhrases["pounds sterling"] = "GBP"
	v.curPhrases["pound sterling"] = "GBP"
	for sym, c := range inOrder(map[string]string{"$": "USD", "€": "EUR", "£": "GBP", "₪": "ILS", "¥": "JPY", "₹": "INR",
		"₽": "RUB", "₩": "KRW", "₺": "TRY", "₴": "UAH", "₦": "NGN", "₿": "BTC", "₡": "CRC", "₾": "GEL", "₭": "LAK", "₱": "PHP",
		"฿": "THB", "₫": "VND", "₸": "KZT", "₼": "AZN", "₵": "GHS"}) {
		v.add(sym, fCurSym, 0, c)
	}
	for p, c := range inOrder(map[string]string{"us": "USD", "usd": "USD", "c": "CAD", "ca": "CAD", "can": "CAD", "cad": "CAD",
		"a": "AUD", "au": "AUD", "aud": "AUD", "nz": "NZD", "nzd": "NZD", "hk": "HKD", "hkd": "HKD", "s": "SGD", "sg": "SGD",
		"sgd": "SGD", "mex": "MXN", "mx": "MXN", "mxn": "MXN", "r": "BRL", "nt": "TWD"}) {
		v.symPrefix[p] = c
		// A word the vocabulary does not hold starts no figure (see
		// below): "AU$368 billion" was read from its "$", in US dollars.
		v.add(p, 0, 0, "")
	}
	v.add(cediLetters, 0, 0, "") // "GH¢2.5bn", the cedi's letters before its sign (cedi.go)
	for w, f := range inOrder(map[string]float64{"cent": 0.01, "cents": 0.01, "¢": 0.01, "pence": 0.01, "penny": 0.01,
		"pennies": 0.01, "p": 0.01, "c": 0.01, "sen": 0.01, "sens": 0.01, "kopiyka": 0.01, "kopiykas": 0.01,
		"kopeck": 0.01, "kopecks": 0.01, "kopek": 0.01, "kopeks": 0.01, "agorot": 0.01, "agora": 0.01, "fils": 0.001, "paise": 0.01}) {
		v.add(w, fSubunit, f, "")
	}
	for w, m := range inOrder(magnitudes) { // magnitudes.go
		v.add(w, fMag, m.val, "")
	}
	v.addCountWords()
	for _, w := range []string{"percent", "percents", "percentage", "pct", "%", "per"} {
		v.add(w, fPercent, 0, "")
	}
	v.add("a", fA, 1, "")
	v.add("an", fA, 1, "")
	v.add("and", fAnd, 0, "")
	v.add("point", fPoint, 0, "")
	v.add("minus", fNeg, 0, "")
	v.add("negative", fNeg, 0, "")
	for _, w := range []string{"the", "this", "that", "which", "no", "any", "each", "every", "whichever", "someone", "anyone", "little",
		"all", "both", "these", "those", "another", "its", "their", "our", "his", "her", "my", "your"} {
		v.add(w, fDet, 0, "")
	}
	for _, w := range []string{"am", "pm", "a", "p", "gmt", "utc", "et", "edt", "est", "bst", "cet", "cest", "pt", "pdt", "pst",
		"ct", "cdt", "cst", "hours", "hrs", "h", "local", "jst", "ist", "aest"} {
		v.add(w, fTimeSuf, 0, "")
	}
	for _, w := range []string{"in", "since", "by", "until", "till", "from", "before", "after", "during", "of", "year", "early",
		"late", "mid", "circa", "spring", "summer", "autumn", "winter", "fiscal", "fy", "between", "and", "to", "through", "around", "throughout"} {
		v.add(w, fYearPrep, 0, "")
	}
	v.add("aged", fAgeWord, 0, "")
	v.add("age", fAgeWord, 0, "")
	for _, w := range []string{"year", "years", "month", "months", "week", "weeks", "day", "days", "yr", "yrs"} {
		v.add(w, fAgeUnit, 0, "")
	}
	for _, w := range []string{"to", "through", "thru", "till", "until"} {
		v.add(w, fTo, 0, "")
	}
	v.add("between", fBetween, 0, "")
	v.add("from", fFrom, 0, "")
	for _, w := range []string{"rose", "rise", "rises", "risen", "rising", "increased", "increase", "increases", "increasing",
		"grew", "grow", "grown", "growing", "grows", "climbed", "climb", "climbs", "climbing", "jumped", "jump", "jumps",
		"fell", "fall", "falls", "fallen", "falling", "dropped", "drop", "drops", "declined", "decline", "declines",
		"decreased", "decrease", "raised", "raise", "raises", "cut", "cuts", "lowered", "revised", "up", "down",
		"soared", "surged", "plunged", "plummeted", "slid", "slipped", "doubled", "tripled", "swelled", "shrank", "reduced", "boosted", "changed", "went", "moved"} {
		v.add(w, fChange, 0, "")
	}
	v.add("of", fOf, 0, "")
	for _, w := range []string{"no", "nos", "nr", "nrs", "#", "№"} {
		v.add(w, fNumberish, 0, "")
	}
	for _, w := range []string{"or", "and", "plus", "odd", "give", "+"} {
		v.add(w, fMaybeSuf, 0, "")
	}

	v.addQualifiers()
	for _, q := range v.quals {
		w := &v.words[q.ids[0]]
		w.quals = append(w.quals, q)
		w.qualsNext.add(q.ids)
	}
	for _, q := range v.sufQuals {
		w := &v.words[q.ids[0]]
		w.sufQuals = append(w.sufQuals, q)
		w.sufQualsNext.add(q.ids)
	}
	const starts = fUnit | fTens | fHundred | fScale | fScalePl | fDozen | fA | fVague | fDen | fPoint | fNeg | fCurSym | fCurPrefix |
		fMonth | fAgeWord | fNumberish | fQual | fBetween | fFrom | fDecade
	// Symbols and letters that start a figure without meaning anything alone:
	// a minus sign, the u of "u.s $", vulgar fractions.
	for _, sym := range []string{"-", "−", "u"} {
		v.add(sym, 0, 0, "")
	}
	for frac := range inOrder(vulgarFractions) {
		v.add(frac, 0, 0, "")
	}
	// Last, so that the words above keep their ids. FillerOpener's words
	// come from its own lists, so a word added there has an id with no
	// second list to keep in step.
	for _, w := range slices.Concat(readerWords, fillerOpeners[:], fillerSounds[:]) {
		v.add(w, 0, 0, "")
	}
	for _, h := range answerHedges {
		v.add(h[0], fHedge, 0, "")
	}
	for _, w := range passedMarkNouns {
		v.add(w, fMarkNoun, 0, "")
	}
	for w, y := range inOrder(spokenDecades) {
		v.add(w, fDecade, y, "")
	}
	for word, id := range v.ids {
		w := &v.words[id]
		_, dollarPrefix := v.symPrefix[word]
		_, vulgar := vulgarFractions[word]
		w.start = w.flags&starts != 0 || dollarPrefix || vulgar || word == "-" || word == "−" || word == "u" || word == cediLetters
		w.phraseOnly = w.start && w.flags&starts == fQual && !dollarPrefix && !vulgar && !amountWords[word]
	}
	v.hot = make([]hotInfo, len(v.words))
	for id, w := range v.words {
		v.hot[id] = hotInfo{flags: w.flags, start: w.start, phraseOnly: w.phraseOnly}
	}
	v.buildTable()
	for c := range v.symbols {
		v.symbols[c] = v.ids[string(rune(c))]
	}
	return v
}
