package rules

import (
	"slices"
	"strings"

	"github.com/claimtrack/claimtrack/rules/claimant"
	"github.com/claimtrack/claimtrack/rules/figures"
	"github.com/claimtrack/claimtrack/rules/internal/wordform"
	"github.com/claimtrack/claimtrack/rules/names"
)

// A part of the metric's place as the subject of a verb of recording, with
// its own count or its own ordinal as the object, tells the part's count,
// not the whole's: under a national toll, "Murcia registers its 25th
// death", "The region of Extremadura has counted 30 deaths", "La Paz
// hospital has logged 14 deaths", "Rafah has recorded 5,000 deaths". The
// subject must show it is a place, by its shape or by the names the rules
// know, not by the lack of a body's word: a name with its kind of place
// after it or before it ("Teruel province", "the region of Extremadura",
// "Nsanje district"), a hospital or a camp; a place names/ lists
// (names.KnownPlace: "Rafah", "Hatay"); or a name that owns the deaths
// ("Murcia registers its 25th death", "Valencia confirms its 17th"): an
// outlet, a monitor, a person or a party counts deaths, it does not have
// them. A name partName finds to be one of the metric's places, scope
// words or months is the whole, and so is a capital (it stands for its
// government: "Ankara confirms 44,000 deaths") and a name with a state
// organ's noun or an acronym's capitals ("Civil Protection", "MoMo",
// "WHO"). The subject opens its clause. A name of no known kind with a
// bare count ("Reuters has counted 50,000", "Airwars has logged 10,500",
// and "Murcia registers 25 deaths" too) stays the whole's: nothing in the
// sentence tells a region from a body. partreports.go reads the same verbs
// for a place an exclude_near word names; this reading needs no such word
// (testdata/examples/part_registers_own_count.yaml).

// recordingPartSubjectWords is how many capitalised words the part's name
// may hold: "Castilla La Mancha", "Deir al-Balah".
const recordingPartSubjectWords = 4

// recordingPlaceNoun reports whether lower-cased w names a place that
// keeps its own count, beside or after its name: a kind of place
// ("province", "district", "region"), a hospital or a camp.
func recordingPlaceNoun(w string) bool {
	return placeKindNoun(w) || w == "hospital" || w == "camp" || w == "municipality" || w == "commune"
}

// recordVerbs are the verbs by which a place records what their object
// counts: partReportVerbs and "log".
var recordVerbs = append(slices.Clone(partReportVerbs), wordform.Verb{Base: "log", Past: "logged"})

// recordForms maps each inflected form of recordVerbs to its form.
var recordForms = wordform.Inflect(recordVerbs)

// recordVerb reports whether lower-cased w is a finite form of
// recordVerbs: "registers", "recorded", "logs", "logged" ("has logged"
// past its auxiliary).
func recordVerb(w string) bool { return recordForms[w] == wordform.Finite }

// recordingPart reports whether figure fi of sentence s is the object of a
// recordVerb whose subject is a part of the metric's place, opening its
// clause, as the comment above reads it.
func (m *metric) recordingPart(st *docState, s *figures.Sentence, hits []hit, fi int) bool {
	if !m.namesPlace {
		return false
	}
	d := st.d
	fs, _ := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	v := fs - 1
	owned := false
	if w := word(v); w == "its" || w == "their" {
		owned, v = true, v-1
	}
	for v > s.TokStart && (word(v) == "," || figures.MayBeFillerSound(d.TokenText(v)) && figures.FillerSound(d.TokenText(v))) {
		v-- // a speaker's filler: "registers, er, 19 deaths"
	}
	if v <= s.TokStart || !recordVerb(word(v)) {
		return false
	}
	t := subjectBefore(d, s, v, func(w, raw string) bool {
		return auxiliary(w) || verbGroupAdverb(w) || w == "so" || w == "far" || w == "now" || lyAdverb(raw)
	})
	j, e, open, placed := recordingSubject(d, s, t)
	if j < 0 || e-j > recordingPartSubjectWords {
		return false
	}
	name := tokensText(d, j, e)
	if names.KnownCapital(name) {
		return false // a capital stands for its government: "Ankara confirms 44,000 deaths"
	}
	for k := j; k < e; k++ {
		if raw := d.TokenText(k); d.Tokens[k].IsWord() && (claimant.StateOrganNoun(strings.ToLower(raw)) || innerCapitals(raw)) {
			return false // a body: "Civil Protection", "MoMo", "WHO"
		}
	}
	if !placed && !owned && !names.KnownPlace(name) {
		return false // "Reuters has counted 50,000": nothing says the subject is a place
	}
	if !recordingClauseOpens(d, s, open) || !m.partName(st, s, hits, j, e) {
		return false
	}
	return !wholeNamedAfter(d, s, fi) && !wholePlaceAfter(d, s, fi)
}

// recordingSubject reads the subject that ends at token t: a capitalised
// name [j, e), perhaps with its kind of place after it ("Teruel province",
// "La Paz hospital") or before it ("the region of Extremadura"), and
// perhaps "the" before. open is the subject's first token; placed says a
// kind of place, a hospital or a camp stood in it. j is -1 when the
// subject is no such name: a lower-case noun ("the surveillance system"),
// or "The" before a bare name ("The Times").
func recordingSubject(d *figures.Document, s *figures.Sentence, t int) (j, e, open int, placed bool) {
	if t < s.TokStart || !d.Tokens[t].IsWord() {
		return -1, 0, 0, false
	}
	e = t + 1
	if recordingPlaceNoun(d.LowerTokenText(t)) {
		placed, e = true, t // "Teruel province", "La Paz Hospital"
		if !named(d, t-1) || t-1 < s.TokStart {
			return -1, 0, 0, false
		}
	}
	if !named(d, e-1) {
		return -1, 0, 0, false
	}
	j = nameStart(d, s.TokStart, e-1)
	if d.LowerTokenText(j) == "the" && j+1 < e {
		j++ // "The Murcia region": the article opens the phrase, not the name
	}
	open = j
	switch {
	case j-2 >= s.TokStart && d.LowerTokenText(j-1) == "of" && !placed && recordingPlaceNoun(d.LowerTokenText(j-2)):
		placed, open = true, j-2 // "the region of Extremadura"
		if open-1 >= s.TokStart && d.LowerTokenText(open-1) == "the" {
			open--
		}
	case j-1 >= s.TokStart && d.LowerTokenText(j-1) == "the":
		if !placed {
			return -1, 0, 0, false // "The Times reports": a title, no place
		}
		open = j - 1 // "the Murcia region"
	}
	return j, e, open, placed
}

// recordingClauseOpens reports whether the subject opening at token open
// opens its clause: the sentence's start (past a stamp, a dateline or a
// speaker's label), or after a semicolon, a colon, a dash, a comma, or
// "while", "whereas", "but", "and". A name before the comma or "and" joins
// places into one subject ("Murcia and Valencia record"): their sum.
func recordingClauseOpens(d *figures.Document, s *figures.Sentence, open int) bool {
	if open == afterStamp(d, s) || open == afterSpeakerLabel(d, s) || open == s.TokStart {
		return true
	}
	if open-1 < s.TokStart {
		return false
	}
	switch d.LowerTokenText(open - 1) {
	case ";", ":", "—", "–", "while", "whereas", "but":
		return true
	case ",", "and":
		return open-2 < s.TokStart || !named(d, open-2)
	}
	return false
}

// wholePlaceAfter reports whether the words after figure fi, up to its
// clause's end, spread the count over the whole place: "nationwide",
// "across the country", "throughout".
func wholePlaceAfter(d *figures.Document, s *figures.Sentence, fi int) bool {
	_, fe := d.FigureTokens(fi)
	for k := fe; k < s.TokEnd; k++ {
		switch d.LowerTokenText(k) {
		case ",", ";", ":", "—", "–":
			return false
		case "nationwide", "countrywide", "across", "throughout":
			return true
		}
	}
	return false
}

// innerCapitals reports whether raw, a word as written, has a capital
// after its first letter: an acronym ("WHO", "AFAD") or a body's short
// name ("MoMo", "MoH"). A hyphened place ("Castilla-La") is read word by
// word, so its capitals stand first.
func innerCapitals(raw string) bool {
	for i := 1; i < len(raw); i++ {
		if raw[i] >= 'A' && raw[i] <= 'Z' {
			return true
		}
	}
	return false
}
