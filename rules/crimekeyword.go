package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A court's words make a keyword of death the name of a crime: "prisoners
// convicted of murder", "men charged with murder", "jailed for murder",
// "accused of killings". It counts nobody's dead, so a figure near it
// ("and around 9,000 Palestinians remain in its jails") is not the
// metric's.

// crimeKeyword reports whether keyword hit h follows a court's verb and
// its preposition: "convicted of", "charged with", "jailed for".
func crimeKeyword(d *figures.Document, s *figures.Sentence, h hit) bool {
	if h.start-2 < s.TokStart {
		return false
	}
	verb := d.LowerTokenText(h.start - 2)
	switch d.LowerTokenText(h.start - 1) {
	case "of":
		switch verb {
		case "convicted", "accused", "guilty", "suspected", "acquitted", "convictions", "conviction":
			return true
		}
	case "with":
		return verb == "charged" || verb == "indicted"
	case "for":
		switch verb {
		case "jailed", "sentenced", "imprisoned", "convicted", "arrested", "wanted", "tried", "serving":
			return true
		}
	}
	return false
}
