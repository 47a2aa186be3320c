package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A metric that counts what is in a place (a keyword says "in Rafah")
// does not count people who moved out of it: "about 600,000 people were
// displaced from Rafah" is no count of those sheltering in Rafah; "fled to
// Rafah" is. A metric of those who left a place ("fled Ukraine") names no
// keyword "in Ukraine", and keeps them.

// insideNames returns the names X of the metric's keywords "in X": the
// places it counts what is in.
func insideNames(s MetricSpec) []string {
	var names []string
	for _, k := range s.Keywords {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(k), "in "); ok && rest != "" && rest[0] >= 'A' && rest[0] <= 'Z' && !strings.Contains(rest, " ") {
			names = append(names, strings.ToLower(rest))
		}
	}
	return names
}

// movedFromInside reports whether keyword hit h is a verb of moving whose
// place left is one of the metric's scope names: "displaced from Rafah",
// "forced out of Rafah", "fled Rafah", "left eastern Rafah".
func (m *metric) movedFromInside(d *figures.Document, s *figures.Sentence, h hit) bool {
	if len(m.insideNames) == 0 || h.end >= s.TokEnd {
		return false
	}
	var buf [64]byte
	// An evacuation moves people out of where they are, unless it says
	// where to: "The first evacuation order covered about 100,000 people in
	// eastern Rafah"; "evacuated to Rafah" stays.
	for t := h.start; t < h.end; t++ {
		if w := lowerInto(&buf, d.TokenText(t)); len(w) > 6 && string(w[:6]) == "evacua" {
			to := d.LowerTokenText(h.end)
			return to != "to" && to != "into" && to != "towards"
		}
	}
	k := placeLeft(d, s, h)
	if k < 0 {
		return false
	}
	// A place that owns what follows was not left: "displacement from
	// Sudan's war" is the war's.
	return k < s.TokEnd && named(d, k) && m.insideName(d.TokenText(k)) && !ownsNext(d, hit{start: k, end: k + 1})
}

// movedFromPlaceNoun reports whether keyword hit h is a verb of moving
// whose place left is a place noun that stands for one of the metric's
// places (coref.go: a keyword "in PLACE" hit on "the city"): "tanks rolled
// into eastern Rafah, and some 950,000 people have fled the city again";
// or that place noun is itself the keyword, after a verb of leaving ("have
// left the city").
func (m *metric) movedFromPlaceNoun(d *figures.Document, s *figures.Sentence, hits []hit, h hit) bool {
	if len(m.insideNames) == 0 {
		return false
	}
	if int(h.ref.index) < len(m.keywords) && m.keywords[h.ref.index].words[0] == "in" && h.start+1 < h.end && placeNoun(d.LowerTokenText(h.end-1)) {
		// The place noun is the keyword, after a verb of leaving that is
		// none: "nearly 800,000 people have left the city".
		return h.start > s.TokStart && leavingVerb(d.LowerTokenText(h.start-1))
	}
	if h.end >= s.TokEnd {
		return false
	}
	last := d.LowerTokenText(h.end - 1)
	if !isLowerWord(d.TokenText(h.end-1)) || pluralForm(last) || prepositions[last] || last == "into" || last == "onto" {
		return false // a noun keyword, or one that says where to ("squeezed into the city")
	}
	t := pastLeavingPreposition(sentenceWords(d, s), h.end)
	if t < 0 {
		return false
	}
	for _, o := range hits {
		if o.ref.role == roleKeyword && o.start == t && int(o.ref.index) < len(m.keywords) && m.keywords[o.ref.index].words[0] == "in" &&
			t+1 < s.TokEnd && placeNoun(d.LowerTokenText(t+1)) {
			return true
		}
	}
	return false
}

// placeLeft returns the first token of the place a verb of moving, keyword
// hit h, says people left ("displaced from Rafah", "forced out of Rafah",
// "fled the eastern Rafah"), past an article and a point of the compass,
// or -1 when the keyword names no place left.
func placeLeft(d *figures.Document, s *figures.Sentence, h hit) int {
	if h.end >= s.TokEnd {
		return -1
	}
	k := h.end
	last := d.LowerTokenText(h.end - 1)
	switch w := d.LowerTokenText(k); {
	case w == "from":
		k++
	case w == "out" && k+1 < s.TokEnd && strings.EqualFold(d.TokenText(k+1), "of"):
		k += 2 // "forced out of Rafah"
	case w == "of" && last == "out":
		k++ // the keyword "driven out", then "of Rafah"
	case (named(d, k) || w == "the" && k+1 < s.TokEnd && named(d, k+1)) && isLowerWord(last) && !pluralForm(last) && !prepositions[last] && last != "into" && last != "onto":
		// The place a verb left: "fled Rafah", "left Rafah", "fled the
		// Zamzam camp area". A noun keyword before a name is no verb
		// ("refugees Rafah took in").
	default:
		return -1
	}
	if k < s.TokEnd && strings.EqualFold(d.TokenText(k), "the") {
		k++
	}
	k = skipCompassAfter(d, k, s.TokEnd)
	return k
}

// skipCompassAfter skips a point of the compass at token k ("eastern
// Rafah"), up to end.
func skipCompassAfter(d *figures.Document, k, end int) int {
	if k < end && compassAdjective(d.LowerTokenText(k)) {
		return k + 1
	}
	return k
}

// insideName reports whether w names a place the metric counts what is
// in.
func (m *metric) insideName(w string) bool {
	for _, n := range m.insideNames {
		if strings.EqualFold(n, w) {
			return true
		}
	}
	return false
}

// evacuationBefore reports whether a keyword of evacuation ("evacuation
// orders") in the clause of figure fi, before it, moves the people it
// counts out of the metric's place: "Evacuation orders now cover 1.1
// million people in Rafah". An evacuation that dates the count ("before
// the evacuation orders") or says where to does not.
func (m *metric) evacuationBefore(d *figures.Document, s *figures.Sentence, hits []hit, fi int) bool {
	if len(m.insideNames) == 0 {
		return false
	}
	if partOfWhole(d, s, fi) {
		return false // "to evacuate part of the 1.3 million sheltering in Rafah" (evacuationkept.go)
	}
	fs, _ := d.FigureTokens(fi)
	for _, h := range hits {
		if h.ref.role != roleKeyword || h.end > fs || !sameClause(d, h.end, fs) || !evacuation(d, h) {
			continue
		}
		if m.evacuationOfOtherPlace(d, s, h) {
			continue // "since the evacuation of Khan Younis" (evacuationkept.go)
		}
		if to := d.LowerTokenText(h.end); to == "to" || to == "into" || to == "towards" {
			continue
		}
		if conjunctionBetween(d, h.end, fs) {
			continue // "plan Rafah evacuation as 1.4M shelter in city"
		}
		if deniedMove(d, s, h) {
			continue // "You cannot 'evacuate' the 1.4 million people crammed into Rafah"
		}
		if placeGrownBetween(d, s, h.end, fs) {
			continue // "Evacuation orders swell Rafah to 1.5 million" (grownplace.go)
		}
		if wholeToMove(d, h, fs) {
			continue // "Any evacuation of the 1.4m people sheltering in Rafah" (wholetomove.go)
		}
		b := h.start - 1
		if b >= s.TokStart && strings.EqualFold(d.TokenText(b), "the") {
			b--
		}
		if b >= s.TokStart {
			switch d.LowerTokenText(b) {
			case "before", "after", "until", "since", "following", "despite":
				continue
			}
		}
		return true
	}
	return false
}

// evacuation reports whether hit h holds a word of evacuation.
func evacuation(d *figures.Document, h hit) bool {
	var buf [64]byte
	for t := h.start; t < h.end; t++ {
		if w := lowerInto(&buf, d.TokenText(t)); len(w) > 6 && string(w[:6]) == "evacua" {
			return true
		}
	}
	return false
}

// conjunctionBetween reports whether a word that opens a clause of its own
// stands from token a to token b: a subordinatingWord, or "as", "and",
// "but", "where".
func conjunctionBetween(d *figures.Document, a, b int) bool {
	return wordAmong(d, a, b, func(w string) bool {
		return subordinatingWord(w) || w == "as" || w == "and" || w == "but" || w == "where"
	})
}

// leavingVerb reports whether lower-cased w is a form of a verb whose
// object is the place left: "left", "fled", "abandoned", "quit".
func leavingVerb(w string) bool {
	switch w {
	case "left", "fled", "quit":
		return true
	}
	for _, stem := range [...]string{"leave", "flee", "abandon", "escape", "evacuate", "desert", "exit", "vacate"} {
		if verbForm(w, stem) {
			return true
		}
	}
	return false
}

// pastLeavingPreposition returns the token after the "from" or "out of"
// that opens, at token k, what a verb of leaving left ("fled from",
// "driven out of"); k when neither stands there, -1 for an "out" with no
// "of". word reads the sentence's lower-cased words.
func pastLeavingPreposition(word func(int) string, k int) int {
	switch word(k) {
	case "from":
		return k + 1
	case "out":
		if word(k+1) != "of" {
			return -1
		}
		return k + 2
	}
	return k
}

// deniedMoveWords is how many tokens before a verb of evacuation a
// negation may stand: "cannot 'evacuate'", "could not be evacuated".
const deniedMoveWords = 4

// deniedMove reports whether the verb of evacuation hit h holds is denied
// or said to be impossible, a negation among the few tokens before it
// (quote marks, "be" and "simply" between): "You cannot 'evacuate' the 1.4
// million people crammed into Rafah", "there is no way to evacuate",
// "impossible to evacuate". The people were not moved: they are still in
// the place (tune35_denied_evacuation.yaml).
func deniedMove(d *figures.Document, s *figures.Sentence, h hit) bool {
	for k, n := h.start-1, 0; k >= s.TokStart && n < deniedMoveWords; k, n = k-1, n+1 {
		w := d.LowerTokenText(k)
		switch w {
		case "cannot", "not", "never", "n't", "impossible", "unable", "no":
			return true
		case "'", "‘", "’", "\"", "“", "be", "been", "simply", "just", "to", "way", "can", "could", "will", "would", "possibly":
			continue
		}
		if strings.HasSuffix(w, "n't") || w == "t" && k-1 >= s.TokStart && isApostrophe(d.TokenText(k-1)) {
			return true // "can't", split or whole
		}
		return false
	}
	return false
}
