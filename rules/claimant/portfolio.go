// An office's portfolio in a label or a name: the words and capitalised
// remits after its "of" or "for" ("MINISTER OF HEALTH", "Minister for
// Gender, Youth and Sports").

package claimant

// portfolioWords name an office's portfolio after its "of" or "for":
// "MINISTER OF HEALTH", "SECRETARY OF STATE FOR FOREIGN AFFAIRS".
// A remit of a field of work by its ending ("National Security",
// "Digital Transformation": fieldOfWork, perhaps after its scope) is one
// too, so the list holds the remits no ending tells ("Police": a
// "Commissioner of Police" heads the force, an office of command).
var portfolioWords = set("foreign home interior defence defense health justice finance state affairs education agriculture trade " +
	"energy labour labor transport information planning commerce industry water power environment housing tourism fisheries economy " +
	"development works local government internal external public communications police")

// portfolioWord reports whether token k, before e, is a word of an
// office's portfolio: one of portfolioWords, a field of work by its ending,
// or a scope before either ("National Security", "Regional Development").
func (v *view) portfolioWord(k, e int) bool {
	w := v.toks[k].low
	if portfolioWords[w] || fieldOfWork(w) {
		return true
	}
	return scopeWord(w) && k+1 < e && (portfolioWords[v.toks[k+1].low] || fieldOfWork(v.toks[k+1].low))
}

// afterPortfolio returns the first token after an office's portfolio
// opening at s, "OF HEALTH", "OF STATE FOR HEALTH", in a label ending
// at e: s when none opens there, or when it leaves fewer than two words
// of a name. The portfolio is the capitalised span after "of" or "for",
// its remits joined by "and" or commas ("for Trade, Tourism and
// Fisheries"), whatever the remits are: each is the words portfolioWords
// and the endings know ("Foreign Affairs", "National Security"), else one
// capitalised word with any such words after it ("Petroleum", "Blue
// Economy"), and the words after the last remit are the holder's name.
func (v *view) afterPortfolio(s, e int) int {
	if !v.is(s, wOf, wFor) {
		return s
	}
	n := s + 1
	for n < e {
		m := n
		if !v.is(m, wOf, wFor, wThe) && !v.portfolioWord(m, e) {
			if !v.portfolioRemit(m) {
				break
			}
			m++
		}
		for m < e && (v.is(m, wOf, wFor, wThe) || v.portfolioWord(m, e)) {
			m++
		}
		n = m
		if n+1 < e && (v.isOne(n, wAnd) || v.comma(n)) && v.portfolioRemit(n+1) {
			n++
			continue
		}
		break
	}
	if n == s+1 || e-n < 2 {
		return s
	}
	return n
}

// portfolioRemit reports whether token k may be a word of an office's
// portfolio: a capitalised word that is no office, post, kind of body,
// personal title or possessive ("for Lands and Housing", "for Gender,
// Youth and Sports").
func (v *view) portfolioRemit(k int) bool {
	if k < 0 || k >= len(v.toks) {
		return false
	}
	t := &v.toks[k]
	return t.word && t.capital && !t.poss && !t.post() && !t.nameKind() && !t.has(cOfficeNoun|cOffice|cBody|cInstitution|cDeterminer|cDay|cMonthName|cRankTitle|cPronoun)
}

// portfolioJoin reports whether the "and" or the comma at i joins two
// remits of one office's portfolio, read back to the "of" or "for" after
// a capitalised office ("Minister for Gender, Youth and Sports X",
// "Cabinet Secretary for Lands and Housing X"): the phrase runs on
// through it to the office, whose holder portfolioHolder reads after the
// portfolio. Capitalised remits stand on either side; an office or a post
// after it ("the Minister of Health and Deputy President") makes two
// holders.
func (v *view) portfolioJoin(i, lo, end int) bool {
	if !(v.isOne(i, wAnd) || v.comma(i)) || i-1 < lo || i+1 >= end || !v.portfolioRemit(i-1) {
		return false
	}
	for k := i + 1; k < end; k++ {
		if !v.isOne(k, wAnd) && !v.comma(k) && !v.portfolioRemit(k) {
			return false
		}
	}
	for k := i - 1; k > lo && k >= i-10; k-- {
		switch {
		case v.is(k, wOf, wFor):
			if p := &v.toks[k-1]; p.word && p.capital && (p.has(cOfficeNoun) || p.post()) {
				return true
			}
		case v.isOne(k, wAnd), v.comma(k), v.isOne(k, wThe), v.portfolioRemit(k):
		default:
			return false
		}
	}
	return false
}
