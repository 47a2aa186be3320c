package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// What a figure counts. A figure followed by a noun counts that noun: "a
// survey of 40,726 households", "1,200 aid trucks", "60 beds", "over six
// weeks". Such a figure is no value of a metric whose unit is another
// thing, whatever keyword stands near it. The check reads the words right
// after the figure once, against the nouns the metric's unit allows, so it
// covers the next noun a writer uses without a list per metric.

// peopleVocab is the vocabulary of nouns that count people: it stands for
// the unit "people".
const peopleVocab = "people"

// countNouns builds the set of nouns a metric's figures may count: the
// unit's words (for people, the people vocabulary), and the single words of
// its keywords and value words ("150 detainees", "33,000 deaths"). Nil when
// the metric counts money or has no unit: nothing is checked then.
func countNouns(s MetricSpec) map[string]bool {
	if s.Kind == "money" || s.Kind == "percent" || s.Kind == "fraction" || s.Unit == "" {
		return nil
	}
	set := map[string]bool{}
	for _, w := range strings.Fields(s.Unit) {
		addHead(set, w)
	}
	if u := strings.ToLower(s.Unit); u == "people" || u == "persons" {
		addHeads(set, s, []string{vocabMark + peopleVocab})
	}
	addHeads(set, s, s.Keywords)
	for _, v := range s.Values {
		addHeads(set, s, v.Near)
	}
	return set
}

// addHead adds the head noun of phrase p, in both numbers, to set: a
// phrase counts its head noun ("arms sales" counts sales), and a noun with
// "of" and what it holds after it counts that noun ("sales of arms" counts
// sales, not arms). A phrase that opens with a preposition says where
// people are or what they left ("from their villages", "under canvas"):
// "3,000 villages" is no count of the displaced.
func addHead(set map[string]bool, p string) {
	p = strings.ToLower(strings.TrimLeft(strings.TrimSpace(p), "="))
	p = strings.TrimSuffix(p, "*")
	if rest, ok := strings.CutSuffix(p, " "+strings.ToLower(EventMark)); ok {
		// "victims of EVENT" counts victims: its head is its first word.
		p, _, _ = strings.Cut(rest, " ")
	}
	if strings.HasSuffix(p, " "+strings.ToLower(CountMark)) {
		return // "claim COUNT" is a verb: it names nothing a figure counts
	}
	if before, _, ok := strings.Cut(p, " of "); ok {
		p = before
	}
	if first, _, _ := strings.Cut(p, " "); prepositions[first] || linkWords[first] || first == "off" {
		return // "from their villages", "under canvas" say where, not what
	}
	if i := strings.LastIndexAny(p, " -"); i >= 0 {
		p = p[i+1:]
	}
	if p == "" || strings.ContainsRune(p, '\'') {
		return
	}
	set[p] = true
	set[singular(p)] = true
}

// addHeads adds the head nouns of phrases ps, vocabularies (@name) opened
// to their phrases, to set.
func addHeads(set map[string]bool, s MetricSpec, ps []string) {
	for _, p := range ps {
		if name, ok := strings.CutPrefix(strings.TrimSpace(p), vocabMark); ok {
			if s.Vocabularies != nil {
				if v, ok := s.Vocabularies.Lookup(name); ok {
					for _, w := range v.Phrases {
						addHead(set, w)
					}
				}
			}
			continue
		}
		addHead(set, p)
	}
}

// singular is a plural noun's singular, near enough for a set lookup
// (both forms of a listed word are in the set).
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}

// notNouns are words ending in s that follow a figure without being a noun
// it counts.
var notNouns = map[string]bool{
	"was": true, "has": true, "is": true, "does": true, "as": true, "this": true, "its": true, "his": true,
	"across": true, "towards": true, "afterwards": true, "besides": true, "thus": true,
	"whereas": true, "perhaps": true, "always": true, "sometimes": true, "less": true, "unless": true,
	"news": true, "yes": true,
}

// countedNoun returns the token of the noun figure fi counts: the lower-case
// plural word right after it, or the one after a lower-case modifier ("aid
// trucks", "hospital beds"); -1 when no noun follows.
func countedNoun(d *figures.Document, s *figures.Sentence, fi int) int {
	_, fe := d.FigureTokens(fi)
	for t := fe; t < fe+2 && t < s.TokEnd; t++ {
		tok := d.Tokens[t]
		if !tok.IsWord() || !tok.Space {
			return -1
		}
		w := d.TokenText(t)
		if !isLowerWord(w) || notNouns[w] {
			return -1
		}
		if figureAt(d, t) >= 0 {
			// Another amount opens a quantity of its own, and the noun
			// after it is its: "surpass 50,000 three weeks on".
			return -1
		}
		if pluralForm(w) {
			// A verb with its particle is no noun: "the toll of nearly
			// 59,000 breaks down".
			if n := t + 1; n < s.TokEnd && verbParticle(d.TokenText(n)) {
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
				if nw := d.TokenText(n); isLowerWord(nw) && pluralForm(nw) && !notNouns[nw] {
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
		if len(w) < 3 || notNouns[w] || linkWords[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") {
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
// what it counts ("20,000 in the north", "300 this week").
var prepositions = map[string]bool{
	"in": true, "inside": true, "within": true, "outside": true, "of": true, "on": true, "at": true, "from": true,
	"since": true, "by": true, "near": true, "across": true, "after": true, "before": true, "during": true,
	"this": true, "last": true, "to": true, "for": true, "with": true,
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
	t := countedNoun(d, s, fi)
	if t < 0 {
		t = oneCountsNoun(d, s, fi) // "one city" (onenoun.go)
	}
	if t < 0 {
		return ""
	}
	w := d.TokenText(t)
	if m.countNouns[w] || m.countNouns[singular(w)] || m.entriesOfCount(d, s, t) || m.entriesOfListBefore(d, s, fi, t) {
		return ""
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
	if _, fe := d.FigureTokens(fi); t == fe+1 && m.countNouns[strings.ToLower(d.TokenText(fe))] && !pluralForm(strings.ToLower(d.TokenText(fe))) {
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

// rate reports whether a figure is a rate ("30 prisoners for each hostage",
// "50 for every soldier", "3 per household"), not a count of its own: the
// words after it, past its noun, say "for each", "for every" or "per".
func rate(d *figures.Document, s *figures.Sentence, fi int) bool {
	return rateUnit(d, s, fi) >= 0
}

// rateUnit returns the token of what figure fi is a rate per (the word
// after "per", "for each" or "for every", past "additional", "extra",
// "further" or "more"; or a span of time after "a", "an", "each" or
// "every": "20,000 families a day", "1,500 people each week"), or -1 when
// it is no rate.
func rateUnit(d *figures.Document, s *figures.Sentence, fi int) int {
	_, fe := d.FigureTokens(fi)
	for t := fe; t < fe+4 && t < s.TokEnd; t++ {
		if !d.Tokens[t].IsWord() {
			return -1
		}
		switch d.LowerTokenText(t) {
		case "per":
			return unitAfter(d, s, t+1)
		case "for":
			if t+1 < s.TokEnd && d.Tokens[t+1].IsWord() {
				if n := d.LowerTokenText(t + 1); n == "each" || n == "every" {
					return unitAfter(d, s, t+2)
				}
			}
			return -1
		case "a", "an", "each", "every":
			if !spanOpener(d.LowerTokenText(t-1)) && spanPer(d, s, t+1) {
				return t + 1
			}
		}
	}
	return -1
}

// spanOpener reports whether lower-cased w makes the span after it a
// length or a time ("in under a year", "within a week", "for a month"),
// not what a rate is taken per.
func spanOpener(w string) bool {
	switch w {
	case "under", "within", "in", "over", "than", "for", "about", "nearly", "almost", "just", "only",
		"barely", "of", "after", "before", "past", "by", "during", "throughout", "since", "across", "inside":
		return true
	}
	return false
}

// spanPer reports whether token t is a span of time a rate is taken per:
// a unit of time shorter than a year ("day", "week") that no word after
// it turns into a date ("a week ago", "a day after the strike", "a month
// into the offensive"). A yearly figure is left a count: what a year
// brings is how annual totals are told ("close to 3 million a year").
func spanPer(d *figures.Document, s *figures.Sentence, t int) bool {
	if t >= s.TokEnd {
		return false
	}
	if u := d.LowerTokenText(t); !timeUnit(u) || u == "year" || u == "years" {
		return false
	}
	if t+1 >= s.TokEnd || !d.Tokens[t+1].IsWord() {
		return true
	}
	switch d.LowerTokenText(t + 1) {
	case "ago", "after", "later", "into", "on", "before", "earlier", "since", "prior", "back", "or", "and", "of", "from":
		return false
	}
	return true
}

// unitAfter returns the token of a rate's unit from token t on, past a
// word that adds ("each additional day"); t itself when none.
func unitAfter(d *figures.Document, s *figures.Sentence, t int) int {
	for k := t; k < s.TokEnd && k < t+2; k++ {
		switch d.LowerTokenText(k) {
		case "additional", "extra", "further", "more", "new", "single":
			continue
		}
		return k
	}
	return t
}

// perUnit reports whether hit h is what a rate is taken per: right after
// "for each", "for every" or "per" ("three prisoners for every hostage").
// It belongs to the rate, and names what no other figure counts.
func perUnit(d *figures.Document, h hit) bool {
	if h.start < 1 {
		return false
	}
	switch d.LowerTokenText(h.start - 1) {
	case "per":
		return true
	case "each", "every":
		return h.start >= 2 && strings.EqualFold(d.TokenText(h.start-2), "for")
	}
	return false
}

// objectAfter reports whether an article follows token t and no finite
// verb comes right after its noun: a plural noun is seldom followed by
// one, the verb in -s that takes an object is ("makes the scale",
// "understates the toll"). With a verb after the article's noun, the
// article opens a relative clause of the noun ("250 arms deals the
// ministry has signed").
func objectAfter(d *figures.Document, s *figures.Sentence, t int) bool {
	if t+2 >= s.TokEnd {
		return false
	}
	// A quantifier opens an object as an article does: "the ministry's
	// toll of 40,000 includes many civilians".
	if w := d.TokenText(t + 1); article(w) || objectQuantifier(w) {
		return !finiteVerbWithin(d, t+3, 1)
	}
	// So does a plural of a number word ("the toll of more than 62,000
	// excludes thousands still under the rubble", "covers dozens of
	// journalists"): a compound never ends in "thousands". Digits may
	// follow a noun ("300 trucks 20 miles away").
	if w := d.TokenText(t + 1); isLowerWord(w) && strings.HasSuffix(w, "s") && figureAt(d, t+1) >= 0 {
		return true
	}
	switch d.TokenText(t + 1) {
	case "them", "him", "me":
		// No noun is followed by an object pronoun: "a toll of 33,000
		// puts them ...".
		return true
	case "it", "us", "her":
		// Nor by one of these as an object ("a toll of 33,000 makes it
		// Turkey's worst disaster"); as the subject of a relative clause
		// a verb follows it ("the 100 arms sales it has approved").
		return !finiteVerbWithin(d, t+2, 1)
	case "that":
		// A verb of showing before its clause: "a displacement total now
		// north of 11 million means that roughly one in four ...". A
		// noun's "that" opens a relative clause ("deaths that could have
		// been prevented").
		return showingVerbs[d.TokenText(t)]
	}
	return false
}

// showingVerbs, in the third person, say what a figure shows before a
// clause opened by "that".
var showingVerbs = map[string]bool{
	"means": true, "shows": true, "suggests": true, "implies": true, "indicates": true, "signals": true,
	"confirms": true, "reflects": true, "underlines": true, "underscores": true, "proves": true,
}

// verbParticle reports whether w is a particle that makes the word before
// it a verb ("breaks down", "rises up", "runs out").
func verbParticle(w string) bool {
	switch w {
	case "down", "up", "out", "off", "away":
		return true
	}
	return false
}

// elidedNoun reports whether figure fi of sentence s stands for a noun
// the sentence named after an earlier figure: no noun follows it, a verb
// does ("dismantled 18 of Hamas's 24 battalions, and four remain in
// Rafah"). Such a figure counts what that figure's noun counts.
func elidedNoun(d *figures.Document, s *figures.Sentence, fi int) bool {
	_, fe := d.FigureTokens(fi)
	if fe >= s.TokEnd {
		return false
	}
	if onesAfter(d, s, fi) {
		return true // "the last four organised ones" (ofwholeopener.go)
	}
	switch d.LowerTokenText(fe) {
	case "remain", "remains", "are", "were", "still", "now":
		return true
	case "in":
		// "leaving four in Rafah": a bare figure after a verb of leaving
		// or keeping, and the place the noun's things are in.
		if fs, _ := d.FigureTokens(fi); fs > s.TokStart {
			switch d.LowerTokenText(fs - 1) {
			case "leaving", "leaves", "left", "keeping", "keeps", "with":
				return true
			}
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

// objectQuantifier reports whether w is a quantifier that opens a noun
// phrase ("many", "most", "several"): after a word in -s right after a
// figure it opens that word's object, so the word is a verb.
func objectQuantifier(w string) bool {
	switch w {
	case "many", "most", "several", "both", "few", "numerous", "countless":
		return true
	}
	return false
}
