package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
	"github.com/claimtrack/claimtrack/rules/names"
)

// A metric whose sentence-wide scope names the kind of people it counts
// ("civilian") and whose description names who counts them ("as the UN
// monitoring mission verifies it") is in scope where a sentence names that
// counter's count: the UN's figure is the civilian count, whoever's deaths
// the sentence goes on to tell. "Why is the UN figure lower than Kyiv's?
// Its monitors count only deaths they can verify — about 11,000 so far",
// "The UN's verified tally, north of 14,500, is an undercount". The
// counter must be a name the description gives that is no country (a
// country's count is its own, "Ukraine's figure"), and the scope a kind,
// not a place: "the army's count" says nothing of where battalions stand.
// A counter's count that is only the other term of a comparison ("a toll
// several times the UN's verified count") is set beside another's figure,
// which it does not make the kind counted. The rest of the text or its article must
// name the kind: "UN figures" in a story of an earthquake or of Sudan's
// displaced say nothing of civilians killed in a war.

// describedCountModifiers is how many lower-case words may stand between
// the counter and its count noun: "the UN's own verified figure".
const describedCountModifiers = 2

// scopeIsKind reports whether every scope word of metric m is a kind of
// what is counted, not a place: a common noun as written ("civilian"),
// and none of the names lists' places in any case ("rafah" as a rule may
// write it). A counter keeps one count for many places: "UNRWA's figure"
// is not Rafah's.
func (m *metric) scopeIsKind() bool {
	if len(m.spec.Scope) == 0 {
		return false
	}
	for _, w := range m.spec.Scope {
		w = strings.TrimPrefix(w, "=") // an exact form: "=Gazans"
		if w == "" || startsUpper(w) || names.KnownPlace(w) {
			return false
		}
	}
	return true
}

// namesDescribedCount reports whether sentence s names the count of a
// counter metric m's description names: "the UN figure", "the UN's
// verified tally".
func (m *metric) namesDescribedCount(d *figures.Document, s *figures.Sentence) bool {
	if m.counterKeepsCountIn(d, s) {
		return true // "the UN logs ...", "the mission's 11,400 deaths" (counterkeeps.go)
	}
	for k := s.TokStart; k < s.TokEnd; k++ {
		w := d.TokenText(k)
		if !named(d, k) || isCountry(w) || !describedName(m.spec, w) || comparedCounter(d, s, k) {
			continue
		}
		if countedBy(d, s, k) {
			return true // "The toll verified by the UN, still below 15,000, ..."
		}
		n := k + 1
		if ownerBefore(d, k+3) == k {
			n = k + 3
		}
		for t := n; t < s.TokEnd && t <= n+describedCountModifiers; t++ {
			lw := d.LowerTokenText(t)
			if figureNoun(lw) || tallyNoun(lw) {
				return true
			}
			if !isLowerWord(d.TokenText(t)) {
				break
			}
		}
	}
	return false
}

// comparedCounter reports whether the counter at token k opens the other
// term of a comparison: "higher than the UN's count", "several times the
// UN's figure".
func comparedCounter(d *figures.Document, s *figures.Sentence, k int) bool {
	j := k - 1
	if j >= s.TokStart && strings.EqualFold(d.TokenText(j), "the") {
		j--
	}
	if j >= s.TokStart {
		switch d.LowerTokenText(j) {
		case "than", "beside":
			return true
		}
	}
	return multipleTermAt(d, s, k) >= 0
}

// countedBy reports whether the counter at token k is the agent of a
// participle on a count noun: "The toll verified by the UN", "the tally
// kept by the UN mission", "the count compiled by the UN". The count is
// the counter's as "the UN's count" is.
func countedBy(d *figures.Document, s *figures.Sentence, k int) bool {
	j := k - 1
	if j > s.TokStart && strings.EqualFold(d.TokenText(j), "the") {
		j--
	}
	if j-2 < s.TokStart || d.LowerTokenText(j) != "by" {
		return false
	}
	p := d.LowerTokenText(j - 1)
	if !isLowerWord(d.TokenText(j-1)) || !strings.HasSuffix(p, "ed") && p != "kept" {
		return false
	}
	n := d.LowerTokenText(j - 2)
	return figureNoun(n) || tallyNoun(n)
}
