package figures

// Letters that several countries' papers put before an amount: "Sh" and
// "Shs" are the shilling of Kenya, Uganda and Tanzania ("Nairobi County
// lost Sh2bn", "Kampala will spend Shs500 billion", "Dar es Salaam's
// Sh230 fare"). Fused to a sum written with a scale they are a currency
// wherever they stand, as "N1.2 trillion" is the naira's; fused to a
// smaller amount, only in a sentence that names one of the countries (no
// name writes "Sh" before its number, so any amount will do there). The
// country the sentence names tells which shilling; with none named the
// amount is in "shilling", as "500 francs" is in "franc".

var shillings = localCurrency{
	code: "KES", country: []string{"kenya", "kenyan", "kenyans", "nairobi", "mombasa", "kisumu", "nakuru", "eldoret"},
	anySize: true, scaledAlone: true,
	shared: []localCurrency{
		{code: "UGX", country: []string{"uganda", "ugandan", "ugandans", "kampala", "entebbe"}},
		{code: "TZS", country: []string{"tanzania", "tanzanian", "tanzanians", "dodoma", "zanzibar", "arusha"}},
	},
}

// shillingName is the unit of a shilling whose country is not named: after
// "Sh" or before "shillings" alike, which the country named resolves.
const shillingName = "shilling"

// localCode returns the currency of the letters at token j that the
// sentence's country tells, or "" where it names none of them.
func (p *parser) localCode(j int, c localCurrency) string {
	if p.sentenceNamesAny(j, c.country) {
		return c.code
	}
	for _, o := range c.shared {
		if p.sentenceNamesAny(j, o.country) {
			return o.code
		}
	}
	return ""
}

// unnamed is the unit of an amount after the letters where the sentence
// names no country: the shared currencies' name, or the one currency's
// code.
func (c localCurrency) unnamed() string {
	if len(c.shared) > 0 && c.code == "KES" {
		return shillingName
	}
	return c.code
}

// scaledSumAt reports whether the number at token i is written with a
// scale: a word ("2.5 billion") or a magnitude of two letters or more
// fused to it ("2bn", "450mn"), which no name's number has.
func (p *parser) scaledSumAt(i int) bool {
	k := i + 1
	if p.isSym(k, ".,") && p.attached(k) && p.isNum(k+1) && p.attached(k+1) {
		k += 2
	}
	if p.has(k, fScale) {
		return true
	}
	return p.has(k, fMag) && p.attached(k) && len(p.str(k)) >= 2 && !p.lowerIs(k, "mm")
}
