package claimant

import "strings"

// Long proper names: a body's name often holds lower-case function words
// ("The Hostages and Missing Families Forum", "The Committee to Protect
// Journalists", "Presidency of Strategy and Budget"). A capitalised name
// runs on through such a word when capitalised words follow it to the
// phrase's end and the name is plainly one body's: it ends in a kind of
// body, or a kind of body heads it before its remit. Two names joined
// ("Hamas and Islamic Jihad", "the Security Council and Egypt") have no
// such kind where it would join them, and stay two.

// nameKinds are kinds of body that head or close a proper name, beside
// bodyNouns and institutionNouns: words rarely met as a common noun
// before a speaking verb, so they are kept apart from bodyNouns, which
// many readers test. ("team": rescue and medical teams sent abroad are
// named as bodies, "the China International Search and Rescue Team", "the
// Japan Disaster Relief and Medical Team", and their "and" joins remits
// as an Authority's does.)
var nameKinds = set("forum confederation union association alliance coalition campaign presidency league chamber " +
	"syndicate consortium secretariat bureau inspectorate corporation team trust unit " +
	// ("the Housing and Development Board", "the Cocoa Board": a board
	// that runs a trade or a service, named as a body.)
	"board")

// nameKind reports whether the lower-case word w is a kind of body a
// proper name may close or open with ("Forum", "Committee", "Institute").
// A kind in the plural closes a name as well ("Queensland Fire and
// Emergency Services", "the Department of Health and Human Services",
// "the Federation of Red Cross and Red Crescent Societies").
func nameKind(w string) bool {
	return bodyNouns[w] || institutionNouns[w] || nameKinds[w] || pluralKinds[w]
}

// nameKind is nameKind of the token's word, read from its class.
func (t *tok) nameKind() bool { return t.has(cBody | cInstitution | cNameKind | cPluralKind) }

// pluralKinds are the plurals of the kinds nameKind reads.
var pluralKinds = plurals(bodyNouns, institutionNouns, nameKinds)

// plurals returns the regular plurals of the words of sets: "services",
// "agencies", "analyses" (see plural).
func plurals(sets ...map[string]bool) map[string]bool {
	m := map[string]bool{}
	for _, set := range sets {
		for w := range set {
			if p, ok := plural(w); ok {
				m[p] = true
			}
		}
	}
	return m
}

// plural returns the regular English plural of w: "agency" "agencies",
// "analysis" "analyses", "census" "censuses", "batch" "batches". A word in
// -s that is no -is, -us or -ss noun is taken as plural already (ok false).
func plural(w string) (string, bool) {
	n := len(w)
	switch {
	case n > 2 && w[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(w[n-2])):
		return w[:n-1] + "ies", true
	case strings.HasSuffix(w, "is"):
		return w[:n-2] + "es", true
	case strings.HasSuffix(w, "us") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "x") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return w + "es", true
	case strings.HasSuffix(w, "s"):
		return "", false
	}
	return w + "s", true
}

// nameLink reports whether the lower-case link word at k (and, to, for,
// of, or "the" after of or for or between capitals) is inside the proper name that ends at
// end, reading back no further than lo.
func (v *view) nameLink(k, lo, end int) bool {
	t := &v.toks[k]
	if t.capital || k-1 < lo || k+1 >= end {
		return false
	}
	switch t.low {
	case "and":
		return v.nameAnd(k, lo, end)
	case "the":
		// "Save the Children figures", "Friends of the Earth's": "the"
		// between two capitalised words is inside a name, as npBefore
		// reads it.
		p := &v.toks[k-1]
		return v.ofTheInName(k, lo, end) || p.word && p.capital && !p.has(cDay) && !v.sentenceWord(k-1) && v.toks[k+1].word && v.toks[k+1].capital
	case "to", "for", "of":
		return v.remitInName(k, lo, end)
	case ",":
		// "Ministry of Education, Youth and Sport data": a list of
		// remits inside the name that owns the findings, as npBefore
		// reads it (claim117).
		return v.nameComma(k, lo, end)
	}
	return false
}

// remitInName reports whether "to", "for" or "of" at k joins a capitalised
// kind of body before it to its capitalised remit, running to end: "the
// Committee to Protect Journalists", "an Institute for Fiscal Studies
// estimate". A remit after "to" is two words at least ("the Council to
// Egypt" is no name).
func (v *view) remitInName(k, lo, end int) bool {
	p := &v.toks[k-1]
	if !p.word || !p.capital || p.shouted || v.sentenceWord(k-1) || !nameKind(p.low) && !nameKind(singular(p.low)) {
		return false
	}
	n := k + 1
	if v.isOne(n, wThe) && !v.toks[n].capital && !v.isOne(k, wTo) {
		n++
	}
	if end-n < 1 || v.isOne(k, wTo) && end-n < 2 {
		return false
	}
	return v.allCapitalised(n, end) || v.listedRemits(n, lo, end)
}

// listedRemits reports whether tokens [n, end) are capitalised remits
// whose commas list them inside one name (nameComma): "of Education,
// Youth and Sport" (claim117).
func (v *view) listedRemits(n, lo, end int) bool {
	commas := false
	for k := n; k < end; k++ {
		if v.isOne(k, wComma) {
			if !v.nameComma(k, lo, end) {
				return false
			}
			commas = true
			continue
		}
		if t := &v.toks[k]; !(t.word && t.capital) && !t.has(cLink) {
			return false
		}
	}
	return commas
}

// singular returns lower-cased word w's singular when it has a plural's
// ending, so that one list of kinds reads both ("centres" → "centre",
// "agencies" → "agency"), else w. A word of three letters or fewer is left
// as it is ("us", "gas").
func singular(w string) string {
	switch {
	case len(w) <= 3 || w[len(w)-1] != 's':
		return w
	case w[len(w)-3:] == "ies":
		return w[:len(w)-3] + "y"
	}
	return w[:len(w)-1]
}

// officeAnd reports whether the name through the "and" at i closes in a
// capitalised office after remit words with no office of their own: "the
// Refugee Relief and Repatriation Commissioner", "the Food Safety and
// Standards Commissioner" are one office; "the President and Prime
// Minister", "the Defence Minister and Foreign Minister" are two holders.
// The office may be followed by its holder's name ("Environment and
// Urbanisation Minister Murat Kurum").
func (v *view) officeAnd(i, end int) bool {
	for k := end - 1; k > i+1 && k >= end-3; k-- {
		if t := &v.toks[k]; t.word && t.capital && !t.shouted && t.has(cOfficeNoun) {
			end = k + 1
			break
		}
		if t := &v.toks[k]; !t.word || !t.capital || t.shouted || t.post() {
			break
		}
	}
	last := &v.toks[end-1]
	if !last.capital || !last.has(cOfficeNoun) || end-i < 3 || v.toks[i-1].post() || v.toks[i-1].has(cOfficeNoun) {
		return false
	}
	for k := i + 1; k < end-1; k++ {
		if v.toks[k].post() || v.toks[k].has(cOfficeNoun) || v.toks[k].has(cRank) {
			return false
		}
	}
	return true
}

// nameComma reports whether the comma at i lists a body's remits inside
// its name, which ends at name: "the Foreign, Commonwealth and
// Development Office", "the Department for Environment, Food and Rural
// Affairs", "Immigration, Refugees and Citizenship Canada". Between the
// comma and the list's "and" stand only capitalised words, a remit of one
// or two each between commas, and the "and" joins inside one name as
// nameAnd reads it: a kind of body closes the name or heads it before
// "of" or "for". Bodies listed ("Oxfam, Save the Children and Christian
// Aid") have a lower-case word or no kind, and stay apart.
func (v *view) nameComma(i, lo, name int) bool {
	if i-1 < lo || i+1 >= name || !v.toks[i-1].word || !v.toks[i-1].capital || v.toks[i-1].shouted || v.sentenceWord(i-1) {
		return false
	}
	// The list opens the name: after an article, a possessive, "of" or
	// "for", or opening the phrase; and its first remit is no place
	// ("snow could fall on Montreal, Environment and Climate Change
	// Canada warned" lists a place and a body).
	m := i - 1
	for m-1 >= lo && m > i-3 && v.toks[m-1].word && v.toks[m-1].capital && !v.sentenceWord(m-1) {
		m--
	}
	// ("in the first quarter, Immigration, Refugees and Citizenship
	// Canada said": after a clause's comma, a list opening on a field
	// a government names a department for.)
	if p := m - 1; p >= lo && !v.toks[p].has(cDeterminer) && !v.is(p, wOf, wFor, wS) && !(v.comma(p) && m == i-1 && departmentRemits[v.toks[m].low]) || v.knownPlace(m, i) {
		return false
	}
	run := 0
	for k := i + 1; k < name; k++ {
		t := &v.toks[k]
		switch {
		case t.low == "and" && !t.capital:
			return run > 0 && v.nameAnd(k, lo, name)
		case t.low == ",":
			if run == 0 {
				return false
			}
			run = 0
		case t.word && t.capital && !t.shouted && !t.poss:
			if run++; run > 2 {
				return false
			}
		default:
			return false
		}
	}
	return false
}

// remitList reports whether tokens [m, i) are capitalised remits listed
// with commas, before the "and" at i: the words kindOfName reads back
// over past its usual reach.
func (v *view) remitList(m, i int) bool {
	commas := false
	for k := m; k < i; k++ {
		switch t := &v.toks[k]; {
		case v.comma(k):
			commas = true
		case !t.word || !t.capital:
			return false
		}
	}
	return commas
}
