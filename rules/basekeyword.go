package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A keyword after "on top of" or "in addition to" names the base an
// amount is added to, and a figure a later "bringing the total to" gives
// is the sum of both: "Missile defence adds US$500 million a year on top
// of the FMF, bringing the memorandum's annual total to US$3.8 billion"
// is the whole package, not the FMF. The keyword's own amount, told
// right in its phrase ("on top of the roughly $3.8 billion in military
// aid"), is not behind such a verb and stays. (keyword_as_base.yaml)

// keywordAsBase reports whether keyword hit h stands after "on top of" or
// "in addition to" (a determiner or owner perhaps between) and figure fi
// is the value a taking verb after h gives a total (takingTotal).
func keywordAsBase(st *docState, s *figures.Sentence, fi int, h hit) bool {
	d := st.d
	fs, _ := d.FigureTokens(fi)
	if t := st.takingTotal(fi, fs); t < h.end {
		return false
	}
	word := sentenceWords(d, s)
	k := beforeOwnerAndDeterminer(word, h.start, baseDeterminers)
	switch {
	case word(k) == "of" && word(k-1) == "top" && word(k-2) == "on":
		return true
	case word(k) == "to" && word(k-1) == "addition" && word(k-2) == "in":
		return true
	}
	return false
}

// keywordSetApart reports whether keyword hit h stands in a phrase that
// sets another thing apart, after figure fi in its clause: "separate from",
// "apart from", "distinct from", "on top of", "in addition to", "over and
// above", "besides" (a determiner or an owner perhaps between): "Israel
// also gets $500 million a year for missile defence, separate from its
// Foreign Military Financing", "The April bill gave Israel $14 billion, on
// top of its annual military aid". The figure is the other thing's, the
// keyword naming what it is not. No other amount may stand between the
// figure and the phrase, nor a semicolon, colon or dash; the keyword's own
// amount, told inside the phrase ("on top of the $3.8 billion in military
// aid"), is read as before. (negs39_set_apart.yaml)
func keywordSetApart(d *figures.Document, s *figures.Sentence, fi int, h hit) bool {
	_, fe := d.FigureTokens(fi)
	if h.start <= fe {
		return false
	}
	word := sentenceWords(d, s)
	k := beforeOwnerAndDeterminer(word, h.start, setApartDeterminers)
	p := -1
	switch {
	case word(k) == "from" && (word(k-1) == "separate" || word(k-1) == "apart" || word(k-1) == "distinct" || word(k-1) == "separately"):
		p = k - 1
	case word(k) == "of" && word(k-1) == "top" && word(k-2) == "on":
		p = k - 2
	case word(k) == "to" && word(k-1) == "addition" && word(k-2) == "in":
		p = k - 2
	case word(k) == "above" && word(k-1) == "and" && word(k-2) == "over":
		p = k - 2
	case word(k) == "besides":
		p = k
	}
	if p < fe {
		return false
	}
	for t := fe; t < p; t++ {
		if w := word(t); w == ";" || w == ":" || w == "—" || figureIn(d, s, t) >= 0 {
			return false
		}
	}
	return true
}

// The determiners that may stand between a phrase and the keyword it
// takes: a base's ("on top of its FMF"), and, setting a thing apart, a
// person's too ("apart from his request").
var (
	baseDeterminers     = []string{"the", "its", "their", "this", "that"}
	setApartDeterminers = []string{"the", "its", "their", "this", "that", "his", "her"}
)

// beforeOwnerAndDeterminer returns the token before the keyword starting
// at token start, past an owner's name and its 's ("on top of Israel's
// FMF") and then a determiner of dets, each perhaps absent.
func beforeOwnerAndDeterminer(word func(int) string, start int, dets []string) int {
	k := start - 1
	if word(k) == "s" && isApostrophe(word(k-1)) {
		k -= 3 // an owner's name
	}
	for _, w := range dets {
		if word(k) == w {
			return k - 1
		}
	}
	return k
}
