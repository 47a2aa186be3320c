package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
	"github.com/claimtrack/claimtrack/rules/names"
)

// A combined total is often told with one part's own count beside it:
// "The combined death toll in Turkey and Syria rose to more than 50,000,
// after Turkish authorities raised their count to 44,218", "when Turkey's
// disaster agency lifted its own count to 40,642". The part's figure is
// the value of a tally its clause's subject keeps ("their count", "its
// tally"), and that subject is a body of a place the metric's exclude_near
// words rule out as a part (Turkey, by its name or its demonym). It is
// that place's count, however far the exclude word stands from it. A
// tally its own words make a whole ("their count of the combined toll")
// stays, and so does one whose body has a name hyphened onto it ("the
// Hamas-run ministry ... raised its toll to"): the name says who runs the
// body, not a place it counts for (part_owner_hyphened.yaml).

// partOwnerWords is how many tokens before the figure the owned tally
// may stand ("raised their count to", "put its own tally at").
const partOwnerWords = 6

// partOwnerSubjectWords is how many tokens the subject that keeps the
// tally may hold ("the Syrian government's disaster agency").
const partOwnerSubjectWords = 8

// countOfExcludedPart reports whether figure fi is the value of a tally
// owned by a possessive ("its", "their") whose clause's subject names a
// place an exclude_near word of the metric rules out.
func (m *metric) countOfExcludedPart(d *figures.Document, s *figures.Sentence, fi int) bool {
	if !m.excludesPlaces {
		return false // no exclude_near word names a part (the cheap test first)
	}
	fs, _ := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	owner := -1
	for k := fs - 1; k > s.TokStart && k >= fs-partOwnerWords; k-- {
		w := word(k)
		if !d.Tokens[k].IsWord() || countAt(d, k) {
			return false
		}
		switch {
		case w == "combined" || w == "overall" || w == "total" || w == "both":
			return false // "their count of the combined toll"
		case tallyNoun(w) || w == "figure" || w == "estimate":
			// The possessive, perhaps "own" and modifiers between: "its
			// own earthquake death toll".
			for j := k - 1; j > s.TokStart && j >= k-4 && isLowerWord(d.TokenText(j)); j-- {
				if possessiveDeterminer(word(j)) {
					owner = j
					break
				}
			}
			// The subject's own tally set by a verb of putting: "Lebanese
			// health authorities put the toll at more than 3,500", "put
			// the death toll at". The verb stands for the possessive: the
			// toll a body of the part puts at a figure is its own, as
			// "their count" says (tune35_put_toll_part.yaml).
			if owner < 0 {
				if the := puttersTally(d, s, k); the >= 0 {
					return m.putterOfExcludedPart(d, s, the-1)
				}
			}
		}
		if owner >= 0 {
			break
		}
	}
	if owner < 0 {
		return false
	}
	// The subject: back from the possessive past the verb to the
	// clause's opening word ("after", "when", "as", a comma, "and" after
	// a lower-case word). Two places there ("Turkish and Syrian
	// officials raised their count") keep the whole.
	part := ""
	for k := owner - 1; k >= s.TokStart && k >= owner-partOwnerWords-partOwnerSubjectWords; k-- {
		w := word(k)
		if w == "," || w == ";" || w == ":" || w == "—" || timeConjunction(w) || subordinatingWord(w) || w == "as" ||
			(w == "and" || w == "but") && k > s.TokStart && isLowerWord(d.TokenText(k-1)) {
			break
		}
		if t := d.TokenText(k); named(d, k) && len(t) >= stemLetters && !hyphenedOn(d, s, k) && m.excludesPlaceOf(t) {
			if part != "" && !sameStem(part, t) {
				return false
			}
			part = t
		}
	}
	return part != ""
}

// puttersTally returns the token of "the" that opens the tally noun at k
// in a frame of putting ("put the toll at", "puts the death toll at"), up
// to two lower-case words saying which tally between them, none making it
// a whole ("the combined toll"); or -1.
func puttersTally(d *figures.Document, s *figures.Sentence, k int) int {
	if k+1 >= s.TokEnd || d.LowerTokenText(k+1) != "at" {
		return -1
	}
	for j := k - 1; j > s.TokStart && j >= k-3 && isLowerWord(d.TokenText(j)); j-- {
		switch w := d.LowerTokenText(j); w {
		case "the":
			if putVerb(d.LowerTokenText(j - 1)) {
				return j
			}
			return -1
		case "combined", "overall", "total", "both":
			return -1
		}
	}
	return -1
}

// putterOfExcludedPart reports whether the subject of the verb of putting
// at token v ("Lebanese health authorities put the toll at") is a body of
// one place an exclude_near word names alone (Lebanon, Turkey), by its
// demonym or its name: the whole subject back to its clause's start is
// read, so two places ("Turkey's and Syria's official counts put the toll
// at") keep the whole, and a name that modifies by a hyphen ("the
// Hamas-run health ministry") names who runs the body, no place of it.
func (m *metric) putterOfExcludedPart(d *figures.Document, s *figures.Sentence, v int) bool {
	word := sentenceWords(d, s)
	part := ""
	for k, n := v-1, 0; k >= s.TokStart && n < partOwnerSubjectWords; k-- {
		w := word(k)
		if d.Tokens[k].IsWord() && w != "s" {
			n++ // words, not the marks of "Syria's"
		}
		if w == "," || w == ";" || w == ":" || w == "—" || timeConjunction(w) || subordinatingWord(w) || w == "as" {
			break
		}
		if w == "both" || w == "combined" || w == "together" {
			return false
		}
		t := d.TokenText(k)
		if !named(d, k) || len(t) < stemLetters || hyphenedOn(d, s, k) || !m.excludesPlaceAlone(t) {
			continue
		}
		if part != "" && !sameStem(part, t) {
			return false
		}
		part = t
	}
	return part != ""
}

// excludesPlaceAlone reports whether an exclude_near word of the metric
// that is one capitalised word (a place's name, not an event's phrase
// such as "Hamas attack") shares w's first four letters: Lebanon for
// "Lebanese".
func (m *metric) excludesPlaceAlone(w string) bool {
	stem := strings.ToLower(w[:4])
	for _, p := range m.spec.ExcludeNear {
		if excludedPlaceWord(p) && !strings.Contains(p, " ") && strings.HasPrefix(strings.ToLower(p), stem) {
			return true
		}
	}
	return false
}

// hyphenedOn reports whether the name at token k is hyphened onto the word
// after it ("Hamas-run", "Hamas-controlled") and names no place: it says
// who runs the body it modifies. A place hyphened on ("Syria-based
// rescuers", "the Turkey-based agency") still says where the body sits and
// whose count it keeps.
func hyphenedOn(d *figures.Document, s *figures.Sentence, k int) bool {
	return k+1 < s.TokEnd && d.TokenText(k+1) == "-" && !names.KnownPlace(d.TokenText(k))
}
