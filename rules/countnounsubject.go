package rules

import (
	"strings"
	"unicode"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A speaker or an outlet points back to the story's count with a noun for
// a count as the subject and the figure as its complement, and no keyword
// of the metric in the sentence: "GUEST: The UN's figure is about twelve
// and a half million", "The combined number tonight, Turkey and Syria
// together, is thirty-three thousand", "The combined tally, it's just past
// forty-one thousand". It is itsubject.go's "It's N now" with a count noun
// for "it". A count noun alone ("The number is 300,000") says nothing of
// whose count it is, so the noun must be the metric's own: owned by a
// name its description gives ("the UN's", "UNHCR's", "The UN figure"), or
// "combined" or "overall" for a total metric; and the sentence before (in
// its paragraph), or the article for a text's first sentence, must name
// the metric's keyword with nothing it rules out beside it. The noun
// phrase is read from the sentence's start (after a speaker's label) and
// holds no other word than those and a time ("tonight", "this week"): a
// preposition after the noun ("for refugees", "in Darfur", "of injured")
// names another count, and so does another owner ("the army's", "the
// WFP's"). The figure must follow the verb at once (perhaps after "now",
// "at" or a filler); the rest of the engine judges it as it would after
// the keyword itself. A sentence that opens with the recent time the
// count was read at ("By this morning the count ... was", "As of tonight
// the tally ... stood at") may give it in the past, and a phrase after the
// noun that covers every place of the count ("across both countries",
// "in all three provinces") makes it the whole, as "combined" does.

// countSubjectWords is how many words the noun phrase may hold before the
// count noun ("The UN's latest official").
const countSubjectWords = 4

// countNounSubjectHits appends a keyword hit on the count noun opening
// sentence si for each metric that owns the noun and whose keyword the
// sentence before (or the article) names.
func (e *Engine) countNounSubjectHits(st *docState, si int, hits []hit) []hit {
	d := st.d
	s := &d.Sentences[si]
	// The subject's noun is a figure noun or "total" (a tally noun):
	// without one in the sentence (most sentences), its words are not
	// read.
	if !st.wordMarks(s).countNoun() {
		return hits
	}
	noun, from, to, whole := countNounSubject(d, s)
	if noun < 0 {
		return hits
	}
	return e.pointedBackHits(st, si, noun, hits, func(m *metric) bool { return m.ownsCountNoun(d, from, to, whole) })
}

// pointedBackHits appends a keyword hit on token noun of sentence si for
// each metric that owns the noun (owns) and has no keyword in the
// sentence, when the sentence before (or the article, for a text's first
// sentence) names the metric's keyword with nothing it rules out beside
// it: the noun points back to that count. countNounSubjectHits and
// byCountHits read their nouns so.
func (e *Engine) pointedBackHits(st *docState, si, noun int, hits []hit, owns func(m *metric) bool) []hit {
	d := st.d
	var before []hit
	var bd *figures.Document
	for mi := range e.metrics {
		if hasKeyword(hits, mi) || !owns(e.metrics[mi]) {
			continue
		}
		if bd == nil {
			var ok bool
			if before, bd, ok = e.hitsBefore(st, si); !ok {
				return hits
			}
		}
		// The sentence before must name nothing the metric rules out: its
		// count is then another. A headline names the story, and only a
		// word beside its keyword rules it out ("Turkey-Syria earthquakes:
		// the dead").
		if bd == d && nearInQuestion(before, mi) {
			continue
		}
		for _, h := range before {
			if int(h.ref.metric) == mi && h.ref.role == roleKeyword && !ruledOutAt(bd, before, h) {
				hits = append(hits, hit{ref: phraseRef{metric: int32(mi), role: roleKeyword, index: h.ref.index}, start: noun, end: noun + 1})
				break
			}
		}
	}
	return hits
}

// countNounSubject returns the count noun that opens sentence s (after a
// speaker's label) as the subject of a figure, and the words before it
// (from, to); noun is -1 when the sentence is not so made. whole says the
// places the count covers stand apart from the noun, in an aside before
// the verb or after the figure's comma (subjectwhole.go).
func countNounSubject(d *figures.Document, s *figures.Sentence) (noun, from, to int, whole bool) {
	k := afterSpeakerLabel(d, s)
	dated := false
	if t := readingTimeEnd(d, s, k); t > k {
		k, dated = t, true // "By this morning the count ... was"
	}
	if strings.EqualFold(d.TokenText(k), "the") {
		k++
	}
	from, noun = k, -1
	for n := 0; n <= countSubjectWords && k < s.TokEnd; n++ {
		// The nouns by their vocabulary ids: every sentence with an amount
		// is read here, and its first words' text is not.
		if tokenMarked(d, k, rmFigureNoun) || n > 0 && tokenMarked(d, k, rmTally) && d.LowerTokenText(k) == "total" {
			noun = k
			break
		}
		if !d.Tokens[k].IsWord() {
			if !isApostrophe(d.TokenText(k)) || !strings.EqualFold(d.TokenText(k+1), "s") {
				return -1, 0, 0, false
			}
			k++ // an owner's "'s"
		}
		k++
	}
	if noun < 0 {
		return -1, 0, 0, false
	}
	to = noun
	k = noun + 1
	// The places the count covers, all of them: "the count across both
	// countries" is the combined count (wholePlaces).
	k = wholePlaces(d, s, k)
	k = speakerHasEnd(d, s, k) // "The number we have tonight"
	if k >= s.TokEnd {
		return -1, 0, 0, false // the text ends on the noun's phrase: no verb, no figure
	}
	// A time after the noun: "tonight", "this week".
	switch d.LowerTokenText(k) {
	case "tonight", "today", "now":
		k++
	case "this":
		k += 2
	}
	if k >= s.TokEnd {
		return -1, 0, 0, false
	}
	// An aside set off by commas: ", Turkey and Syria together,", ", the
	// verified one,". A preposition in it names another count.
	if d.TokenText(k) == "," && strings.EqualFold(d.TokenText(k+1), "it") {
		k += 2 // a resumptive "it's" at once: "The combined tally, it's ..."
	} else if d.TokenText(k) == "," {
		for n := 0; ; n++ {
			k++
			if t := wholePlaces(d, s, k); t > k {
				whole, k = true, t-1 // ", across both countries,"
				continue
			}
			if n > 6 || k >= s.TokEnd || figureAt(d, k) >= 0 || ofAnotherCount(d.LowerTokenText(k)) {
				return -1, 0, 0, false
			}
			if d.TokenText(k) == "," {
				k++
				break
			}
		}
		if k >= s.TokEnd {
			return -1, 0, 0, false // a cut text ends on the aside
		}
		// A resumptive "it's" after the aside: "The combined tally, it's ...".
		if strings.EqualFold(d.TokenText(k), "it") {
			k++
		}
	}
	switch {
	case isApostrophe(d.TokenText(k)) && strings.EqualFold(d.TokenText(k+1), "s"):
		k += 2
	case strings.EqualFold(d.TokenText(k), "is"):
		k++
	case dated && (strings.EqualFold(d.TokenText(k), "was") || strings.EqualFold(d.TokenText(k), "stood")):
		k++ // the count as read at the time the sentence opens with
	default:
		if k = settingVerbEnd(sentenceWords(d, s), k); k < 0 {
			return -1, 0, 0, false
		}
	}
	for n := 0; n < 4 && k < s.TokEnd; n++ {
		switch w := d.LowerTokenText(k); w {
		case "now", "at", "already", ",", "um", "uh", "er", "ah", "eh":
			k++
			continue
		}
		break
	}
	fi := figureAt(d, k)
	if fi < 0 || !d.Figures[fi].Kind.IsAmount() {
		return -1, 0, 0, false
	}
	return noun, from, to, whole || placesAfterFigure(d, s, fi)
}

// readingTimeEnd returns the token after a time the sentence opens with
// at token k, that the count was read by ("By this morning", "As of
// tonight", "By Friday"), when "the" follows it; k when there is none.
func readingTimeEnd(d *figures.Document, s *figures.Sentence, k int) int {
	t := k
	switch {
	case strings.EqualFold(d.TokenText(t), "by"):
		t++
	case strings.EqualFold(d.TokenText(t), "as") && strings.EqualFold(d.TokenText(t+1), "of"):
		t += 2
	default:
		return k
	}
	timed := false
	for n := 0; n < 3 && t < s.TokEnd && d.Tokens[t].IsWord(); n++ {
		w := d.LowerTokenText(t)
		if w == "the" {
			break
		}
		timed = timed || readingTimeWord(w) || weekday(w)
		t++
	}
	if !timed || !strings.EqualFold(d.TokenText(t), "the") {
		return k
	}
	return t
}

// readingTimeWord reports whether lower-cased w names a recent time a
// count is read at: "this morning", "last night", "tonight".
func readingTimeWord(w string) bool {
	switch w {
	case "morning", "afternoon", "evening", "night", "tonight", "today", "noon", "midday", "midnight", "now":
		return true
	}
	return false
}

// wholePlaces returns the token after a phrase right after a count noun at
// token k-1 that says it covers every place the count is of: "across both
// countries", "in both countries", "for the two countries", "across all
// three provinces"; k when there is none. The count is then the whole, as
// "combined" says.
func wholePlaces(d *figures.Document, s *figures.Sentence, k int) int {
	if k >= s.TokEnd {
		return k // the text ends on the noun: "By one count"
	}
	word := sentenceWords(d, s) // "" past the sentence: a cut text ends anywhere
	switch word(k) {
	case "across", "in", "for":
	default:
		return k
	}
	t := k + 1
	switch word(t) {
	case "both", "all":
		t++
		if w := word(t); w == "the" || w == "two" || w == "three" {
			t++ // "all the", "all three"
		}
	case "the":
		if w := word(t + 1); w != "two" && w != "three" {
			return k
		}
		t += 2
	default:
		return k
	}
	if t >= s.TokEnd || !isLowerWord(d.TokenText(t)) || !pluralForm(d.LowerTokenText(t)) {
		return k
	}
	return t + 1
}

// ofAnotherCount reports whether w, in an aside after a count noun, ties
// the noun to another thing: "for refugees", "in Darfur", "of injured".
func ofAnotherCount(w string) bool {
	switch w {
	case "for", "of", "in", "on", "among", "from", "at", "by":
		return true
	}
	return false
}

// ownsCountNoun reports whether the words from, to before a count noun make
// it the metric's own: a name its description gives ("UN", "UNHCR"),
// perhaps with "'s", or "combined" or "overall" for a total metric, or for
// a total metric the places it covers said apart (whole). Any other word
// but an adjective of time or standing ("latest", "official", "verified")
// is another owner, and the noun is not the metric's.
func (m *metric) ownsCountNoun(d *figures.Document, from, to int, whole bool) bool {
	own := whole && m.spec.Total
	for k := from; k < to; k++ {
		fits, owns := m.countNounWord(d, from, k)
		if !fits {
			return false
		}
		own = own || owns
	}
	if m.spec.Total && to+1 < len(d.Tokens) {
		// "the count across both countries": the whole, as "combined" is.
		if si := d.SentenceAt(int(d.Tokens[to].Start)); si >= 0 && wholePlaces(d, &d.Sentences[si], to+1) > to+1 {
			own = true
		}
	}
	return own
}

// countNounWord reports whether token k, of the words from token from up to
// a count noun, may stand before the noun of the metric's count (fits): an
// owner's "'s", "combined" or "overall" for a total metric, an adjective
// of time or standing ("latest", "official", "verified"), or a name the
// metric's description gives; and whether it makes the noun the metric's
// own (owns): such a name, or "combined" or "overall" for a total metric.
// articlesubject.go asks it of the words before a bare count noun.
func (m *metric) countNounWord(d *figures.Document, from, k int) (fits, owns bool) {
	w := d.TokenText(k)
	switch lw := strings.ToLower(w); {
	case isApostrophe(w) || lw == "s" && k > from && isApostrophe(d.TokenText(k-1)):
		return true, false
	case lw == "combined" || lw == "overall":
		return true, m.spec.Total
	case lw == "latest" || lw == "official" || lw == "verified":
		return true, false
	case unicode.IsUpper([]rune(w)[0]) && describedName(m.spec, w):
		return true, true
	}
	return false, false
}

// describedName reports whether the capitalised word w is a word of the
// metric's name or description ("UN", "UNHCR", "Turkey").
func describedName(s MetricSpec, w string) bool {
	for _, text := range []string{s.Name, s.Description} {
		for _, f := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if f == w {
				return true
			}
		}
	}
	return false
}

// hasKeyword reports whether hits hold a keyword of metric mi: a sentence
// that names its own needs no noun to stand for one.
func hasKeyword(hits []hit, mi int) bool { return metricRoleHit(hits, int32(mi), roleKeyword) }
