package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A place that holds people says what a keyword phrase "in PLACE" says:
// "Rafah now holds some 1.5m people", "Rafah's streets now hold close to
// one and a half million people", "Rafah, now home to 1.4 million". The
// people a place holds, houses or hosts are the people in it.

// holdVerbs say that their subject, a place, has people in it. "home" is
// one only before "to".
var holdVerbs = map[string]bool{
	"hold": true, "holds": true, "holding": true,
	"house": true, "houses": true, "housing": true,
	"host": true, "hosts": true, "hosting": true,
	"home": true,
}

// holdHits appends, for each keyword phrase "in PLACE", a hit on a verb of
// holdVerbs whose subject is PLACE (holder). The hit covers the verb.
func (e *Engine) holdHits(st *docState, s *figures.Sentence, hits []hit) []hit {
	if len(e.inPlaces) == 0 {
		return hits
	}
	d := st.d
	var buf [64]byte
	for k := s.TokStart + 1; k < s.TokEnd; k++ {
		w := string(lowerInto(&buf, d.TokenText(k)))
		if !holdVerbs[w] || !isLowerWord(d.TokenText(k)) || w == "home" && (k+1 >= s.TokEnd || string(lowerInto(&buf, d.TokenText(k+1))) != "to") {
			continue
		}
		place := holder(d, s, k)
		if place < 0 {
			continue
		}
		hits = e.inPlaceHits(d, s, place, k, k+1, hits)
	}
	return hits
}

// holder returns the last token of the name that is the subject of the
// verb at token k, or -1: the name right before it past adverbs and "is"
// ("Rafah is now home to"), past an aside closed by a comma ("Rafah, which
// had about 275,000 residents before the war, now holds"), in apposition
// ("Rafah, home to"), or owning a plural noun ("Rafah's streets now
// hold"). A verb after "was", "were", "had" or "once" says what the place
// used to hold ("Before the war, Rafah was home to about 275,000"), and
// has none.
func holder(d *figures.Document, s *figures.Sentence, k int) int {
	var buf [64]byte
	t := k - 1
	for ; t > s.TokStart; t-- {
		w := string(lowerInto(&buf, d.TokenText(t)))
		switch {
		case w == "was" || w == "were" || w == "had" || w == "once" || w == "formerly" || w == "previously":
			return -1
		case w == "now" || w == "still" || w == "already" || w == "currently" || w == "is" || w == "are",
			isLowerWord(d.TokenText(t)) && strings.HasSuffix(w, "ly"):
			continue
		}
		break
	}
	switch {
	case named(d, t):
		return t
	case d.TokenText(t) == ",":
		if named(d, t-1) {
			return t - 1 // "Rafah, home to"
		}
		for c := t - 1; c > s.TokStart; c-- {
			if d.TokenText(c) == "," {
				if named(d, c-1) {
					return c - 1 // "Rafah, which had ..., now holds"
				}
				return -1
			}
		}
	case t >= s.TokStart+3 && isLowerWord(d.TokenText(t)) && pluralForm(string(lowerInto(&buf, d.TokenText(t)))) && ownerMark(d, t-2) && named(d, t-3):
		return t - 3 // "Rafah's streets now hold"
	}
	return -1
}
