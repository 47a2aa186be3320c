package claimant

// An institution's head named in commas after "its": "The Jordanian Field
// Hospital in Khan Younis has treated 47,000 patients since it opened, its
// director, Col. Dr. Ammar Zoubi, told Petra". A hospital, a university or
// a school is an organisation, never an office of government, so its head
// relays its count (README convention 8: "Shifa hospital director Dr
// Yousef Haniyeh" → "Shifa hospital") whether the name follows the post or
// not. A body whose head may hold an office ("Türkiye's disaster agency
// AFAD ..., its head, Yunus Sezer, told Anadolu", as dev45 writes it) keeps
// the name (verbAttr).

// institutionHead reports whether the source of at is a post owned by
// "its" with its holder's name beside it, in a sentence whose subject, the
// body "its" takes up, closes on a kind of institution ("hospital",
// "university", "clinic") before any place after a preposition; the name
// is then dropped and the post speaks for the subject (find.go).
func (v *view) institutionHead(at attr) bool {
	if at.kind != kVerb || at.app >= at.appEnd || at.srcEnd-at.src < 2 || !v.isOne(at.src, wIts) || !v.postEndsAt(at.srcEnd-1) {
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
	if y <= x || y >= at.src || !v.toks[y-1].capital || !v.toks[y-1].has(cInstitution) {
		return false
	}
	return v.postsBody(x, y)
}
