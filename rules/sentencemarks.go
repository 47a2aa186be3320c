package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// sentenceMarks are facts of a sentence's words as a whole that let a
// per-figure reading pass over a sentence which cannot hold what it looks
// for: longAgo needs an "ago" (or an "after": longSpanAfter), datedEvent a lower-case noun of an event or
// an agreement (priorIn answers -1 without one) or a name dated by "of" and
// a year, and besides a word that calls the event a prior one or a year or
// date to fall before the metric's since (priorIn answers only with one).
// Each figure of the sentence would otherwise read its clause's words for them again. They
// also keep the sentence's fronted "Alongside ...," phrase, which
// besideFronted asked again for every figure and metric. And they keep
// whether the sentence holds an "alone" or a "camp", without which
// alonePart and campPart (placepart.go), asked per metric and figure,
// cannot answer. They keep whether a claim noun stands among the first
// words after a live blog's stamp, without which rejectedClaim cannot
// answer (it was most of withdrawn's reading, once per figure), and
// whether the sentence holds a word that calls an agreement a later one
// ("successor", "next"), without which laterInstrument cannot. The word
// marks are read in one pass when the first is asked (every sentence that
// asks one asks the others), the fronted phrase when it is asked.
type sentenceMarks struct {
	of                   *figures.Sentence
	wordsRead, frontRead bool
	ago, event, later    bool
	// prior and dated: the sentence holds a word that calls an event or
	// an agreement a prior one, and a year or a date; without
	// either, and without a since for a year to fall before, datedEvent
	// (whose every answer is priorIn's) cannot answer.
	prior, dated bool
	// claim: a claim noun or a quoted count's noun (claimOpens) stands
	// in the first claimLead+1 words after the sentence's stamp.
	claim bool
	// alone and camp: the sentence holds the word (any case).
	alone, camp bool
	// control: the sentence holds a word of control (isControlMark),
	// without which controlPart cannot answer; compass: a point of the
	// compass or a noun of a part (isCompassMark), without which
	// compassPart cannot.
	control, compass bool
	// unreal: the sentence holds a word an unreal condition opens at
	// (unrealWord), without which counterfactual cannot answer;
	// unrealRead and unrealHeld are unrealCondition's answer, read once
	// per sentence however many figures ask.
	unreal, unrealRead, unrealHeld bool
	// decadeRead and decade: framingDecade's answer (decade.go), the
	// figure of a decade that frames the sentence plus one (0: none), read
	// once per sentence however many metrics with no since ask.
	decadeRead bool
	decade     int
	// editorial: the sentence holds a word that names or misstates an
	// outlet's own earlier text (editorialWord), without which
	// earlierVersion cannot answer.
	editorial bool
	// tally: the sentence holds a count noun (tallyNoun), without which
	// countPhrase cannot answer.
	tally bool
	// figureNoun: the sentence holds a noun of a figure (figureNoun).
	// Without it or a tally noun, byOwnersCount and countNounSubject,
	// which the engine asks of every sentence with an amount whatever
	// its metrics, cannot answer.
	figureNoun bool
	// timeWord and before: the sentence holds a word at which otherTime's
	// walks from the figure answer (otherTimeWord), and a "before".
	timeWord, before bool
	// chance: a chance noun or an adjective of what may be
	// (possibleAdjective) stands in the sentence or in the chanceReach
	// words before it, which chanceOf's walk back from a figure may
	// reach when no punctuation parts the sentences: without one,
	// chanceOf cannot answer.
	chance bool
	// forecast: a word of forecasting (forecastWord, forecastSaid)
	// stands in the sentence or where forecast's walk may reach before
	// it (forecastBefore): without one, forecast cannot answer.
	forecast bool
	// givenCount: the sentence holds a noun that gives a count
	// (givenCountNoun), without which supersededFigure cannot answer.
	givenCount bool
	// since: the sentence holds a "since", without which unitSinceHits,
	// asked of every metric counting from a start, cannot answer.
	since bool
	// that: the sentence holds a "that", without which selfDenied (the
	// clause a "that" opens before the figure) cannot answer. question: a
	// "?" stands among its tokens, without which doubtedQuestion cannot.
	// (question is read when first asked, by holdsQuestion; questionRead
	// says it has been.) restating: it holds a noun that restates a figure (figureNoun,
	// tallyNoun, givenCountNoun, claimNoun), without which unvouchedFigure
	// (", a number no ministry has published") cannot, but for a joined
	// clause that points back with "that" or "it" (", but the UN can't
	// verify that"), which the that and it marks gate. withdrawn and
	// figureDropped asked all three of every figure near a keyword.
	that, question, questionRead, restating bool
	// each: the sentence holds an "each" or an "every", without which
	// perEach's distributive ("Each brigade fields 4,000") cannot answer.
	each bool
	// it: the sentence holds an "it", without which putItAt ("The
	// ministry now puts it at 37,266"), asked of every sentence whose
	// opening "It" gives no count, cannot answer.
	it bool
	// modal: the sentence holds a modal or a participle of expecting
	// (modalWord, expectingPassive), without which modalAfter, asked of
	// every figure near a keyword, cannot answer: its walk stays in the
	// figure's sentence (docState.modalAfter).
	modal bool
	// filler: the sentence holds a word that may open a speaker's filler
	// (figures.FillerOpener), without which spokenFillerWords, asked of
	// every keyword too far from its figure, finds none between a keyword
	// and a figure of the sentence (docState.spokenFillerGap).
	filler bool
	// residence: the sentence holds a word that dates a place's people
	// before the event (residentsDating), without which residentsBefore,
	// asked of every figure near a keyword, reads only the question
	// before the sentence.
	residence bool
	// area: the sentence holds a unit of area or the "square" before a
	// unit of length (areaWord), without which perArea cannot answer.
	area bool
	// gathering: the sentence holds a gathering's noun or a verb of
	// demonstrating (rmGathering), without which gatheringSize cannot
	// answer.
	gathering bool
	// capacity: the sentence holds a word of room, of a place made for
	// so many, or of the ability to hold (capacityWord), without which
	// capacityFigure cannot answer.
	capacity bool
	// negation: the sentence holds a "not", a "never" or an "n't",
	// without which leftOutOfCount ("are not included"), asked of every
	// running total's figure, cannot answer.
	negation bool
	// one: the sentence holds a "one", without which oneForEach (", one
	// for each"), asked of every figure near a keyword by restatedFrom,
	// cannot answer for a figure of the sentence; commaOne, once
	// commaOneRead, whether a comma stands right before one of them
	// (mayStandOneForEach).
	one, commaOne, commaOneRead bool
	// earlier: the sentence holds a "had", a "used" or an "after",
	// without one of which earlierReport, asked of every figure near a
	// keyword, cannot answer.
	earlier bool
	// now: the sentence holds a "now", without which thenNow, asked of
	// every figure but a sentence's last, cannot answer.
	now bool
	// who: the sentence holds a "who", without which inPersonAside,
	// asked of every keyword before a figure, cannot answer.
	who bool
	// denial: the sentence holds a form of "deny", without which
	// deniedAct (a gerund a denial takes as its object) cannot answer.
	denial bool
	// bits are the reader marks of the sentence's words, together: a
	// withdrawal's declared gate (withdrawal.needs) is read from them.
	bits readerMark
	// colon is labelColon's answer once colonRead: the colon that may
	// close a headline's opening label, its words not yet read.
	colonRead bool
	colon     int32
	// besideFrom and besideComma are besideOpener's answer.
	besideFrom, besideComma int
}

// countNoun reports whether the sentence holds a figure noun or a tally
// noun: without either, no count noun can point back to the story's count
// (byOwnersCount, countNounSubject).
func (m *sentenceMarks) countNoun() bool { return m.figureNoun || m.tally }

// readMarks reads sentence s's word marks in one pass over its tokens:
// whether it holds an "ago", a lower-case noun of an event, a word that
// calls an agreement a later one (laterWord, any case, as laterInstrument
// reads it), a word that calls one prior ("previous", "former", any case,
// as priorIn reads it) and a year or a date (the marks otherTime asks);
// an "alone", a "camp" and a word of control (the marks placePart asks);
// and whether a claim noun stands among the first claimLead+1 words after
// the stamp (the mark withdrawn asks). Every sentence that asks one of
// them asks the others, and three passes read each token's text three
// times. None of the readings these marks stand for reads a token outside
// the sentence, so neither does this.
func readMarks(d *figures.Document, s *figures.Sentence, m *sentenceMarks) {
	// Each token's marks come from its vocabulary id (readerMarks): most
	// tokens have none, and their text is not read.
	table := readerMarks()
	// The stamp is looked for at the first claim noun: most sentences
	// hold none.
	claimFrom, claimTo := -1, -1
	var bits readerMark
	for k := s.TokStart; k < s.TokEnd; k++ {
		e := table[d.WordID(k)]
		if e.marks == 0 {
			continue
		}
		if t := d.Tokens[k]; int(t.End-t.Start) != int(e.n) {
			continue // lowers to the word only outside ASCII
		}
		bits |= e.marks
		if e.marks&rmEvent != 0 && !m.event && isLowerWord(d.TokenText(k)) {
			m.event = true
		}
		// "the Nakba of 1948": a name dated by "of" and a year needs no
		// event's noun (datedByOf).
		if e.marks&rmOf != 0 && !m.event && k+1 < s.TokEnd {
			if fj := figureIn(d, s, k+1); fj >= 0 && d.Figures[fj].Kind.IsCalendar() {
				m.event = true
			}
		}
		if e.marks&rmClaim != 0 && !m.claim {
			if claimFrom < 0 {
				claimFrom = sentenceOpening(d, s)
				claimTo = min(s.TokEnd, claimFrom+claimLead+1)
			}
			m.claim = k >= claimFrom && k < claimTo
		}
	}
	m.ago, m.later, m.prior = bits&rmAgo != 0, bits&rmLater != 0, bits&rmPrior != 0
	m.alone, m.camp, m.control = bits&rmAlone != 0, bits&rmCamp != 0, bits&rmControl != 0
	m.compass = bits&rmCompass != 0
	m.unreal, m.editorial, m.tally = bits&rmUnreal != 0, bits&rmEditorial != 0, bits&rmTally != 0
	m.figureNoun, m.givenCount = bits&rmFigureNoun != 0, bits&rmGivenCount != 0
	m.since = bits&rmSince != 0
	m.bits = bits
	m.that, m.restating = bits&rmThat != 0, bits&rmRestating != 0
	m.each, m.it, m.modal = bits&rmEach != 0, bits&rmIt != 0, bits&rmModal != 0
	m.filler, m.residence = bits&rmFiller != 0, bits&rmResidence != 0
	m.negation, m.one, m.earlier = bits&rmNegation != 0, bits&rmOne != 0, bits&rmEarlier != 0
	m.now, m.who, m.denial = bits&rmNow != 0, bits&rmWho != 0, bits&rmDenial != 0
	m.timeWord, m.before = bits&rmTimeWord != 0, bits&rmBefore != 0
	m.area, m.gathering, m.capacity = bits&rmArea != 0, bits&rmGathering != 0, bits&rmCapacity != 0
	m.chance = bits&rmChance != 0 || chanceBefore(d, s)
	m.forecast = bits&rmForecast != 0 || forecastBefore(d, s)
	for fi := s.FigStart; fi < s.FigEnd && !m.dated; fi++ {
		m.dated = d.Figures[fi].Kind.IsCalendar() // endsBefore's
	}
}

// marksOf is sentence s's sentenceMarks, read once per sentence (all
// parts but the fronted phrase's, read by frontMarks).
func (st *docState) marksOf(s *figures.Sentence) *sentenceMarks {
	if st.sentMarks.of != s {
		st.sentMarks = sentenceMarks{of: s}
	}
	return &st.sentMarks
}

// wordMarks, claimMarks and placeMarks are sentence s's marks, read in
// one pass (readMarks) when the first of them is asked: otherTime's ago,
// event, later, prior and dated; rejectedClaim's claim (a claim noun in
// the words from the stamp (afterStamp) to claimLead after it, whatever
// the figure); placePart's alone, camp and control.
//
// The marks once read are answered inline at the callers (some 100,000
// asks an extract on dense text at 100 metrics); readWordMarks reads them.
func (st *docState) wordMarks(s *figures.Sentence) *sentenceMarks {
	if m := &st.sentMarks; m.of == s && m.wordsRead {
		return m
	}
	return st.readWordMarks(s)
}

// readWordMarks is wordMarks for marks not yet read.
func (st *docState) readWordMarks(s *figures.Sentence) *sentenceMarks {
	m := st.marksOf(s)
	if !m.wordsRead {
		m.wordsRead = true
		readMarks(st.d, s, m)
		if s.FigStart < s.FigEnd {
			if st.figs.sentBits == nil {
				st.figs.sentBits = make([]readerMark, len(st.d.Figures))
			}
			st.figs.sentBits[s.FigStart] = m.bits | rmKnown
		}
	}
	return m
}

func (st *docState) claimMarks(s *figures.Sentence) *sentenceMarks { return st.wordMarks(s) }

func (st *docState) placeMarks(s *figures.Sentence) *sentenceMarks { return st.wordMarks(s) }

// frontMarks is sentence s's besideOpener answer, read once per sentence.
func (st *docState) frontMarks(s *figures.Sentence) *sentenceMarks {
	m := st.marksOf(s)
	if !m.frontRead {
		m.frontRead = true
		m.besideFrom, m.besideComma = besideOpener(st.d, s)
	}
	return m
}

// holdsQuestion reports whether a "?" stands among sentence s's tokens,
// read once per sentence when first asked (few sentences are asked: those
// with a figure near a keyword).
func (st *docState) holdsQuestion(s *figures.Sentence) bool {
	m := st.marksOf(s)
	if !m.questionRead {
		m.questionRead = true
		d := st.d
		m.question = s.TokEnd > s.TokStart && strings.IndexByte(d.Text[d.Tokens[s.TokStart].Start:d.Tokens[s.TokEnd-1].End], '?') >= 0
	}
	return m.question
}
