package claimant

// A ministry's or a department's name may list its remits with commas
// before a closing "and": "the Ministry of Environment, Urbanisation and
// Climate Change", "the Department for Environment, Food and Rural
// Affairs", "the Ministry of Health, Welfare and Sport". The commas are
// inside the name: a list of capitalised remits after "of" or "for" a
// capitalised kind of body, closed by "and" and a capitalised remit.

// maxRemitWords is how many capitalised words one remit of the list may
// have ("Climate Change", "Rural Affairs").
const maxRemitWords = 3

// remitComma reports whether the comma at i, in a phrase opening at a,
// separates the remits of a body's name.
func (v *view) remitComma(i, a, hi int) bool {
	if !v.isOne(i, wComma) || i-1 <= a || !v.toks[i-1].capital || !v.toks[i-1].word {
		return false
	}
	// Before the comma: a capitalised kind of body, then "of" or "for"
	// and capitalised words to the comma.
	k := i - 1
	for k > a && v.toks[k].capital && v.toks[k].word {
		k--
	}
	// ("the Foreign, Commonwealth and Development Office": the list may
	// open the name after its article, when a kind of body closes it.)
	opened := k >= a && k == i-2 && v.isOne(k, wThe)
	if !opened && (!v.is(k, wOf, wFor) || k-1 < a || !v.toks[k-1].capital || !v.toks[k-1].nameKind()) {
		return false
	}
	// After it: remits, each a few capitalised words, closed by "and"
	// and one more.
	n := i + 1
	for {
		w := 0
		for n < hi && w < maxRemitWords && v.remitWord(n) {
			n++
			w++
		}
		switch {
		case w == 0 || n >= hi:
			return false
		case v.isOne(n, wAnd):
			if opened {
				return v.kindClosesRemit(n+1, hi)
			}
			return v.remitWord(n + 1)
		case !v.isOne(n, wComma):
			return false
		}
		n++
	}
}

// remitWord reports whether token k may be a word of a remit: a
// capitalised word that is no place, people or initials ("the Ministry of
// Defence, Britain and France", "the Ministry of Health, Reuters and AFP"
// list sources, not remits).
func (v *view) remitWord(k int) bool {
	if k >= len(v.toks) {
		return false
	}
	t := &v.toks[k]
	return t.word && t.capital && !t.shouted && !v.knownPlace(k, k+1) && !v.demonym(k)
}

// departmentKinds are the kinds of a government department, which list
// remits in their names; services ("the Police, Fire and Ambulance
// Service") may be three bodies listed.
var departmentKinds = set("office ministry department secretariat")

// kindClosesRemit reports whether the remit opening at k, the last of a
// list, closes on a department's kind within a few words: "and
// Development Office", "and Sport Ministry".
func (v *view) kindClosesRemit(k, hi int) bool {
	for n := k; n < hi && n < k+maxRemitWords+1 && v.remitWord(n); n++ {
		if departmentKinds[v.toks[n].low] {
			return true
		}
	}
	return false
}
