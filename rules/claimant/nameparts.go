package claimant

import "strings"

// nameSlash reports whether token i is a slash joining two capitalised
// words with no space ("Movement/Army", "SPLM/A"): inside one name.
func (v *view) nameSlash(i int) bool {
	if i < 1 || i+1 >= len(v.toks) || v.toks[i].low != "/" || v.toks[i].space || v.toks[i+1].space {
		return false
	}
	p, n := &v.toks[i-1], &v.toks[i+1]
	return p.word && p.capital && n.word && n.capital
}

// nameStart reports whether token i opens a name: a capital, or an Arabic
// article joined to one ("al-Aqsa", "el-Fasher").
func (v *view) nameStart(i int) bool {
	return v.toks[i].capital || v.articleName(i)
}

// nameParticle reports whether the lower-case word at i is a particle
// inside a place's or a person's name: "do" in "Rio Grande do Sul", "de
// la" in "Costa de la Luz", "van" in "Den Bosch van Oranje"; a capitalised
// word that does not only open the sentence before it (or another
// particle), and a capitalised word after it (or another particle).
func (v *view) nameParticle(i int) bool {
	if !particleWord(v.toks[i].low) || v.toks[i].capital || i == 0 || i+1 >= len(v.toks) {
		return false
	}
	p, n := &v.toks[i-1], &v.toks[i+1]
	before := p.word && p.capital && !p.shouted && !p.has(cDeterminer) && (!v.sentenceWord(i-1) || i >= 2 && v.toks[i-2].capital) || particleWord(p.low) && !p.capital
	after := n.word && n.capital && !n.has(cDeterminer|cDay) || particleWord(n.low) && !n.capital && i+2 < len(v.toks) && v.toks[i+2].capital
	return before && after
}

// hyphenedLink reports whether token i is a lower-case word joined by
// hyphens, with no space, to the words either side ("camp-in-charge",
// "officer-in-charge", "editor-in-chief"): a part of one word, not a
// preposition or link ending a phrase. A place's name so joined
// ("Carrick-on-Shannon") is read as a name, by its capitals.
func (v *view) hyphenedLink(i int) bool {
	if i < 2 || i+2 >= len(v.toks) || !v.toks[i].word || v.toks[i].capital {
		return false
	}
	p, n := &v.toks[i-1], &v.toks[i+1]
	a, b := &v.toks[i-2], &v.toks[i+2]
	return p.low == "-" && n.low == "-" && !p.space && !v.toks[i].space && !n.space && !b.space && a.word && b.word && !a.capital && !b.capital
}

// particleWord reports whether w is a particle that joins the words of
// Romance, Dutch and German place and family names.
func particleWord(w string) bool {
	switch w {
	case "da", "das", "de", "del", "della", "des", "di", "do", "dos", "du", "la", "le", "las", "los", "van", "von", "der", "den", "y":
		return true
	}
	return false
}

// regionNumber reports whether the number at token i, in a phrase read
// back to lo, numbers a body's regional office, joined to the body's name
// by a hyphen with no space either side: "Police Regional Office-13",
// "the Bureau of Fisheries and Aquatic Resources-12", "DOH-7". A press
// that writes its government's regional offices so (the Philippines')
// means the office, and the number is its name's last word, as a region's
// own name is ("Department of Trade and Industry-Northern Mindanao").
func (v *view) regionNumber(i, lo int) bool {
	t := &v.toks[i]
	if !t.num || t.fig || t.space || t.end-t.start > 2 || i-2 < lo || !v.isOne(i-1, wDash) || v.toks[i-1].space {
		return false
	}
	w := &v.toks[i-2]
	return w.word && w.capital && !w.has(cDeterminer)
}

// articleName reports whether token i is an Arabic article joined by a
// hyphen to the name it opens ("Al-Aqsa", "al-Awda", "El-Fasher").
func (v *view) articleName(i int) bool {
	return v.is(i, wAl, wEl) && v.isOne(i+1, wDash) && !v.toks[i+1].space && i+2 < len(v.toks) && v.toks[i+2].capital
}

// nameNumber reports whether the number at token i, in [lo, hi), is part
// of a name ("Channel 12", "Channel 4 News"): a short bare number right
// after a capitalised word, ending the phrase or followed by a capital.
func (v *view) nameNumber(i, lo, hi int) bool {
	t := &v.toks[i]
	if v.regionNumber(i, lo) {
		return true
	}
	// ("KSV1870", "SWR3": gluednumber.go.)
	if v.gluedNumber(i, lo) {
		return true
	}
	if !t.num || i-1 < lo || t.end-t.start > 3 && !(v.serviceNumber(i) && v.serviceName(i-1)) || !v.toks[i-1].word || !v.toks[i-1].capital || v.toks[i-1].has(cDeterminer) {
		return false
	}
	// ("Rescue 1122 officials": a service's number before its people.)
	return i+1 >= hi || !v.toks[i+1].word && !v.toks[i+1].num || v.toks[i+1].capital || v.serviceNumber(i) && v.toks[i+1].has(cPeopleAt)
}

// serviceNumber reports whether the number at token i is four bare digits
// that no year and no round hundred is written as ("Rescue 1122", "Line
// 1199"): a service's or a body's name may close on a phone number or a
// code that long, where "Vision 2030" or "March 2024" close on a year,
// read as one.
func (v *view) serviceNumber(i int) bool {
	w := v.toks[i].low
	if len(w) != 4 {
		return false
	}
	for j := 0; j < 4; j++ {
		if w[j] < '0' || w[j] > '9' {
			return false
		}
	}
	// ("In Tamale 1300 nurses", "Meanwhile 1100 doctors": a round hundred
	// is a count written without a comma, review53; a service's number is
	// no round hundred.)
	if w[2:] == "00" {
		return false
	}
	return w < "1500" || w > "2199"
}

// serviceName reports whether token k, before a service's number, may be
// a word of its name: a capitalised word no lexicon of the finder knows
// (those are its grammar: times, days, months, prepositions, words of
// about-so-many), no adverb in -ly and no place ("Rescue 1122", not
// "Around 1100 officials", "Nearly 1100 doctors", "Yesterday 1100", "In
// June 1100", "In Gaza 1100": counts written without a comma, review53).
func (v *view) serviceName(k int) bool {
	t := &v.toks[k]
	if !t.word || !t.capital || strings.HasSuffix(t.low, "ly") || t.cls != 0 {
		return false
	}
	// ("In Muzaffarabad 1237 officials": a capital right after a
	// preposition opens a place, no service's name.)
	if k > 0 && v.toks[k-1].has(cPreposition) {
		return false
	}
	return !v.knownPlace(k, k+1) && !v.placeName(k, k+1) && !v.demonym(k)
}
