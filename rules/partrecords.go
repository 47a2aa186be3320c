package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
	"github.com/claimtrack/claimtrack/rules/internal/wordset"
	"github.com/claimtrack/claimtrack/rules/names"
)

// A part of the metric's place as the subject of a verb of recording, with
// its own count or its own ordinal as the object, tells the part's count,
// not the whole's: under a national toll, "Murcia registers its 25th
// death", "Heatwave: Andalusia records 41 deaths", "The region of
// Extremadura has counted 30 deaths", "La Paz hospital has logged 14
// deaths". The part is read from the phrase's shape, not from a list of
// regions: a name that none of the metric's places, scope words or
// months makes the whole (partName), with no body's word in it (an
// acronym, an office noun: "Civil Protection", "MoMo", "WHO"); a name with
// its kind of place before or after it ("Teruel province", "the region of
// Extremadura", "Nsanje district"), a hospital or a camp. The subject
// opens its clause. partreports.go reads the same verbs for a place an
// exclude_near word names; this reading needs no such word
// (testdata/examples/part_registers_own_count.yaml).
//
// "reports" and "confirms" are a speaker's verbs as much as a keeper's:
// an outlet or a body "reports 25 deaths" of the whole. With a bare count
// they take a part only when the subject's shape says it is a place (a
// kind of place, a hospital, a camp, a place names/ lists); with "its"
// before the figure ("Valencia confirms its 17th death") the subject owns
// the deaths, and a body owns none. The metric's own place ("Spain
// registers its 25th death"), a metric that names no place, places joined
// ("Murcia and Valencia record") and a count its clause makes a whole
// ("across the country", "nationwide") stay.

// recordingPartSubjectWords is how many capitalised words the part's name
// may hold: "Castilla La Mancha", "Deir al-Balah".
const recordingPartSubjectWords = 4

// bodyNameWords are the words of a body's name, which keeps or relays
// a count of its own remit rather than being a place: "Civil Protection",
// "the Health Department", "Kyiv City Military Administration".
var bodyNameWords = wordset.New(map[string]struct{}{
	"ministry": {}, "department": {}, "office": {}, "agency": {}, "service": {}, "services": {},
	"authority": {}, "authorities": {}, "protection": {}, "council": {}, "commission": {}, "committee": {},
	"organisation": {}, "organization": {}, "institute": {}, "institution": {}, "centre": {}, "center": {},
	"bureau": {}, "directorate": {}, "police": {}, "army": {}, "forces": {}, "force": {}, "guard": {},
	"government": {}, "administration": {}, "system": {}, "mission": {}, "monitor": {}, "monitors": {},
	"network": {}, "foundation": {}, "society": {}, "crescent": {}, "cross": {}, "nations": {}, "union": {},
	"helmets": {}, "watch": {}, "group": {}, "project": {}, "programme": {}, "program": {}, "unit": {},
	"team": {}, "court": {}, "prosecutor": {}, "observatory": {}, "defence": {}, "defense": {},
	"registry": {}, "news": {}, "times": {}, "post": {}, "press": {}, "radio": {}, "tv": {}, "media": {},
	"count": {}, "tally": {}, "health": {}, "emergency": {}, "emergencies": {}, "rescue": {}, "ngo": {},
	"officials": {}, "official": {}, "minister": {}, "governor": {}, "mayor": {}, "president": {},
	"dr": {}, "mr": {}, "mrs": {}, "ms": {}, "prof": {}, "doctors": {}, "medics": {}, "volunteers": {},
})

// recordingPlaceNoun reports whether lower-cased w names a place that
// keeps a count of its own beside or after its name: a kind of place
// ("province", "district", "region"), a hospital or a camp.
func recordingPlaceNoun(w string) bool {
	return placeKindNoun(w) || w == "hospital" || w == "camp" || w == "municipality" || w == "commune"
}

// recordVerb reports whether lower-cased w is a finite verb by which a
// place records what its object counts: partReportVerb's verbs and "logs".
func recordVerb(w string) bool {
	return partReportVerb(w) || w == "logs" || w == "logged"
}

// speakingRecordVerb reports whether lower-cased w is a recordVerb a
// speaker uses of another's count as often as a keeper of its own.
func speakingRecordVerb(w string) bool {
	return strings.HasPrefix(w, "report") || strings.HasPrefix(w, "confirm")
}

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
	for k := j; k < e; k++ {
		if raw := d.TokenText(k); d.Tokens[k].IsWord() && (bodyNameWords.Has(strings.ToLower(raw)) || innerCapitals(raw)) {
			return false // a body: "Civil Protection", "MoMo", "WHO"
		}
	}
	if !placed && !owned && speakingRecordVerb(word(v)) && !names.KnownPlace(d.TokenText(j)) && !names.KnownPlace(tokensText(d, j, e)) {
		return false // "Reuters reports 25 deaths": a speaker's verb, no place's shape
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
