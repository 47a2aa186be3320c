package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A figure a keeper gave before, marked as earlier by the verb that gives
// it: the past perfect ("The ministry had reported 29,954 deaths on
// Wednesday; a new figure is expected"), a clause of time before the new
// report ("a day after it reported 43,603 dead, put the toll at 43,665"),
// or a habit given up ("They used to say six battalions in Rafah"). The
// reading is asked only of a figure right after a verb of reporting, so a
// figure after any other word pays one comparison. The past perfect and
// the "after" clause are also how news gives the count now in reported
// speech ("said it had recorded 40,005 deaths"), so they mark an earlier
// report only when the sentence gives a newer figure outside the report's
// clause, or names one ("a new figure", "the updated toll").
// (earlier_report_beside_new.yaml)

// earlierReportSubject is how many tokens the subject of an "after"
// clause may hold before its verb: "it", "the ministry", "Gaza's health
// ministry".
const earlierReportSubject = 5

// earlierReport reports whether figure fi of sentence s is what a keeper
// reported before, told as earlier by its verb and set beside a newer
// report. It reads only the sentence's words, and answers only with a
// "had", a "used" or an "after" among them: the caller asks only a
// sentence whose marks hold one (sentenceMarks.earlier).
func earlierReport(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	v := fs - 1
	if !givingVerb(word(v)) {
		return false
	}
	if word(v-1) == "to" && word(v-2) == "used" {
		return true // "used to say six battalions"
	}
	if word(v-1) == "had" || earlierAdverb(word(v-1)) && word(v-2) == "had" {
		start, end := reportClause(d, s, fs)
		return newerBeside(d, s, fi, start, end)
	}
	for k := v - 1; k >= s.TokStart && k >= v-1-earlierReportSubject; k-- {
		w := word(k)
		if w == "after" {
			start, end := reportClause(d, s, fs)
			return newerBeside(d, s, fi, max(start, k), end)
		}
		if !d.Tokens[k].IsWord() && !isApostrophe(w) || figureIn(d, s, k) >= 0 {
			return false
		}
	}
	return false
}

// reportClause returns the tokens [start, end) of the clause of sentence s
// that the figure at token fs stands in: from the last semicolon, colon,
// dash or comma before it, to the next such mark after it.
func reportClause(d *figures.Document, s *figures.Sentence, fs int) (int, int) {
	word := sentenceWords(d, s)
	start := fs
	for start > s.TokStart && !isClauseMark(word(start-1)) {
		start--
	}
	end := fs
	for end < s.TokEnd && !isClauseMark(word(end)) {
		end++
	}
	return start, end
}

// newerBeside reports whether sentence s gives a figure newer than figure
// fi's report: an amount outside the report's clause [start, end), in
// fi's unit and near it in value (a second reading of the same count), that
// is no part of fi's ("including 12,000 children"), or a noun phrase that
// names a newer count ("a new figure", "the updated toll", "the latest
// count").
func newerBeside(d *figures.Document, s *figures.Sentence, fi, start, end int) bool {
	word := sentenceWords(d, s)
	for fj := s.FigStart; fj < s.FigEnd; fj++ {
		gs, ge := d.FigureTokens(fj)
		if fj == fi || gs >= start && ge <= end || !d.Figures[fj].Kind.IsAmount() || !sameCountOrder(d.Figures[fi], d.Figures[fj]) {
			continue
		}
		switch word(gs - 1) {
		case "including", "includes", "include", "among", "of":
			continue // a part of the report, not a newer one
		}
		return true
	}
	for k := s.TokStart; k+1 < s.TokEnd; k++ {
		if !newerWord(word(k)) {
			continue
		}
		if givenCountNoun(word(k+1)) || givenCountNoun(word(k+2)) && !isClauseMark(word(k+1)) {
			return true
		}
	}
	return false
}

// newerReportRatio is how far apart two reports of one count may be: a
// running total moves by a share between two reports, while the figures
// beside a report ("including 726 children, and 35,640 injured") count
// other things, of other sizes.
const newerReportRatio = 1.5

// sameCountOrder reports whether figures a and b, in one unit, are near
// enough in value (within newerReportRatio of each other) to be two
// readings of one count.
func sameCountOrder(a, b figures.Figure) bool {
	if a.Unit != b.Unit || a.Value <= 0 || b.Value <= 0 {
		return false
	}
	r := a.Value / b.Value
	return r <= newerReportRatio && r >= 1/newerReportRatio
}

// newerWord reports whether lower-cased w, before a count noun, names a
// count newer than one given before: "a new figure", "the updated toll".
func newerWord(w string) bool {
	switch w {
	case "new", "newer", "updated", "latest", "fresh", "revised":
		return true
	}
	return false
}

// givingVerb reports whether lower-cased w is a verb by which a keeper
// gives a figure, right before it: "reported 29,954", "gave 35,984",
// "say six".
func givingVerb(w string) bool {
	switch w {
	case "reported", "gave", "given", "recorded", "counted", "published", "announced", "cited",
		"registered", "listed", "say", "said", "estimated", "put":
		return true
	}
	return false
}

// earlierAdverb reports whether lower-cased w may stand between "had" and
// the verb of an earlier report: "had earlier reported", "had first given".
func earlierAdverb(w string) bool {
	switch w {
	case "earlier", "already", "previously", "first", "initially", "originally":
		return true
	}
	return false
}
