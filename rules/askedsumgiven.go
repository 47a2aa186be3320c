package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A sum called asked for by a participle after it ("the $640m requested")
// was given when its own clause's verb gives it, wherever that verb
// stands: the day an appeal is met, a release writes "The $640m requested
// for Marsabit has been fully funded" or "Donors have provided all of the
// $640m requested". The verb before the figure (givenObject) and the verb
// after its participle's phrase (givenSubject) are each read with their
// verb group: a negation, a modal of doubt or a "yet to" in the group
// ("has not been funded", "could be funded only if", "has yet to be
// pledged") gives nothing yet, and "partly" or "in part" gives only part.

// givenSubject reports whether the money figure whose participle of asking
// ends at token fe ("the $640m requested") is the subject of a passive of
// giving or meeting a sum: "... for Marsabit has now been pledged in
// full", "... was covered by donors", and in a headline, with no
// auxiliary, "... now fully funded". The participle's own phrase ("for
// Marsabit this year") stands between; a comma or a relative word ends the
// search, so "Of the $640m requested, only $90m has been funded" leaves
// the sum asked for.
func givenSubject(d *figures.Document, s *figures.Sentence, fe int, hits []hit) bool {
	word := sentenceWords(d, s)
	j := fe + 1
	for ; ; j++ {
		w := word(j)
		if w == "" || j > fe+10 || w == "," || clauseMark(w) || w == "which" || w == "that" || w == "who" {
			return false
		}
		if beForm(w) || haveForm(w) || modalWord(w) || negation(w) || wholeAdverb(w) {
			break
		}
	}
	passive := false
	for ; ; j++ {
		switch w := word(j); {
		case w == "" || negation(w) || doubtModal(w) || w == "to" || w == "yet" || partAdverb(w):
			return false
		case beForm(w):
			passive = true
		case modalWord(w) || haveForm(w) || w == "now" || w == "already" || w == "finally" || w == "since" || wholeAdverb(w):
			if wholeAdverb(w) {
				passive = true // a headline's "now fully funded" drops the "is"
			}
		case strings.HasSuffix(w, "ly") && isLowerWord(w):
			// "has been swiftly pledged"
		default:
			return passive && sumGivingAt(d, j, hits) && !(word(j+1) == "in" && word(j+2) == "part")
		}
	}
}

// unGivenVerbGroup reports whether the verb group that ends at token k,
// read back to its start, is negated, a modal of doubt or an infinitive of
// failing: "have not provided", "could cover", "failed to pledge". Such a
// verb gives nothing yet. "will provide" and "promised to cover" pledge
// the sum: a metric of pledges takes them.
func unGivenVerbGroup(d *figures.Document, s *figures.Sentence, k int) bool {
	word := sentenceWords(d, s)
	for j := k - 1; ; j-- {
		switch w := word(j); {
		case negation(w) || doubtModal(w) || w == "yet" || partAdverb(w):
			return true
		case w == "to":
			// "failed to cover", "has yet to provide"; but "promised to
			// cover", "agreed to provide" pledge the sum.
			switch word(j - 1) {
			case "yet", "fail", "fails", "failed", "failing", "refuse", "refuses", "refused", "declined", "unable":
				return true
			}
			return false
		case beForm(w) || haveForm(w) || modalWord(w) || w == "now" || w == "already" || w == "finally" || wholeAdverb(w),
			strings.HasSuffix(w, "ly") && isLowerWord(w):
		default:
			return false
		}
	}
}

// sumGivingAt reports whether token k is a verb that gives a sum or meets
// one: the metric's own keyword ("funded", "pledged"), a verb of giving
// money (givingStem: "provided", "granted", "committed"), of funding
// ("funded", "donated", "contributed", "financed") or of meeting a sum
// ("covered", "met", "matched").
func sumGivingAt(d *figures.Document, k int, hits []hit) bool {
	for _, h := range hits {
		if h.ref.role == roleKeyword && h.end == k+1 {
			return true
		}
	}
	w := d.LowerTokenText(k)
	if w == "met" || givingStem(w) {
		return true
	}
	for _, stem := range [...]string{"fund", "pledge", "donate", "contribute", "finance",
		"cover", "meet", "match", "exceed", "reach", "surpass", "top"} {
		if verbForm(w, stem) {
			return true
		}
	}
	return false
}

// doubtModal reports whether lower-cased w is a modal that leaves a sum
// ungiven: "could be funded", "must be covered". "will" and "shall"
// promise it, as a pledge does.
func doubtModal(w string) bool {
	return modalWord(w) && w != "will" && w != "shall" && w != "ll"
}

// haveForm reports whether lower-cased w is a form of "have", the
// auxiliary of a perfect.
func haveForm(w string) bool {
	switch w {
	case "have", "has", "had", "having":
		return true
	}
	return false
}

// wholeAdverb reports whether lower-cased w says a sum was given whole:
// "fully funded", "completely covered".
func wholeAdverb(w string) bool {
	switch w {
	case "fully", "entirely", "completely", "wholly":
		return true
	}
	return false
}

// partAdverb reports whether lower-cased w says only part of a sum, or
// not quite it, was given: "partly funded", "only half met", "barely
// covered".
func partAdverb(w string) bool {
	switch w {
	case "partly", "partially", "largely", "mostly", "only", "barely", "scarcely", "hardly",
		"nearly", "almost", "half", "insufficiently", "poorly":
		return true
	}
	return false
}
