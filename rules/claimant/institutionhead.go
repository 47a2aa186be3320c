package claimant

// An institution's head named in commas after "its": "The Jordanian Field
// Hospital in Khan Younis has treated 47,000 patients since it opened, its
// director, Col. Dr. Ammar Zoubi, told Petra". A hospital, a university or
// a school is an organisation, never an office of government, so its head
// relays its count (README convention 8: "Shifa hospital director Dr
// Yousef Haniyeh" → "Shifa hospital") whether the name follows the post or
// not, and so does a body with a proper name of its own, an agency, a
// company or a charity ("The national rail company Ferrovia ..., its chief
// executive, Dana Moss, said" → Ferrovia). A ministry, an army or a
// government named by its kind is an office's, whose holder keeps the
// name.

// institutionHead reports whether the source of at is a post owned by
// "its" with its holder's name beside it, in a sentence whose subject, the
// body "its" takes up, closes on a kind of institution ("hospital",
// "university", "clinic") before any place after a preposition; the name
// is then dropped and the post speaks for the subject (find.go).
func (v *view) institutionHead(at attr) bool {
	// "its president": a society's or a foundation's president heads it
	// as its director does; a country's holds an office (bodypresident.go).
	president := at.srcEnd-at.src == 2 && v.lowerPresident(at.srcEnd-1)
	if at.kind != kVerb || at.app >= at.appEnd || at.srcEnd-at.src < 2 || !v.isOne(at.src, wIts) || !v.postEndsAt(at.srcEnd-1) && !president {
		return false
	}
	x, y := v.npAfter(v.skipDateline(0), at.src)
	// ("The Jordanian Field Hospital in Khan Younis": where it is.)
	for k := x + 1; k < y; k++ {
		if v.toks[k].has(cPreposition) {
			y = k
			break
		}
	}
	if y <= x || y >= at.src {
		return false
	}
	// ("The Niguarda hospital": a proper name before its kind in lower
	// case names the institution as a capital would; a place or a
	// people before it, "the Kherson hospital", "the Italian clinic",
	// only says where, and the head keeps the name.)
	named := v.toks[y-1].capital || y-2 >= x && v.properBeforeKind(y-2)
	if !named || !v.toks[y-1].has(cInstitution) && !(v.toks[y-1].capital && v.ownNameCloses(y-1) && !v.officeKindIn(x, y)) {
		return false
	}
	if president && !v.bodyPresident(x, y) {
		return false
	}
	return v.postsBody(x, y)
}

// ownNameCloses reports whether token k, closing a subject, ends a
// proper name of the body's own: initials ("AFAD", "UNRWA"), a
// capitalised word that is no word of the finder's lexicon ("Ukrenergo"),
// or a lexicon word after such a word ("Christian Aid"). Kinds of
// government body written with a capital ("the Ministry of Interior",
// "the Army", "the City Council") are an office's, whose head holds an
// office of government or command and keeps the name.
func (v *view) ownNameCloses(k int) bool {
	t := &v.toks[k]
	if !t.word || !t.capital || t.has(cForce) || governments[t.low] || adminNouns[t.low] || forceKinds[t.low] || governmentOffices[t.low] {
		return false
	}
	if t.shouted && len(t.low) >= 2 || !t.inLexicon() {
		return true
	}
	p := &v.toks[max(k-1, 0)]
	return k > 0 && p.word && p.capital && !p.shouted && !p.inLexicon()
}

// officeKindIn reports whether a word of [x, y) is a kind of government
// body or force ("The Ministry of Interior", "the Border Guard Service").
func (v *view) officeKindIn(x, y int) bool {
	for k := x; k < y; k++ {
		if w := v.toks[k].low; governments[w] || adminNouns[w] || forceKinds[w] || governmentOffices[w] {
			return true
		}
	}
	return false
}

// governmentOffices are kinds of government body a capital may open.
var governmentOffices = set("ministry ministries department office presidency secretariat directorate commission")

// properBeforeKind reports whether the capitalised word at k, before a
// lower-case kind of institution, is a proper name of its own: no place
// the rules know or shape, no region and no people's adjective.
func (v *view) properBeforeKind(k int) bool {
	t := &v.toks[k]
	return t.word && t.capital && !v.placeName(k, k+1) && !v.knownPlace(k, k+1) && !v.knownRegion(k, k+1) && !v.demonym(k)
}
