package rules

import (
	"slices"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A metric of events (MetricSpec.CountsEvents: an exchange's pair) counts
// one event a reading, and the tracker must tell the next swap from
// another body's numbers for the same one. What the figures' sentence says
// of its event is read here, from the sentence's tokens and figures, and
// handed on with the observation (Observation.Event): the tracker judges
// from these facts and reads no words itself.

// EventSays is what an observation's sentence says of the event its
// figures are of. Zero for a metric that does not count events.
type EventSays struct {
	// Another says the sentence calls its event one that follows others:
	// an ordinal from the second or a word of a next one before an
	// event's noun ("the second exchange", "the latest swap", "the 3rd
	// handover"), or a batch more of people ("another 13 hostages", "13
	// more hostages"), an event made, not one to come (eventMarks).
	Another bool `json:"another,omitempty"`
	// ToCome says the sentence's event is one still to come: such a
	// phrase made one to come and none says one made ("13 more hostages
	// are expected to go free", "the next swap, due on Sunday, would
	// free ...").
	ToCome bool `json:"to_come,omitempty"`
	// Ordinal is the rank an ordinal gives the swap the sentence calls
	// another ("the second exchange" 2, "the 3rd handover" 3), 0 when
	// none does: a swap told again ("the second exchange, which freed
	// ...") is told by the rank it was first told by, the next one by a
	// higher.
	Ordinal int `json:"ordinal,omitempty"`
	// Told is the day (UTC midnight) the sentence says its event happened
	// on, read against the article's date (eventday.go): zero when it
	// names none, or the article's date is not known.
	Told time.Time `json:"told,omitzero"`
}

// CountsEvents reports whether a metric counts one event a reading: a
// pair of named values that is no running total, each swap's prisoners
// and hostages.
func (s MetricSpec) CountsEvents() bool { return len(s.Values) > 0 && !s.Total }

// readEvents fills the Event of each observation of a metric of events,
// from the sentence (or sentences) its quote spans.
func (e *Engine) readEvents(st *docState, obs []Observation) {
	if len(e.eventMetrics) == 0 {
		return
	}
	for i := range obs {
		o := &obs[i]
		if !slices.Contains(e.eventMetrics, o.Metric) {
			continue
		}
		from, to, ok := quoteTokens(st.d, o.QuoteStart, o.QuoteEnd)
		if !ok {
			continue
		}
		pieces := eventPieces(st.d, from, to)
		o.Event = eventMarks(pieces)
		o.Event.Told = toldDay(st.d, from, to, st.date)
	}
}

// quoteTokens is the token range of the sentences a quote spans.
func quoteTokens(d *figures.Document, start, end int) (from, to int, ok bool) {
	si := d.SentenceAt(start)
	if si < 0 {
		return 0, 0, false
	}
	from, to = d.Sentences[si].TokStart, d.Sentences[si].TokEnd
	for si++; si < len(d.Sentences) && d.Sentences[si].Start < end; si++ {
		to = d.Sentences[si].TokEnd
	}
	return from, to, true
}

// pieceWord is one word of a sentence as the event reading sees it: the
// tokens a hyphen, an apostrophe or an ordinal's suffix joins are one
// word ("second-largest", "hostage-prisoner", "3rd"), a possessive's "'s"
// left off ("truce's" reads as "truce").
type pieceWord struct {
	w       string // lower case
	ordinal int    // the number an ordinal names, 0 when none (ordinalAt)
	count   bool   // inside a count figure: "13", "thirteen", "a dozen"
}

// eventPiece is a stretch of a sentence between punctuation (a comma, a
// semicolon, a colon, a dash, a bracket), and the mark that opened it (""
// for the sentence's start).
type eventPiece struct {
	words []pieceWord
	after string
}

// pieceBreaks are the marks that end a piece.
var pieceBreaks = map[string]bool{",": true, ";": true, ":": true, "(": true, ")": true, "—": true, "–": true}

// eventPieces splits tokens [from, to) into pieces of words.
func eventPieces(d *figures.Document, from, to int) []eventPiece {
	var out []eventPiece
	cur := eventPiece{}
	flush := func(after string) {
		if len(cur.words) > 0 {
			out = append(out, cur)
		}
		cur = eventPiece{after: after}
	}
	lower := func(k int) string {
		if k < from || k >= to {
			return ""
		}
		return d.LowerTokenText(k)
	}
	for k := from; k < to; k++ {
		t := &d.Tokens[k]
		text := d.LowerTokenText(k)
		if t.IsSymbol() {
			joined := !t.Space && k+1 < to && !d.Tokens[k+1].Space && len(cur.words) > 0
			switch {
			case joined && isApostrophe(text) && lower(k+1) == "s":
				k++ // a possessive: "truce's"
			case joined && (text == "-" || isApostrophe(text)):
				cur.words[len(cur.words)-1].w += text + lower(k+1)
				cur.words[len(cur.words)-1].ordinal = 0
				k++
			case pieceBreaks[text] || text == "-":
				flush(text)
			}
			continue
		}
		if len(cur.words) > 0 && !t.Space && k > from && !d.Tokens[k-1].IsSymbol() {
			cur.words[len(cur.words)-1].w += text // "3" "rd"
			continue
		}
		cur.words = append(cur.words, pieceWord{w: text, ordinal: ordinalAt(lower, k), count: countTokenAt(d, k)})
	}
	flush("")
	return out
}

// countTokenAt reports whether token k is inside a count figure.
func countTokenAt(d *figures.Document, k int) bool {
	fi := figureAt(d, k)
	return fi >= 0 && d.Figures[fi].Kind == figures.Count
}

// eventMarks reads whether a sentence's pieces call its event another
// one (Another, with the rank an ordinal gives it) or make it one to come
// (ToCome): a mark (nextWords, or an
// ordinal from the second) followed within markReach words by an event
// noun, or a batch more of people ("another 13 hostages", "a further
// 11", "13 more hostages"), where the phrase is not put beside the
// sentence's event (a piece opening on an elsewhereWords word, or the
// word before the mark's phrase) and its clause is not one of its own
// that gives no figure (asideClauses). A hyphenated word is one word:
// "second-largest exchange" ranks a size, not a sequence.
func eventMarks(pieces []eventPiece) EventSays {
	var another, toCome bool
	var ordinal int
	aside := asideClauses(pieces)
	for i, pc := range pieces {
		if aside[i] || elsewhereWords[pc.words[0].w] {
			continue // "..., and a third batch is being negotiated"; "Before the truce's second phase can begin, ..."
		}
		var next []pieceWord
		if i+1 < len(pieces) {
			next = pieces[i+1].words
		}
		made, coming, rank := marksIn(pc.words, next)
		another, toCome, ordinal = another || made, toCome || coming, max(ordinal, rank)
	}
	return EventSays{Another: another, ToCome: toCome && !another, Ordinal: ordinal}
}

// nextWords are the words that say an event follows others, besides the
// ordinals. Not "last": "the last swap" is as often the one before,
// recalled.
var nextWords = map[string]bool{
	"another": true, "latest": true, "next": true, "new": true, "fresh": true, "further": true, "final": true,
}

// swapEventNouns are the nouns of one swap or of one part of a series of
// them (and batchNoun's). Not "deal", "offer" nor "proposal": a plan
// floated is no swap made, and "a new deal" is as often the one talked of
// all along.
var swapEventNouns = map[string]bool{
	"exchange": true, "exchanges": true, "swap": true, "swaps": true, "release": true, "releases": true,
	"handover": true, "handovers": true, "batches": true, "groups": true, "rounds": true, "phase": true,
	"stage": true, "trade": true, "transfer": true,
}

// elsewhereWords, right before a mark's phrase, put its event beside the
// one the figures are of: "ahead of a second exchange", "before the next
// swap", "since the third round".
var elsewhereWords = map[string]bool{
	"ahead": true, "before": true, "until": true, "till": true, "pending": true, "awaiting": true,
	"toward": true, "towards": true, "after": true, "since": true,
}

// markReach is how many words may stand between a mark and its event
// noun: "the second such exchange", "another hostage-prisoner swap".
const markReach = 3

// marksIn reads a piece's marks: whether one says an event made follows
// others (and the rank of an ordinal one), and whether one says it of an
// event to come. next is the next piece's words: "the next swap, due on Sunday, ...".
func marksIn(words, next []pieceWord) (made, coming bool, rank int) {
	note := func(to bool) {
		made, coming = made || !to, coming || to
	}
	for i, w := range words {
		if w.w == "more" && i > 0 && words[i-1].count && (i+1 == len(words) || words[i+1].w != "than") {
			note(toComeAfter(words, i+1, next)) // "13 more hostages"
			continue
		}
		ranked := w.ordinal >= 2 || w.w == "final"
		if !nextWords[w.w] && !ranked || elsewhere(words, i) {
			continue
		}
		if (w.w == "another" || w.w == "further" || w.w == "fresh") && i+1 < len(words) && words[i+1].count {
			note(toComeAfter(words, i+2, next)) // "another 13 hostages", "a further 11"
			continue
		}
		for j := i + 1; j < min(len(words), i+1+markReach); j++ {
			if n := words[j].w; swapEventNoun(n) || ranked && n == "day" {
				to := toComeAfter(words, j, next)
				note(to)
				if !to {
					rank = max(rank, w.ordinal)
				}
				break
			}
		}
	}
	return made, coming, rank
}

// swapEventNoun reports whether w, or a hyphenated word's last part
// ("hostage-prisoner swap"), is a noun of one swap or of a part of a
// series of them.
func swapEventNoun(w string) bool {
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		w = w[i+1:]
	}
	return swapEventNouns[w] || batchNoun(w)
}

// elsewhere reports whether the phrase of the mark at i follows a word
// that puts its event beside the sentence's (elsewhereWords), over its
// determiner: "ahead of a second exchange", "before the next swap".
func elsewhere(words []pieceWord, i int) bool {
	for j := i - 1; j >= max(0, i-3); j-- {
		switch w := words[j].w; {
		case elsewhereWords[w]:
			return true
		case w == "a" || w == "an" || w == "the" || w == "of" || w == "its" || w == "their":
			continue
		}
		return false
	}
	return false
}

// pendingWords, right after a mark's noun or after its "is", make its
// event one to come (with the modals): "a second exchange due on
// Saturday", "the next swap is expected".
var pendingWords = map[string]bool{
	"due": true, "expected": true, "planned": true, "scheduled": true, "slated": true, "set": true,
}

// toComeAfter reports whether the phrase whose last word is at j (its
// noun, or a count's) is of an event to come: a pending word or a modal
// right after it, or after its "is", "was", "are", "were", where "to" or
// "being" does too ("the third round is to", "a third batch is being
// negotiated"); at the piece's end, the next piece opening on one.
func toComeAfter(words []pieceWord, j int, next []pieceWord) bool {
	if j+1 >= len(words) {
		return j+1 == len(words) && len(next) > 0 && pendingOrModal(next[0].w)
	}
	switch w := words[j+1].w; w {
	case "is", "was", "are", "were":
		return j+2 < len(words) && (pendingOrModal(words[j+2].w) || words[j+2].w == "to" || words[j+2].w == "being")
	default:
		return pendingOrModal(w)
	}
}

// pendingOrModal reports whether w makes what comes before it to come.
func pendingOrModal(w string) bool { return pendingWords[w] || modalWord(w) }

// clauseOpeners open a clause of its own after a comma: "..., and a third
// batch is being negotiated".
var clauseOpeners = map[string]bool{
	"and": true, "but": true, "while": true, "whereas": true, "though": true, "although": true, "as": true, "yet": true,
}

// asideClauses marks the pieces of a clause of its own that gives no
// figure: a clause after the first opens after a semicolon or on a
// conjunction after a comma, and runs to the next. Its words speak of
// something beside the figures ("..., and a third batch is being
// negotiated"); a clause with a figure, or the first, is the figures'
// ("Thirteen captives went home; in the third round, 39 inmates ...").
func asideClauses(pieces []eventPiece) []bool {
	aside := make([]bool, len(pieces))
	hasCount := func(pc eventPiece) bool {
		return slices.ContainsFunc(pc.words, func(w pieceWord) bool { return w.count })
	}
	for i := 0; i < len(pieces); {
		j, count := i+1, hasCount(pieces[i])
		for ; j < len(pieces) && !pieceOpensClause(pieces[j]); j++ {
			count = count || hasCount(pieces[j])
		}
		for k := i; k < j && i > 0 && !count; k++ {
			aside[k] = true
		}
		i = j
	}
	return aside
}

// pieceOpensClause reports whether a piece opens a clause of its own.
func pieceOpensClause(pc eventPiece) bool {
	return pc.after == ";" || clauseOpeners[pc.words[0].w]
}
