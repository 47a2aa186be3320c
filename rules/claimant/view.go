package claimant

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// tok is one token of a sentence as the finder reads it.
type tok struct {
	// The token as written is the text's [start, end); the view keeps
	// only what the readers test of it, to stay small.
	low        string // lower case, typographic apostrophes and quotes folded
	start, end int    // byte offsets in the text
	lower      bool   // written as low: no capital, nothing folded
	word, num  bool
	space      bool // white space before it
	capital    bool // starts with an upper-case letter
	poss       bool // followed by 's or ’s (or a bare apostrophe after s)
	fig        bool // inside an amount figure
	cls        class
	report     bool   // a reporting verb's form, whatever its use here
	finding    bool   // a findings verb's form ("show", "found")
	shouted    bool   // isShouted(raw)
	aliases    uint32 // the Finder's aliases whose first word this is (aliasGroup)
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
}

// spelling is what the finder knows of a word as written, whatever its
// place: its lower case and the lexicons it belongs to. Working it out
// costs map lookups and, for a verb's form, Snowball, so a Doc remembers
// it per spelling (see scratch.spelling).
type spelling struct {
	low             string
	cls             class
	report, finding bool // only for a word, not a number or a symbol
	shouted         bool // written in capitals ("SAYS" in a headline)
	// aliases are the Finder's aliases starting with this word: left none
	// by spell, filled in by scratch.spelling, which knows the Finder.
	aliases uint32
}

func spell(raw string) spelling {
	low := raw
	if needsLower(raw) {
		low = strings.ToLower(raw)
	}
	switch low {
	case "’", "‘", "`":
		low = "'"
	case "“", "”", "«", "»", "„":
		low = "\""
	case "—", "–":
		low = "-"
	}
	sp := spelling{low: low, shouted: isShouted(raw)}
	if classStart(low) {
		sp.cls = classes[low]
	}
	if len(low) >= 3 && stemStart(low) && !strings.HasSuffix(low, "ing") {
		st := stem(low)
		sp.report, sp.finding = reportStems[st], findingStems[st]
	}
	return sp
}

// needsLower: raw holds a capital or a non-ASCII letter. Most words do
// not, and are their own lower case.
func needsLower(raw string) bool {
	for i := 0; i < len(raw); i++ {
		if c := raw[i]; c >= 0x80 || c >= 'A' && c <= 'Z' {
			return true
		}
	}
	return false
}

func newView(d *figures.Document, si int, sc *scratch) *view {
	s := &d.Sentences[si]
	src := d.Tokens[s.TokStart:s.TokEnd]
	v := sc.newView(len(src))
	v.toks = v.toks[:len(src)]
	// The figure a token may be inside, its bounds held aside: most tokens
	// are not in it, and reading the figure for each costs.
	fi := s.FigStart
	figStart, figEnd, figAmount := math.MaxInt, math.MaxInt, false
	if fi < s.FigEnd {
		f := &d.Figures[fi]
		figStart, figEnd, figAmount = f.Start, f.End, f.Kind.IsAmount()
	}
	for i := range src {
		t := &src[i]
		raw := d.Text[t.Start:t.End]
		var sp *spelling
		if t.IsNumber() {
			// Numbers rarely recur: not worth remembering.
			num, ok := plainSpelling(raw)
			if !ok {
				num = spell(raw)
			}
			sp = &num
		} else {
			sp = sc.spelling(raw)
		}
		capital := raw[0] >= 'A' && raw[0] <= 'Z'
		if raw[0] >= 0x80 {
			r, _ := utf8.DecodeRuneInString(raw)
			capital = unicode.IsUpper(r)
		}
		start := int(t.Start)
		for figEnd <= start {
			fi++
			figStart, figEnd, figAmount = math.MaxInt, math.MaxInt, false
			if fi < s.FigEnd {
				f := &d.Figures[fi]
				figStart, figEnd, figAmount = f.Start, f.End, f.Kind.IsAmount()
			}
		}
		word := t.IsWord()
		// Field by field into the recycled (zeroed) token: a whole struct
		// is built aside and copied.
		k := &v.toks[i]
		k.low, k.lower = sp.low, sp.low == raw
		k.start, k.end = start, int(t.End)
		k.word, k.num, k.space, k.capital = word, t.IsNumber(), t.Space, capital
		k.cls, k.shouted, k.report, k.finding = sp.cls, sp.shouted, word && sp.report, word && sp.finding
		k.fig = figAmount && figStart <= start
		k.poss = false
		k.aliases = sp.aliases
		if len(raw) == 1 || k.num {
			// Spellings not kept by scratch.spelling (see there).
			k.aliases = sc.aliases(sp.low)
		}
	}
	toks := v.toks
	for i := range toks {
		t := &toks[i]
		if !t.word {
			continue
		}
		// "The interior ministry is now saying": a progressive form is a
		// verb; other -ing forms ("telling them to move") are not.
		// (A word not starting like a stem is no verb's form, as in spell.)
		if len(t.low) > 5 && strings.HasSuffix(t.low, "ing") && stemStart(t.low) && v.progressive(i) {
			st := stem(t.low)
			t.report, t.finding = reportStems[st], findingStems[st]
		}
		if i+1 < len(toks) && toks[i+1].low == "'" && !toks[i+1].space {
			if i+2 < len(toks) && toks[i+2].low == "s" && !toks[i+2].space {
				t.poss = true
			} else if strings.HasSuffix(t.low, "s") {
				t.poss = true // "Hamas' fighters"
			}
		}
	}
	return v
}

func (v *view) is(i int, words ...string) bool {
	if i < 0 || i >= len(v.toks) {
		return false
	}
	low := v.toks[i].low
	for _, w := range words {
		// The first byte settles most comparisons without calling the
		// runtime's comparison of bytes.
		if len(low) == len(w) && (len(w) == 0 || low[0] == w[0]) && low == w {
			return true
		}
	}
	return false
}

func (v *view) punct(i int) bool {
	return i >= 0 && i < len(v.toks) && !v.toks[i].word && !v.toks[i].num
}

// boundary reports whether token i ends a phrase: a comma, a clause mark,
// a quotation mark or a spaced dash.
func (v *view) boundary(i int) bool {
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
	p := v.toks[i-1]
	// Lower case maps rune to rune: low has as many as the word as written.
	return p.capital && utf8.RuneCountInString(p.low) <= 4 && i+1 < len(v.toks)
}

// skip moves over a possessive's apostrophe and s.
func (v *view) possEnd(i int) int {
	j := i + 1
	if v.is(j, "'") {
		j++
		if v.is(j, "s") && !v.toks[j].space {
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

// Reporting verbs, as Snowball stems; irregular forms are listed as
// themselves. A verb's subject (or, inverted, its object) is a claimant.
var reportStems = set("say said tell told estim report confirm claim announc state ad reckon revis believ conced note assess " +
	"put count record verifi verify document regist tal tali talli log calcul learn insist acknowledg admit disclos publish releas fear " +
	"warn identifi examin wrote write quot")

// Verbs whose subject must be a findings noun ("figures show", "a Ledger
// analysis found", "the analysis suggests"): a chart shows, a reader finds.
var findingStems = set("show shown find found suggest indic reveal put project")

// Findings nouns: what a claimant publishes. "X's count", "figures from X".
var findingNouns = set("count counts tally tallies figure figures estimate estimates data analysis reckoning calculation " +
	"calculations assessment investigation review statistics records survey numbers report reports study poll polls surveys projection projections results forecast forecasts " +
	"spreadsheet spreadsheets list lists database documents document images imagery serosurvey")

// Staff nouns: a person who speaks for an organisation ("a spokesman for
// X", "UN satellite analysts", "researchers at X").
var staffNouns = set("spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen researchers analysts staff " +
	"officials official director representative envoy")

var determiners = set("the a an")

// stop words a subject never reaches back over.
var clauseWords = set("that which who whom whose while whereas and but or as when where if because although though since " +
	"after before than so then nor yet even also")

// auxiliaries and adverbs between a subject and its verb.
var betweenWords = set("has have had is was were are will would could can may might did does do also now later earlier " +
	"previously separately so far just already still again first further then today yesterday tonight repeatedly never " +
	"once not n't")

var pronouns = set("it they he she we i you this these those its their his her our my us me them him")

var firstPerson = set("i we you our my us me your")

// Broadcast roles whose lines are the programme's own speech, not a
// claimant's.
var showRoles = set("anchor host reporter correspondent presenter interviewer moderator announcer narrator q question")

var days = set("monday tuesday wednesday thursday friday saturday sunday january february march april may june july " +
	"august september october november december jan feb mar apr jun jul aug sep sept oct nov dec")

// class holds a word's memberships in the lexicons above, looked up once
// per token instead of once per test.
type class uint16

const (
	cDeterminer class = 1 << iota
	cClause
	cBetween
	cPronoun
	cFirstPerson
	cPreposition
	cLink
	cFindingNoun
	cStaff
	cDay
	cIrregularPast // past forms, for isVerbLike; not a lexicon (see inLexicon)
)

var classes = func() map[string]class {
	m := map[string]class{}
	for _, l := range []struct {
		set map[string]bool
		c   class
	}{{determiners, cDeterminer}, {clauseWords, cClause}, {betweenWords, cBetween}, {pronouns, cPronoun},
		{firstPerson, cFirstPerson}, {prepositions, cPreposition}, {linkWords, cLink}, {findingNouns, cFindingNoun},
		{staffNouns, cStaff}, {days, cDay},
		{irregularPast, cIrregularPast}} {
		for w := range l.set {
			m[w] |= l.c
		}
	}
	return m
}()

// classStarts marks the first two bytes of the words in classes: most
// tokens start otherwise and skip the map.
var classStarts = func() *[1 << 16 / 64]uint64 {
	var m [1 << 16 / 64]uint64
	for w := range classes {
		k := startKey(w)
		m[k/64] |= 1 << (k % 64)
	}
	return &m
}()

// classStart reports whether w starts like a word of the lexicons. The
// table is bits, not bools, to stay in the processor's nearest cache.
func classStart(w string) bool {
	k := startKey(w)
	return classStarts[k/64]&(1<<(k%64)) != 0
}

func startKey(w string) int {
	if len(w) == 0 {
		return 0
	}
	if len(w) == 1 {
		return int(w[0]) << 8
	}
	return int(w[0])<<8 | int(w[1])
}

func (t *tok) has(c class) bool { return t.cls&c != 0 }

// inLexicon reports whether the word is in one of the lexicons above:
// irregular past forms are a class for isVerbLike, not a lexicon.
func (t *tok) inLexicon() bool { return t.cls&^cIrregularPast != 0 }

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// stemStarts holds the first three letters of every stem above: a word
// starting otherwise is no reporting verb and is not stemmed (Snowball
// was most of the finder's time).
var stemStarts = func() *[(26*26*26 + 63) / 64]uint64 {
	var m [(26*26*26 + 63) / 64]uint64
	add := func(w string) {
		if i, ok := prefixIndex(w); ok {
			m[i/64] |= 1 << (i % 64)
		}
	}
	for _, s := range []map[string]bool{reportStems, findingStems} {
		for w := range s {
			add(w)
		}
	}
	for _, w := range []string{"add", "said", "told", "put", "found", "gave", "given", "shown"} {
		add(w)
	}
	return &m
}()

func prefixIndex(w string) (int, bool) {
	if len(w) < 3 {
		return 0, false
	}
	i := 0
	for k := range 3 {
		c := w[k]
		if c < 'a' || c > 'z' {
			return 0, false
		}
		i = i*26 + int(c-'a')
	}
	return i, true
}

func stemStart(low string) bool {
	i, ok := prefixIndex(low)
	return ok && stemStarts[i/64]&(1<<(i%64)) != 0
}

func stem(w string) string {
	switch w {
	case "said", "told", "put", "found", "gave", "given", "shown":
		return w
	}
	return english.Stem(w, true)
}

// verbAt reports whether token i is a reporting verb used as a verb, and
// whether it is a findings verb.
func (v *view) verbAt(i int) (report, finding bool) {
	t := &v.toks[i]
	// -ing forms are read as verbs only after "be" ("is saying"), never
	// otherwise ("telling them to move", "speaking to"): see newView.
	if !t.report && !t.finding || t.capital && i > 0 && !t.shouted {
		return false, false
	}
	// A noun after a determiner or possessive: "the report", "its count".
	if i > 0 {
		p := &v.toks[i-1]
		if p.low == "s" && i > 1 && v.toks[i-2].low == "'" || p.has(cDeterminer) || p.has(cPronoun) && p.low != "it" && p.low != "they" && p.low != "he" && p.low != "she" && p.low != "we" && p.low != "i" && p.low != "you" ||
			p.low == "last" || p.low == "latest" || p.low == "new" || p.low == "own" || p.low == "daily" || p.poss {
			return false, false
		}
	}
	return t.report, t.finding
}

// progressive reports whether the -ing word at i follows a form of "be",
// perhaps with an adverb between: "is saying", "are now reporting".
func (v *view) progressive(i int) bool {
	k := i - 1
	if k >= 0 && v.is(k, "now", "still", "also", "already", "widely") {
		k--
	}
	return k >= 0 && v.is(k, "is", "are", "was", "were", "been")
}

// isShouted: a word in capitals ("SAYS" in a headline).
func isShouted(s string) bool { return strings.ToUpper(s) == s && len(s) > 2 }
