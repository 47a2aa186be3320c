package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// Two counts of one event joined by "and": "Around 240 people were seized
// during the October 7 attack, according to Israeli figures, and about
// 1,200 were killed". The second clause is a bare figure and its verb, with
// no setting of its own: it is told of the event the first clause sets its
// own figure in. An exclude_near word that names that event, in a phrase
// of setting ("during the October 7 attack", "in the Hamas attack", "at
// the Nova festival"), rules the second figure out as it does the first,
// though the second's keyword stands nearer. A clause that sets its figure
// elsewhere or later ("and more than 30,000 have since been killed in
// Gaza") keeps it.

// sharedSettingWords is how many tokens a setting's preposition may stand
// before the exclude_near word ("during the", "in the").
const sharedSettingWords = 3

// sharedEventSetting reports whether figure fi of sentence s opens a clause
// coordinated by "and" after a clause with a figure of its own set in an
// event an exclude_near hit names, and the figure's clause names no
// setting of its own.
func sharedEventSetting(d *figures.Document, s *figures.Sentence, hits []hit, fi int) bool {
	fs, fe := d.FigureTokens(fi)
	if fs-1 <= s.TokStart || d.LowerTokenText(fs-1) != "and" || fe >= s.TokEnd {
		return false
	}
	word := sentenceWords(d, s)
	// The figure is the subject of the verb right after it: "about 1,200
	// were killed", "roughly 1,200 died", "some 1,200 people were killed".
	v := fe
	if peopleNoun(d, v) {
		v++
	}
	if w := word(v); !auxiliary(w) && !(isLowerWord(d.TokenText(v)) && len(w) > 3 && w[len(w)-2:] == "ed") {
		return false
	}
	// Its clause sets it nowhere else: no "since", no other figure (a
	// date), no preposition before a name ("in Gaza").
	for k := v; k < s.TokEnd; k++ {
		w := word(k)
		if w == "," || w == ";" || w == "—" || w == "–" {
			break
		}
		if w == "since" || figureIn(d, s, k) >= 0 {
			return false
		}
		if prepositions[w] && k+1 < s.TokEnd && (named(d, k+1) || k+2 < s.TokEnd && article(word(k+1)) && named(d, k+2)) {
			return false
		}
	}
	// The clause before "and" counts a figure of its own in the event.
	and := fs - 1
	own := false
	for fj := s.FigStart; fj < s.FigEnd && !own; fj++ {
		if js, _ := d.FigureTokens(fj); js < and && fj != fi && d.Figures[fj].Kind.IsAmount() {
			own = true
		}
	}
	if !own {
		return false
	}
	for _, h := range hits {
		if h.ref.role != roleNear || h.end > and {
			continue
		}
		for k := h.start - 1; k >= s.TokStart && k >= h.start-sharedSettingWords; k-- {
			if w := word(k); settingPreposition(w) {
				return true
			} else if !article(w) && !d.Tokens[k].IsWord() {
				break
			}
		}
	}
	return false
}

// settingPreposition reports whether w sets a clause in an event:
// "during the attack", "in the Hamas attack", "at the festival".
func settingPreposition(w string) bool {
	switch w {
	case "during", "in", "at", "on":
		return true
	}
	return false
}
