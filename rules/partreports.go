package rules

import (
	"slices"

	"github.com/claimtrack/claimtrack/rules/figures"
	"github.com/claimtrack/claimtrack/rules/internal/wordform"
)

// A place the metric rules out as a part, as the subject of a verb of
// counting whose object is the figure, tells its own count: "the toll in
// Turkey had risen to 50,096, while Syria has reported around 5,900
// deaths", "and Syria has so far recorded 4,300". The subject is the
// place's name alone, opening its clause; the verb takes the figure with
// only auxiliaries and adverbs of time between (partowner.go reads a
// tally the place keeps: "raised their count to 44,218"), and so does a
// "with" clause's subject after the total, its verb in -ing
// (withPartReports). A count its
// own clause makes a whole ("Turkey reported 50,000 deaths across both
// countries") stays.

// partReportVerbs are the verbs by which a body says it counted what
// their object gives.
var partReportVerbs = []wordform.Verb{{Base: "report"}, {Base: "record"}, {Base: "count"}, {Base: "confirm"}, {Base: "register"}}

// partReportForms maps each inflected form of partReportVerbs to its form.
var partReportForms = wordform.Inflect(partReportVerbs)

// partReportVerb reports whether lower-cased w says a body counted what
// its object gives: "reported", "recorded", "counted", "confirmed".
func partReportVerb(w string) bool { return partReportForms[w] == wordform.Finite }

// excludedPlaceReports reports whether figure fi of sentence s is the
// object of a partReportVerb whose subject is a place an exclude_near word
// of the metric rules out, opening its clause.
func (m *metric) excludedPlaceReports(d *figures.Document, s *figures.Sentence, fi int) bool {
	if !m.excludesPlaces {
		return false // no exclude_near word names a place (the cheap test first)
	}
	fs, _ := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	v := fs - 1
	if v <= s.TokStart {
		return false
	}
	if partReportingVerb(word(v)) {
		return m.withPartReports(d, s, fi, v)
	}
	if !partReportVerb(word(v)) {
		return m.gappedPartReports(d, s, fi)
	}
	t := subjectBefore(d, s, v, func(w, raw string) bool {
		return auxiliary(w) || verbGroupAdverb(w) || w == "so" || w == "far"
	})
	name := d.TokenText(t)
	if !named(d, t) || len(name) < stemLetters || !m.excludesPlaceOf(name) {
		return m.excludedPartsReport(d, s, fi, v)
	}
	if t != afterStamp(d, s) {
		switch word(t - 1) {
		case ";", "while", "whereas", "but":
		case ",", "and":
			if t-2 >= s.TokStart && named(d, t-2) {
				return false // "Turkey and Syria recorded": places joined are the whole
			}
		default:
			return false
		}
	}
	return !wholeNamedAfter(d, s, fi)
}

// wholeNamedAfter reports whether the words after figure fi, up to its
// clause's end, make it a whole: "Turkey reported 50,000 deaths across
// both countries", "in all", "combined".
func wholeNamedAfter(d *figures.Document, s *figures.Sentence, fi int) bool {
	_, fe := d.FigureTokens(fi)
	for k := fe; k < s.TokEnd; k++ {
		switch d.LowerTokenText(k) {
		case ",", ";", ":", "—", "–":
			return false
		case "both", "combined", "overall", "total", "all", "between", "together":
			return true
		}
	}
	return false
}

// partReportingVerb reports whether lower-cased w is partReportVerb's
// verb in -ing, as a "with" clause has it: "with Turkish officials
// reporting 39,672 deaths".
func partReportingVerb(w string) bool { return partReportForms[w] == wordform.Participle }

// withPartReports reports whether the verb in -ing at token v, right before
// figure fi, is that of a "with" clause after a comma ("..., with Turkish
// officials reporting 39,672 deaths and Syrian authorities 5,800", "...,
// with the Syrian health ministry confirming 5,900") whose subject, at
// most partOwnerSubjectWords words, names one place an exclude_near word
// of the metric rules out, by its name or its demonym (excludesPlaceOf),
// and holds no amount: that part's count, not the total before the
// comma. A subject of two places ("with Turkey and Syria reporting")
// stays, as does a count the clause makes a whole.
func (m *metric) withPartReports(d *figures.Document, s *figures.Sentence, fi, v int) bool {
	word := sentenceWords(d, s)
	part := ""
	for k := v - 1; k > s.TokStart && k >= v-1-partOwnerSubjectWords; k-- {
		w := word(k)
		if w == "with" {
			if word(k-1) != "," || part == "" {
				return false
			}
			return !wholeNamedAfter(d, s, fi)
		}
		if !d.Tokens[k].IsWord() && !isApostrophe(d.TokenText(k)) || countAt(d, k) {
			return false
		}
		if t := d.TokenText(k); named(d, k) && len(t) >= stemLetters && m.excludesPlaceOf(t) {
			if part != "" && !sameStem(part, t) {
				return false // "with Turkey and Syria reporting": the whole
			}
			part = t
		}
	}
	return false
}

// gappedPartReports reports whether figure fi is the object of a clause
// whose verb is left out because the clause before gave it ("gapping"):
// "AFAD put its own dead at 44,218 and Syrian authorities and the White
// Helmets some 5,900 between them", "Turkey's ministry reported 44,218
// deaths, and the Syrian health ministry 5,900". The gapped clause opens
// at "and", "while", "whereas", "but" or a semicolon after an earlier
// figure of the sentence; its subject, at most partOwnerSubjectWords
// words and no verb, names one place an exclude_near word of the metric
// rules out, by its name or its demonym (excludesPlaceOf), and runs up
// to the figure: that part's count, not the whole. A subject that opens
// right after another place ("in Turkey and Syria 5,900"), a subject of
// two places, and a count its clause makes a whole ("combined", "in
// all") stay.
func (m *metric) gappedPartReports(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	part := ""
	for k := fs - 1; k > s.TokStart && k >= fs-1-partOwnerSubjectWords; k-- {
		w := word(k)
		switch w {
		case "and", "while", "whereas", "but", ";":
			if part == "" {
				if w == "and" {
					continue // "Syrian authorities and the White Helmets": one subject of two bodies
				}
				return false
			}
			if m.placeNameAt(d, k-1) || k-1 > s.TokStart && word(k-1) == "," && m.placeNameAt(d, k-2) {
				return false // "in Turkey and Syria 5,900": places joined
			}
			return earlierFigure(d, s, fi, k) && !gappedWhole(d, s, fi)
		}
		if !d.Tokens[k].IsWord() && !isApostrophe(d.TokenText(k)) || countAt(d, k) || figureAt(d, k) >= 0 {
			return false
		}
		if auxiliary(w) || speakingVerb(w) || partReportVerb(w) || partReportingVerb(w) {
			return false // a verb of its own: not a gapped clause
		}
		if t := d.TokenText(k); named(d, k) && len(t) >= stemLetters && m.excludesPlaceAlone(t) {
			if part != "" && !sameStem(part, t) {
				return false // two places: the whole
			}
			part = t
		}
	}
	return false
}

// ownPlace reports whether name t is one of the metric's places: "Rafah"
// for Rafah's count, however its exclude_near words name it ("Rafah
// crossing").
func (m *metric) ownPlace(t string) bool {
	return slices.ContainsFunc(m.places, func(p string) bool { return sameStem(p, t) })
}

// earlierFigure reports whether a figure of sentence s other than fi
// ends before token k: the clause a gapped one takes its verb from.
func earlierFigure(d *figures.Document, s *figures.Sentence, fi, k int) bool {
	for g := s.FigStart; g < s.FigEnd; g++ {
		if _, ge := d.FigureTokens(g); g != fi && ge <= k {
			return true
		}
	}
	return false
}

// gappedWhole reports whether the words after figure fi, up to its
// clause's end, make it a whole: "combined", "in all", "overall". Unlike
// wholeNamedAfter, "between them" stays a part's: the bodies of a gapped
// clause's subject share the count ("Syrian authorities and the White
// Helmets some 5,900 between them").
func gappedWhole(d *figures.Document, s *figures.Sentence, fi int) bool {
	_, fe := d.FigureTokens(fi)
	for k := fe; k < s.TokEnd; k++ {
		switch d.LowerTokenText(k) {
		case ",", ";", ":", "—", "–":
			return false
		case "both", "combined", "overall", "total", "all", "together":
			return true
		}
	}
	return false
}

// placeNameAt reports whether token k is a name of one of the metric's
// places or of a place its exclude_near words rule out: "Turkey" of "in
// Turkey and Syria", not "Friday".
func (m *metric) placeNameAt(d *figures.Document, k int) bool {
	if k < 0 || !named(d, k) {
		return false
	}
	t := d.TokenText(k)
	return len(t) >= stemLetters && (m.excludesPlaceOf(t) || m.ownPlace(t))
}

// A subject of several bodies or parts, each in a place the exclude_near
// words rule out, reporting "together" after "while" or "but", is that
// place's count still: "while Syria's government and the rebel-held
// northwest together reported about 5,900 deaths". The parts are all
// Syria's; what they add up to is one country's toll, not the whole
// (joint_part_reports.yaml).

// jointSubjectWords is how many tokens such a subject may span.
const jointSubjectWords = 12

// excludedPartsReport reports whether the subject of partReportVerb v,
// before figure fi, opens after "while", "whereas", "but" or a semicolon
// on a place the exclude_near words rule out, joins parts by "and", and
// names no other place.
func (m *metric) excludedPartsReport(d *figures.Document, s *figures.Sentence, fi, v int) bool {
	word := sentenceWords(d, s)
	t := subjectBefore(d, s, v, func(w, raw string) bool {
		return auxiliary(w) || verbGroupAdverb(w) || w == "together" || w == "jointly" || w == "between" || w == "them"
	})
	joined := false
	for k := t; k > s.TokStart && k > t-jointSubjectWords; k-- {
		w := word(k)
		switch w {
		case ";", "while", "whereas", "but":
			o := k + 1
			return joined && named(d, o) && len(d.TokenText(o)) >= stemLetters && m.excludesPlaceOf(d.TokenText(o)) && !wholeNamedAfter(d, s, fi)
		case "and":
			joined = true
			continue
		case ",", ":":
			return false
		}
		if figureAt(d, k) >= 0 {
			return false
		}
		if named(d, k) && (len(d.TokenText(k)) < stemLetters || !m.excludesPlaceOf(d.TokenText(k))) {
			return false // another place or body by name: "Turkey and Syria"
		}
	}
	return false
}
