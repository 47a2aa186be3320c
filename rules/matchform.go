package rules

import (
	"fmt"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A word of the phrase index starts the phrases of every metric that uses
// it, listed metric by metric; a large configuration's metrics share their
// common words ("wounded" in five of a thousand metrics, each its own
// phrase), so findHits would match the same words at a token once per
// metric. The checks read of a phrase only its form (its words, keys and
// flags), so phrases are numbered by form at Compile, and a token's check
// of one phrase answers for the refs of the same form that follow it.

// formKey is what findHits' checks (matchPhrase, eventHeld, warHeld, countedHeld, stayingHeld, objectHeld and
// the name test) read of a phrase; not its text, rule or form.
func formKey(ph *phrase) string {
	return fmt.Sprintf("%q|%q|%t|%t|%t|%t|%t|%t|%t|%t|%q", ph.words, ph.keys, ph.exact, ph.prefix, ph.named, ph.event, ph.war, ph.counted, ph.staying, ph.object, ph.ownWords)
}

// numberForms sets each phrase's form: equal keys, equal forms.
func (e *Engine) numberForms() {
	forms := map[string]int32{}
	for _, m := range e.metrics {
		for _, r := range []role{roleKeyword, roleNear, roleExclude, roleValue, roleRequire, rolePart, roleSide} {
			phs := m.phrases(r)
			for i := range phs {
				k := formKey(&phs[i])
				f, ok := forms[k]
				if !ok {
					f = int32(len(forms)) + 1 // 0: not numbered
					forms[k] = f
				}
				phs[i].form = f
			}
		}
	}
}

// formMatch is findHits' last check of a phrase at one token: the form it
// was of, whether a name around the token turned it away (nameSkips), and
// the hit it found.
type formMatch struct {
	form       int32
	nameSkips  bool
	start, end int
	ok         bool
}

// reset forgets the last check, before another token's (or another list's).
func (l *formMatch) reset() { l.form = 0 }

// match reports whether phrase ph matches at token ti of sentence s, and
// the hit's bounds: unless a name holds the token and nameSkips says a name
// turns the phrase away, its words follow (matchPhrase), it is no "for
// their lives" nor a loss with an object, and its event and object are
// held. A phrase of the form last checked, with the same nameSkips, takes
// that check's answer.
func (l *formMatch) match(st *docState, s *figures.Sentence, ti int, ph *phrase, nameSkips bool, titleCase *caseOf) (start, end int, ok bool) {
	if ph.form != 0 && l.form == ph.form && l.nameSkips == nameSkips {
		return l.start, l.end, l.ok
	}
	start, end, ok = checkPhraseAt(st, s, ti, ph, nameSkips, titleCase)
	*l = formMatch{form: ph.form, nameSkips: nameSkips, start: start, end: end, ok: ok}
	return start, end, ok
}

// checkPhraseAt is match without the memo.
func checkPhraseAt(st *docState, s *figures.Sentence, ti int, ph *phrase, nameSkips bool, titleCase *caseOf) (start, end int, ok bool) {
	d := st.d
	if nameSkips && inName(d, s, ti, titleCase) {
		return 0, 0, false
	}
	end, ok = matchPhrase(st, s, ti, ph)
	if !ok || forOnesLife(d, s, ti) || lostWithObject(d, s, end) || !eventHeld(d, s, ti, end, ph) || !warHeld(d, s, ti, ph) || !countedHeld(d, s, ti, end, ph) || !stayingHeld(d, s, end, ph) || !objectHeld(d, s, end, ph) {
		return 0, 0, false
	}
	return ownedFrom(d, s, ti, end), end, true
}
