package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A figure a sample or a subset is taken of counts the part examined, not
// the whole: "its own verification of a sample of 8,119 deaths", "a
// subset of 3,000 records the researchers checked by hand". A study that
// reads a part says how far the part bears out the count; the part is not
// the count.

// sampleOf reports whether figure fi is what a sample or a subset holds:
// "a sample of N", "a random subset of N"; or what an examination went
// through, the figure with no determiner of its own: "its own review of
// 8,119 verified deaths", "an audit of 3,000 records" (examinedNoun), or
// the object of the examination's verb: "examined 8,119 verified deaths",
// "researchers reviewed 3,000 death certificates" (examinedVerb). A poll's
// or a survey's respondents are its sample too: "a phone survey of 900
// residents", "pollsters interviewed 1,100 voters" (fa41). The
// whole examined says "the" ("an analysis of the 45,000 deaths",
// "examined the 45,000 deaths"), and stays.
func sampleOf(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	if fs-1 >= s.TokStart && examinedVerb(word(fs-1)) {
		return true
	}
	if fs-2 < s.TokStart || word(fs-1) != "of" {
		return false
	}
	w := word(fs - 2)
	return sampleNoun(w) || examinedNoun(w)
}

// sampleNoun reports whether lower-cased w names a part taken to stand for
// a whole: "a sample of N".
func sampleNoun(w string) bool {
	switch w {
	case "sample", "samples", "subset", "subsample", "sub-sample":
		return true
	}
	return false
}

// examinedWord reports whether lower-cased w is a word sampleOf reads: a
// sentence with none holds no sample (rmExamined).
func examinedWord(w string) bool { return examinedVerb(w) || examinedNoun(w) || sampleNoun(w) }

// examinedNoun reports whether lower-cased w names an examination of
// records, which goes through the ones it names: "review", "audit",
// "analysis"; or a survey of people, which asks the ones it names.
func examinedNoun(w string) bool {
	switch w {
	case "review", "reviews", "audit", "audits", "analysis", "analyses", "examination", "verification",
		"inspection", "check", "checks", "cross-check", "spot-check", "re-examination",
		"survey", "surveys", "poll", "polls":
		return true
	}
	return false
}

// examinedVerb reports whether lower-cased w is a verb of examining
// records, whose object is the part gone through: "examined", "reviews",
// "analysing"; or of asking a sample: "polled", "interviewed". A verb of counting ("verified", "recorded", "documented")
// keeps its object as the count, and is not one.
func examinedVerb(w string) bool {
	switch w {
	case "examined", "examines", "examining", "reviewed", "reviews", "reviewing",
		"analysed", "analyses", "analysing", "analyzed", "analyzes", "analyzing",
		"audited", "audits", "auditing", "sampled", "samples", "sampling",
		"inspected", "inspects", "inspecting", "cross-checked", "spot-checked",
		"surveyed", "surveying", "polled", "polling", "interviewed", "interviewing":
		return true
	}
	return false
}
