package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A figure may stand in a relative clause set off by commas on the
// sentence's subject: "Sudan's displacement crisis, which the agency now
// reckons at 13.9 million, has left Khartoum's factories idle". After
// the closing comma the main clause's verb goes on about the subject, and
// a word there (a place the metric's exclude_near words name) tells where
// the subject's effects fall, not what the figure counts
// (relative_aside_main_predicate.yaml). A word inside the relative clause
// is the figure's own, as before.

// mainPredicateAfterRelative reports whether hit h stands in the main
// clause's predicate after the relative clause that holds the figure
// spanning tokens [fs, fe) of sentence s: a comma and "which", "who" or
// "whose" open the clause before the figure with no comma between, the
// first comma after the figure closes it, and a verb (an auxiliary, a form
// of "be", a modal or a finite verb) follows that comma, before h.
func mainPredicateAfterRelative(d *figures.Document, s *figures.Sentence, fs, fe int, h hit) bool {
	if h.start <= fe {
		return false
	}
	open := false
	for k := fs - 1; k > s.TokStart; k-- {
		if d.TokenText(k) == "," {
			return false
		}
		if asideOpensAt(d, k) {
			switch d.LowerTokenText(k) {
			case "which", "who", "whose":
				open = true
			}
			if !open {
				return false
			}
			break
		}
	}
	if !open {
		return false
	}
	for c := fe; c < h.start; c++ {
		switch d.TokenText(c) {
		case ";", ":", "(", ")", "—", "–":
			return false
		case ",":
			if c+1 >= h.start {
				return false
			}
			w := d.LowerTokenText(c + 1)
			return auxiliary(w) || beForm(w) || modalWord(w) || finiteVerbWithin(d, c+1, 1)
		}
	}
	return false
}
