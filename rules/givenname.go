package rules

import (
	"slices"
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
	"github.com/claimtrack/claimtrack/rules/internal/wordform"
)

// A verb of giving with a name as its first object gives the sum after it
// to that name (in a clause of its own, not one "which" opens on another
// noun's sum): "US gives Israel $3.8bn a year", "Washington hands Israel
// roughly $3.8bn every year" say what "aid to Israel" says, with no word
// of aid. For each keyword phrase "aid to NAME" or "assistance to NAME"
// (givenToKeywords), a sum right after a verb of giving and NAME gets a
// hit on the verb, unless the sentence holds a keyword or an exclude_near
// word of the metric already: "Washington gives Israel $3.3 billion a year
// to buy American weapons" in a sentence that defines Foreign Military
// Financing gives the part its words name, and is read by them. A name
// that owns what follows it ("gives Israel's neighbours") is not the one
// given to, and another name ("gives Jordan") makes no hit.

// givingVerbs are the verbs that take the one given to as their first
// object: "gives Israel", "handed Israel", "sends Israel".
var givingVerbs = func() map[string]wordform.Form {
	m := wordform.Inflect([]wordform.Verb{{Base: "give", Past: "gave"}, {Base: "hand"}, {Base: "send", Past: "sent"}, {Base: "grant"}})
	for _, w := range []string{"give", "hand", "send", "grant", "given"} {
		m[w] = wordform.Finite
	}
	return m
}()

// givenToKeywords lists, in index order, the keyword phrases "aid to NAME"
// and "assistance to NAME": the only ones a verb of giving and NAME stand
// for. Without any, givenNameHits reads no sentence.
func (e *Engine) givenToKeywords() []phraseRef {
	var refs []phraseRef
	for _, w := range []string{"aid", "assistance"} {
		for _, ref := range slices.Concat(e.byWord[w], e.byStem[w]) {
			if ph := e.phraseOf(ref); ref.role == roleKeyword && len(ph.words) >= 3 && ph.words[0] == w && ph.words[1] == "to" {
				refs = append(refs, ref)
			}
		}
	}
	return refs
}

// givenNameHits appends, for each keyword phrase "aid to NAME", a hit on
// a verb of giving whose first object is NAME, right before a sum of
// money, unless the sentence names the sum in words of the metric
// already. It reads the sentence's figures, not its words, so a sentence
// with no sum pays nothing.
func (e *Engine) givenNameHits(st *docState, s *figures.Sentence, hits []hit) []hit {
	if len(e.givenTo) == 0 {
		return hits
	}
	d := st.d
	for fs := range kindStarts(d, s, figures.Money) {
		name := fs - 1
		if name <= s.TokStart || !named(d, name) {
			continue
		}
		verb := nameStart(d, s.TokStart, name) - 1 // a name of several words: "gives South Sudan"
		if verb < s.TokStart || givingVerbs[d.LowerTokenText(verb)] == 0 || relativeGift(d, s, verb) {
			continue
		}
		hits = e.givenToHits(d, s, hits, name, verb)
	}
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		if d.Figures[fi].Kind != figures.Money {
			continue
		}
		if verb, name := givenSumBefore(d, s, fi); verb >= 0 {
			hits = e.givenToHits(d, s, hits, name, verb)
		} else if to, name := sumForName(d, s, fi); to >= 0 {
			hits = e.sumForHits(st, s, hits, name, to) // "$3.8bn a year for Israel" (givensum.go)
		}
	}
	hits = e.givenForcesHits(st, s, hits)
	return e.yearlyGiverHits(st, s, hits) // "Washington's $3.8bn a year" (yearlygiver.go)
}

// givenSumBefore returns the verb of giving and the last token of the name
// given to, when money figure fi is the sum a relative clause right after
// it gives with no object of its own: "the $1.45 billion Washington gives
// Jordan every year", "the $1.45 billion a year that America sends
// Jordan"; or -1, -1. After the sum may come a yearly word ("a year",
// "annually") and "that" or "which"; then the giver, a name of up to three
// words perhaps after "the" ("the US", "the United States"); then the verb
// and the name given to, which no sum follows ("Washington gives Jordan
// $400 million" gives that sum, read by givenNameHits' first reading).
func givenSumBefore(d *figures.Document, s *figures.Sentence, fi int) (verb, name int) {
	fs, k := d.FigureTokens(fi)
	if k < s.TokEnd && yearlyAt(d, s, k) {
		k++
		if k < s.TokEnd && d.LowerTokenText(k) == "year" {
			k++
		}
	}
	if k < s.TokEnd {
		switch d.LowerTokenText(k) {
		case "that", "which":
			k++
		}
	}
	if k < s.TokEnd && strings.EqualFold(d.TokenText(k), "the") {
		k++
	}
	giver := k
	for k < s.TokEnd && k < giver+3 && named(d, k) {
		k++
	}
	if k == giver || k+1 >= s.TokEnd {
		return -1, -1
	}
	end := -1 // the token after the clause
	if receivingFinite(d, s, k) {
		// The clause told from the other end: its subject is the one
		// given to ("the $1.45bn that Jordan gets each year").
		if verb, end = receivedClauseEnd(d, s, k); verb < 0 {
			return -1, -1
		}
		name = k - 1
	} else {
		if givingVerbs[d.LowerTokenText(k)] == 0 || !named(d, k+1) {
			return -1, -1
		}
		verb = k
		if name = wholeNameEnd(d, s, k+1); name >= 0 {
			end = pastYearly(d, s, name+1)
		} else if name, end = forcesOwnerEnd(d, s, k+1); name < 0 {
			// "gives Jordan's military" gives to Jordan, as "to
			// Jordan's military" does (givenForcesHits); "sends
			// Jordan's neighbours", "sends Jordan $400 million" give
			// to no one the clause names.
			return -1, -1
		}
	}
	// The predicate after the clause is the sum's own, unless the sum is
	// a whole a part before it is taken of ("About $410m of the $1.47bn
	// that Jordan gets annually is reserved for ..."): the part's.
	if !partitiveWholeAt(d, s, fs) && sumSpentAt(d, s, end) {
		return -1, -1
	}
	return verb, name
}

// partitiveWholeAt reports whether the figure starting at token fs is the
// whole of a partitive: "of" before it, perhaps past "the" ("$500m of the
// $1.45bn").
func partitiveWholeAt(d *figures.Document, s *figures.Sentence, fs int) bool {
	k := fs - 1
	if k > s.TokStart && d.LowerTokenText(k) == "the" {
		k--
	}
	return k >= s.TokStart && d.LowerTokenText(k) == "of"
}

// forcesOwnerEnd returns the last token of the name opening at token k
// when it owns a noun of armed forces right after it ("Jordan's
// military", "Jordan's armed forces"), and the token after the clause
// (past the forces' noun and a yearly word); or -1, -1.
func forcesOwnerEnd(d *figures.Document, s *figures.Sentence, k int) (name, end int) {
	for k+1 < s.TokEnd && named(d, k+1) {
		k++
	}
	if k+3 >= s.TokEnd || !isApostrophe(d.TokenText(k+1)) || !strings.EqualFold(d.TokenText(k+2), "s") || !forcesNoun(d, s, k+3) {
		return -1, -1
	}
	end = k + 4
	if w := d.LowerTokenText(k + 3); w == "armed" || w == "defence" || w == "defense" {
		end++ // "armed forces", "defence forces"
	}
	return k, pastYearly(d, s, end)
}

// receivingFinite reports whether a verb of receiving in a finite form
// opens at token k: "receives", "gets", or "has received" and "have got"
// (a perfect up to now). The past ("received", "got") may date the sum
// to another year, and is not read.
func receivingFinite(d *figures.Document, s *figures.Sentence, k int) bool {
	switch d.LowerTokenText(k) {
	case "receives", "receive", "gets", "get":
		return true
	case "has", "have":
		if k+1 < s.TokEnd {
			switch d.LowerTokenText(k + 1) {
			case "received", "got", "gotten":
				return true
			}
		}
	}
	return false
}

// receivedClauseEnd returns the verb of receiving at token k (its last
// token, past "has" or "have") and the token after its clause, when
// nothing after the verb names the sum as other than given: the clause
// ends there, perhaps past a yearly word ("receives every year,") and a
// giver of the United States after "from" ("receives from Washington"). A
// sum after the verb is the verb's own object; a phrase of a lower-case
// noun after "in", "from", "on" or "as" says what the sum is ("receives
// every year in remittances", "gets from tourism"); another giver after
// "from" ("from the Gulf states") gives money that is not the one "aid to
// NAME" counts. It returns -1, -1 then.
func receivedClauseEnd(d *figures.Document, s *figures.Sentence, k int) (verb, end int) {
	if w := d.LowerTokenText(k); w == "has" || w == "have" {
		k++
	}
	verb = k
	j := pastYearly(d, s, k+1)
	if j >= s.TokEnd {
		return verb, j
	}
	if figureAt(d, j) >= 0 {
		return -1, -1
	}
	switch d.LowerTokenText(j) {
	case "from":
		if j = usGiverAt(d, s, j+1); j < 0 {
			return -1, -1
		}
		j = pastYearly(d, s, j)
	case "in", "on", "as":
		if j+1 < s.TokEnd && isLowerWord(d.TokenText(j+1)) && !determiner(d.LowerTokenText(j+1)) {
			return -1, -1
		}
	}
	return verb, j
}

// sumSpentAt reports whether the predicate of the sum a relative clause
// gives opens at token k, past an adverb, and spends it on arms: a verb of
// buying or paying ("buys mostly American-made weapons", "pays for US
// arms"), a passive of spending or using ("is spent largely on US-built
// arms", "is used to buy jets and bombs") or a verb of going towards a
// use ("goes mostly to weapons makers"), past an adverb or an aside set
// off by commas (", critics note,"), with a noun of arms
// (armsNoun) in the few words after it. Money granted for arms
// purchases is the aid's part its purpose names (the vocabulary
// military_financing.yaml), and the clause then says only who gets it:
// "The $1.23bn that Jordan gets annually buys mostly American-made
// weapons" (given_sum_received.yaml). What else a sum buys
// leaves it the sum given ("buys a steady partner": given_sum_before.yaml).
func sumSpentAt(d *figures.Document, s *figures.Sentence, k int) bool {
	word := sentenceWords(d, s)
	adverb := func(k int) int {
		if k < s.TokEnd && lyAdverb(d.TokenText(k)) {
			return k + 1
		}
		return k
	}
	k = adverb(commaAsideAfter(d, s, k))
	spends := false
	switch word(k) {
	case "buys", "buy", "bought", "purchases", "purchased", "pays", "paid", "funds", "funded", "finances", "financed":
		spends = true
	case "goes", "go", "went":
		k = adverb(k + 1) // "goes mostly to"
		switch word(k) {
		case "to", "towards", "toward", "on":
			spends = true
		}
	}
	if !spends && beForm(word(k)) {
		k = adverb(k + 1)
		switch word(k) {
		case "spent":
			spends = true
		case "used":
			spends = true
			if word(k+1) == "to" { // "is used to buy", "to pay for"
				k++
			}
		}
	}
	if !spends {
		return false
	}
	for j := k + 1; j < s.TokEnd && j <= k+spentObjectTokens; j++ {
		if !d.Tokens[j].IsWord() && d.TokenText(j) != "-" {
			return false
		}
		if armsNoun(word(j)) {
			return true
		}
	}
	return false
}

// commaAsideAfter returns the token after an aside set off by commas that
// opens at token k (", critics note,"): at most asideReach words and no
// figure, as pastCommaAside reads one backwards. It returns k when none
// opens there.
func commaAsideAfter(d *figures.Document, s *figures.Sentence, k int) int {
	if k >= s.TokEnd || d.TokenText(k) != "," {
		return k
	}
	for j := k + 1; j < s.TokEnd && j <= k+asideReach+1; j++ {
		if d.TokenText(j) == "," {
			if j > k+1 {
				return j + 1
			}
			return k
		}
		if !d.Tokens[j].IsWord() || figureAt(d, j) >= 0 {
			return k
		}
	}
	return k
}

// spentObjectTokens is how many tokens after the verb of spending its
// noun of arms may stand: "on US - built arms", "mostly American - made
// weapons".
const spentObjectTokens = 6

// armsNoun reports whether lower-cased w names arms as a whole, what
// money given to buy arms buys: "weapons", "arms", "munitions", and the
// arms it names most ("bombs", "missiles", "jets", "shells").
func armsNoun(w string) bool {
	switch w {
	case "weapons", "arms", "munitions", "weaponry", "ammunition", "bombs", "missiles", "jets", "shells":
		return true
	}
	return false
}

// A sum given "to" a name's armed forces is given to that name as "aid to
// NAME" says, and military by what receives it: "a $3.8bn-a-year pledge
// to Israel's military", "the yearly sum Washington commits to Israel's
// armed forces". The hit stands on "to"; another name ("to Egypt's
// army") makes none, and a sentence that names the sum in the metric's
// words already keeps them.

// givenForcesHits appends, for each keyword phrase "aid to NAME", a hit on
// the "to" of "to NAME's" and a noun of armed forces, in a sentence with a
// sum of money.
func (e *Engine) givenForcesHits(st *docState, s *figures.Sentence, hits []hit) []hit {
	d := st.d
	money := false
	for range kindStarts(d, s, figures.Money) {
		money = true
		break
	}
	if !money {
		return hits
	}
	for to := s.TokStart; to+4 < s.TokEnd; to++ {
		if d.LowerTokenText(to) != "to" || !named(d, to+1) {
			continue
		}
		end := to + 1
		for end+1 < s.TokEnd && named(d, end+1) {
			end++ // a name of several words: "to South Sudan's army"
		}
		if end+3 >= s.TokEnd || !isApostrophe(d.TokenText(end+1)) || !strings.EqualFold(d.TokenText(end+2), "s") || !forcesNoun(d, s, end+3) {
			continue
		}
		hits = e.givenToHits(d, s, hits, end, to)
	}
	return hits
}

// forcesNoun reports whether token k opens a name of a state's armed
// forces: "military", "army", "forces", "armed forces", "defence forces".
func forcesNoun(d *figures.Document, s *figures.Sentence, k int) bool {
	switch d.LowerTokenText(k) {
	case "military", "army", "forces":
		return true
	case "armed", "defence", "defense":
		return k+1 < s.TokEnd && d.LowerTokenText(k+1) == "forces"
	}
	return false
}

// relativeGift reports whether the verb of giving at token verb stands in
// a relative clause opened by "which" ("a grant programme through which
// Washington gives Israel $3.3 billion a year"): the sum is the
// antecedent's, which its own words name.
func relativeGift(d *figures.Document, s *figures.Sentence, verb int) bool {
	for k := verb - 1; k >= s.TokStart && !isClauseMark(d.TokenText(k)); k-- {
		if d.LowerTokenText(k) == "which" {
			return true
		}
	}
	return false
}

// givenToHits adds a hit at the token at for each "given to NAME" phrase
// whose name ends at the token name, keeping only those named in the
// figure's clause.
func (e *Engine) givenToHits(d *figures.Document, s *figures.Sentence, hits []hit, name, at int) []hit {
	n := len(hits)
	byUS := usGiverBefore(d, s, at) >= 0 // "Washington gives", "the United States sends"
	for _, ref := range e.givenTo {
		if byUS && !slices.Contains(e.givenByUS, ref) {
			continue // "Washington gives Ukraine $6 billion a year" is no "EU aid to Ukraine"
		}
		if ph := e.phraseOf(ref); nameEndsAt(d, s, name, ph.words[2:]) {
			hits = append(hits, hit{ref: ref, start: at, end: at + 1})
		}
	}
	return dropNamedInClause(hits, n, s.TokStart, s.TokEnd)
}
