package rules

import (
	"strings"
	"unicode"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A writer or a speaker who has just named the story's count gives its
// value as a bare count of its people, with no keyword of its own: "The
// death toll from the floods keeps rising. Some 2,400 people now, the
// provincial government says.", "ANCHOR: Around fourteen and a half
// thousand civilians, the UN says" under a headline on the civilian
// toll, "Officials here are saying well over forty thousand now". A desk
// editor trusts the story that far and no further:
//
//   - the story names the count as a count: a noun keyword of the metric
//     ("toll", "the dead", "displacement"), not a verb ("Floods killed 40
//     overnight" says nothing of the next figure), in the sentence before
//     in its paragraph or, for a text's first sentence read inside an
//     article, its headline (hitsBefore), where a verb keyword after a
//     vague count of its people names them as the noun would ("millions
//     uprooted", "thousands flee": vaguePeopleBefore, left40); and that
//     text names nothing the metric rules out (the injured, children,
//     "alone"): two counts named leave the figure to neither;
//   - the figure is the sentence's only amount and the sentence names
//     nothing of the metric's own (a keyword reads it; an exclude word
//     rules it out);
//   - the figure stands bare: a fragment opening the sentence (past a
//     speaker's label), its people (storyPeople: "people", or a word of
//     the metric's scope, "civilians") and perhaps "now", then the
//     sentence's end or an attribution ("..., the agency says", "...,
//     according to the health office") that ends it or goes on only with
//     the speaker's comment (", and it warns ..."); or the bare object of
//     a verb of saying ("Officials are saying close to three thousand
//     now"), its people perhaps after it, then a mark.
//
// A verb of the figure's own ("40,000 people have lost their homes", "...,
// the office says, were injured"), a place or a time after its noun,
// another noun (children, soldiers, wounded) or a second amount leaves
// the figure to what its own sentence says. The keyword is then said again
// on the figure's noun (or the verb of saying), one word from it, and the
// rest of the engine judges the figure as it would beside the keyword.
// (Thirty-ninth round, topic39: gap38's class C5.)

// storyCountHits appends, for each metric of people whose noun keyword the
// story before sentence si names, a keyword hit on the bare people count
// sentence si gives.
func (e *Engine) storyCountHits(st *docState, si int, hits []hit) []hit {
	d := st.d
	s := &d.Sentences[si]
	at, noun := storyCountShape(d, s)
	// A sentence that names a count noun of its own ("Nobody knows the
	// death toll, but some estimates put it at ...") gives the figure that
	// count: the count-noun readers read it, not the story.
	if at < 0 || st.wordMarks(s).countNoun() {
		return hits
	}
	var before []hit
	var bd *figures.Document
	for mi, m := range e.metrics {
		if m.spec.Unit != "people" || len(m.valueNames) > 0 || metricHit(hits, mi) {
			continue
		}
		if noun >= 0 && !st.storyPeople(m, d.LowerTokenText(noun)) {
			continue
		}
		if bd == nil {
			var ok bool
			if before, bd, ok = e.hitsBefore(st, si); !ok {
				return hits
			}
		}
		// A headline names the story of every sentence of its article:
		// only a figure whose own words say whose count it is (its people
		// by the metric's scope, "13,000 civilians", or its speaker by the
		// metric's description, "the ministry says") is trusted to it.
		// "About 100,000 people, police said" may be a march's.
		if bd != d && !(noun >= 0 && d.LowerTokenText(noun) != "people") && !describedSpeaker(m.spec, d, s) {
			continue
		}
		for _, h := range before {
			if int(h.ref.metric) == mi && h.ref.role == roleKeyword && (nounKeyword(bd, h) || bd != d && vaguePeopleBefore(bd, h)) && !ruledOutAt(bd, before, h) && !e.namesOtherCount(d, bd, before, h) {
				hits = append(hits, hit{ref: phraseRef{metric: int32(mi), role: roleKeyword, index: h.ref.index}, start: at, end: at + 1})
				break
			}
		}
	}
	return hits
}

// namesOtherCount reports whether the sentence of document bd that holds
// keyword hit kw names anything kw's metric rules out: the sentence before
// that names the injured beside the dead names two counts. In an article's
// headline and dateline (d is not bd), a name the metric rules out
// ("Kyiv") may say where the story is told, and rules out only beside the
// keyword (ruledOutAt).
func (e *Engine) namesOtherCount(d, bd *figures.Document, before []hit, kw hit) bool {
	si := bd.SentenceAt(int(bd.Tokens[kw.start].Start))
	if si < 0 {
		return true
	}
	s := &bd.Sentences[si]
	for _, h := range before {
		if h.ref.metric != kw.ref.metric || h.ref.role != roleNear && h.ref.role != roleExclude || h.start < s.TokStart || h.start >= s.TokEnd {
			continue
		}
		if bd == d || !e.phraseOf(h.ref).named {
			return true
		}
	}
	return false
}

// storySpeakerWords is how many words a speaker's name may hold, before
// its verb of saying or after "according to": "the Gaza health ministry".
const storySpeakerWords = 4

// describedSpeaker reports whether sentence s gives its figure by a
// speaker the metric's name or description names: the words right before
// a verb of saying or valuing, its auxiliaries and a pronoun that takes
// the name up again aside ("the UN says", "the ministry is saying", "the
// Health Ministry, they saying", "the mission puts it at"), or right after
// "according to", up to a mark.
func describedSpeaker(spec MetricSpec, d *figures.Document, s *figures.Sentence) bool {
	for k := s.TokStart; k < s.TokEnd; k++ {
		w := d.LowerTokenText(k)
		switch {
		case storySayingVerb(w) || speakingVerb(w) || countValuingVerb(w):
			t := k - 1
			for t > s.TokStart && (auxiliary(d.LowerTokenText(t)) || d.LowerTokenText(t) == "keeps" || d.LowerTokenText(t) == "now") {
				t--
			}
			if t-1 > s.TokStart && (d.LowerTokenText(t) == "s" || d.LowerTokenText(t) == "re") && isApostrophe(d.TokenText(t-1)) {
				t -= 2 // "The IOM's saying", "Officials're saying"
			}
			if t-1 > s.TokStart && speakerPronounWord(d.LowerTokenText(t)) && d.TokenText(t-1) == "," {
				t -= 2 // "the Health Ministry, they saying"
			}
			for n := 0; n < storySpeakerWords && t >= s.TokStart && d.Tokens[t].IsWord(); n, t = n+1, t-1 {
				if describedWord(spec, d.TokenText(t)) {
					return true
				}
			}
		case w == "according" && k+1 < s.TokEnd && d.LowerTokenText(k+1) == "to":
			for t, n := k+2, 0; n < storySpeakerWords && t < s.TokEnd && d.Tokens[t].IsWord(); n, t = n+1, t+1 {
				if describedWord(spec, d.TokenText(t)) {
					return true
				}
			}
		}
	}
	return false
}

// describedWord reports whether word w names what the metric's name or
// description names: a name written there ("UN", "IOM", "Gaza"), in any
// case, or a lower-case noun of four letters or more ("ministry",
// "officials") that is no word of grammar or of the count itself.
func describedWord(spec MetricSpec, w string) bool {
	lw := strings.ToLower(w)
	if lw == "people" || lw == "since" || lw == "from" || lw == "with" || lw == "inside" || lw == "across" || lw == "overall" {
		return false
	}
	for _, text := range []string{spec.Name, spec.Description} {
		for _, f := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if strings.EqualFold(f, w) && (startsUpper(f) || len(f) >= 4) {
				return true
			}
		}
	}
	return false
}

// storyPeople reports whether lower-cased noun names the people metric m
// counts with no word of its own: "people", or a word of its scope
// ("civilians" for a scope of civilians).
func (st *docState) storyPeople(m *metric, noun string) bool {
	return noun == "people" || st.containsAnyPhrase(noun, m.scope)
}

// storyCountShape returns, for a sentence whose only amount is a bare
// count of people, the token a keyword said again stands on (the people
// noun, or the verb of saying before a figure with none) and the people
// noun (-1 when the figure has none); at is -1 when the sentence is not
// so made.
func storyCountShape(d *figures.Document, s *figures.Sentence) (at, noun int) {
	// The cheap questions first: this is asked of every sentence with an
	// amount, and most give their figure a verb or a noun of its own.
	fs := firstAmountTok(d, s)
	if fs < 0 {
		return -1, -1
	}
	fi := figureIn(d, s, fs)
	if fi < 0 {
		return -1, -1
	}
	_, fe := d.FigureTokens(fi)
	noun = -1
	if fe < s.TokEnd && d.Tokens[fe].IsWord() && d.LowerTokenText(fe) != "now" {
		noun = fe
		fe++
	}
	if fe < s.TokEnd && d.LowerTokenText(fe) == "now" {
		fe++
	}
	if fe < s.TokEnd && d.Tokens[fe].IsWord() {
		return -1, -1 // a verb or a place of the figure's own
	}
	// The bare object of a verb of saying ("Officials are saying close to
	// three thousand now"), or a fragment that opens the sentence with its
	// people and ends in an attribution.
	said := saidBareAt(d, s, fs)
	if !said && (noun < 0 || fs != afterSpeakerLabel(d, s) || !fragmentEnd(d, s, fe)) {
		return -1, -1
	}
	if countAmounts(d, s) != 1 || restatesSentenceBefore(d, s, fs) {
		return -1, -1 // a figure said again is the sentence before's, with its bound
	}
	if clauseGoesOn(d, s, fe) {
		return -1, -1 // "said 184 people, including contractors, had been detained"
	}
	if noun < 0 {
		return fs - 1, -1
	}
	return noun, noun
}

// clauseGoesOn reports whether, from token k of sentence s, a part set
// off by a comma or a dash opens on a verb: the figure's clause goes on
// past an aside ("184 people, including contractors, had been detained",
// "800,000 people, many of them returnees, have crossed"), and its verb
// says what the figure counts. A form of "be" or "have", a modal,
// "remain", or a word in -ed with a word after it ("fled their homes") is
// such a verb; "confirmed," alone describes the count.
func clauseGoesOn(d *figures.Document, s *figures.Sentence, k int) bool {
	for t := k; t+1 < s.TokEnd; t++ {
		if m := d.TokenText(t); m != "," && !isDash(m) || !d.Tokens[t+1].IsWord() {
			continue
		}
		w := d.LowerTokenText(t + 1)
		switch {
		case beForm(w) || modalWord(w) || w == "has" || w == "have" || w == "had" || w == "remain" || w == "remains":
			return true
		case len(w) > 4 && strings.HasSuffix(w, "ed") && t+2 < s.TokEnd && d.Tokens[t+2].IsWord():
			return true
		}
	}
	return false
}

// storySayingVerb reports whether lower-cased w is a verb of saying a
// speaker gives a bare figure by: "saying", "says", "said", "talking"
// ("We're talking, what, thirteen thousand").
func storySayingVerb(w string) bool { return w == "saying" || w == "talking" || ownerSaysVerb(w) }

// leadFillerTokens is how many tokens of a speaker's pause may stand
// between the verb and the figure: ", what,", ", oh,", ", uh,".
const leadFillerTokens = 3

// pauseWord reports whether lower-cased w is a word a speaker pauses on
// between commas before a figure, besides the filler sounds: ", what,",
// ", oh,", ", well,".
func pauseWord(w string) bool { return w == "what" || w == "oh" || w == "well" }

// saidBareAt reports whether the figure starting at token fs of sentence s
// is the object of a verb of saying ("Officials are saying close to three
// thousand") or of a verb that values "it" ("Monitors put it at, oh,
// about thirteen thousand": putitat.go's verbs), a speaker's pause perhaps
// between.
func saidBareAt(d *figures.Document, s *figures.Sentence, fs int) bool {
	k := fs - 1
	for n := 0; n < leadFillerTokens && k > s.TokStart; n++ {
		w := d.LowerTokenText(k)
		if w != "," && !pauseWord(w) && !speakerFiller(w) {
			break
		}
		k--
	}
	if k < s.TokStart {
		return false
	}
	if k < fs-1 && d.TokenText(fs-1) != "," {
		return false // a pause is closed by its comma: ", what,"
	}
	w := d.LowerTokenText(k)
	if storySayingVerb(w) {
		return true
	}
	return w == "at" && k-2 >= s.TokStart && d.LowerTokenText(k-1) == "it" && countValuingVerb(d.LowerTokenText(k-2))
}

// fragmentWords is how many words an attribution's speaker, or what
// follows its verb ("on Tuesday"), may hold.
const fragmentWords = 4

// fragmentEnd reports whether a fragment's figure, ending at token k of
// sentence s, ends the sentence, or is followed only by an attribution
// ("..., the agency says", "..., according to the health office", perhaps
// a time after it) that ends it or goes on only with the speaker's
// comment (", and it warns the count is incomplete").
func fragmentEnd(d *figures.Document, s *figures.Sentence, k int) bool {
	// word is the lower-cased token t of the sentence, "" past its end (a
	// text cut short: "About 1.5m people,").
	word := func(t int) string {
		if t >= s.TokEnd {
			return ""
		}
		return d.LowerTokenText(t)
	}
	if k >= s.TokEnd || word(k) != "," && !isDash(word(k)) {
		return k >= s.TokEnd || !d.Tokens[k].IsWord() && word(k) != "," && word(k) != "("
	}
	k++
	switch {
	case word(k) == "according" && word(k+1) == "to":
		k += 2
	case k < s.TokEnd && speakerClauseAt(d, s, k):
		for k < s.TokEnd && !speakingVerb(word(k)) {
			k++
		}
		k++
	default:
		return false
	}
	for n := 0; k < s.TokEnd && d.Tokens[k].IsWord(); n++ {
		if n >= fragmentWords || figureAt(d, k) >= 0 {
			return false
		}
		k++
	}
	if k >= s.TokEnd || word(k) != "," {
		return k >= s.TokEnd || !d.Tokens[k].IsWord() && word(k) != "("
	}
	// The speaker's comment: "and it warns", "and they stress".
	return word(k+1) == "and" && speakerPronounWord(word(k+2)) && commentVerb(word(k+3))
}

// speakerPronounWord reports whether lower-cased w is a pronoun that may
// stand for an attribution's speaker.
func speakerPronounWord(w string) bool {
	switch w {
	case "it", "they", "he", "she":
		return true
	}
	return false
}

// commentVerb reports whether lower-cased w is a verb by which a speaker
// comments on the figure it gave: "warns", "stresses", "says", "adds".
func commentVerb(w string) bool {
	switch w {
	case "says", "said", "warns", "warned", "stresses", "stressed", "adds", "added", "notes", "noted",
		"concedes", "conceded", "admits", "admitted", "insists", "insisted", "cautions", "cautioned":
		return true
	}
	return false
}

// vaguePeopleBefore reports whether a vague count of people stands right
// before keyword hit h, which is then a verb naming them: a headline's
// "Millions uprooted", "Thousands flee", "Dozens flee", "Tens of thousands
// forced out". The count is the figure finder's own vague amount
// (figures.Vague: dozens, scores, hundreds, thousands, tens of thousands,
// millions, several), ending at the keyword, so the next word the finder
// learns to read as a vague amount is read here too.
func vaguePeopleBefore(d *figures.Document, h hit) bool {
	fi := figureAt(d, h.start-1)
	if fi < 0 {
		return false
	}
	f := &d.Figures[fi]
	_, fe := d.FigureTokens(fi)
	return fe == h.start && f.Qualifier == figures.Vague && f.Kind == figures.Count
}
