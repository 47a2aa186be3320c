package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// The other side may be the subject of the killing, not only its agent
// after "by" (otherside.go): "Ukrainian forces had killed 'over 5,000
// civilians' in Donbas", "Ukrainian shelling has killed more than 400
// civilians in Belgorod". A metric whose actor is Russia does not count
// them, whoever claims it. The subject is a demonym of one of the metric's
// own names that is not its actor's, and a lower-case noun ("forces",
// "shelling", "drones"), right before the keyword verb (an auxiliary and
// an adverb may stand between); the figure is the verb's object (a quote
// may open on it). "Russian strikes have killed 12,000 civilians" stays.

// otherSideSubject reports whether figure fi of sentence s is the object
// of a keyword verb of hits whose subject is the other side than the
// metric's actor.
func (m *metric) otherSideSubject(d *figures.Document, s *figures.Sentence, hits []hit, fi int) bool {
	if len(m.actor) < 4 {
		return false
	}
	fs, _ := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	v := fs - 1
	if v > s.TokStart && isQuoteMark(word(v)) {
		v--
	}
	verb := false
	for _, h := range hits {
		if h.ref.role == roleKeyword && h.end == v+1 && h.start == v {
			verb = true
			break
		}
	}
	if !verb || !isLowerWord(d.TokenText(v)) {
		return false
	}
	k := v - 1
	for n := 0; n < 2 && k > s.TokStart && (auxiliary(word(k)) || subjectAdverb(word(k))); n++ {
		k-- // "had killed", "have reportedly killed"
	}
	if k-1 < s.TokStart || !isLowerWord(d.TokenText(k)) {
		return false
	}
	dem := d.TokenText(k - 1)
	return demonymShape(dem) && !m.foreignName(dem) && !sameStem(m.actor, dem)
}
