package rules

import (
	"strings"
	"unicode"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A speaker who has been asked about a running count, or whose story is
// one, gives its new value with "it" for the count: "It's almost eleven
// thousand now, across the two countries.", or "We're at about twenty
// thousand now" for the count reached. The "it" points back to the
// count the sentence before names ("The death toll keeps climbing."), or,
// for a text's first sentence read inside an article (ExtractInArticle),
// to the article's headline ("Turkey-Syria earthquake: death toll rises
// ..."). Only a noun keyword there ("toll", "death toll") is such a count,
// not a verb ("killed"), and the sentence before must name nothing the
// metric rules out near it. The figure must be the clause's bare
// complement: "It's" or "It is", perhaps "now", "at" or "already", then
// the figure, with a mark or the sentence's end after it (or "now" and a
// mark). "It's almost six thousand aftershocks now" counts its own noun.

// itSubjectHits appends a keyword hit on the "It" of sentence si for each
// metric whose noun keyword the sentence before (or the article) names.
func (e *Engine) itSubjectHits(st *docState, si int, hits []hit) []hit {
	d := st.d
	s := &d.Sentences[si]
	// Both readings but the sentence's opening "It" or "We" need an
	// "it" in it: the marks, read once per sentence, say whether it holds
	// one, so that most sentences are spared the walk.
	holdsIt := st.wordMarks(s).it
	it := itComplementOf(d, s, holdsIt)
	if it < 0 && holdsIt {
		it = putItAt(d, s) // "The ministry now puts it at 37,266" (putitat.go)
	}
	if it < 0 {
		return hits
	}
	before, bd, ok := e.hitsBefore(st, si)
	if !ok {
		return hits
	}
	for mi := range e.metrics {
		kw := -1
		for _, h := range before {
			if int(h.ref.metric) == mi && h.ref.role == roleKeyword && nounKeyword(bd, h) && !ruledOutAt(bd, before, h) {
				kw = int(h.ref.index)
				break
			}
		}
		if kw >= 0 {
			hits = append(hits, hit{ref: phraseRef{metric: int32(mi), role: roleKeyword, index: int32(kw)}, start: it, end: it + 1})
		}
	}
	return hits
}

// ruledOutAt reports whether an exclude_near or exclude word of keyword
// hit kw's metric modifies it: right before it ("injury toll", "Turkey's
// toll") or in the phrase after it, up to a mark ("toll of the injured",
// "toll in Syria alone"). The count named is then another one.
func ruledOutAt(d *figures.Document, hs []hit, kw hit) bool {
	for _, h := range hs {
		if h.ref.metric != kw.ref.metric || h.ref.role != roleNear && h.ref.role != roleExclude {
			continue
		}
		if h.end == kw.start || h.end+2 == kw.start && isApostrophe(d.TokenText(h.end)) || ownsCountOf(d, h, kw) {
			return true
		}
		if h.start >= kw.end && h.start-kw.end <= 4 {
			marked := false
			for k := kw.end; k < h.start; k++ {
				marked = marked || !d.Tokens[k].IsWord()
			}
			if !marked {
				return true
			}
		}
	}
	return false
}

// ownerCountWords is how many words may stand between an owner's "'s" and
// the count noun it owns: "Israel's own official count".
const ownerCountWords = 2

// ownsCountOf reports whether hit h owns the count whose "of" phrase
// holds keyword hit kw: "Israel's own count of the dead", "Syria's tally
// of the quake dead". The count is the owner's, however plain its keyword.
func ownsCountOf(d *figures.Document, h, kw hit) bool {
	k := h.end
	if k+2 >= kw.start || !isApostrophe(d.TokenText(k)) || !strings.EqualFold(d.TokenText(k+1), "s") {
		return false
	}
	for n, t := 0, k+2; n <= ownerCountWords && t+1 < kw.start; n, t = n+1, t+1 {
		if !d.Tokens[t].IsWord() {
			return false
		}
		if w := d.LowerTokenText(t); figureNoun(w) || tallyNoun(w) {
			o := t + 1
			if !strings.EqualFold(d.TokenText(o), "of") {
				return false
			}
			// The "of" phrase's words before the keyword modify it: "of
			// the quake dead".
			for m := 0; m < ownerCountWords && o+1 < kw.start && d.Tokens[o+1].IsWord(); m++ {
				o++
			}
			return o+1 == kw.start
		}
	}
	return false
}

// itComplement returns the token of the "It" (or the "We" of "We're at")
// that opens sentence s (after a speaker's label) as the subject of a bare
// figure, or -1.
func itComplement(d *figures.Document, s *figures.Sentence) int {
	return itComplementOf(d, s, true)
}

// itComplementOf is itComplement for a sentence that holds an "it" (in
// any case) only when holdsIt: otherwise no recent time fronted before an
// "it" is looked for (recentTimeBeforeIt answers only at one).
func itComplementOf(d *figures.Document, s *figures.Sentence, holdsIt bool) int {
	k := afterSpeakerLabel(d, s)
	t := k
	if holdsIt {
		t = recentTimeBeforeIt(d, s, k)
	}
	if t > k {
		k = t // "By Friday evening it had passed 24,000"
	} else if k+2 >= s.TokEnd || d.TokenText(k) != "It" && d.TokenText(k) != "We" {
		return -1
	}
	it, we, setting := k, d.TokenText(k) == "We", false
	k++
	switch {
	case !we && isApostrophe(d.TokenText(k)) && strings.EqualFold(d.TokenText(k+1), "s"),
		we && isApostrophe(d.TokenText(k)) && strings.EqualFold(d.TokenText(k+1), "re"):
		k += 2
	case !we && strings.EqualFold(d.TokenText(k), "is"), we && strings.EqualFold(d.TokenText(k), "are"):
		k++
	case !we && strings.EqualFold(d.TokenText(k), "was") && countNounBefore(d, s):
		k++ // "... briefed Congress on the number of sales approved. It was more than 100." (itcount.go)
	case !we:
		// "It now stands at", "It has risen to", "It passed": a verb that
		// sets a count to its value, as after a count's own noun
		// (countphrase.go).
		if k = settingVerbEnd(sentenceWords(d, s), k); k < 0 {
			return -1
		}
		setting = true
	default:
		return -1
	}
	if we && !strings.EqualFold(d.TokenText(k), "at") && !(strings.EqualFold(d.TokenText(k), "now") && strings.EqualFold(d.TokenText(k+1), "at")) {
		return -1 // "We're at" a count; "we're seeing 500 a day" is another
	}
	for n := 0; n < 2; n++ {
		switch strings.ToLower(d.TokenText(k)) {
		case "now", "at", "already":
			k++
		}
	}
	fi := figureAt(d, k)
	if fi < 0 || !d.Figures[fi].Kind.IsAmount() {
		return -1
	}
	// The figure opens at k, or, after a verb of setting, at the verb the
	// figure finder took as its qualifier ("passed twelve thousand").
	if fs, _ := d.FigureTokens(fi); fs != k && !(setting && fs > it) {
		return -1
	}
	_, fe := d.FigureTokens(fi)
	if fe < s.TokEnd && strings.EqualFold(d.TokenText(fe), "now") {
		fe++
	}
	fe = countAttributionEnd(d, s, fe) // "It is roughly 12,300 by the UN's count" (itcount.go)
	if fe < s.TokEnd && d.Tokens[fe].IsWord() {
		return -1 // a noun it counts, or a verb: not the bare complement
	}
	return it
}

// recentTimeWords is how many words a recent time fronted before "it" may
// hold: "Late on Friday evening".
const recentTimeWords = 4

// recentTimeBeforeIt returns the "it" after a recent time that sentence s
// opens with at token k ("By Friday evening it had passed 24,000", "On
// Sunday it stood at", "This morning it rose to"), or k when there is
// none. The time must name a day or a part of one and hold no figure: "In
// 2014 it stood at 2,251" and "By the end of May it had reached" read a
// past count, not the running one.
func recentTimeBeforeIt(d *figures.Document, s *figures.Sentence, k int) int {
	if k >= s.TokEnd || !frontedTimeOpener(d.LowerTokenText(k)) && d.LowerTokenText(k) != "late" && d.LowerTokenText(k) != "early" {
		return k
	}
	recent := false
	for t, n := k, 0; t+2 < s.TokEnd && n <= recentTimeWords; t, n = t+1, n+1 {
		if !d.Tokens[t].IsWord() || figureAt(d, t) >= 0 {
			return k
		}
		w := d.LowerTokenText(t)
		if w == "it" && t > k {
			if !recent || d.TokenText(t) != "it" {
				return k
			}
			return t
		}
		if w == "the" {
			return k // "By the end of May"
		}
		recent = recent || readingTimeWord(w) || weekday(w) || w == "yesterday"
	}
	return k
}

// afterSpeakerLabel returns the first token of sentence s past a
// transcript's speaker label ("GUEST:", "PODCAST HOST:"), or its start.
// A label in title case ("Presenter:", "Studio Guest:") is one when its
// last word names a speaker's role (speakerRole): a headline's kicker is
// title-cased too ("Rafah: 800,000 flee ..."), and the sentence opens at
// its start.
func afterSpeakerLabel(d *figures.Document, s *figures.Sentence) int {
	// The colon first: most sentences have none in their first words, and
	// every reader of a sentence's opening asks this.
	colon := -1
	for k := s.TokStart + 1; k < s.TokEnd && k < s.TokStart+4; k++ {
		if d.TokenText(k) == ":" {
			colon = k
			break
		}
	}
	if colon < 0 {
		return s.TokStart
	}
	title := false
	for k := s.TokStart; k < colon; k++ {
		if !d.Tokens[k].IsWord() {
			return s.TokStart
		}
		if strings.IndexFunc(d.TokenText(k), unicode.IsLower) >= 0 {
			if !named(d, k) {
				return s.TokStart
			}
			title = true
		}
	}
	if title && !speakerRole(d.LowerTokenText(colon-1)) {
		return s.TokStart
	}
	return colon + 1
}

// speakerRole reports whether lower-cased w names the role of a person who
// speaks in a broadcast's transcript. A list, because a title-cased
// label's shape is a headline kicker's ("Gaza:", "Update:",
// "Netanyahu:"): only the word tells that someone speaks.
func speakerRole(w string) bool {
	switch w {
	case "anchor", "host", "presenter", "newsreader", "newscaster", "reporter", "correspondent", "caller",
		"guest", "listener", "interviewer", "moderator", "announcer", "narrator", "analyst", "commentator":
		return true
	}
	return false
}

// settingVerbWords is how many words a verb that sets a count may take
// after "It": "has now risen to".
const settingVerbWords = 4

// settingVerbEnd returns the token after the words from token k that set
// a count to the value after them ("now stands at", "has risen to",
// "passed"), or -1 when they hold no verb of change: "It was 9,000" or
// "It had 9,000" says what it was or held, and "It rose by 2,000" gives
// the rise, not the count.
func settingVerbEnd(word func(int) string, k int) int {
	change := false
	for n := 0; n < settingVerbWords; n++ {
		w := word(k)
		switch {
		case countSettingPreposition(w):
			k++
		case countSettingVerb(w):
			change = change || !auxiliary(w) && w != "now" && w != "already" && w != "since" && w != "then"
			k++
			continue
		}
		break
	}
	if !change {
		return -1
	}
	return k
}

// hitsBefore returns the hits of what stands before sentence si, and the
// document they were found in: the sentence before in its paragraph, or,
// for a text's first sentence read inside an article, the article's
// headline and dateline (analysed on their own). ok is false when there
// is neither.
func (e *Engine) hitsBefore(st *docState, si int) (before []hit, bd *figures.Document, ok bool) {
	d := st.d
	switch {
	case si > 0 && !d.Sentences[si].ParagraphStart:
		return e.findHits(st, &d.Sentences[si-1], nil), d, true
	case si == 0 && st.article != "":
		bd = figures.Analyze(st.article)
		ast := &docState{d: bd, stems: st.stems, scoped: map[int]bool{}, words: st.words, factsBuf: st.factsBuf}
		for i := range bd.Sentences {
			before = e.findHits(ast, &bd.Sentences[i], before)
		}
		return before, bd, true
	}
	return nil, nil, false
}
