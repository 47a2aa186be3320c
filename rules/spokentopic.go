package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A broadcaster announces what comes next in a fragment of its own and
// gives the figure in the next, elliptical sentence: "Now, the death toll.
// More than fifteen thousand people in Turkey and Syria combined, Susan,
// and it is climbing", "Foreign military financing. About three point
// three billion a year", "Rafah, then. More than a million displaced
// people sheltering there". The fragment is a question without its
// question mark: its keywords and scope name what the answer's first
// figure counts, as a question's do (question.go).
//
// The fragment holds no figure and no verb of its own (no auxiliary,
// modal, form of "be" or contraction: "The death toll has risen." is a
// statement, not a topic), ten words at most; the answer opens with its
// figure (after at most a word and a comma: "Well, nearly ...") and the
// figure's phrase runs to its first mark with no verb of its own either,
// as elliptical speech does ("Fifteen thousand people are missing" says
// its own thing). A fragment that names what the metric rules out ("Now,
// the wounded.") names no topic of the metric: its keywords are dropped.

// topicWords is how many words a spoken topic fragment may hold: "Killed
// in the earthquakes, in Turkey and Syria together".
const topicWords = 10

// topicBeforeAt returns the sentence before sentence si when it is a
// spoken topic fragment that si answers with a figure, as read above;
// nil otherwise. A question before si is questionBeforeAt's.
func topicBeforeAt(d *figures.Document, si int) *figures.Sentence {
	if si <= 0 || d.Sentences[si].ParagraphStart {
		return nil
	}
	s, t := &d.Sentences[si], &d.Sentences[si-1]
	if t.FigEnd > t.FigStart || s.FigEnd == s.FigStart || t.TokEnd-t.TokStart < 2 || d.TokenText(t.TokEnd-1) != "." {
		return nil
	}
	if !topicAnswer(d, s) {
		return nil
	}
	words := 0
	for k := t.TokStart; k < t.TokEnd-1; k++ {
		if !d.Tokens[k].IsWord() {
			if w := d.TokenText(k); w != "," && w != "-" && !isApostrophe(w) && !isDash(w) {
				return nil // a question, a colon's label, brackets
			}
			continue
		}
		if words++; words > topicWords || verbOfStatement(d, k) {
			return nil
		}
	}
	return t
}

// topicAnswer reports whether sentence s opens with an amount (after at
// most one word and a comma) whose phrase runs to its first mark with no
// verb of its own.
func topicAnswer(d *figures.Document, s *figures.Sentence) bool {
	fi := s.FigStart
	if !d.Figures[fi].Kind.IsAmount() {
		return false
	}
	fs, fe := d.FigureTokens(fi)
	if fs != s.TokStart && (fs != s.TokStart+2 || d.TokenText(s.TokStart+1) != ",") {
		return false
	}
	for k := fe; k < s.TokEnd && d.Tokens[k].IsWord(); k++ {
		if verbOfStatement(d, k) {
			return false
		}
	}
	return true
}

// verbOfStatement reports whether word token k is an auxiliary, a modal,
// a form of "be" or "do", or a contraction's verb ("it's", "they're"):
// the verb a statement has and a spoken fragment lacks.
func verbOfStatement(d *figures.Document, k int) bool {
	w := d.LowerTokenText(k)
	switch {
	case auxiliary(w), modalWord(w), beForm(w):
		return true
	case w == "do" || w == "does" || w == "did":
		return true
	}
	if k > 0 && isApostrophe(d.TokenText(k-1)) {
		switch w {
		case "re", "ve", "ll", "d", "m", "t":
			return true
		case "s":
			// "it's", "that's", "there's"; an owner's 's ("Sudan's
			// displaced") is no verb.
			switch d.LowerTokenText(k - 2) {
			case "it", "that", "there", "here", "what", "he", "she", "who", "this", "where":
				return true
			}
		}
	}
	return false
}

// topicHits appends to hits the keyword and require hits of topic
// fragment t (topicBeforeAt), and its exclude_near hits: a fragment that
// names what a metric rules out ("Now, the children. More than thirteen
// thousand killed, UNICEF says") names the answer's figure as that, as
// near as a keyword of the fragment would be (nearestHits), and its
// keywords are dropped. A place joined to another ("in Turkey and Syria
// together") names the whole, as it does beside a figure (joinedPlace),
// and rules nothing out.
func (e *Engine) topicHits(st *docState, t *figures.Sentence, hits []hit) []hit {
	n := len(hits)
	hits = e.findHits(st, t, hits)
	inHit := func(k int) bool {
		for _, h := range hits[n:] {
			if h.start <= k && k < h.end {
				return true
			}
		}
		return false
	}
	if !verbless(st.d, t, inHit) {
		return hits[:n] // "The death toll keeps climbing." is a statement
	}
	kept := hits[:n]
	for _, h := range hits[n:] {
		switch h.ref.role {
		case roleNear:
			if !joinedPlace(st.d, h) {
				kept = append(kept, h)
			}
			continue
		case roleKeyword, roleRequire:
		default:
			continue
		}
		ruled := false
		for _, o := range hits[n:] {
			if o.ref.metric == h.ref.metric && o.ref.role == roleNear && !joinedPlace(st.d, o) {
				ruled = true
				break
			}
		}
		if !ruled {
			kept = append(kept, h)
		}
	}
	return kept
}

// verbless reports whether topic fragment t holds no word that reads as a
// lexical verb of its own: a lower-case word in -ed ("The toll climbed")
// or in -s after no determiner ("The death toll keeps climbing"), unless
// it is a keyword or another word of a metric (inHit: "Civilians killed
// since the full-scale invasion") or a count's plural noun ("the latest
// figures", "the numbers killed").
func verbless(d *figures.Document, t *figures.Sentence, inHit func(k int) bool) bool {
	for k := t.TokStart; k < t.TokEnd; k++ {
		w := d.TokenText(k)
		if !isLowerWord(w) || len(w) < 4 || inHit(k) {
			continue
		}
		switch {
		case strings.HasSuffix(w, "ed"):
			return false
		case pluralForm(w):
			if countPlural(w) || k > t.TokStart && determinerWord(d.LowerTokenText(k-1)) {
				continue
			}
			return false
		}
	}
	return true
}

// countPlural reports whether lower-case w is the plural of a count's
// noun: "figures", "numbers", "totals".
func countPlural(w string) bool {
	switch w {
	case "figures", "numbers", "totals", "tallies", "counts", "tolls", "statistics", "stats", "estimates":
		return true
	}
	return false
}

// determinerWord reports whether lower-case w is a determiner or an
// owner's pronoun, after which a word in -s is a plural noun: "the rains".
func determinerWord(w string) bool {
	switch w {
	case "the", "these", "those", "its", "their", "our", "his", "her", "my", "your", "many", "some", "all":
		return true
	}
	return false
}
