package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A sentence whose subject is a clause ("That the UN has verified well
// over 12,000 civilian deaths should end any pretence", "The fact that
// more than 40,000 have been killed must weigh on ...") says what the
// counted fact should bring about: the modal after the figure is the main
// clause's verb, whose subject is the whole fact, and the count inside
// the clause is told as counted, not projected. A figure of a sentence
// that only opens on "That" as a pronoun ("That 12,000 could rise") has
// no verb of its own before the modal, and stays a projection.

// clauseSubjectModal reports whether modal mj of sentence s is the main
// verb of a sentence whose subject is a clause: the sentence opens with
// "That" or "The fact that" (after any stamp), and an auxiliary of the
// clause ("has", "have been") stands between its opening and the modal.
func clauseSubjectModal(d *figures.Document, s *figures.Sentence, mj int) bool {
	k := afterStamp(d, s)
	if k+1 >= mj {
		return false
	}
	switch d.LowerTokenText(k) {
	case "that":
	case "the":
		if d.LowerTokenText(k+1) != "fact" || d.LowerTokenText(k+2) != "that" {
			return false
		}
		k += 2
	default:
		return false
	}
	for t := k + 1; t < mj; t++ {
		if w := d.LowerTokenText(t); auxiliary(w) {
			return true
		} else if isClauseMark(w) {
			return false
		}
	}
	return false
}
