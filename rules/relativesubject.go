package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A count's subject may hang a relative clause on its keyword with no
// preposition first: "the number of foreign military sales that have gone
// to Israel since October seventh is, I believe, over a hundred", "the
// arms sales which Washington has approved since October total more than
// 100". The clause says which of the keyword's things are counted, as
// subjectPhraseWords' "the death toll from Israel's onslaught" says whose
// toll; the figure is set by the first verb after it. The keyword may
// close a restatement set off by dashes ("foreign military sales —
// separate sales — that have gone"): the clause hangs on the noun both
// name. Only a noun keyword that a count noun takes ("the number of ...",
// "the total of ...") is read so: elsewhere a relative clause after a
// keyword may be of a noun the count is not of, and its distance stays.

// relativeSubjectPhrase reports whether keyword hit h, a noun, is
// followed by a relative pronoun (relativeOpener) before the figure's
// start fs, and is the count of a count noun before it ("the number of",
// "the total of").
func relativeSubjectPhrase(d *figures.Document, h hit, fs int) bool {
	o := relativeOpener(d, h)
	if o < 0 || o >= fs {
		return false
	}
	return countNounOf(d, h.start)
}

// relativeOpener returns the token of "that" or "which" right after
// keyword hit h, perhaps past a dash that closes a restatement the
// keyword stands in ("— separate sales — that") or past a restatement
// set off by dashes after it ("foreign military sales — individual cases
// — which"), or -1.
func relativeOpener(d *figures.Document, h hit) int {
	k := h.end
	if k < len(d.Tokens) && isDash(d.TokenText(k)) {
		k++
		for c := k; c < len(d.Tokens) && c <= k+restatementWords; c++ {
			if isDash(d.TokenText(c)) {
				k = c + 1
				break
			}
			if !d.Tokens[c].IsWord() {
				break
			}
		}
	}
	if k >= len(d.Tokens) {
		return -1
	}
	if w := d.LowerTokenText(k); w == "that" || w == "which" {
		return k
	}
	return -1
}

// countNounOf reports whether a count noun and "of" stand before token k,
// past at most countNounOfWords words and a dash that opens a restatement:
// "the number of foreign military sales — separate sales".
func countNounOf(d *figures.Document, k int) bool {
	for t := k - 1; t >= 1 && t >= k-countNounOfWords; t-- {
		if d.LowerTokenText(t) == "of" {
			return tallyNoun(d.LowerTokenText(t - 1))
		}
		if !d.Tokens[t].IsWord() && !isDash(d.TokenText(t)) {
			return false
		}
	}
	return false
}

// countNounOfWords is how far back from the keyword "of" may stand:
// "of foreign military sales — separate" is five.
const countNounOfWords = 6

// relativePhraseWords counts the words from keyword hit h to the verb
// that sets the figure starting at token fs, past the relative clause
// hung on the keyword: the last verb of value (countValueVerb) before the
// clause's first comma, which a speaker's aside may follow ("is, I
// believe, over a hundred"), or at most three words before the figure
// ("stands at 107"). Another count, a semicolon, a colon or a word that
// opens another clause in the phrase ends the reading with 0.
func relativePhraseWords(d *figures.Document, h hit, fs int) int {
	o := relativeOpener(d, h)
	v, end := -1, fs
	for t := o + 1; t < fs; t++ {
		if fj := figureAt(d, t); fj >= 0 {
			_, je := d.FigureTokens(fj)
			if d.Figures[fj].Kind.IsAmount() && !determinerBefore(d, t) {
				return 0 // another count
			}
			t = je - 1 // a date ("since Oct. 7") or a number its noun takes
			continue
		}
		w := d.LowerTokenText(t)
		if w == "," {
			end = t
			break
		}
		switch w {
		case ";", ":", "and", "but", "while", "whereas", "because", "when", "who":
			return 0
		}
		if countValueVerb(w) {
			v = t
		}
	}
	if v < 0 || v == o+1 {
		return 0 // no verb after the clause's own ("that is")
	}
	if end == fs && d.WordPos(fs)-d.WordPos(v) > 3 || end < fs && v != end-1 {
		return 0
	}
	return d.WordPos(v) - d.WordPos(h.end)
}

// countValueVerb reports whether lower-cased w is a verb that gives a
// count its value: subjectVerb's, the plural copula, or a verb of
// totalling ("are", "totals").
func countValueVerb(w string) bool {
	switch w {
	case "are", "were", "total", "totals", "totalled", "totaled", "tops", "topped", "exceeds", "exceeded":
		return true
	}
	return subjectVerb(w)
}

// restatementWords is how many words a restatement set off by dashes may
// hold: "— individual cases —" holds two.
const restatementWords = 5
