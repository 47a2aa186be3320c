package figures

// The nouns and pronouns an m counts: an age group, a share "of them", a
// people named without a plural (ageGroupAt, shareOfCounted, peopleAt).

// ageGroupAt reports whether token k opens a plural compound of an age
// ("under-18s", "over-65s"), a noun of people counted.
func (p *parser) ageGroupAt(k int) bool {
	return p.isSym(k+1, "-‐") && p.attached(k+1) && p.isNum(k+2) && p.attached(k+2) &&
		p.lowerIs(k+3, "s") && p.attached(k+3)
}

// shareOfCounted reads what follows "of" after "1m": a pronoun of people
// ("of them", "of whom") or a determiner and a counted noun ("of the
// displaced", "of its 5m Syrians") make the m millions; "the last 5m of the
// pipe" stays a length.
func (p *parser) shareOfCounted(k int) bool {
	if p.lowerIsAny(k, peoplePronouns) {
		return true
	}
	if p.has(k, fDet) || p.lowerIsAny(k, possessives) {
		k++
	}
	if p.isNum(k) && p.has(k+1, fMag) && p.attached(k+1) {
		k += 2 // "2m of the 5.4m Syrians"
	}
	return p.has(k, fCounted) || p.pluralAt(k) || p.peopleAt(k)
}

// pluralVerbs agree only with a plural subject. A closed class of English.
var pluralVerbs = []string{"are", "were", "have"}

// peoplePronouns stand for people counted before: "2m of them". possessives
// stand between "of" and what is counted: "1m of its citizens". Closed
// classes of English.
var (
	peoplePronouns = []string{"them", "whom", "those", "these", "us"}
	possessives    = []string{"its", "their", "our", "his", "her", "your"}
)

// peopleAt reports whether token i names a people in a form that counts
// without a plural: a capitalised word in -ese or -ish ("Congolese",
// "Sudanese", "Kurdish", "British") or one of the names that do not inflect
// ("Rohingya", "Swiss", "Inuit"; fPeople). Unlike any capital, these hold
// in a title-cased headline too: "Floods Displace 2m Congolese", and in one
// in capitals, read lowered with its capitals as written: "9M SUDANESE
// FLEE" (shouted.go).
func (p *parser) peopleAt(i int) bool {
	if !p.isWord(i) || !p.capitalised(i) && !p.writtenCapital(i) {
		return false
	}
	if p.has(i, fPeople) {
		return true
	}
	w := p.str(i)
	n := len(w)
	return n >= 5 && (w[n-3:] == "ese" || w[n-3:] == "ish")
}
