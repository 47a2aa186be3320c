package claimant

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// spelling is what the finder knows of a word as written, whatever its
// place: its lower case and the lexicons it belongs to. Working it out
// costs map lookups and, for a verb's form, Snowball, so a Doc remembers
// it per spelling (see scratch.spelling).
type spelling struct {
	low             string
	cls             class
	report, finding bool // only for a word, not a number or a symbol
	shouted         bool // written in capitals ("SAYS" in a headline)
	// What the view's tokens take from the word as written, worked out
	// here once rather than for every token (see spelledAs). Whether it
	// is written as low is own's spLower.
	capital bool // starts with an upper-case letter
	// ing: an -ing form of a word starting like a stem, a reporting verb
	// only after "be" (see newView).
	ing bool
	// own: what only newView and coinedName read (sp*), in two bytes so that a token
	// stays 64 bytes, a cache line: what an -ing form's stem is (stemmed once per
	// spelling, not per progressive token), and whether low is "'", which
	// may make the word before a possessive; and two bits the readers ask
	// through methods (backNoun, writtenLow), kept here for the same
	// reason.
	own uint16
	// id is low's place in vocabulary, noWord for a word no reader asks
	// view.is about: is compares ids, not strings.
	id wordID
	// aliases are the Finder's aliases starting with this word: left none
	// by spell, filled in by scratch.spelling, which knows the Finder.
	aliases uint32
}

// spelledAs fills in what a spelling of raw knows of raw as written.
func (sp *spelling) spelledAs(raw string) {
	sp.capital = raw[0] >= 'A' && raw[0] <= 'Z' || camelName(raw)
	if raw[0] >= 0x80 {
		r, _ := utf8.DecodeRuneInString(raw)
		sp.capital = unicode.IsUpper(r)
	}
	sp.ing = len(sp.low) > 5 && strings.HasSuffix(sp.low, "ing") && stemStart(sp.low)
	sp.own = 0
	if sp.low == raw {
		sp.own |= spLower
	}
	if sp.ing {
		st := stem(sp.low)
		if reportStems[st] {
			sp.own |= spIngReport
		}
		if clauseStems[st] {
			sp.cls |= cClauseStem
		}
		if findingStems[st] {
			sp.own |= spIngFinding
		}
	}
	if sp.own&spLower == 0 && (coined(raw) || linkedInitials(raw)) {
		sp.own |= spCoined
	}
	switch sp.low {
	case "'":
		sp.own |= spApostrophe
	case ":":
		sp.own |= spColon
	case "-":
		sp.own |= spDash
	}
}

// The bits of spelling.own.
const (
	spIngReport    = 1 << iota // an -ing form of a reporting verb's stem
	spIngFinding               // of a findings verb's stem
	spApostrophe               // low is "'"
	spColon                    // low is ":"
	spDash                     // low is "-"
	spCoined                   // a capital after small letters inside the word ("WarSpotting", "MoD")
	spLower                    // written as low
	spBackNoun                 // low is one of backNouns ("that figure", "the toll")
	spReportS                  // a reporting verb's lower-case -s form, which participleObjects reads
	spLearnedOne               // one of learnedPeople's words in the singular ("researcher"), which scholarsOwnerEnd reads
	spShoutedMonth             // a month's short form in capitals ("DEC"), the only word monthInitials changes
	spAgentOr                  // an agent noun in -or past five letters, not a fortune's ("director"), which tok.post reads
)

// backNoun: one of backNouns ("that figure", "the toll"), asked of every
// word of a neighbour sentence.
func (sp *spelling) backNoun() bool { return sp.own&spBackNoun != 0 }

// writtenLow: the word is written as its lower case.
func (sp *spelling) writtenLow() bool { return sp.own&spLower != 0 }

func spell(raw string) spelling {
	low := raw
	if needsLower(raw) {
		low = strings.ToLower(raw)
	}
	switch low {
	case "’", "‘", "`":
		low = "'"
	case "“", "”", "«", "»", "„":
		low = "\""
	case "—", "–":
		low = "-"
	}
	sp := spelling{low: low, shouted: isShouted(raw)}
	back := false
	if classStart(low) {
		sp.cls = classes[low]
		back = backNouns[low]
	}
	// ("uh", "um", "er": one id, wFiller; see fillers.go.)
	sp.id = fillerID(low, wordIDs[low])
	if len(low) >= 3 && stemStart(low) && !strings.HasSuffix(low, "ing") && !participleAdverb(low) {
		st := stem(low)
		sp.report, sp.finding = reportStems[st], findingStems[st] || containStems[st]
		if clauseStems[st] {
			sp.cls |= cClauseStem
		}
		// "gave a bleak assessment", "the announcements": a noun made
		// from the verb with -ment is no form of it ("document" is both).
		if (strings.HasSuffix(low, "ment") || strings.HasSuffix(low, "ments")) && !strings.HasSuffix(st, "ment") {
			sp.report, sp.finding = false, false
		}
		// "the state information service", "flooding informal
		// settlements": nor is a noun or an adjective made with -ion,
		// -al, -ive or -ant ("information", "informal", "informative"
		// and "informant" all stem as "inform").
		if derivedFrom(low, st) {
			sp.report, sp.finding = false, false
		}
		// "lifted", "placed", "gave": a verb of handling a count, which
		// readAttributions reads (revised.go).
		if countStems[st] {
			sp.cls |= cCountVerb | cFrameOpener
		}
		// "the Palestinian flag": a verb's bare form that is as often a
		// noun (nounForms) is read as the noun.
		if sp.report && nounForms[st] && !strings.HasSuffix(low, "ed") {
			sp.report = false
		}
	}
	sp.spelledAs(raw)
	if back {
		sp.own |= spBackNoun
	}
	if sp.report && !sp.capital && strings.HasSuffix(sp.low, "s") {
		sp.own |= spReportS
	}
	// A learned person's word starts as its plural does, so it is spelled
	// here, never by plainSpelling (TestLearnedOneSpelled).
	if learnedOne[low] {
		sp.own |= spLearnedOne
	}
	// Only spell makes a shouted word with a letter (plainSpelling takes
	// no capital).
	if sp.shouted && monthShortForms[low] {
		sp.own |= spShoutedMonth
	}
	if agentOr(low) {
		sp.own |= spAgentOr
	}
	return sp
}

// needsLower: raw holds a capital or a non-ASCII letter. Most words do
// not, and are their own lower case.
func needsLower(raw string) bool {
	for i := 0; i < len(raw); i++ {
		if c := raw[i]; c >= 0x80 || c >= 'A' && c <= 'Z' {
			return true
		}
	}
	return false
}
