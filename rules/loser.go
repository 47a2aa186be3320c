package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// loserSubject reports whether exclude_near hit h is the subject of a verb
// of losing whose object is count figure fi: "Israel lost something like
// twelve hundred people", "Remember that Israel had lost about 1,200".
// The loser owns the dead, so the figure counts the excluded name's
// dead, however near the verb (a keyword) stands. The subject opens the
// sentence or a clause (after a comma or "that") and the verb follows it
// right away, an auxiliary perhaps between; the figure follows the verb,
// "some" or "about" being the figure's own. A verb of killing says who
// killed, not whose dead, and is not read here (loser_subject.yaml).
func loserSubject(d *figures.Document, s *figures.Sentence, fi int, h hit) bool {
	if d.Figures[fi].Kind == figures.Money {
		return false
	}
	fs, _ := d.FigureTokens(fi)
	if h.end >= fs {
		return false
	}
	word := sentenceWords(d, s)
	if h.start > s.TokStart {
		switch word(h.start - 1) {
		case ",", "that":
		default:
			return false
		}
	}
	t := h.end
	if auxiliary(word(t)) {
		t++ // "has lost", "had lost"
	}
	switch word(t) {
	case "lost", "loses", "lose":
	default:
		return false
	}
	return t+1 == fs
}
