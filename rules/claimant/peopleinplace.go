package claimant

import "strings"

// People named by their calling, in the plural, and where they are: "Aid
// workers in northern Uganda said", "Doctors in northern Gaza say",
// "Midwives in the camps say". People at a place that is no named body
// keep their phrase (README convention 8: "Aid workers in Khartoum"), so
// the place is read into the phrase, as a named body's place is
// (nameInPlace): lower-case words of direction may open a capitalised
// place ("northern Uganda"), and a place's kind after "the" closes one
// ("the camps", "the south").

// peoplePlaceKinds are common nouns for where people are that close a
// phrase of people after "in the": "Midwives in the camps".
var peoplePlaceKinds = set("camp camps south north east west centre center city town towns village villages region area areas enclave " +
	"strip valley capital interior provinces districts countryside border hospitals clinics shelters")

// peopleInPlace reports whether "in" at i, in the phrase read back from
// end, places people in the plural named before it: the word before "in"
// a plural of people, and the words after it up to end a place.
func (v *view) peopleInPlace(i, lo, end int) bool {
	if !v.isOne(i, wIn) || i-1 < lo || i+1 >= end || !v.peopleBeforeIn(i) {
		return false
	}
	// ("A nurse in northern Uganda": one witness keeps her place too,
	// convention 1; one spokesman or official is read as before.)
	if w := v.toks[i-1].low; (!strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss")) && !people[w] {
		return false
	}
	k := i + 1
	// "in the camps", "in the south": a place's kind after "the".
	if v.isOne(k, wThe) {
		return end == k+2 && v.toks[k+1].word && !v.toks[k+1].capital && peoplePlaceKinds[v.toks[k+1].low]
	}
	// "in northern Uganda", "in north-west Syria": words of direction, then
	// a capitalised place closing the phrase.
	for ; k < end-1; k++ {
		t := &v.toks[k]
		if !(t.word && !t.capital && directions[t.low] || v.isOne(k, wDash) && !t.space || t.word && t.capital) {
			return false
		}
	}
	return v.toks[end-1].capital && v.toks[end-1].word && !v.toks[end-1].has(cDeterminer|cDay|cMonthName)
}

// peoplePlaceAfter returns, reading forward, the end of the place after
// "in" at i when it places the people before it (peopleInPlace): ", say
// relief workers in western Darfur". -1 when it does not.
func (v *view) peoplePlaceAfter(i, lo, hi int) int {
	if !v.isOne(i, wIn) || i+2 > hi {
		return -1
	}
	k := i + 1
	if v.isOne(k, wThe) {
		k++
	} else {
		for k < hi && (v.toks[k].word && !v.toks[k].capital && directions[v.toks[k].low] || v.isOne(k, wDash) && !v.toks[k].space) {
			k++
		}
	}
	e := k
	for e < hi && v.toks[e].word && (v.toks[e].capital || e == k && peoplePlaceKinds[v.toks[e].low]) {
		e++
		if !v.toks[e-1].capital {
			break
		}
	}
	if e == k || !v.peopleInPlace(i, lo, e) {
		return -1
	}
	return e
}
