package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A reader takes a sentence's opening subject as what its figure counts,
// however much the writer hangs between the two: "The number of
// Palestinians killed in Gaza since ..., a count compiled by the health
// ministry that ..., rose on Thursday to 34,596", "The displaced in Rafah
// — many living under plastic sheeting ... — number about 1.4 million",
// "The tally of Palestinians killed in Gaza since October that the
// ministry updates most days and that UN agencies cite stood this week at
// about 36,500". The subject's core (its head and the phrases and
// relative clauses on it, up to its first aside) says what is counted;
// one aside between dashes, brackets or commas, closed right before the
// verb, says something of the subject, not of the figure. A keyword's
// window measured in words would part them.

// subjectCount is the sentence-opening subject whose verb of value sets
// figure fi: the core's tokens [from, core), the aside's [core, verb), and
// the words of the verb before the figure.
type subjectCount struct {
	from, core, verb, gap int
}

// maxSubjectWords bounds the subject read: past it a reader has lost the
// thread as a keyword's window would.
const maxSubjectWords = 45

// subjectCountOf finds the sentence-opening subject of figure fi in
// sentence s, or ok false. The figure follows a verb of value ("rose on
// Thursday to", "stood this week at", "now number", "comes to", "has
// passed", or a verb of passing the finder took into the figure: "now
// exceed 50,000"); the subject opens the sentence with "the", an owner's
// 's ("Sudan's displaced") or a bare plural and its participle
// ("Palestinians killed in the war"); its core holds no verb of its own before a
// relative pronoun (so "The toll is disputed by Israel, whose army says
// Hamas losses have reached 14,000" is not read); and whatever stands
// between core and verb is one aside, opened and closed by the same mark,
// with no clause break in it.
func subjectCountOf(d *figures.Document, s *figures.Sentence, fi int) (sc subjectCount, ok bool) {
	fs, _ := d.FigureTokens(fi)
	p, verb, own := fs, false, false
	if d.Tokens[fs].IsWord() {
		// The finder takes a verb of passing into the figure as its
		// qualifier: "now exceed 50,000".
		base, past := figures.PassingVerb(d.LowerTokenText(fs))
		verb, own = base || past, base || past
	}
	for p > s.TokStart && d.Tokens[p-1].IsWord() {
		w := d.LowerTokenText(p - 1)
		switch {
		case countSettingPreposition(w):
		case valueVerb(w):
			if (w == "number" || w == "numbers") && p-2 >= s.TokStart && nounDeterminer(d.LowerTokenText(p-2)) {
				return sc, false // "the number 40,000": a noun
			}
			verb = verb || !stateTimeAdverb(w)
		default:
			if q := timeAdjunctStart(d, s, p); q < p {
				p = q
				continue
			}
			goto done
		}
		p--
	}
done:
	if !verb || p >= fs && !own {
		return sc, false
	}
	from := s.TokStart
	for from < p && !d.Tokens[from].IsWord() && strings.ContainsAny(d.TokenText(from), "\"“‘'") {
		from++ // an opening quote mark
	}
	if from >= p {
		return sc, false
	}
	if !countSubjectOpener(d, from) {
		// "Taken together, displaced people and refugees who ... now
		// number": the subject opens after the fronted phrase, in lower
		// case headed by a keyword or a tally's noun in its first words
		// (headsCore).
		e := frontedPhraseEnd(d, from, p)
		if e == from {
			return sc, false
		}
		from = e
	}
	// The core runs to the first mark that opens an aside.
	core := from
	for core < p && !subjectAsideMark(d.TokenText(core)) {
		core++
	}
	if core < p {
		if !asideClosedBefore(d, s, core, p) {
			return sc, false
		}
	} else if !d.Tokens[p-1].IsWord() && figureIn(d, s, p-1) < 0 || p >= fs {
		// A verb only inside the figure reads so only past an aside:
		// "..., now exceed 50,000". A core may end on a date ("since 3
		// March 2031 stand at"): amountIn refuses a count there.
		return sc, false
	}
	if d.WordPos(p)-d.WordPos(from) > maxSubjectWords || core-from < 2 {
		return sc, false
	}
	if !coreWithoutVerb(d, from, core) || amountIn(d, s, from, core) {
		return sc, false // a clause, or another count inside the subject: "killed by the 2,000 strikes the army counted"
	}
	if core < p && d.TokenText(core) == "," && speakerAside(d, core+1, p-1) {
		return sc, false // "..., officials say, has risen to": a speaker's aside is another reading
	}
	return subjectCount{from: from, core: core, verb: p, gap: d.WordPos(fs) - d.WordPos(p)}, true
}

// valueVerb reports whether lower-cased w is a word of the verb that gives
// a subject's value: countSettingVerb's, a copula, "number", "comes to",
// "sits at", "totals".
func valueVerb(w string) bool {
	if countSettingVerb(w) {
		return w != "since" // "since" opens a period, not a verb
	}
	switch w {
	case "are", "were", "be", "been", "number", "numbers", "numbered", "comes", "come", "came",
		"sits", "sat", "totals", "totalled", "totaled", "still",
		"stand": // a plural subject's "stands at" ("Fatalities among ... stand at")
		return true
	}
	return false
}

// stateTimeAdverb reports whether w is an adverb of time that dates a
// state or a value and stands inside what gives it, not a verb itself: in
// a verb of value ("has now risen to", "stood then at", "is currently the
// number of"), before a value in apposition ("the toll, still 12,000,"),
// and between a place noun and what describes it ("a city now holding", "a
// town then sheltering": describedCity). One list serves them all: a verb
// of value's scan asks it only of the words of such verbs (valueVerb,
// countSettingVerb), so "currently" and "today" act only after a copula
// and in an apposition, where they read as "now" does, and "then" before a
// description dates the place as it dates a value. An event's verb group
// takes these words too, and "since" and "also" besides: verbGroupAdverb
// (predicateof.go).
func stateTimeAdverb(w string) bool {
	switch w {
	case "now", "still", "already", "currently", "today", "then":
		return true
	}
	return false
}

// timeAdjunctStart returns the first token of a time named right before
// token p inside a verb ("rose on Thursday to", "stood this week at",
// "reached this autumn"), or p when there is none.
func timeAdjunctStart(d *figures.Document, s *figures.Sentence, p int) int {
	if q := dayAdjunctStart(d, s, p); q < p {
		return q
	}
	if p-2 <= s.TokStart || !d.Tokens[p-2].IsWord() {
		return p
	}
	switch d.LowerTokenText(p - 2) {
	case "this", "last", "that":
		switch d.LowerTokenText(p - 1) {
		case "week", "weekend", "month", "year", "morning", "evening", "autumn", "spring", "summer", "winter", "fall":
			return p - 2
		}
	}
	return p
}

// nounDeterminer reports whether w makes the word after it a noun.
func nounDeterminer(w string) bool {
	switch w {
	case "the", "a", "an", "this", "that", "its", "their", "whose":
		return true
	}
	return false
}

// countSubjectOpener reports whether token k opens a subject: "The", a
// name with its owner's 's ("Sudan's displaced"), or the people counted as
// a bare plural and the participle that says what befell them
// ("Palestinians killed in the war", "Civilians killed since ...").
func countSubjectOpener(d *figures.Document, k int) bool {
	if strings.EqualFold(d.TokenText(k), "the") {
		return true
	}
	if k+1 >= len(d.Tokens) {
		return false
	}
	w := d.TokenText(k)
	if w == "" || strings.ToUpper(w[:1]) != w[:1] {
		return false
	}
	t := d.TokenText(k + 1)
	if p := strings.ToLower(w); pluralForm(p) && isLowerWord(t) && (strings.HasSuffix(t, "ed") || strings.HasSuffix(t, "en") || pluralPhrasePreposition(t)) {
		// "Palestinians killed in the war, ..., now exceed 50,000"; the
		// count's noun or its people and the phrase on them ("Fatalities
		// among villagers since ... stand at"): the plural opens a
		// subject as "The number of" does.
		return true
	}
	return t == "'s" || t == "’s" || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// pluralPhrasePreposition reports whether lower-case w opens a phrase on
// a bare plural that opens a subject: who the people are ("among", "of")
// or where they were counted ("in", "across").
func pluralPhrasePreposition(w string) bool {
	switch w {
	case "among", "of", "in", "across":
		return true
	}
	return false
}

// frontedPhraseMax is how many words a fronted phrase before the subject
// may hold ("Taken together", "All told", "Overall").
const frontedPhraseMax = 2

// frontedPhraseEnd returns the token after the comma closing a phrase of
// at most frontedPhraseMax words that opens the sentence at token from,
// followed by a word in lower case, or from when there is none. The phrase
// holds no figure and no name but its first word's capital.
func frontedPhraseEnd(d *figures.Document, from, p int) int {
	for k := from; k < p && k <= from+frontedPhraseMax; k++ {
		t := d.TokenText(k)
		if t == "," {
			if k == from || k+1 >= p || !isLowerWord(d.TokenText(k+1)) {
				return from
			}
			return k + 1
		}
		if !d.Tokens[k].IsWord() || k > from && !isLowerWord(t) {
			return from
		}
	}
	return from
}

// subjectAsideMark reports whether t opens an aside on a subject.
func subjectAsideMark(t string) bool {
	return t == "," || t == "(" || isDash(t)
}

// asideClosedBefore reports whether the aside opened at token open closes
// with its own kind of mark right before token p, with no clause break
// (semicolon, colon, full stop) and, for dashes, no third dash in it.
func asideClosedBefore(d *figures.Document, s *figures.Sentence, open, p int) bool {
	o, c := d.TokenText(open), d.TokenText(p-1)
	switch {
	case o == "," && c == ",", o == "(" && c == ")", isDash(o) && isDash(c):
	default:
		return false
	}
	if p-1 <= open+1 {
		return false
	}
	for k := open + 1; k < p-1; k++ {
		switch t := d.TokenText(k); {
		case t == ";", t == ":":
			return false
		case t == "." && !initialDot(d, s, k):
			return false
		case isDash(t) && isDash(o):
			return false
		}
	}
	return true
}

// coreWithoutVerb reports whether tokens [from, to) hold no verb of a
// clause of their own before a relative pronoun: an auxiliary, a verb of
// saying or of value makes the opening words a clause, not a subject.
func coreWithoutVerb(d *figures.Document, from, to int) bool {
	for k := from; k < to; k++ {
		if !d.Tokens[k].IsWord() {
			continue
		}
		switch w := d.LowerTokenText(k); {
		case w == "that", w == "which", w == "who", w == "whom", w == "whose":
			return true
		case w == "is", w == "are", w == "was", w == "were", w == "has", w == "have", w == "had",
			w == "says", w == "said", w == "say", w == "will", w == "would":
			return false
		case countSettingVerb(w) && !stateTimeAdverb(w) && w != "since":
			return false
		}
	}
	return true
}

// inCore reports whether hit h lies in the subject's core.
func (sc subjectCount) inCore(h hit) bool {
	return h.start >= sc.from && h.end <= sc.core
}

// inAside reports whether hit h lies in the aside between core and verb.
func (sc subjectCount) inAside(h hit) bool {
	return h.start >= sc.core && h.end <= sc.verb
}

// headsCore reports whether the subject's core names a count: a tally's
// noun in its first words ("The number of ...", "The overall number",
// "The death toll"), or keyword hit h among them ("The displaced in
// Rafah", "The civilian dead", "Sudan's displaced").
func (sc subjectCount) headsCore(d *figures.Document, h hit) bool {
	if !sc.inCore(h) {
		return false
	}
	for k := sc.from; k < sc.core && d.WordPos(k)-d.WordPos(sc.from) <= 3; k++ {
		if d.Tokens[k].IsWord() && (tallyNoun(d.LowerTokenText(k)) || d.LowerTokenText(k) == "sum") {
			return true
		}
	}
	return d.WordPos(h.start)-d.WordPos(sc.from) <= 3
}

// amountIn reports whether an amount stands among tokens [from, to) of
// sentence s. A small number spelt out after a determiner says how many of
// its noun there are, naming them, not another count: "The death toll from
// the two earthquakes that struck ..." (determinerNumber); "the 2,000
// strikes the army counted" is a count.
func amountIn(d *figures.Document, s *figures.Sentence, from, to int) bool {
	for k := from; k < to; k++ {
		if fj := figureIn(d, s, k); fj >= 0 && d.Figures[fj].Kind.IsAmount() {
			if fs, fe := d.FigureTokens(fj); fs == k && determinerNumber(d, fj) {
				k = fe - 1
				continue
			}
			return true
		}
	}
	return false
}

// determinerNumber reports whether figure fj is a number below a dozen
// spelt in one word after "the", "its", "their", "both" or "all" and
// before a lower-case word, the noun it counts: "the two earthquakes",
// "its three hospitals". Such a number picks out the things, as an article
// does; a count the story reports is written in digits or is larger.
func determinerNumber(d *figures.Document, fj int) bool {
	fs, fe := d.FigureTokens(fj)
	f := &d.Figures[fj]
	return fe == fs+1 && f.Value < 12 && isLowerWord(d.TokenText(fs)) && determinerBefore(d, fs) &&
		fe < len(d.Tokens) && isLowerWord(d.TokenText(fe))
}

// speakerAside reports whether tokens [from, to) between commas say who
// speaks ("officials say", "the ministry said later"): a verb of saying
// before any relative pronoun.
func speakerAside(d *figures.Document, from, to int) bool {
	for k := from; k < to; k++ {
		switch d.LowerTokenText(k) {
		case "that", "which", "who", "whom", "whose":
			return false
		case "say", "says", "said", "told", "reported", "reports":
			return true
		}
	}
	return false
}
