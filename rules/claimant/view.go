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

// verbAt reports whether token i is a reporting verb used as a verb, and
// whether it is a findings verb.
func (v *view) verbAt(i int) (report, finding bool) {
	t := &v.toks[i]
	// -ing forms are read as verbs only after "be" ("is saying"), never
	// otherwise ("telling them to move", "speaking to"): see newView.
	if !t.report && !t.finding || t.capital && i > 0 && !t.shouted || v.stateMedia(i) {
		return false, false
	}
	// "staff were still reporting for work", "reported for duty": to
	// turn up at work, no claim.
	if t.low[0] == 'r' && strings.HasPrefix(t.low, "report") && v.reportsForWork(i) {
		return false, false
	}
	// A noun after a determiner or possessive: "the report", "its count".
	if i > 0 {
		p := &v.toks[i-1]
		if p.low == "s" && i > 1 && v.toks[i-2].low == "'" && !possNameVerb[t.low] && !v.pastNameVerb(i) || p.has(cDeterminer) || p.has(cPronoun) && p.low != "it" && p.low != "they" && p.low != "he" && p.low != "she" && p.low != "we" && p.low != "i" && p.low != "you" ||
			p.low == "last" || p.low == "latest" || p.low == "new" || p.low == "own" || p.low == "daily" && !v.outletNameEnd(i-1) || p.poss || v.adjectiveAfter(i) ||
			// "the Tourism Board's monthly releases": a possessive, then a
			// findings modifier (claim28; a findings noun is read as one
			// already).
			p.has(cFindingsModifier) && !t.has(cFindingNoun) && i > 2 && (v.toks[i-2].poss || v.toks[i-2].low == "s" && v.toks[i-3].low == "'") {
			return false, false
		}
		// "Remittances from the six Gulf states topped $90 billion":
		// "states" before a verb of its own is the plural noun (claim28).
		if t.low == "states" && v.statesNoun(i) {
			return false, false
		}
		// "the coast guard's monthly interception logs show": a form in
		// -s before a bare verb of claim is the plural noun its subject
		// ends on, as "states" before a verb is.
		if v.pluralBeforeBareVerb(i) {
			return false, false
		}
		// "the Service's incident log shows": a possessed compound's head
		// (possessed.go).
		if v.possessedCompoundHead(i) {
			return false, false
		}
		// "We obtained the Port Authority's internal shipping logs.":
		// the plural closing a verb's object (possessed.go).
		if v.objectPluralEnd(i) {
			return false, false
		}
		// "Turnout hits record 72%": a bare form after a verb (role.go).
		if v.afterFiniteVerb(i) {
			return false, false
		}
		// "Remittances hit record $12 billion", "at record 9%": a level
		// reached, "record" its adjective before the figure.
		if t.low == "record" && i+1 < len(v.toks) && v.toks[i+1].fig && reachingWords[p.low] {
			return false, false
		}
		// "the visual-confirmation project WarSpotting": a kind of body
		// before a name is a noun.
		if v.kindBeforeProper(i) {
			return false, false
		}
		// "A review by the Coastal Herald of court records found":
		// the of-phrase's noun (ofwork.go).
		if v.ofPhraseNoun(i) {
			return false, false
		}
		// "a 12-million-euro project": the noun a compound hyphened
		// onto a number modifies (claim117).
		// (A findings noun after one, "the agency's 9,000-case
		// count", is read as before: its owner's reading is elsewhere.)
		if !p.space && !t.has(cFindingNoun) && v.numberCompoundBefore(i) {
			return false, false
		}
	}
	return t.report, t.finding
}

// numberCompoundBefore reports whether the word at i follows, after a
// space, a compound adjective hyphened onto a number: "a 31-million-dollar
// project", "a 12-member survey team", "a 40-page report". The compound
// modifies the word, a noun however often it is a verb ("project",
// "estimate"); a figure's compound ends no subject before its verb.
func (v *view) numberCompoundBefore(i int) bool {
	// (The compound's last word touches the noun's space: "3-1,
	// adds" and "9,000-plus, says" end on a comma, no compound.)
	if i < 3 || !v.toks[i].space || !v.toks[i-1].word {
		return false
	}
	hyphen := false
	k := i - 1
	for ; k > 0 && k > i-12 && !v.toks[k].space; k-- {
		if v.isOne(k, wDash) {
			hyphen = true
		}
	}
	t := &v.toks[k]
	return hyphen && (t.num || t.fig) && v.isOne(k+1, wDash)
}

// statesNoun reports whether "states" at i is the plural noun: a verb
// follows it ("the six Gulf states topped", "member states have"), as
// none follows the verb ("the report states that").
func (v *view) statesNoun(i int) bool {
	if i+1 >= len(v.toks) {
		return false
	}
	n := &v.toks[i+1]
	if !n.word || n.capital {
		return false
	}
	return n.has(cIrregularPast) || len(n.low) > 4 && strings.HasSuffix(n.low, "ed") || statesVerbs[n.low]
}

// reachingWords are the verbs of reaching a level and "at", before
// "record" and a figure: "hit record $90 billion", "at record 40,000"
// ("continue to record 40 a day" is the verb).
var reachingWords = set("hit hits reach reaches reached touch touches touched top tops topped " +
	"jump jumps jumped soar soars soared surge surges surged at")

// pluralBeforeBareVerb reports whether the verb form in -s at i is a
// plural noun: a bare verb of claim follows it at once ("interception logs
// show", "the agency's counts suggest"), which no verb in -s is followed
// by.
func (v *view) pluralBeforeBareVerb(i int) bool {
	t := &v.toks[i]
	// (A findings noun, "the most cautious estimates put", is the
	// findings reader's, as it was.)
	if i+1 >= len(v.toks) || len(t.low) < 4 || t.low[len(t.low)-1] != 's' || strings.HasSuffix(t.low, "ss") || t.has(cFindingNoun) {
		return false
	}
	// ("..., says state health director": "says" is no plural noun, and
	// the bare form after it is no verb, saidscope.go.)
	if v.isOne(i, wSays) {
		return false
	}
	n := &v.toks[i+1]
	// ("IDF releases tally of Hezbollah fire": a findings noun after
	// the form is its object.)
	if !n.word || n.capital || !(n.report || n.finding) || n.has(cFindingNoun) || !t.space && !n.space {
		return false
	}
	w := n.low
	return !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !n.has(cIrregularPast)
}

// statesVerbs are the verbs a plural noun's clause goes on with.
var statesVerbs = set("have had are were will would could should must")

// possNameVerb are verb forms that are never a noun a possessive owns:
// after "'s" they are the verb of a name that ends in it ("Moody's said",
// "Sotheby's expects", "Lloyd's tells clients") or of a subject whose
// "'s" is "has" ("The minister's said"). ("Moody's estimates",
// "Moody's forecast" stay nouns: a possessive owns them.)
var possNameVerb = set("said says told tells expects predicts warns believes reckons insists confirms")

// possNameVerbAt reports whether the word at i, after a capitalised
// name's "'s", is that name's verb: a possNameVerb, or a past form before
// a determiner (pastNameVerb).
func (v *view) possNameVerbAt(i int) bool {
	return i < len(v.toks) && (possNameVerb[v.toks[i].low] || v.pastNameVerb(i))
}

// pastNameVerb reports whether the word at i, after a capitalised name's
// "'s", is a past form in -ed or an irregular past before a determiner or
// a possessive pronoun ("Moody's revised its assessment", "McDonald's
// closed the shops"), which no noun a possessive owns is followed by
// ("Moody's revised outlook"): the name's own verb.
func (v *view) pastNameVerb(i int) bool {
	if i < 3 || i+1 >= len(v.toks) || !v.toks[i-3].capital {
		return false
	}
	t := &v.toks[i]
	if !t.word || t.capital || !(len(t.low) > 4 && strings.HasSuffix(t.low, "ed") || t.has(cIrregularPast)) {
		return false
	}
	return v.toks[i+1].has(cDeterminer) || v.is(i+1, wIts, wTheir)
}

// kindBeforeProper reports whether the word at i is a kind of body between
// a lower-case modifier and a name ("the mapping project WarSpotting",
// "the crowd-sourced monitoring project Oryx"); a plural before it is the
// subject of a verb ("pollsters project Labour").
func (v *view) kindBeforeProper(i int) bool {
	t, p := &v.toks[i], &v.toks[i-1]
	if !t.has(cBody) || i+1 >= len(v.toks) || !v.toks[i+1].capital || !v.toks[i+1].word || v.toks[i+1].has(cDay) {
		return false
	}
	return p.word && !p.capital && !p.has(cPronoun|cBetween|cClause|cPreposition) && !strings.HasSuffix(p.low, "s")
}

// progressive reports whether the -ing word at i follows a form of "be",
// perhaps with an adverb between: "is saying", "are now reporting".
func (v *view) progressive(i int) bool {
	k := i - 1
	if k >= 0 && v.is(k, wNow, wStill, wAlso, wAlready, wWidely) {
		k--
	}
	return k >= 0 && (v.is(k, wIs, wAre, wWas, wWere, wBeen) || v.contractedBe(k) && audienceStems[stem(v.toks[i].low)])
}

// absolute reports whether the -ing word at i is the verb of an absolute
// construction, "with" and its subject before it: ", with the Sudan Doctors
// Network reporting 1,350": the phrase after "with" is the verb's subject.
func (v *view) absolute(i int) bool {
	for k := i - 1; k >= 1 && k >= i-7; k-- {
		t := &v.toks[k]
		if t.low == "'" || t.low == "-" && !t.space {
			continue // "Syria's government", "UN-backed"
		}
		if !t.word || t.fig || t.num {
			return false
		}
		if t.low == "with" {
			return k < i-1 && (v.toks[k+1].capital || v.toks[k+1].has(cDeterminer))
		}
	}
	return false
}

// participle reports whether the -ing form at i opens a participle clause
// after a comma ("The UN disputed that account, saying that ..."): a verb
// whose subject is its main clause's (see sharedSubject).
func (v *view) participle(i int) bool {
	return i > 1 && v.toks[i].ing && v.isOne(i-1, wComma) && v.toks[i-2].word
}

// isShouted: a word in capitals ("SAYS" in a headline).
func isShouted(s string) bool { return strings.ToUpper(s) == s && len(s) > 2 }
