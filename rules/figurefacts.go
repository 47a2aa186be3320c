package rules

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// What a figure is in its sentence, whichever metric looks at it: where a
// change started, the whole a share is taken of, or an amount another
// figure qualifies (projections: projection.go; parts: parts.go).

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

// quantifierAt returns the token of quantifierOf's word, or -1.
func quantifierAt(d *figures.Document, fi int) int {
	fs, _ := d.FigureTokens(fi)
	k := fs - 1
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
// so two figures here are a change.
func earlierValue(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, fe := d.FigureTokens(fi)
	if pastInAside(d, s, fs, fe) {
		return true
	}
	from := fromBefore(d, s, fs)
	if from < 0 {
		return false
	}
	if from > s.TokStart {
		switch d.LowerTokenText(from - 1) {
		case "up", "down":
			return true // "up from 9.9m in May": where the count stood before
		}
		if changedFrom(d, s, from) {
			return true // "has risen from about $2.4bn ... to its current level"
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
// steadily from", "dropped sharply from". Whatever the change ends on ("to
// its current level", "as families went home", or nothing), the figure
// of its "from" is where it started.
func changedFrom(d *figures.Document, s *figures.Sentence, from int) bool {
	word := sentenceWords(d, s)
	k := from - 1
	for n := 0; n < 2 && k > s.TokStart && mannerAdverb(word(k)); n++ {
		k--
	}
	return k >= s.TokStart && isLowerWord(d.TokenText(k)) && changeVerb(word(k))
}

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

// ownedAcrossConjunction reports whether a keyword before figure fi, with
// a conjunction between them, follows another amount: the keyword closes
// that figure's clause, and the conjunction opens fi's ("$3.3bn comes as
// Foreign Military Financing and $500m is reserved for missile defence").
func ownedAcrossConjunction(d *figures.Document, fi int, h hit) bool {
	fs, _ := d.FigureTokens(fi)
	if h.end > fs {
		return false
	}
	conj := false
	for k := h.end; k < fs && !conj; k++ {
		switch d.LowerTokenText(k) {
		case "and":
			// "in Turkey and Syria": an "and" between two names joins
			// them into one phrase and opens no clause.
			conj = !joinsNames(d, k)
		case "but", "while", "whereas", "alongside":
			conj = true
		case "with":
			// An amount added to the first: "..., along with $5.2bn for
			// missile defence", "together with".
			w := d.LowerTokenText(max(k-1, 0))
			conj = w == "along" || w == "together"
		case "well":
			// "..., as well as $5.2bn for missile defence"
			conj = k+1 < fs && k >= 1 && d.LowerTokenText(k+1) == "as" && d.LowerTokenText(k-1) == "as"
		case "part":
			// "$3.3bn a year in FMF, part of $3.8bn in military aid":
			// what follows is the whole the first figure is part of.
			conj = k+1 < fs && d.LowerTokenText(k+1) == "of"
		}
	}
	if !conj {
		return false
	}
	si := d.SentenceAt(d.Figures[fi].Start)
	if si < 0 {
		return false
	}
	s := &d.Sentences[si]
	for fj := s.FigStart; fj < s.FigEnd; fj++ {
		if fj == fi || !d.Figures[fj].Kind.IsAmount() {
			continue
		}
		// A figure in a phrase fronted before a comma ("A week after the
		// magnitude 7.8 quake, the combined toll in Turkey and Syria
		// climbed to 37,531") has no clause for the keyword to close.
		if _, je := d.FigureTokens(fj); je <= h.start && !commaBetween(d, je, h.start) {
			return true
		}
	}
	return false
}

// joinsNames reports whether the "and" at token k stands between two
// capitalised words ("Turkey and Syria", "Gaza and the West Bank"): a
// phrase of names, not a conjunction of clauses.
func joinsNames(d *figures.Document, k int) bool {
	if k < 1 || k+1 >= len(d.Tokens) {
		return false
	}
	next := k + 1
	if string(d.TokenText(next)) == "the" && next+1 < len(d.Tokens) {
		next++
	}
	return capitalised(d, k-1) && capitalised(d, next)
}

// capitalised reports whether token k is a word that begins with a
// capital letter.
func capitalised(d *figures.Document, k int) bool {
	w := d.TokenText(k)
	return d.Tokens[k].IsWord() && w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// includedIn reports whether exclude_near hit h stands after figure fi
// (ending at token fe) behind an "including": it names a part the figure
// holds, so the figure is the whole ("about 11.5 million people, including
// those who crossed into Chad").
//
// A subgroup after a comma names a part the same way: ", the majority of
// them women and children", ", most of whom were civilians", ", mostly
// women", ", among them 40 journalists".
func includedIn(d *figures.Document, fe int, h hit) bool {
	comma := false
	for k := fe; k < h.start; k++ {
		if inclusionAt(d, k) {
			return true // "including", ", counting those who" (includedwords.go)
		}
		switch w := d.LowerTokenText(k); w {
		case ",":
			comma = true
		case "them", "whom":
			if comma && k-1 >= fe && d.LowerTokenText(k-1) == "of" || comma && d.TokenText(k-1) == "among" {
				return true
			}
		case "mostly", "mainly", "largely", "predominantly", "overwhelmingly":
			if k-1 >= fe && d.TokenText(k-1) == "," {
				return true
			}
		}
	}
	return false
}

// ownedByOther reports whether another amount stands between figure fi
// and an exclude_near word, or the word is that amount's own place, noun or
// label: the word then qualifies that figure, not fi ("the toll rose to
// 33,091, with 75,750 wounded"; "8,476 in Syria, or 59,259 in all").
func ownedByOther(d *figures.Document, fi int, h hit) bool {
	si := d.SentenceAt(d.Figures[fi].Start)
	if si < 0 {
		return false
	}
	s := &d.Sentences[si]
	fs, fe := d.FigureTokens(fi)
	at := placeAt(d, h)
	for fj := s.FigStart; fj < s.FigEnd; fj++ {
		if fj == fi || !d.Figures[fj].Kind.IsAmount() {
			continue
		}
		js, je := d.FigureTokens(fj)
		if restatedAcrossComma(d, fj, fi) {
			continue // "thousands, maybe eight thousand": one count said twice (restatedplace.go)
		}
		if fe <= js && je <= h.start || h.end <= js && je <= fs {
			return true
		}
		// The other figure's own place or phrase: "8,476 in Syria, or
		// 59,259 in all", "from about 275,000 before the war to nearly
		// 1.5 million".
		if at >= 0 && (at == je || at == je+1 && d.Tokens[je].IsWord()) || h.start == je {
			return true
		}
		// What the other figure counts ("at least 28,576 Palestinians
		// killed; more than 1 million sheltering"), or its label, right
		// before it ("11,236 (Turkey 8,574; Syria 2,662)").
		if namesCounted(d, je, h) || h.end == js {
			return true
		}
	}
	return false
}

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
		if h.ref.role == rolePattern && h.ref.index == pi {
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

// fit says whether a figure can be a value of a metric, or why not.
type fit uint8

const (
	fitting fit = iota
	wrongKind
	wrongCurrency
	belowMin
	aboveMax
)

// takes reports whether an amount can be a value of the metric, and
// notes why not when it cannot and an explanation was asked for.
func (m *metric) takes(d *figures.Document, s *figures.Sentence, fi int, hits []hit, tr *tracer) bool {
	f := &d.Figures[fi]
	if !f.Kind.IsAmount() {
		return false
	}
	if m.spokenMoney(d, s, fi, hits) {
		g := m.asMoney(f)
		f = &g // "three point eight billion a year in military aid" (spokenmoney.go)
	}
	why := m.rejects(f)
	if why != fitting && tr != nil {
		tr.note("%q: %s", f.Text, m.describeReject(why, f))
	}
	return why == fitting && m.countsThis(d, s, fi, tr)
}

// countsThis reports whether a figure counts what the metric counts: not
// another noun ("60 beds" for people), and not a rate ("30 for each
// hostage"). It notes why not when an explanation was asked for.
func (m *metric) countsThis(d *figures.Document, s *figures.Sentence, fi int, tr *tracer) bool {
	if m.spec.Kind != "money" && !unitOfTime(m.spec.Unit) && spanAdjective(d, fi) {
		if tr != nil {
			tr.note("%q says how long something lasts (spanadjective.go), not a count", d.Figures[fi].Text)
		}
		return false
	}
	if m.countNouns == nil {
		return true
	}
	if w := m.countsOther(d, s, fi); w != "" {
		if tr != nil {
			tr.note("%q counts %s; the metric counts %s", d.Figures[fi].Text, w, m.spec.Unit)
		}
		return false
	}
	if rate(d, s, fi) && (len(m.valueNames) == 0 || !dealBatch(d, s, fi)) {
		if tr != nil {
			tr.note("%q is a rate (for each, for every, per), not a count", d.Figures[fi].Text)
		}
		return false
	}
	if ratioComplement(d, s, fi) {
		if tr != nil {
			tr.note("%q is a term of what a ratio is said to be (\"the ratio ... is three for one\"; ratiocomplement.go), not a count", d.Figures[fi].Text)
		}
		return false
	}
	if rateShare(d, s, fi, len(m.valueNames) > 0) {
		if tr != nil {
			tr.note("%q is a share per unit (\"12,000 each\") or the unit of a rate (\"for every ten\"), not a count", d.Figures[fi].Text)
		}
		return false
	}
	return true
}

// rejects says whether a figure can be a value of the metric.
func (m *metric) rejects(f *figures.Figure) fit {
	ok := false
	for _, k := range m.kinds {
		if f.Kind == k {
			ok = true
		}
	}
	switch {
	case !ok:
		return wrongKind
	case m.spec.Kind == "money" && m.spec.Unit != "" && f.Unit != m.spec.Unit:
		return wrongCurrency
	case m.spec.Min != nil && f.Value < *m.spec.Min:
		return belowMin
	case m.spec.Max != nil && f.Value > *m.spec.Max:
		return aboveMax
	}
	return fitting
}

// matchPattern runs a pattern over the sentence with its amount figures
// masked (appendMasked), and returns the figures its placeholders bound.
func (m *metric) matchPattern(d *figures.Document, s *figures.Sentence, masked string, cp *compiledPattern, tr *tracer) ([]Value, bool) {
	for _, loc := range cp.re.FindAllStringSubmatchIndex(masked, -1) {
		vals := make([]Value, 0, len(cp.names))
		ok := true
		for _, name := range cp.names {
			g := cp.re.SubexpIndex(name)
			if loc[2*g] < 0 {
				ok = false
				break
			}
			fi, err := strconv.Atoi(masked[loc[2*g]:loc[2*g+1]])
			if err != nil || fi < 0 || fi >= len(d.Figures) {
				ok = false
				break
			}
			if why := m.rejects(&d.Figures[fi]); why != fitting {
				if tr != nil {
					tr.note("%s: matched, but {%s} %q %s", cp.rule, name, d.Figures[fi].Text, m.describeReject(why, &d.Figures[fi]))
				}
				ok = false
				break
			}
			if !m.countsThis(d, s, fi, tr) {
				ok = false
				break
			}
			vals = append(vals, Value{Name: name, Figure: d.Figures[fi]})
		}
		if ok {
			return vals, true
		}
	}
	if tr != nil {
		tr.note("%s: did not match: %s", cp.rule, cp.stoppedAt(d, masked))
	}
	return nil, false
}

// appendMasked appends the sentence with each amount figure replaced by a
// marker holding its index.
func appendMasked(b []byte, d *figures.Document, s *figures.Sentence) []byte {
	pos := s.Start
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		f := &d.Figures[fi]
		if !f.Kind.IsAmount() || f.Start < pos {
			continue
		}
		b = append(b, d.Text[pos:f.Start]...)
		b = utf8.AppendRune(b, markOpen)
		b = strconv.AppendInt(b, int64(fi), 10)
		b = utf8.AppendRune(b, markClose)
		pos = f.End
	}
	return append(b, d.Text[pos:s.End]...)
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
	if k < 3 || k > len(d.Tokens) || !strings.EqualFold(d.TokenText(k-1), "s") || !isApostrophe(d.TokenText(k-2)) || !d.Tokens[k-3].IsWord() {
		return -1
	}
	return k - 3
}
