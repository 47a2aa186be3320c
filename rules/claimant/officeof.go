package claimant

import "strings"

// An office named with its place or its administration before the holder's
// name: "the mayor of Sumy, Andriy Kravets, said", "the head of the regional
// military administration, Roman Myronenko, said". The holder is written by
// name (README convention 8), as "Kharkiv's mayor, Ihor Terekhov" is.

// officeOf reports whether the phrase [s, e) is an office of a place or of
// a generic administration: an office noun, or "head" of a body named by
// its kind in lower case ("the head of the regional military
// administration"), then "of" and the rest of the phrase. A post in a
// named body ("the head of Save the Children") speaks for the body, and is
// read before this (see name).
func (v *view) officeOf(s, e int) bool {
	if v.seatFor(s, e) {
		return true
	}
	k := s
	if k < e && v.toks[k].has(cDeterminer) {
		k++
	}
	// "the regional governor of", "the acting mayor of".
	// "The Russian-installed governor of Zaporizhzhia", "the
	// Moscow-appointed mayor of Donetsk": who installed the holder, a
	// name hyphened to a participle, is a modifier as "acting" is.
	for k < e {
		if v.installedBy(k, e) {
			k += 3
			continue
		}
		if k >= s+3 || !v.toks[k].word || v.toks[k].capital || v.toks[k].has(cOfficeNoun) || v.toks[k].low == "head" {
			break
		}
		k++
	}
	if k+2 >= e || !v.isOne(k+1, wOf) {
		return false
	}
	w := v.toks[k].low
	if officeNouns[w] && !v.toks[k].capital {
		return true
	}
	if w != "head" {
		return false
	}
	// "the head of the Donetsk regional military administration": a
	// place's administration named by its kind (placeAdministration).
	if v.placeAdministration(k+2, e) {
		return true
	}
	// The administration named by its kind: lower-case words closed by a
	// kind of body, no capital among them.
	// ("the head of the city's military administration": a lower-case
	// owner's possessive names it by its kind too.)
	for m := k + 2; m < e; m++ {
		if t := &v.toks[m]; (t.capital || !t.word) && !(v.isOne(m, wApostrophe) && m > k+2 && !v.toks[m-1].capital) {
			return false
		}
	}
	return v.toks[e-1].has(cBody) || adminNouns[v.toks[e-1].low]
}

// installedBy reports whether tokens k to k+2 are a capitalised name, a
// hyphen and a lower-case participle in -ed: "Russian-installed",
// "Kremlin-backed", "Moscow-appointed".
func (v *view) installedBy(k, e int) bool {
	if k+3 >= e || !v.toks[k].word || !v.toks[k].capital || v.toks[k+1].low != "-" {
		return false
	}
	t := &v.toks[k+2]
	return t.word && !t.capital && len(t.low) > 4 && t.low[len(t.low)-2:] == "ed"
}

// adminNouns are a government's kinds of administration that a head holds
// as an office.
var adminNouns = set("administration council municipality district region province oblast")

// officeOfHolder reports whether token i is the "of" of an office before
// its holder's name, in a phrase ending at end before a comma: "the head
// of the regional military administration, Roman Myronenko, said". The
// office is the phrase's head, so the phrase reads back over "of" to it
// (see npBefore) and the holder's name beside it is the claimant (see
// officeHolder).
func (v *view) officeOfHolder(i, lo, end int) bool {
	if i-1 < lo || !v.isOne(i, wOf) || !v.isOne(end, wComma) || end+2 >= len(v.toks) || !v.toks[end+1].capital {
		return false
	}
	p := &v.toks[i-1]
	return p.word && !p.capital && (p.has(cOfficeNoun) || p.low == "head")
}

// placeOfficeAside reports whether the aside [s, e) beside a person's name
// is an office of a place or of an administration (officeOf) whose "of"
// names a place or an administration by its kind: "the governor of
// Zaporizhzhia", "the head of the regional military administration". "chief
// of the nutrition unit at El-Daein Teaching Hospital" is a post in a
// named body, which speaks for it.
func (v *view) placeOfficeAside(s, e int) bool {
	if !v.officeOf(s, e) {
		return false
	}
	of := s
	for of < e && !v.isOne(of, wOf) {
		of++
	}
	n := of + 1
	if v.isOne(n, wThe) {
		n++
	}
	if n >= e {
		return false
	}
	if v.placeName(n, e) || v.placeAdministration(n, e) || v.territoryNamed(of, n, e) {
		return true
	}
	for m := n; m < e; m++ {
		if t := &v.toks[m]; t.capital || !t.word {
			return false
		}
	}
	return adminNouns[v.toks[e-1].low]
}

// territorialOffices are offices only a territory has: a governor or a
// mayor is always of a province, a state or a town, never of a body that
// a post in it would speak for.
var territorialOffices = set("governor mayor")

// foreignBodyKinds are kinds of body in the languages the press
// translates from (Spanish, Portuguese, French, Italian, German): a word
// of them in a name makes it a body's, whatever else the name holds.
var foreignBodyKinds = set("banco banca banque banc bank grupo groupe gruppo gruppe empresa empresas compañía companhia " +
	"compagnie compagnia sociedad sociedade société società gesellschaft caja caixa cassa corporación corporação " +
	"instituto institut istituto fundación fundação fondation fondazione stiftung asociación associação association " +
	"associazione federación federação fédération federazione sindicato syndicat sindacato consejo conselho conseil " +
	"consiglio comisión comissão commission commissione agencia agência agence agenzia servicio serviço service " +
	"servizio ministerio ministério ministère ministero universidad universidade université università " +
	"partido parti partito fondo fundo fonds")

// territoryNamed reports whether the office whose "of" is token of is a
// territory's, named by capitalised words [n, e) the rules need not know
// as a place: "the mayor of Villanueva del Río". A territorial office's
// "of" names a territory only when nothing in the name reads as a body,
// in English or in the language the press translates from ("the governor
// of Banco de Reservas" is a bank's). A governor, whom a central bank
// has too, of one word the rules do not know that opens with a body
// kind clipped as banks name themselves ("Banrep", "Bankia": clippedBody)
// governs a territory only when the story uses the word as a place.
func (v *view) territoryNamed(of, n, e int) bool {
	if of < 1 || !territorialOffices[v.toks[of-1].low] || v.toks[of-1].capital || !v.capitalisedWords(n, e, true) {
		return false
	}
	for m := n; m < e; m++ {
		if v.toks[m].has(cBody|cInstitution|cNameKind|cOfficeNoun) || foreignBodyKinds[v.toks[m].low] {
			return false
		}
	}
	if e-n == 1 && clippedBody(v.toks[n].low) {
		return v.usedAsPlace(n, e)
	}
	return true
}

// clippedBodyStarts are kinds of body clipped to their first syllable or
// two, as a bank or a group opens a one-word name of itself.
var clippedBodyStarts = []string{"ban", "caj", "caix", "grup", "fond", "finan"}

// clippedBody reports whether the one-word name w opens with a clipped
// kind of body and goes on past it ("banrep", "bankia").
func clippedBody(w string) bool {
	for _, c := range clippedBodyStarts {
		if len(w) > len(c)+1 && strings.HasPrefix(w, c) {
			return true
		}
	}
	return false
}

// placeWords are prepositions before which a name is used as a place.
var placeWords = set("in across near outside inside around throughout")

// usedAsPlace reports whether the story uses the words of tokens [s, e)
// as a place elsewhere: after a preposition of place ("in Tolemaida").
func (v *view) usedAsPlace(s, e int) bool {
	w := e - s
	for k := 1; k+w <= len(v.toks); k++ {
		if k == s || !placeWords[v.toks[k-1].low] {
			continue
		}
		same := true
		for j := 0; j < w; j++ {
			if v.toks[k+j].low != v.toks[s+j].low || !v.toks[k+j].capital {
				same = false
				break
			}
		}
		if same && (k+w == len(v.toks) || !v.toks[k+w].capital) {
			return true
		}
	}
	return false
}

// placeAdministration reports whether tokens [n, e) are a place's
// administration named by its kind: a determiner perhaps, one or two
// capitalised words of the place, then lower-case words closed by a kind
// of administration: "the Donetsk regional military administration", "the
// Sumy district administration", "the Kyiv city council". A body's proper
// name ("the Norwegian Refugee Council") closes on a capital and is none.
func (v *view) placeAdministration(n, e int) bool {
	if n < e && v.toks[n].has(cDeterminer) {
		n++
	}
	m := n
	for m < e && m < n+2 && v.toks[m].word && v.toks[m].capital && !v.toks[m].has(cDeterminer) && !adminLevels[v.toks[m].low] && !adminNouns[v.toks[m].low] {
		m++
	}
	if m == n || e-m < 1 || !adminNouns[v.toks[e-1].low] {
		return false
	}
	// "the Dnipropetrovsk Regional Military Administration": its kind
	// written in capitals is still its kind, when every word of it is a
	// level or a branch of government (adminLevels).
	// ("the Norwegian Refugee Council": a capitalised kind needs a level
	// before it, or the words are a body's proper name.)
	capitals := v.toks[e-1].capital
	if capitals && (e-m < 2 || !v.placeName(n, m)) {
		return false
	}
	for k := m; k < e; k++ {
		t := &v.toks[k]
		if !t.word || t.capital != capitals || capitals && k < e-1 && !adminLevels[t.low] {
			return false
		}
	}
	return true
}

// adminLevels are the words that say which level of government an
// administration is, written in its kind: "Regional Military
// Administration", "City Council", "District State Administration".
var adminLevels = set("regional military city district state provincial municipal civil oblast county")

// legislators are the initials a member of a legislature is written by
// before her seat: "the MP for Bradford West", "the SNP MSP for Glasgow
// Kelvin", "the TD for Dublin Bay South", "the MLA for Foyle". ("MS" and
// "AM" are left out: a title and a time before a name read as them.)
var legislators = set("mp msp mep td mla mhk")

// seatFor reports whether the phrase [s, e) is a legislator's seat: a
// determiner, perhaps a party's name or a word of rank, her initials in
// capitals (a capital, as "MP" is too short to read as shouted), "for" and the seat's name in capitals. The seat is an office
// of a place, held by the name beside it.
func (v *view) seatFor(s, e int) bool {
	k := s
	if k < e && v.toks[k].has(cDeterminer) {
		k++
	}
	for m := k; m < e && m <= k+2; m++ {
		t := &v.toks[m]
		if !t.word {
			return false
		}
		if legislatorIDs.has(&t.spelling) && t.capital {
			return v.isOne(m+1, wFor) && m+2 < e && v.toks[m+2].capital
		}
	}
	return false
}

// capitalAdministration reports whether the phrase [s, e) is an office of
// a place's administration whose kind is written in capitals: "the head
// of the Kharkiv Regional Military Administration".
func (v *view) capitalAdministration(s, e int) bool {
	return e > s && v.toks[e-1].capital && adminNouns[v.toks[e-1].low] && v.officeOf(s, e)
}
