package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// An apposition "NAME, a city of N" gives the size of the place it
// describes: its population. Words after the figure that speak of a part
// of it ("including those who had fled there", "swollen by families
// displaced from Gezira") do not make the size the metric's count; only a
// keyword that is the figure's own noun does ("a city of 1.4 million
// displaced Palestinians"). A verb in the apposition ("a city sheltering
// 1.5 million") has no "of" and is left to inApposition.

// placeSize reports whether figure fi of sentence s is the N of "NAME, a
// NOUN of N" (an adverb may stand before the article: "Rafah, now a city
// of"), or of "a city of N" that goes on to another count
// (sizeBeforeCount), and no keyword hit starts at the figure's noun: right after it, or
// after one lower-case modifier.
func placeSize(d *figures.Document, s *figures.Sentence, hits []hit, fi int) bool {
	fs, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	if fs-3 < s.TokStart || word(fs-1) != "of" || !isLowerWord(d.TokenText(fs-2)) {
		return false
	}
	if a := word(fs - 3); a == "the" {
		// "the town of some 250,000 had swollen to about 1.2 million":
		// only with the other amount its clause goes on to.
		return sizeBeforeCount(d, s, fs-2, fi) && !keywordNounAt(d, hits, fe, word)
	} else if a != "a" && a != "an" {
		return false
	}
	comma := fs - 4
	if w := word(comma); comma > s.TokStart && (w == "now" || w == "still" || w == "once") {
		comma--
	}
	if (comma <= s.TokStart || d.TokenText(comma) != "," || !named(d, comma-1)) && !sizeBeforeCount(d, s, fs-2, fi) &&
		!placeFragment(d, s, fs, fe, word) {
		return false
	}
	return !keywordNounAt(d, hits, fe, word)
}

// placeFragment reports whether "a NOUN of N" with a place noun opens the
// sentence and the figure closes the phrase (a comma, the sentence's end):
// a verbless fragment describing a place, most often the answer to a
// question before it ("How large was the town ahead of the fighting? A
// town of some 270,000, famed for its crossing."): its size, as in
// apposition
// (fa42, place_size_fragment.yaml).
func placeFragment(d *figures.Document, s *figures.Sentence, fs, fe int, word func(int) string) bool {
	if fs-3 != sentenceOpening(d, s) || !placeNoun(d.TokenText(fs-2)) {
		return false
	}
	w := word(fe)
	return w == "," || w == "." || w == "" || isDash(w)
}

// keywordNounAt reports whether a keyword hit starts at the noun of a
// figure ending before token fe: right after it, or after one lower-case
// modifier ("1.4 million displaced Palestinians").
func keywordNounAt(d *figures.Document, hits []hit, fe int, word func(int) string) bool {
	for _, h := range hits {
		if h.ref.role != roleKeyword {
			continue
		}
		if h.start == fe || h.start == fe+1 && isLowerWord(d.TokenText(fe)) && !opensPhraseOn(word(fe)) {
			return true
		}
	}
	return false
}

// sizeBeforeCount reports whether the place noun at token n ("a city of
// N") opens the subject of a clause that goes on to another amount of
// figure fi's kind: "a city of some 275,000 now holds roughly 1.5
// million". The place's size describes it; what it holds is the count.
func sizeBeforeCount(d *figures.Document, s *figures.Sentence, n, fi int) bool {
	if !placeNoun(d.TokenText(n)) {
		return false
	}
	_, fe := d.FigureTokens(fi)
	for fj := fi + 1; fj < s.FigEnd; fj++ {
		js, _ := d.FigureTokens(fj)
		if d.Figures[fj].Kind != d.Figures[fi].Kind {
			continue
		}
		for k := fe; k < js; k++ {
			if w := d.TokenText(k); w == ";" || w == ":" || w == "," {
				return false
			}
		}
		return js > fe
	}
	return false
}

// opensPhraseOn reports whether lower-cased w opens a clause or a phrase
// on the noun before it rather than modifying the noun after it.
func opensPhraseOn(w string) bool {
	switch w {
	case "including", "who", "that", "which", "whose", "where", "among", "of", "with":
		return true
	}
	return false
}
