package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
	"github.com/claimtrack/claimtrack/rules/internal/wordset"
)

// What a figure counts. A figure followed by a noun counts that noun: "a
// survey of 40,726 households", "1,200 aid trucks", "60 beds", "over six
// weeks". Such a figure is no value of a metric whose unit is another
// thing, whatever keyword stands near it. The check reads the words right
// after the figure once, against the nouns the metric's unit allows, so it
// covers the next noun a writer uses without a list per metric. The
// nouns a metric allows: countnouns.go; a rate ("30 for each hostage"):
// rateper.go; a verb in -s with its object after the figure:
// objectafter.go.

// notNouns are words ending in s that follow a figure without being a noun
// it counts.
var notNouns = map[string]bool{
	"was": true, "has": true, "is": true, "does": true, "as": true, "this": true, "its": true, "his": true,
	"across": true, "towards": true, "afterwards": true, "besides": true, "thus": true,
	"whereas": true, "perhaps": true, "always": true, "sometimes": true, "less": true, "unless": true,
	"news": true, "yes": true,
}

// notNounTable is notNouns for notNoun, asked of the words after a figure
// (wordset: no hashing call).
var notNounTable = wordset.New(notNouns)

// notNoun reports whether w is one of notNouns.
func notNoun(w string) bool {
	in, _ := notNounTable.Get(w)
	return in
}

// countedNoun returns the token of the noun figure fi counts: the lower-case
// plural word right after it, or the one after a lower-case modifier ("aid
// trucks", "hospital beds"), two words joined by a hyphen among them, read
// by the last ("war-crimes cases", "air-raid alerts"); -1 when no noun
// follows. One word in quote marks is the noun too: a writer's scare
// quotes around a side's name for what it counts ("the occupation's figure
// of 17,000 'terrorists' killed") disown the name, not the count
// (quotedNoun).
func countedNoun(d *figures.Document, s *figures.Sentence, fi int) int {
	_, fe := d.FigureTokens(fi)
	if q := quotedNoun(d, s, fe); q >= 0 {
		return q
	}
	start := designationEnd(d, s, fe)
	if d.Figures[fi].Value != 1 {
		// One's noun is singular, and a verb in -s may follow it: "Only
		// one Hamas battalion remains" (source_one.yaml).
		start = nameModifierEnd(d, s, start)
	}
	start = joinedModifiersEnd(d, s, start)
	for t, n := start, 0; n < 2 && t < s.TokEnd; t, n = t+1, n+1 {
		tok := d.Tokens[t]
		if !tok.IsWord() || !tok.Space {
			return -1
		}
		w := nounText(d, t)
		if !isLowerWord(w) || notNoun(w) {
			return -1
		}
		if h := hyphenedLast(d, s, t); h > t {
			t, w = h, nounText(d, h) // "war-crimes cases": the compound by its last word
			if notNoun(w) {
				return -1
			}
		}
		if figureAt(d, t) >= 0 {
			// Another amount opens a quantity of its own, and the noun
			// after it is its: "surpass 50,000 three weeks on".
			return -1
		}
		if d.Figures[fi].Value == 1 && timeUnit(w) && w != "quarter" {
			// One's noun is singular: "one additional day of truce for
			// every 10 hostages" counts a day (one_time_unit.yaml).
			return t
		}
		if pluralForm(w) {
			// A verb with its particle is no noun: "the toll of nearly
			// 59,000 breaks down".
			if n := t + 1; n < s.TokEnd && verbParticle(nounText(d, n)) {
				return -1
			}
			// A verb with its object is no noun either: "the toll of
			// nearly 46,000 makes the scale plain"; nor one a negation or
			// an adverb follows after a tally's figure (tallysubject.go).
			if objectAfter(d, s, t) || tallySubjectVerb(d, s, fi, t) {
				return -1
			}
			// A compound counts its last noun: "arms sales"; not a verb
			// with its object ("9,300 civilian deaths understates the toll").
			if n := t + 1; n < s.TokEnd && d.Tokens[n].IsWord() && d.Tokens[n].Space && !objectAfter(d, s, n) {
				if nw := nounText(d, n); isLowerWord(nw) && pluralForm(nw) && !notNoun(nw) {
					return n
				}
			}
			return t
		}
		// Only a modifier may stand between a figure and its noun: not a
		// verb form, an adverb or a preposition.
		if len(w) < 3 || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") && !lyModifier(w) || linkWords[w] {
			return -1
		}
	}
	return -1
}

// nounText is token t as the counted-noun reader reads it: as the figure
// finder read it, so a line written all in capitals has its nouns in lower
// case ("40,000 CANDLES" counts candles: figures/shouted.go), except a
// word that written with one capital would be a people's name ("34,000
// PALESTINIANS", "12 MILLION SUDANESE"), which stays as written, a name
// and no noun, as it is in a line of small letters.
func nounText(d *figures.Document, t int) string {
	w, r := d.TokenText(t), d.ReadTokenText(t)
	if w == r || len(r) < 2 {
		return w
	}
	if c := strings.ToUpper(r[:1]) + r[1:]; pluralDemonym(c) || demonymShape(c) {
		return w
	}
	return r
}

// upperLetters reports whether w opens with one to four capital letters
// and holds no lower-case one: "F", "MK", "AH", "M109".
func upperLetters(w string) bool {
	n := 0
	for n < len(w) && w[n] >= 'A' && w[n] <= 'Z' {
		n++
	}
	return n >= 1 && n <= 4 && strings.IndexFunc(w, func(r rune) bool { return r >= 'a' && r <= 'z' }) < 0
}

// quotedNoun returns the token of a lower-case plural noun set alone in
// quote marks right after the figure ending at token fe ("17,000
// 'terrorists'", "some 20,000 \"militants\""): an opening mark with a
// space before it, the word attached to it, a closing mark attached after
// the word. Otherwise -1.
func quotedNoun(d *figures.Document, s *figures.Sentence, fe int) int {
	t := fe + 1
	if t+1 >= s.TokEnd || !isQuoteMark(d.TokenText(fe)) || !d.Tokens[fe].Space || !d.Tokens[t].IsWord() || d.Tokens[t].Space ||
		!isQuoteMark(d.TokenText(t+1)) || d.Tokens[t+1].Space {
		return -1
	}
	if w := d.TokenText(t); !isLowerWord(w) || notNoun(w) || !pluralForm(w) || figureAt(d, t) >= 0 {
		return -1
	}
	return t
}

// hyphenedLast returns the token of the second of two lower-case words
// joined by a hyphen with no space, the first at token t ("war-crimes",
// "air-raid"), or t when no hyphen joins it to the next.
func hyphenedLast(d *figures.Document, s *figures.Sentence, t int) int {
	if t+2 >= s.TokEnd || d.TokenText(t+1) != "-" || d.Tokens[t+1].Space || d.Tokens[t+2].Space || !d.Tokens[t+2].IsWord() {
		return t
	}
	if figureAt(d, t+2) >= 0 || !isLowerWord(d.TokenText(t+2)) {
		return t
	}
	return t + 2
}

// namesCounted reports whether exclude_near hit h names what the figure
// ending at token fe counts: it stands right after the figure, behind at
// most two modifiers ("14,000 Hamas fighters", "35,000 civilian
// casualties", "two reserve brigades"). The figure is then that subgroup
// or other count, however near a keyword stands.
func namesCounted(d *figures.Document, fe int, h hit) bool {
	if h.start < fe || h.start > fe+2 {
		return false
	}
	for t := fe; t < h.start; t++ {
		tok := d.Tokens[t]
		if !tok.IsWord() || !tok.Space {
			return false
		}
		w := d.LowerTokenText(t)
		if len(w) < 3 || notNoun(w) || linkWords[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") {
			return false
		}
	}
	return d.Tokens[h.start].Space && !prepositions[d.LowerTokenText(h.start)]
}

// moneyIn reports whether exclude_near hit h says what money figure fi is,
// after "in" and perhaps the year it is paid in: "$3.3 billion per year in
// FMF", "$500m a year in missile-defence funding". The figure is that
// part, whatever word names the whole near it ("The $38 billion
// memorandum includes $3.3 billion per year in FMF").
func moneyIn(d *figures.Document, s *figures.Sentence, fi int, h hit) bool {
	if d.Figures[fi].Kind != figures.Money {
		return false
	}
	_, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	t := fe
	switch word(t) {
	case "a", "per", "each", "every":
		if word(t+1) == "year" {
			t += 2
		}
	case "annually", "yearly":
		t++
	}
	return word(t) == "in" && h.start == t+1
}

// prepositions open a phrase after a figure that says where or when, not
// what it counts ("20,000 in the north", "300 this week"). A new reader
// asks preposition(w), read from prepositionTable, which is built from
// this map; the readers that index the map are older and answer the same
// (TestWordTablesAsMaps).
var prepositions = map[string]bool{
	"in": true, "inside": true, "within": true, "outside": true, "of": true, "on": true, "at": true, "from": true,
	"since": true, "by": true, "near": true, "across": true, "after": true, "before": true, "during": true,
	"this": true, "last": true, "to": true, "for": true, "with": true,
}

// prepositionTable is prepositions for the readers that ask it of a word
// before or after every figure (wordset: no hashing call).
var prepositionTable = wordset.New(prepositions)

// preposition reports whether w is one of prepositions.
func preposition(w string) bool {
	in, _ := prepositionTable.Get(w)
	return in
}

// partOfAmount returns the tokens [from, to) that describe the amount
// figure fi is a part of, or -1, -1: "$3.8bn a year in military aid,
// $3.3bn of it as FMF" (the part says "of it" or "of whom": the words
// between whole and part), "$3.8bn a year, of which the FMF grant is
// $3.3bn" (the words up to "of which" or "of whom"), or "Of the $3.8bn a year Washington gives, $3.3bn
// comes as FMF" (the sentence opens with the whole: the words up to the
// comma). Those words are the whole's, not the part's.
func partOfAmount(d *figures.Document, s *figures.Sentence, fi int) (int, int) {
	fs, fe := d.FigureTokens(fi)
	before := -1 // the amount nearest before fi
	for fj := s.FigStart; fj < fi; fj++ {
		if d.Figures[fj].Kind.IsAmount() {
			before = fj
		}
	}
	if before < 0 {
		return -1, -1
	}
	bs, be := d.FigureTokens(before)
	if fe+1 < s.TokEnd && d.LowerTokenText(fe) == "of" {
		switch d.LowerTokenText(fe + 1) {
		case "it", "this", "that", "which", "them", "whom":
			return be, fs
		}
	}
	for t := be; t+1 < fs; t++ {
		if d.LowerTokenText(t) == "of" && partitivePronoun("of", d.LowerTokenText(t+1)) {
			return be, t
		}
	}
	k := s.TokStart
	if k < bs && d.LowerTokenText(k) == "of" {
		if k+1 < bs && d.LowerTokenText(k+1) == "the" {
			k++
		}
		if k+1 == bs {
			for t := be; t < fs; t++ {
				if d.TokenText(t) == "," {
					return be, t
				}
			}
		}
	}
	return -1, -1
}

// linkWords follow a figure without modifying a noun after it.
var linkWords = map[string]bool{
	"and": true, "for": true, "the": true, "are": true, "were": true, "have": true, "had": true,
	"will": true, "would": true, "could": true, "may": true, "might": true, "now": true, "out": true,
	"from": true, "with": true, "into": true, "than": true, "but": true, "not": true, "who": true,
	"which": true, "that": true, "per": true, "each": true, "every": true, "all": true, "more": true,
	"dead": true, "died": true, "remain": true, "still": true, "while": true, "whereas": true, "because": true,
	"although": true, "though": true, "when": true, "once": true,
	// Prepositions: the noun after one is where the people are or what
	// they are under, not what the figure counts: "1.5 million under
	// canvas", "40,000 inside schools".
	"under": true, "over": true, "inside": true, "outside": true, "within": true, "without": true,
	"beneath": true, "between": true, "among": true, "amid": true, "near": true, "behind": true,
	"beyond": true, "along": true, "against": true, "through": true, "toward": true, "upon": true,
	"onto": true, "below": true, "above": true,
	// Conjunctions of time: "climbed to 35,000 before Israel agreed to a
	// pause" names no Israeli count.
	"before": true, "after": true, "until": true, "since": true,
}

// pluralForm reports whether w has the shape of a form in -s, a plural
// noun's or a verb's third person: not -ss, -us or -is ("press", "virus",
// "crisis").
func pluralForm(w string) bool {
	return len(w) >= 3 && w[len(w)-1] == 's' && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

func isLowerWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// countsOther reports the noun a figure counts when the metric's unit does
// not allow it ("" when it does, or when no noun follows).
func (m *metric) countsOther(d *figures.Document, s *figures.Sentence, fi int) string {
	if m.countNouns == nil {
		return ""
	}
	if u, ok := m.measureCounted(d, s, fi); ok {
		return u // "6,000 sq km" is no count of hectares (measureunit.go)
	}
	t := countedNoun(d, s, fi)
	if t < 0 {
		t = oneCountsNoun(d, s, fi) // "one city" (onenoun.go)
	}
	if t < 0 {
		t = m.modifiedOfPart(d, s, fi) // "two of the battalion commanders" (countmodifier.go)
	}
	if t < 0 {
		_, fe := d.FigureTokens(fi)
		if t = compoundUnit(d, s, fe); t < 0 {
			t = countedPastCompound(d, s, fe) // "1,400 900-kilo shells" counts shells
		}
	}
	if t < 0 {
		return ""
	}
	w := nounText(d, t)
	if m.countNouns[w] || m.countNouns[singular(w)] || m.entriesOfCount(d, s, t) || m.entriesOfListBefore(d, s, fi, t) {
		return ""
	}
	if m.spec.Unit == "people" && belongingNoun(strings.ToLower(w)) && !otherLandBefore(d.LowerTokenText(t-1)) && !m.excludedPeopleNamed(d, s) {
		return "" // "11 million compatriots", "nationals": a people by where it belongs (belongingnoun.go)
	}
	if m.countedByName(d, fi, t) {
		return "" // "120 FMS notifications": the name is what the metric counts
	}
	if m.tokenCount(d, s, fi) {
		return "" // "33,000 paper flowers, one for each Palestinian killed" (oneforeach.go)
	}
	if w == "ones" {
		return "" // the noun of an earlier figure stands for it (ofwholeopener.go)
	}
	// A noun of the metric's own without a plural -s ("people",
	// "children") right before the plural-looking word is what the figure
	// counts, and that word is the sentence's verb: "as many as 14 million
	// people deserves more than a line".
	// A singular of a countable noun of the metric's after a figure above
	// one modifies the noun after it, which the figure counts: "three
	// battalion commanders" (countmodifier.go).
	// A noun of the metric's that is the singular of another of its nouns
	// is no plural without -s: it modifies the noun after it, which the
	// figure counts ("3,000 body bags" counts bags), unless that noun is
	// a verb's action ("12,910 civilian killings", each a death; countmodifier.go).
	if _, fe := d.FigureTokens(fi); t == fe+1 && m.countNouns[strings.ToLower(d.TokenText(fe))] && !pluralForm(strings.ToLower(d.TokenText(fe))) &&
		!m.singularModifier(d, fi, strings.ToLower(d.TokenText(fe))) && !m.singularBeforeThing(d, fi, strings.ToLower(d.TokenText(fe)), w) {
		return ""
	}
	// So is a plural noun of the metric's own right before it when what
	// follows it is a verb's object, not more of a noun phrase: a count
	// read as one amount, or a clause as subject, takes a singular verb
	// ("more than 12,000 civilian deaths makes this Europe's deadliest
	// war", "That OHCHR has verified 12,000 civilian deaths makes ...").
	// A preposition after it makes it a headline's verb as well, the
	// figure inside a singular noun's "of" the verb agrees with: "a city
	// of 1.3M refugees waits for the tanks" (people_noun_then_verb.yaml);
	// English compounds take a singular modifier ("refugee camps"). A
	// figure that opens its own noun phrase ("400 residents committees in
	// Rafah"), or a preposition that places the compound at a name ("a
	// network of 400 residents committees in Rafah"), leaves the last
	// noun counted (people_noun_then_noun.yaml).
	if fs, fe := d.FigureTokens(fi); t > fe && t+1 < s.TokEnd && m.countNouns[d.LowerTokenText(t-1)] && pluralForm(d.LowerTokenText(t-1)) &&
		(verbObjectStart(d, t+1) || adverbBeforeObject(d.LowerTokenText(t+1)) && !reducedRelativeAt(d, s, t+2) ||
			verbPreposition(d.LowerTokenText(t+1)) && singularOfBefore(d, s, fs) && !placedAtName(d, s, t+1)) {
		return ""
	}
	return w
}

// entriesOfCount reports whether the noun at token t is entries "on" or
// "in" a count that lists what the metric counts (a toll, a tally, a
// list): "the more than 42,000 names on Gaza's death toll" are the dead
// the toll lists. Only a determiner, an owner (and the words of its name)
// or a modifier stand between the preposition and the count's noun, and
// a keyword of the metric ends the phrase or names it ("death toll", "the
// list of the dead" is another phrase and is not read).
func (m *metric) entriesOfCount(d *figures.Document, s *figures.Sentence, t int) bool {
	var buf [64]byte
	if t+2 >= s.TokEnd {
		return false
	}
	if p := d.LowerTokenText(t + 1); p != "on" && p != "in" {
		return false
	}
	for k := t + 2; k < s.TokEnd && k <= t+6; k++ {
		w := d.TokenText(k)
		if !d.Tokens[k].IsWord() && !isApostrophe(w) {
			return false
		}
		switch lw := string(lowerInto(&buf, w)); lw {
		case "toll", "tally", "count", "list", "roll", "register":
			return m.countNouns[lw] || m.countNouns[d.LowerTokenText(k-1)]
		}
	}
	return false
}

// nounOfFigure reports whether hit h names what an amount before figure
// fi of sentence s counts, standing right after it ("24 battalions").
func nounOfFigure(d *figures.Document, s *figures.Sentence, fi int, h hit) bool {
	for fj := s.FigStart; fj < fi; fj++ {
		if _, je := d.FigureTokens(fj); d.Figures[fj].Kind.IsAmount() && je == h.start {
			return true
		}
	}
	return false
}
