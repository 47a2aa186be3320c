package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A writer deep in a story gives the running figure by a bare count noun
// and no word of the metric: "the tally after that review is 42,010",
// "ANCHOR: And the number is, well, near thirty-nine thousand", "By
// January the tally had gone past 25,000", "a total of 44,300". Only the story says whose count that is. A war's coverage
// carries several counts at once (the dead, the displaced, arms sales, a
// yearly grant), so the story is trusted only when it leaves no choice:
//
//   - the noun is a count noun standing bare (count, tally, total,
//     number, figure after a determiner or an owner, one or two words
//     perhaps between: "the count", "the UN's latest tally", "the 8.6
//     million figure"), not "the number of" a thing ("of" then a figure is
//     the figure: "a total of 44,300");
//   - the sentence holds no word of any metric (a keyword, a value's
//     word, a pattern's): a sentence naming its own count is read by
//     that;
//   - the story before the sentence (the article line given apart, then
//     the text's sentences before it) names, by a keyword with nothing it
//     rules out beside it, exactly one metric whose kind and range one of
//     the sentence's figures fits, and that metric keeps a running count
//     (total: true): "the count" of a crowd or of a year's grant is no
//     such reading.
//
// The story is its nearest sentence that names a count's subject at all
// (any metric's words, tracked or not in this story: "Schools have become
// shelters" names shelter, no death), so a story that has moved on to
// another subject is not trusted on its headline. The noun then stands for
// that metric's keyword, and the engine judges the figure as it would
// beside it: its scope, its range, its excludes, the window. The hit is marked as the article's, so that
// --explain says the story gave it. (Forty-third round, scope43: recur42's
// class B.)

// subjectNounWords is how many words may stand between the count noun and
// its determiner or owner: "the UN's latest official tally".
const subjectNounWords = 2

// articleSubjectHits appends a keyword hit on the bare count noun of
// sentence si for the one running count the story before it names.
func (e *Engine) articleSubjectHits(st *docState, si int, hits []hit) []hit {
	d := st.d
	s := &d.Sentences[si]
	if !st.wordMarks(s).countNoun() {
		return hits // most sentences: no count noun at all
	}
	for _, h := range hits {
		// The sentence (or its question) names its own count; a keyword
		// of a metric whose scope the sentence must meet and does not
		// ("civilians" for a city's crowd, with no city) names none.
		if h.ref.role.triggers() && (e.metrics[h.ref.metric].spec.ScopeIn != "sentence" || e.inScope(st, s, int(h.ref.metric))) {
			return hits
		}
	}
	marks := st.wordMarks(s)
	if marks.modal || marks.editorial {
		// "the total might reach nine million by spring": a projection; a
		// correction's "the right figure is": an earlier story's.
		return hits
	}
	if si > 0 && hasAmount(d, &d.Sentences[si-1]) { // across a paragraph break too
		// "Fighting killed 150,000, one envoy says. The UN's figure is
		// 150,000 too": the noun may point at the sentence before's amount.
		return hits
	}
	noun, det := -1, -1
	for k := s.TokStart; k < s.TokEnd; k++ {
		if det = bareCountNoun(d, s, k); det >= 0 && givesFigure(d, s, k) {
			noun = k
			break
		}
	}
	if noun < 0 {
		return hits
	}
	mi, kw := e.articleSubject(st, si)
	if mi < 0 {
		return hits
	}
	m := e.metrics[mi]
	if d.LowerTokenText(det) == "s" && det-2 >= s.TokStart && !describedWord(m.spec, d.TokenText(det-2)) {
		return hits // another's count: "The army's figure", "The WFP's number"
	}
	for t := det + 1; t < noun; t++ {
		if figureAt(d, t) >= 0 {
			break // "the 9.1 million figure"
		}
		if fits, _ := m.countNounWord(d, det+1, t); !fits && !st.containsAnyPhrase(d.LowerTokenText(t), m.scope) {
			return hits // "The UN's returns figure", "The Hatay number": another count, a part's
		}
	}
	if ownNoun(st, m, d, s, noun) || qualifiedNoun(st, m, d, s, noun) || marks.negation && negatedBefore(d, s, noun) {
		// A negation before the figure: "the ministry no longer uses
		// that tally, not since the 30,000 of spring". One in a later
		// clause ("..., and it is not over") leaves the figure.
		return hits
	}
	return append(hits, hit{ref: phraseRef{metric: int32(mi), role: roleKeyword, index: int32(kw), article: true}, start: noun, end: noun + 1})
}

// articleSubject returns the one metric the story before sentence si names
// whose kind and range a figure of si fits, and the index of the keyword
// that names it; -1 when it names none or more than one, or when the one
// keeps no running count or its scope is not met. A metric whose scope
// must be met in its sentence (a city's crowd) is named only by a
// sentence that names its scope too ("Rafah's displaced"); one whose
// scope the article may meet is named only in a story that meets it (a
// Gaza story's "toll" is not an earthquake's).
func (e *Engine) articleSubject(st *docState, si int) (mi, kw int) {
	d := st.d
	s := &d.Sentences[si]
	named := st.namedBefore(e, si)
	mi, kw = -1, -1
	if !st.subject.near(d, si) {
		return mi, kw
	}
	for m, k := range named {
		if k < 0 || !e.metrics[m].fitsAnyFigure(d, s) {
			continue
		}
		if e.metrics[m].spec.ScopeIn != "sentence" && !e.inScope(st, s, m) {
			continue
		}
		if mi >= 0 {
			return -1, -1 // two counts the figure may be: neither
		}
		mi, kw = m, k
	}
	if mi < 0 || !e.metrics[mi].spec.Total || !e.inScope(st, s, mi) {
		return -1, -1
	}
	return mi, kw
}

// fitsAnyFigure reports whether one of sentence s's amounts, not a vague
// one, has the metric's kind and lies in its range.
func (m *metric) fitsAnyFigure(d *figures.Document, s *figures.Sentence) bool {
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		f := &d.Figures[fi]
		if f.Kind.IsAmount() && f.Qualifier != figures.Vague && m.rejects(f) == fitting {
			return true
		}
	}
	return false
}

// namedBefore returns, per metric, the index of a keyword that names it in
// the story before sentence si (-1: none): in the article given apart, or
// in a sentence of the text before si, with nothing the metric rules out
// beside it. The answers are kept: sentences are asked in order, and each
// sentence before is read once.
func (st *docState) namedBefore(e *Engine, si int) []int {
	if st.subject == nil {
		st.subject = &storyNames{named: make([]int, len(e.metrics))}
		for i := range st.subject.named {
			st.subject.named[i] = -1
		}
		st.subject.at = -1
		if st.article != "" {
			bd := figures.Analyze(st.article)
			ast := &docState{d: bd, stems: st.stems, scoped: map[int]bool{}, words: st.words, factsBuf: st.factsBuf}
			for i := range bd.Sentences {
				st.subject.note(e, ast, &bd.Sentences[i], e.findHits(ast, &bd.Sentences[i], nil), -1)
			}
		}
	}
	for ; st.subject.read < si; st.subject.read++ {
		bs := &st.d.Sentences[st.subject.read]
		st.subject.note(e, st, bs, e.findHits(st, bs, nil), st.subject.read)
	}
	return st.subject.named
}

// storyNames is what the nearest sentence of the story that names a
// count's subject names (namedBefore).
type storyNames struct {
	named []int // per metric, a keyword's index, or -1
	read  int   // the text's sentences read
	at    int   // the sentence that named them; -1 for the article's title
}

// near reports whether the subject was named close enough to sentence si
// for si's bare count noun to point at it: in the sentence right before,
// or earlier in si's own paragraph (the title counts as the first
// paragraph's). A story that has moved on to a subject no metric tracks
// ("Negotiators weigh a three-phase plan.") names no count's subject, so
// without this a bare "the total" paragraphs later would still take the
// count named at the top.
func (n *storyNames) near(d *figures.Document, si int) bool {
	if n.at == si-1 {
		return true
	}
	for k := max(n.at+1, 1); k <= si; k++ {
		if d.Sentences[k].ParagraphStart {
			return false
		}
	}
	return true
}

// note makes sentence s (of the document st reads, its hits hs) the
// story's subject when it names any metric's words but a requirement's or
// a pattern's (a keyword, a value's word, an exclude: "the injured",
// "shelters" with no city), and records the metrics whose keyword names
// them there, with nothing they rule out beside the keyword, and for a
// metric whose scope must be met in the sentence, with its scope in s.
func (n *storyNames) note(e *Engine, st *docState, s *figures.Sentence, hs []hit, at int) {
	subject := false
	for _, h := range hs {
		subject = subject || h.ref.role != roleRequire && h.ref.role != rolePattern
	}
	if !subject {
		return // no count's subject: the nearest one before still stands
	}
	n.at = at
	for i := range n.named {
		n.named[i] = -1 // a new subject: what came before it no longer stands
	}
	for _, h := range hs {
		mi := h.ref.metric
		if h.ref.role != roleKeyword || n.named[mi] >= 0 || ruledOutAt(st.d, hs, h) {
			continue
		}
		if m := e.metrics[mi]; m.spec.ScopeIn == "sentence" && !st.containsAnyPhrase(st.lowerText()[s.Start:s.End], m.scope) {
			continue
		}
		n.named[mi] = int(h.ref.index)
	}
}

// bareCountNoun returns, when token k of sentence s is a count noun
// standing bare (count, tally, total, number or figure, after a
// determiner, an owner or a figure, perhaps with subjectNounWords words
// between, and not followed by "of" and anything but a figure), the token
// of that determiner, owner's "s" or figure; -1 when it is not.
func bareCountNoun(d *figures.Document, s *figures.Sentence, k int) int {
	switch d.LowerTokenText(k) {
	case "count", "tally", "total", "number", "figure":
	default:
		return -1
	}
	if figureAt(d, k) >= 0 {
		return k - 1 // the figure's own words: "a total of 44,300"
	}
	if k+1 < s.TokEnd && strings.HasSuffix(d.LowerTokenText(k+1), "ing") {
		return -1 // "the number going hungry" counts what the participle says
	}
	if k+1 < s.TokEnd && d.LowerTokenText(k+1) == "of" {
		// "a total of 44,300" gives the figure; "the number of trucks"
		// counts trucks.
		if k+2 >= s.TokEnd || figureAt(d, k+2) < 0 && figureAt(d, k+3) < 0 {
			return -1
		}
	}
	if k+1 < s.TokEnd && (figureAt(d, k+1) >= 0 || figureAt(d, k+2) >= 0 && !d.Tokens[k+1].IsWord()) && (k-1 < s.TokStart || !determinerBefore(d, k)) {
		// A figure right after the word, no determiner right before it: a
		// verb ("aid workers in the south number about 3,000").
		return -1
	}
	for t, n := k-1, 0; t >= s.TokStart && n <= subjectNounWords; t, n = t-1, n+1 {
		if figureAt(d, t) >= 0 {
			return t // "the 9.1 million figure"
		}
		w := d.LowerTokenText(t)
		if priorWord(w) || w == "old" {
			return -1 // "the old number": a reading since replaced
		}
		switch w {
		case "the", "its", "their", "a":
			// Not "that" or "this": they point at a figure given before
			// (thatcount.go), "That number from last month".
			return t
		case "s":
			if t > s.TokStart && isApostrophe(d.TokenText(t-1)) {
				return t // an owner: "the UN's tally"
			}
		}
		if !d.Tokens[t].IsWord() || !strings.ContainsFunc(w, isLetter) {
			return -1
		}
	}
	return -1
}

// givesFigure reports whether the count noun at token k gives an amount
// of sentence s: one right before it ("the 9.1 million figure"), or one
// after it in its clause (no semicolon, colon or dash between: "the tally
// after that review is 42,010", "a total of 44,300"). An amount before the
// noun with words between is its own clause's, the noun a comment on it
// ("2 million people go hungry, the largest number yet").
func givesFigure(d *figures.Document, s *figures.Sentence, k int) bool {
	if k-1 >= s.TokStart && figureAt(d, k-1) >= 0 || figureAt(d, k) >= 0 {
		return true // "the 9.1 million figure"; "a total of 44,300", one figure
	}
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		if fs, fe := d.FigureTokens(fi); fs < k && fe <= k && d.Figures[fi].Kind.IsAmount() {
			// "Chad counts 600,000 arrivals, and aid groups put the
			// figure higher still, near 700,000": the noun may be that
			// amount's, not the story's.
			return false
		}
	}
	for t := k + 1; t < s.TokEnd; t++ {
		if fi := figureAt(d, t); fi >= 0 && d.Figures[fi].Kind.IsAmount() {
			return true
		}
		if w := d.TokenText(t); w == ";" || w == ":" || isDash(w) || w == "," && strings.EqualFold(d.TokenText(t+1), "but") {
			return false // another clause's: "Nobody can say the number ..., but one agency guesses"
		}
	}
	return false
}

// ownNoun reports whether the amount the count noun at token noun gives
// (the first after it) is followed by a plural noun of its own that is not
// the metric's people ("300,000 fighters under arms"): it counts that.
func ownNoun(st *docState, m *metric, d *figures.Document, s *figures.Sentence, noun int) bool {
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		_, fe := d.FigureTokens(fi)
		if fe <= noun || !d.Figures[fi].Kind.IsAmount() {
			continue
		}
		if fe >= s.TokEnd || !d.Tokens[fe].IsWord() {
			return false
		}
		w := d.LowerTokenText(fe)
		return pluralForm(w) && !st.storyPeople(m, w)
	}
	return false
}

// negatedBefore reports whether a negation stands in sentence s before the
// end of the first amount after token noun.
func negatedBefore(d *figures.Document, s *figures.Sentence, noun int) bool {
	end := s.TokEnd
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		if _, fe := d.FigureTokens(fi); fe > noun && d.Figures[fi].Kind.IsAmount() {
			end = fe
			break
		}
	}
	for k := s.TokStart; k < end; k++ {
		if negation(d.LowerTokenText(k)) {
			return true
		}
	}
	return false
}

// qualifiedNoun reports whether a qualifier right after the count noun at
// token noun makes it another count: a place adverb ("The total there"), a
// time of its own ("The total last month"), or a preposition whose object
// is not the metric's scope or a name its description gives ("The count
// among school staff", "The total under discussion"; but "The count from
// the Strip's ministry", "the count out of Gaza" are the metric's).
func qualifiedNoun(st *docState, m *metric, d *figures.Document, s *figures.Sentence, noun int) bool {
	k := noun + 1
	if k >= s.TokEnd || !d.Tokens[k].IsWord() || figureAt(d, noun) >= 0 || figureAt(d, k+1) >= 0 {
		return false // the figure's own words, or "of" and the figure: "a total of 44,300"
	}
	if w := d.LowerTokenText(k); pastForm(w) || irregularPastForm(w) {
		// A participle that says what is counted: "The number sent home
		// so far is 2,300". The clause's own verb comes later, before the
		// figure; a past verb with none after it is the noun's own ("the
		// tally stood at", "the count reached").
		for t := k + 1; t < s.TokEnd && figureAt(d, t) < 0; t++ {
			if u := d.LowerTokenText(t); beForm(u) || u == "has" || u == "have" || u == "had" || u == "stands" || u == "stood" || u == "remains" {
				return true
			}
		}
	}
	switch w := d.LowerTokenText(k); {
	case w == "there" || w == "here" || w == "last" || w == "this" || w == "next" || w == "each" || w == "per":
		return true
	case ofAnotherCount(w) || w == "under" || w == "out" || w == "across" || w == "within" || w == "among" || w == "for":
		for t := k + 1; t < s.TokEnd && t <= k+3; t++ {
			u := d.LowerTokenText(t)
			if u == "of" || u == "the" || u == "its" {
				continue
			}
			return !st.containsAnyPhrase(u, m.scope) && !describedWord(m.spec, d.TokenText(t))
		}
		return true
	}
	return false
}

func isLetter(r rune) bool { return r >= 'a' && r <= 'z' }
