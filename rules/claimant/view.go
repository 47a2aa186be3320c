package claimant

import (
	"strings"
	"unicode/utf8"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// tok is one token of a sentence as the finder reads it.
type tok struct {
	// The token as written is the text's [start, end); the view keeps
	// only what the readers test of it, to stay small. What its word as
	// written says (low, cls, lower, capital, shouted, aliases, and report
	// and finding but for an -ing form's use) is its spelling, copied
	// whole.
	spelling
	start, end int  // byte offsets in the text
	word, num  bool // word, number or symbol
	space      bool // white space before it
	poss       bool // followed by 's or ’s (or a bare apostrophe after s)
	fig        bool // inside an amount figure
}

// view is one sentence's tokens.
type view struct {
	toks []tok
	// scratch is the Doc's memory the view was cut from, nil for an empty
	// view.
	scratch *scratch
	// atts are the attributions last read, of tokens [attsLo, attsHi).
	atts           []attr
	attsLo, attsHi int
	attsRead       bool
	// nobody are the attributions read with atts that name no one
	// ("put by some estimates at 10,000"): see unnamedNearer.
	nobody []attr
	// brackets: a token is "(" (most sentences have none).
	brackets bool
	// marks are the spelling.own bits of its tokens together: whether any
	// is an apostrophe, a colon or a dash (most sentences have none, and
	// readers that look only for those pass them over).
	marks uint16
	// words are the ids of its tokens' words (see wordSet).
	words wordSet
	// reduced are the last phrases reduce narrowed, reducedNext the one
	// the next replaces.
	reduced     [2]reducedSpan
	reducedNext uint8
	// openers has a bit for each token that may open an attribution, once
	// openersRead (see markOpeners).
	openers     [(maxSentence + 63) / 64]uint64
	openersRead bool
}

func newView(d *figures.Document, si int, sc *scratch) *view {
	s := &d.Sentences[si]
	src := d.Tokens[s.TokStart:s.TokEnd]
	v := sc.newView(len(src))
	toks := v.toks[:len(src)]
	v.toks = toks
	// Three walks over the tokens rather than one: with everything in one
	// loop Go kept a dozen values in memory around every token (see
	// spellTokens).
	sc.spellTokens(toks, src, d.Text)
	if s.FigStart < s.FigEnd {
		markFigures(toks, d.Figures[s.FigStart:s.FigEnd])
	}
	// An apostrophe may make the word before it a possessive, read after
	// the loop; most sentences have none, nor a bracket, nor an -ing form.
	var marks uint16
	var words wordSet
	var cls class
	for i := range toks {
		marks |= toks[i].own
		words.add(toks[i].id)
		cls |= toks[i].cls
	}
	// "says it has, uh, killed": a speaker's sounds of hesitation and
	// their commas are dropped (fillers.go).
	if words.has(wFiller) {
		toks = dropFillers(toks)
		v.toks = toks
	}
	// "[That is according to the city's epidemiology division.]": an
	// editor's insertion, a transcript's translation, is read as the
	// sentence it holds, from its first word (translated.go).
	if len(toks) > 2 && toks[0].low == "[" && toks[1].word {
		copy(toks, toks[1:])
		toks = toks[:len(toks)-1]
		v.toks = toks
	}
	// An -ing form is read as a verb only if it is one of a reporting or
	// findings verb (spell gives no -ing form report or finding).
	if marks&(spIngReport|spIngFinding) != 0 {
		v.ingVerbs()
	}
	// "Director A. B. Silva": an initial, no article (initialsholder.go).
	if words.has(wA) && words.has(wFullStop) {
		v.initialA()
	}
	brackets := words.has(wOpenBracket)
	v.brackets, v.marks, v.words = brackets, marks, words
	// participleObjects reads a reporting verb's lower-case -s form:
	// one spelled so (spReportS), or one of the two before made so.
	madeReport := v.closingVerb()
	madeReport = v.thatClauseVerbs() || madeReport
	madeReport = v.boastsOf() || madeReport
	if marks&spReportS != 0 || madeReport {
		v.participleObjects()
	}
	// "A press release from Haldane Motors said": the paper, no verb
	// (releasedby.go).
	if cls&cReleasedPaper != 0 {
		v.releaseNouns()
	}
	// "a dpa survey": an agency's name in lower case before its
	// findings (agencyfindings.go).
	if cls&cFindingNoun != 0 {
		v.agencyFindings()
	}
	// "Statistics Norway": a capitalised findings noun may be a name's
	// word (namewords.go).
	if cls&cFindingNoun != 0 && v.capitalFindings() {
		v.namedFindings()
	}
	// "Ukraine's reconstruction will cost": a rebuilding, no findings
	// (rebuilding.go).
	if cls&cFindingNoun != 0 && (words.has(wReconstruction) || words.has(wReconstructions)) {
		v.rebuildings()
	}
	if marks&spApostrophe != 0 {
		v.possessives()
	}
	// "The DEC said": initials spelling a month (monthinitials.go),
	// which changes only a month's short form in capitals
	// (spShoutedMonth: most sentences with a day have none). A given
	// name's month is a capitalised month's name (most dates' days are
	// no month).
	if cls&cDay != 0 {
		if marks&spShoutedMonth != 0 {
			v.monthInitials()
		}
		if cls&cMonthName != 0 {
			v.monthGivenName()
		}
	}
	return v
}

// possessives marks the words an apostrophe makes possessive: "the
// ministry's figures", "Hamas' fighters".
func (v *view) possessives() {
	toks := v.toks
	quoted := false // inside a single quote: "the ‘2 million deportations’ figure"
	for i := range toks {
		t := &toks[i]
		if !t.word {
			quoted = quoted || opensSingleQuote(toks, i)
			continue
		}
		if i+1 < len(toks) && toks[i+1].low == "'" && !toks[i+1].space {
			if i+2 < len(toks) && toks[i+2].low == "s" && !toks[i+2].space {
				t.poss = true
			} else if quoted {
				quoted = false // the quote's close, no possessive
			} else if strings.HasSuffix(t.low, "s") {
				t.poss = true // "Hamas' fighters"
			}
		}
	}
}

// comma is is(i, ","), for the readers that walk a span for commas
// token by token: a comparison of the id with a constant, with no list to
// build and no string to compare.
func (v *view) comma(i int) bool {
	return uint(i) < uint(len(v.toks)) && v.toks[i].id == wComma
}

// is reports whether token i's lower-case word is one of words.
func (v *view) is(i int, words ...wordID) bool {
	if uint(i) >= uint(len(v.toks)) {
		return false
	}
	// A token of no vocabulary word (noWord, or a word list's id after
	// vocabulary's: idlist.go) is in no list: answered without walking
	// it. (One unsigned compare: noWord wraps to the largest.)
	id := v.toks[i].id
	if id-1 >= countedVocabularyEnd-1 {
		return false
	}
	for _, w := range words {
		if id == w {
			return true
		}
	}
	return false
}

// isOne is is for a single word: one compare, with no list to build and
// walk (most of is's callers ask about one word).
func (v *view) isOne(i int, w wordID) bool {
	return uint(i) < uint(len(v.toks)) && v.toks[i].id == w
}

func (v *view) punct(i int) bool {
	return i >= 0 && i < len(v.toks) && !v.toks[i].word && !v.toks[i].num
}

// boundary reports whether token i ends a phrase: a comma, a clause mark,
// a quotation mark or a spaced dash.
func (v *view) boundary(i int) bool {
	// Only punctuation ends a phrase, and most tokens are words: those
	// are passed over here, small enough to be inlined where the readers
	// walk a phrase, without comparing their spelling with each mark.
	if uint(i) < uint(len(v.toks)) && v.toks[i].word {
		return false
	}
	return v.boundaryMark(i)
}

// boundaryMark is boundary for a token that is no word, or past the
// view's ends.
func (v *view) boundaryMark(i int) bool {
	if i < 0 || i >= len(v.toks) {
		return true
	}
	switch v.toks[i].low {
	case ",", ";", ":", "\"", "(", ")", "[", "]", "!", "?", "…":
		return true
	case "-":
		return v.toks[i].space
	case ".":
		return !v.internalDot(i)
	}
	return false
}

// internalDot: the full stop of an initial or abbreviation inside a name
// ("U.S. officials", "Rear Adm. Yonatan").
func (v *view) internalDot(i int) bool {
	if i == 0 || !v.toks[i-1].word || v.toks[i].space {
		return false
	}
	p := &v.toks[i-1]
	// Lower case maps rune to rune: low has as many as the word as written.
	return p.capital && utf8.RuneCountInString(p.low) <= 4 && i+1 < len(v.toks) || v.webNameDot(i)
}

// skip moves over a possessive's apostrophe and s.
func (v *view) possEnd(i int) int {
	j := i + 1
	if v.isOne(j, wApostrophe) {
		j++
		if v.isOne(j, wS) && !v.toks[j].space {
			j++
		}
	}
	return j
}

// text is the source text between tokens [a, b).
func (v *view) span(text string, a, b int) (string, int, int) {
	if a >= b {
		return "", 0, 0
	}
	s, e := v.toks[a].start, v.toks[b-1].end
	return text[s:e], s, e
}

// isShouted: a word in capitals ("SAYS" in a headline).
func isShouted(s string) bool { return strings.ToUpper(s) == s && len(s) > 2 }
