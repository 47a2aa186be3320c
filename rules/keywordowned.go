package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// Whose a keyword or an exclude_near word near a figure is: another
// amount's, across a conjunction ("$3.3bn comes as Foreign Military
// Financing and $500m is reserved") or standing between them ("rose to
// 33,091, with 75,750 wounded"), or a whole's that a part after it is
// included in ("about 11.5 million people, including those who crossed into
// Chad"). nearest.go and values.go ask it before a word may qualify the
// figure.

// ownedAcrossConjunction reports whether a keyword before figure fi, with
// a conjunction between them, follows another amount: the keyword closes
// that figure's clause, and the conjunction opens fi's ("$3.3bn comes as
// Foreign Military Financing and $500m is reserved for missile defence").
func ownedAcrossConjunction(d *figures.Document, fi int, h hit) bool {
	fs, _ := d.FigureTokens(fi)
	if h.end > fs {
		return false
	}
	conj := false
	for k := h.end; k < fs && !conj; k++ {
		switch d.LowerTokenText(k) {
		case "and":
			// "in Turkey and Syria": an "and" between two names joins
			// them into one phrase and opens no clause.
			conj = !joinsNames(d, k)
		case "but", "while", "whereas", "alongside":
			conj = true
		case "with":
			// An amount added to the first: "..., along with $5.2bn for
			// missile defence", "together with".
			w := d.LowerTokenText(max(k-1, 0))
			conj = w == "along" || w == "together"
		case "well":
			// "..., as well as $5.2bn for missile defence"
			conj = k+1 < fs && k >= 1 && d.LowerTokenText(k+1) == "as" && d.LowerTokenText(k-1) == "as"
		case "part":
			// "$3.3bn a year in FMF, part of $3.8bn in military aid":
			// what follows is the whole the first figure is part of.
			conj = k+1 < fs && d.LowerTokenText(k+1) == "of"
		}
	}
	if !conj {
		return false
	}
	si := d.SentenceAt(d.Figures[fi].Start)
	if si < 0 {
		return false
	}
	s := &d.Sentences[si]
	for fj := s.FigStart; fj < s.FigEnd; fj++ {
		if fj == fi || !d.Figures[fj].Kind.IsAmount() {
			continue
		}
		// A figure in a phrase fronted before a comma ("A week after the
		// magnitude 7.8 quake, the combined toll in Turkey and Syria
		// climbed to 37,531") has no clause for the keyword to close.
		if _, je := d.FigureTokens(fj); je <= h.start && !commaBetween(d, je, h.start) {
			return true
		}
	}
	return false
}

// joinsNames reports whether the "and" at token k stands between two
// capitalised words ("Turkey and Syria", "Gaza and the West Bank"): a
// phrase of names, not a conjunction of clauses.
func joinsNames(d *figures.Document, k int) bool {
	if k < 1 || k+1 >= len(d.Tokens) {
		return false
	}
	next := k + 1
	if string(d.TokenText(next)) == "the" && next+1 < len(d.Tokens) {
		next++
	}
	return capitalised(d, k-1) && capitalised(d, next)
}

// capitalised reports whether token k is a word that begins with a
// capital letter.
func capitalised(d *figures.Document, k int) bool {
	w := d.TokenText(k)
	return d.Tokens[k].IsWord() && w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// includedIn reports whether exclude_near hit h stands after figure fi
// (ending at token fe) behind an "including": it names a part the figure
// holds, so the figure is the whole ("about 11.5 million people, including
// those who crossed into Chad").
//
// A subgroup after a comma names a part the same way: ", the majority of
// them women and children", ", most of whom were civilians", ", mostly
// women", ", among them 40 journalists", and with no "of them": ", the
// overwhelming majority women and children" (sharenoofthem.go).
func includedIn(d *figures.Document, fe int, h hit) bool {
	if addedInClause(d, fe, h) {
		return true // "between 55,000 and 60,000 once Syria's late figures are added" (includedwords.go)
	}
	comma := false
	for k := fe; k < h.start; k++ {
		part := false
		if inclusionAt(d, k) {
			part = true // "including", ", counting those who" (includedwords.go)
		}
		switch w := d.LowerTokenText(k); w {
		case ",":
			comma = true
		case "them", "whom":
			part = part || comma && k-1 >= fe && d.LowerTokenText(k-1) == "of" || comma && d.TokenText(k-1) == "among"
		case "mostly", "mainly", "largely", "predominantly", "overwhelmingly":
			part = part || k-1 >= fe && d.TokenText(k-1) == ","
		case "majority", "bulk", "most":
			part = part || comma && sharedNounAfter(d, k, h) && shareOpensAfterComma(d, fe, k) // "the overwhelming majority women and children" (sharenoofthem.go)
		}
		if !part {
			continue
		}
		c := closedAside(d, fe, k, h.start)
		if c < 0 {
			return true
		}
		// The aside closed before h: h is said of the figure itself
		// (asideclose.go).
		k, comma = c, false
	}
	return false
}

// ownedByOther reports whether another amount stands between figure fi
// and an exclude_near word, or the word is that amount's own place, noun or
// label: the word then qualifies that figure, not fi ("the toll rose to
// 33,091, with 75,750 wounded"; "8,476 in Syria, or 59,259 in all").
func ownedByOther(d *figures.Document, fi int, h hit) bool {
	si := d.SentenceAt(d.Figures[fi].Start)
	if si < 0 {
		return false
	}
	s := &d.Sentences[si]
	fs, fe := d.FigureTokens(fi)
	at := placeAt(d, h)
	for fj := s.FigStart; fj < s.FigEnd; fj++ {
		if fj == fi || !d.Figures[fj].Kind.IsAmount() || determinerNumber(d, fj) {
			continue // "the three provinces" picks out the noun's things, as "the" does: no count to own it (subjectcount.go)
		}
		js, je := d.FigureTokens(fj)
		if restatedAcrossComma(d, fj, fi) {
			continue // "thousands, maybe eight thousand": one count said twice (restatedplace.go)
		}
		if shareGlossedAsSum(d, fj, fi, h) {
			continue // "27 per cent funded: US$432m": the share's word is the sum's too (sharesum.go)
		}
		if fe <= js && je <= h.start && closedAside(d, fe, js, h.start) < 0 || h.end <= js && je <= fs {
			return true
		}
		// The other figure's own place or phrase: "8,476 in Syria, or
		// 59,259 in all", "from about 275,000 before the war to nearly
		// 1.5 million".
		if at >= 0 && (at == je || at == je+1 && d.Tokens[je].IsWord()) || h.start == je {
			return true
		}
		// What the other figure counts ("at least 28,576 Palestinians
		// killed; more than 1 million sheltering"), or its label, right
		// before it ("11,236 (Turkey 8,574; Syria 2,662)").
		if namesCounted(d, je, h) || h.end == js {
			return true
		}
		// The subject of the other figure's copula or verb of value, in a
		// clause of its own: "..., and the injured are more than 70,000".
		// A subject that ends the figure's own noun phrase is the
		// figure's: "The $3.3bn in annual FMF amounts to 15 per cent".
		if h.end < js && d.Figures[fj].Kind == d.Figures[fi].Kind && subjectOfValue(d, h.end, js) && (h.end <= fs || !sameClause(d, fe, h.start)) {
			return true
		}
	}
	return false
}

// valueSubjectWords is how many words may stand between a subject and the
// figure its verb of value gives: "now stand at", "are more than" (the
// bound is the figure's).
const valueSubjectWords = 3

// subjectOfValue reports whether tokens [from, to) are only the words of a
// copula or a verb of value, perhaps with an adverb of time ("are", "now
// number", "stand at"), so that what ends at from is the subject whose
// value the figure at to gives.
func subjectOfValue(d *figures.Document, from, to int) bool {
	if to-from > valueSubjectWords {
		return false
	}
	verb := false
	for k := from; k < to; k++ {
		switch w := d.LowerTokenText(k); {
		case w == "is" || w == "was" || valueVerb(w) && !stateTimeAdverb(w):
			verb = true
		case stateTimeAdverb(w) || w == "at" || w == "to":
		default:
			return false
		}
	}
	return verb
}
