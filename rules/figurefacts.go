package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// What a figure is in its sentence, whichever metric looks at it: where a
// change started, the whole a share is taken of, or an amount another
// figure qualifies, and where a figure's tokens stand (projections:
// projection.go; parts: parts.go; whose a keyword near it is:
// keywordowned.go; whether it fits a metric at all: metricfit.go).

// wholeOfShare reports whether figure fi is the whole a share is taken
// of: a share word, "of", perhaps an owner or a determiner, then the
// figure ("more than half of Gaza's 2.3 million people", "a third of its
// 48 million", "80% of the 1.4 million"). The sentence counts the share.
func wholeOfShare(d *figures.Document, fi int) bool {
	switch quantifierOf(d, fi) {
	case "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths",
		"%", "percent", "cent", "pc":
		return true
	}
	if rateOfWhole(d, fi) {
		return true // "one in every 40 of Gaza's 2.2m people"
	}
	// "Most of the 1.4 million sheltering in Rafah have been uprooted"
	// says something of the whole, which is the count: "most" is no share.
	return false
}

// quantifierOf returns the word, lower-case, that takes a quantity "of"
// figure fi: the share word or quantifier before "of", perhaps an owner
// or a determiner, and the figure ("half" of "more than half of Gaza's 2.3
// million people", "most" of "Most of the nearly 12 million displaced");
// "" when none stands there.
func quantifierOf(d *figures.Document, fi int) string {
	k := quantifierAt(d, fi)
	if k < 0 {
		return ""
	}
	return d.LowerTokenText(k)
}

// quantifierAt returns the token of quantifierOf's word, or -1. The
// whole's figure may follow its noun: "half of Gaza's population of 2.2
// million".
func quantifierAt(d *figures.Document, fi int) int {
	fs, _ := d.FigureTokens(fi)
	k := fs - 1
	if k >= 3 && d.LowerTokenText(k) == "of" && populationNoun(d.LowerTokenText(k-1)) {
		// The whole's noun before its figure: "75 per cent of Gaza's
		// population of 2.2 million" (population_share.yaml).
		k -= 2
	}
	if k >= 1 && d.TokenText(k) == "s" && d.Tokens[k-1].IsSymbol() && isApostrophe(d.TokenText(k-1)) {
		k -= 3 // an owner: "Gaza's", "the territory's"
		// The rest of the owner's phrase: "the Gaza Strip's", "the
		// occupied Palestinian territory's".
		for n := 0; n < 4 && k >= 1 && d.Tokens[k].IsWord(); n++ {
			if w := d.LowerTokenText(k); w == "of" || w == "the" || possessiveDeterminer(w) {
				break
			}
			k--
		}
	}
	if k >= 0 {
		switch d.LowerTokenText(k) {
		case "the", "its", "their", "his", "her", "our":
			k--
		}
	}
	if k < 1 || d.LowerTokenText(k) != "of" {
		return -1
	}
	return k - 1
}

// quantifiedWhole reports whether figure fi is the whole a quantifier
// takes some of ("Most of the nearly 12 million displaced remain inside
// Sudan", "many of the 1.4 million"): the verb after it says what the
// quantity does, not the whole, so it does not say what the whole counts.
func quantifiedWhole(d *figures.Document, fi int) bool {
	switch quantifierOf(d, fi) {
	case "most", "many", "some", "much", "majority", "few", "several", "part", "thousands", "hundreds", "millions":
		return true
	}
	return wholeOfShare(d, fi)
}

// earlierValue reports whether figure fi is where a change started: "rose
// from 30,000 to 33,091", "has swollen from about 275,000 before the war to
// nearly 1.5 million". It follows "from", and "to" and another figure come
// after it, at most a few words on, in the same clause. The figure finder
// makes "from A to B" one range where no verb of change stands before it,
// so two figures here are a change. A verb of change or of a factor
// ("rose", "could double", "has tripled") before the "from" makes its
// figure the start whatever follows, and "the" or "its" may stand between
// ("double from the 28,000 then recorded"). since says the sentence holds a
// "since" (sentenceMarks): without one, changesince.go's readers cannot
// answer, and are not asked; when says it holds a "when" (rmWhen), without
// which sinceWhenLevel, whose walk back from the figure answers only at
// one, cannot.
func earlierValue(d *figures.Document, s *figures.Sentence, fi int, since, when bool) bool {
	fs, fe := d.FigureTokens(fi)
	if pastInAside(d, s, fs, fe) {
		return true
	}
	from := fromBefore(d, s, fs)
	if from < 0 && !(fs-1 > s.TokStart && d.ChangedCountOf(fs-1)) {
		return since && when && sinceWhenLevel(d, s, fi) // "has grown since 2016, when it was $3.1 billion a year" (changesince.go)
	}
	// "raised its count of 61,250 to 62,010" (figures.ChangedCountOf) is
	// read as "from 61,250 to 62,010" is: by the "to" figure after it.
	if from > s.TokStart {
		switch d.LowerTokenText(from - 1) {
		case "up", "down":
			return true // "up from 9.9m in May": where the count stood before
		}
		if changedFrom(d, s, from) {
			return true // "has risen from about $2.4bn ... to its current level"
		}
		if fromAfterNewLevel(d, s, from) {
			return true // "rose to 43,163 from 43,061" (changedfromafter.go)
		}
		if since && sinceYearBefore(d, s, from) {
			return true // "Since 1999 ... has roughly doubled from $1.9 billion a year" (changesince.go)
		}
	}
	for k := fe; k < fe+5 && k+1 < len(d.Tokens); k++ {
		t := d.Tokens[k]
		if t.IsSymbol() {
			return false
		}
		if d.LowerTokenText(k) == "to" {
			for fj := fi + 1; fj < s.FigEnd; fj++ {
				if gs, _ := d.FigureTokens(fj); gs == k+1 {
					return d.Figures[fj].Kind.IsAmount()
				}
			}
			return false
		}
	}
	return false
}

// changedFrom reports whether a verb of change governs the "from" at token
// from, perhaps through adverbs of manner: "has risen from", "climbed
// steadily from", "dropped sharply from", or through the factor it
// changes by: "could rise eightfold from", "may climb five-fold from",
// "could go up ten times from" (factorBefore). Whatever the change ends on
// ("to its current level", "as families went home", or nothing), the
// figure of its "from" is where it started.
func changedFrom(d *figures.Document, s *figures.Sentence, from int) bool {
	word := sentenceWords(d, s)
	k := from - 1
	if f := factorBefore(d, s, k); f < k {
		k = f
	}
	for n := 0; n < 2 && k > s.TokStart && (mannerAdverb(word(k)) || directionAdverb(word(k))); n++ {
		k--
	}
	if k >= s.TokStart && k+1 < from && (word(k+1) == "up" || word(k+1) == "down") && goForm(word(k)) {
		return true // "could go up eight times from": a count that goes up changes
	}
	return k >= s.TokStart && isLowerWord(d.TokenText(k)) && (changeVerb(word(k)) || revisionVerb(word(k)) || factorVerb(word(k)))
}

// goForm reports whether lower-cased w is a form of "go", a verb of change
// with "up" or "down" after it.
func goForm(w string) bool {
	switch w {
	case "go", "goes", "went", "gone", "going":
		return true
	}
	return false
}

// factorBefore returns the token before a factor a change goes by that
// ends at token k ("eightfold", "five-fold", "10-fold", "ten times",
// "several times"), or k when none ends there. The factor is the change's
// size, not its start: the "from" after it still names where the change
// began.
func factorBefore(d *figures.Document, s *figures.Sentence, k int) int {
	word := sentenceWords(d, s)
	if k <= s.TokStart {
		return k
	}
	switch w := word(k); {
	case w == "fold" && word(k-1) == "-" && k-2 >= s.TokStart:
		return k - 3 // "five-fold", "10-fold"
	case len(w) > 4 && strings.HasSuffix(w, "fold") && isLowerWord(w):
		return k - 1 // "eightfold", "tenfold", "manyfold"
	case w == "times":
		if fi := figureAt(d, k-1); fi >= 0 && d.Figures[fi].Kind.IsAmount() {
			fs, _ := d.FigureTokens(fi)
			return fs - 1 // "ten times", "8 times"
		}
		if w := word(k - 1); w == "several" || w == "many" {
			return k - 2
		}
	}
	return k
}

// directionAdverb reports whether lower-cased w says which way a count was
// changed or revised: "revised downward from 1,400", "adjusted up from".
func directionAdverb(w string) bool {
	switch w {
	case "down", "up", "downward", "downwards", "upward", "upwards", "back":
		return true
	}
	return false
}

// revisionVerb reports whether lower-cased w is a form of a verb that
// revises a count: its "from" governs the figure the count stood at
// before ("corrected from 1,400", "updated from 34,000"), as a verb of
// change's does.
func revisionVerb(w string) bool { return revisionVerbs()[w] }

// revisionVerbs are revisionVerb's forms (verbFormSet).
var revisionVerbs = verbFormSet(nil, "correct", "adjust", "amend", "update", "downgrade", "upgrade", "restate")

// mannerAdverb reports whether lower-cased w reads as an adverb of manner
// or degree ("steadily", "sharply"): a word of more than four letters that
// ends in "ly".
func mannerAdverb(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ly") && isLowerWord(w)
}

// fromBeforeWords is how many words a noun phrase may hold between "from"
// and the "of" before a figure: "from a peak of", "from an estimated high
// of".
const fromBeforeWords = 4

// fromBefore returns the token of the "from" that governs the figure at
// token fs, right before it or through a noun phrase that names the value
// ("down from a peak of 11.5 million", "up from a low of 9,000"), or -1.
func fromBefore(d *figures.Document, s *figures.Sentence, fs int) int {
	word := sentenceWords(d, s)
	if fs <= s.TokStart {
		return -1
	}
	if word(fs-1) == "from" {
		return fs - 1
	}
	if fs-2 >= s.TokStart && word(fs-2) == "from" && changeBaseDeterminer(word(fs-1)) {
		return fs - 2 // "could double from the 28,000 then recorded" (change_base.yaml)
	}
	if word(fs-1) != "of" {
		return -1
	}
	for k := fs - 2; k >= s.TokStart && k >= fs-2-fromBeforeWords; k-- {
		switch w := word(k); {
		case w == "from":
			return k
		case d.Tokens[k].IsSymbol() || inFigure(d, k):
			return -1
		}
	}
	return -1
}

// changeBaseDeterminer reports whether lower-cased w is a determiner that
// may stand between "from" and the figure a change started from: "double
// from the 28,000 then recorded", "has climbed from its 1.1 million of
// March". Whether the "from" is a change's is earlierValue's to say.
func changeBaseDeterminer(w string) bool {
	switch w {
	case "the", "its", "their", "this", "that":
		return true
	}
	return false
}

// inFigure reports whether token k is part of a figure of its sentence.
func inFigure(d *figures.Document, k int) bool { return figureAt(d, k) >= 0 }

// figureAt returns the figure of its sentence that token k is part of, or
// -1.
func figureAt(d *figures.Document, k int) int {
	if k < 0 || k >= len(d.Tokens) {
		return -1 // a reading one token past the document's last
	}
	// Most tokens asked about are in no figure: told by a bit, not by a
	// search for their sentence.
	if !d.InFigure(k) {
		return -1
	}
	si := d.SentenceAt(int(d.Tokens[k].Start))
	if si < 0 {
		return -1
	}
	s := &d.Sentences[si]
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		if fs, fe := d.FigureTokens(fi); fs <= k && k < fe {
			return fi
		}
	}
	return -1
}

// figureIn is figureAt for a token k of sentence s: a sentence's bytes run
// from its first token's start to its last token's end, so SentenceAt
// finds s, and need not search for it.
func figureIn(d *figures.Document, s *figures.Sentence, k int) int {
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		if fs, fe := d.FigureTokens(fi); fs <= k && k < fe {
			return fi
		}
	}
	return -1
}

func isApostrophe(s string) bool { return s == "'" || s == "’" }

func hasRole(hits []hit, r role) bool {
	for _, h := range hits {
		if h.ref.role == r {
			return true
		}
	}
	return false
}

func hasPatternHit(hits []hit, pi int) bool {
	for _, h := range hits {
		if h.ref.role == rolePattern && int(h.ref.index) == pi {
			return true
		}
	}
	return false
}

// wordGap counts the words strictly between two token ranges.
func wordGap(d *figures.Document, as, ae, bs, be int) int {
	if ae <= bs {
		return d.WordPos(bs) - d.WordPos(ae)
	}
	if be <= as {
		return d.WordPos(as) - d.WordPos(be)
	}
	return 0
}

// pastInAside reports whether the figure spanning tokens [fs, fe) is where
// a count stood before, in an aside on the subject, when the verb after
// the aside moves it to another figure: "The death toll, which had stood
// at 31,000 on Monday, jumped to 31,819 on Tuesday". The aside opens with
// a comma and which (or that), holds "had", and closes with a comma;
// "to" and an amount follow within a few words.
func pastInAside(d *figures.Document, s *figures.Sentence, fs, fe int) bool {
	had := false
	open := -1
	for t := fs - 1; t > s.TokStart && fs-t <= 8; t-- {
		w := d.LowerTokenText(t)
		if w == "," {
			break
		}
		if w == "had" {
			had = true
		}
		if (w == "which" || w == "that") && d.TokenText(t-1) == "," {
			open = t
			break
		}
	}
	if open < 0 || !had {
		return false
	}
	closing := -1
	for t := fe; t < s.TokEnd && t-fe <= 5; t++ {
		if d.TokenText(t) == "," {
			closing = t
			break
		}
	}
	if closing < 0 {
		return false
	}
	for t := closing + 1; t+1 < s.TokEnd && t-closing <= 5; t++ {
		if d.LowerTokenText(t) == "to" {
			fj := figureAt(d, t+1)
			return fj >= 0 && d.Figures[fj].Kind.IsAmount()
		}
	}
	return false
}

// ownerBefore returns the token of the owner whose "'s" ends right before
// token k ("Gaza" of "Gaza's toll"), or -1: the word, an apostrophe and an
// "s" as the lexer parts them.
func ownerBefore(d *figures.Document, k int) int {
	if k < 3 || k > len(d.Tokens) || !foldsToS(d.TokenText(k-1)) || !isApostrophe(d.TokenText(k-2)) || !d.Tokens[k-3].IsWord() {
		return -1
	}
	return k - 3
}

// foldsToS is strings.EqualFold(w, "s") without its call and rune loop:
// the words that fold to "s" are "s", "S" and the long s "ſ" (U+017F).
func foldsToS(w string) bool {
	return w == "s" || w == "S" || w == "\u017f"
}

// populationNoun reports whether lower-cased w names a place's people as
// one whole whose figure may follow it with "of": "Gaza's population of
// 2.2 million".
func populationNoun(w string) bool {
	return w == "population" || w == "populace"
}
