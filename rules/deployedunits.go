package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// Units a named subject deploys are the subject's own, wherever the figure
// stands in the object: "The IDF has massed two armoured brigades and
// several infantry battalions — five, by one count — on the edge of
// Rafah", "Israel has deployed four battalions along the Rafah border".
// unitsSent reads a verb right before the figure and a place "into" which
// the units go; this reads a verb of deploying whose object holds the
// units' noun, the figure before that noun or in a dash aside right after
// it, and whose subject is a name other than the metric's unit owner and
// its place. The owner deploying its own ("Hamas has moved four battalions
// into Rafah") stays the metric's.

// deployedWords is how many tokens may stand between the verb and the
// units' noun.
const deployedWords = 8

// unitsDeployed reports whether figure fi of sentence s counts units a
// named subject other than the owner deploys.
func (m *metric) unitsDeployed(st *docState, s *figures.Sentence, hits []hit, fi int) bool {
	if m.unitOwner == "" {
		return false
	}
	d := st.d
	fs, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	noun := -1
	for _, h := range hits {
		if h.ref.role != roleKeyword {
			continue
		}
		if h.start >= fe && h.start <= fe+2 && isLowerWords(d, fe, h.start) {
			noun = fs // "deployed four battalions"
			break
		}
		if h.end+1 == fs && (word(h.end) == "—" || word(h.end) == "–") {
			noun = h.start // "several infantry battalions — five, by one count —"
			break
		}
	}
	if noun < 0 {
		return false
	}
	for v := noun - 1; v > s.TokStart && v >= noun-deployedWords; v-- {
		w := word(v)
		switch w {
		case ",", ";", ":", "—", "–", "(", ")":
			return false
		}
		if !deployVerb(w) {
			continue
		}
		subj := subjectBefore(d, s, v, func(w, _ string) bool { return subjectAdverb(w) || auxiliary(w) || modalWord(w) })
		return named(d, subj) && m.nameOutsideScope(st, s, subj) && !m.ownerInClause(d, s, fs)
	}
	return false
}

// deployVerb reports whether lower-cased w is a form of a verb of putting
// forces somewhere: "massed", "deployed", "sent", "moved", "stationed".
func deployVerb(w string) bool {
	switch w {
	case "sent", "brought":
		return true
	}
	for _, stem := range [...]string{"mass", "amass", "deploy", "send", "move", "position", "station", "commit",
		"gather", "concentrate", "rush", "mobilise", "mobilize", "dispatch", "assemble", "bring"} {
		if verbForm(w, stem) {
			return true
		}
	}
	return false
}
