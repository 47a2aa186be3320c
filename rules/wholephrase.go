package rules

// wholeNounModifier reports whether lower-cased w, after the whole's own
// figure in "N of the M ... KEYWORD", may be a modifier of the whole's
// noun: "3,000 of the nearly 11,300 civilian deaths", "two of the 14
// approved arms sales". A part and a whole with a figure each are two
// amounts of one noun phrase, and the keyword that ends it is the whole's:
// it does not count for the part. A word that opens a clause or a phrase of
// its own (a verb of being, a modal, a preposition, a conjunction, a
// relative) ends the whole's phrase: in "3,000 of the 11,300 were in
// Donetsk, where deaths ..." the keyword is no longer the whole's.
func wholeNounModifier(w string) bool {
	if linkWords[w] || auxiliary(w) || beForm(w) || modalWord(w) || subordinatingWord(w) {
		return false
	}
	switch w {
	case "by", "in", "on", "at", "of", "to", "as", "since", "after", "before", "during", "until", "or", "so", "yet", "then", "where", "whose", "whom", "did", "do", "does":
		return false
	}
	return true
}

// partPredicate reports whether lower-cased w, after the whole of "N of the
// M ...", opens the part's predicate: a verb of being or of happening
// ("3,000 of the 11,300 deaths were in the Donetsk region", "2,500 of the
// 12,000 deaths occurred in Sindh"). The sentence's subject is the part; a
// place the predicate gives is the part's, and says nothing of the whole's
// place. A participle after the whole's noun may still be the whole's
// ("of the 12,000 deaths recorded in Sindh"), so only these verbs, which
// take no object and modify no noun, are read.
func partPredicate(w string) bool {
	if beForm(w) {
		return true
	}
	switch w {
	case "happened", "occurred", "happen", "occur":
		return true
	}
	return false
}
