package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A story's city called "the city" is often given a word before the noun
// ("the southern city", "the border town") and told what it holds in its
// own clause rather than a relative after it: as the subject of a verb of
// holding ("The southern city is home for now to ...", "The town, whose
// pre-war population was about 280,000, is now thought to hold ...", "The
// city ... has had to absorb ..."), or as the place the people are in
// ("... are thought to be sheltering in the southern city", "crammed into
// the border town"). describedCity (coref.go) reads both as it reads "a
// city where ...": in a story that names the place, the noun stands for it
// (testdata/examples/article_city_subject.yaml).

// holdingWords is how many words may stand between the place noun's
// clause (past an aside set off by commas) and its verb of holding: "is
// now thought to hold", "has had to absorb", "is home for now to".
const holdingWords = 6

// cityAsideWords is how many words an aside after the noun may hold: ",
// whose pre-war population was about 280,000,".
const cityAsideWords = 12

// placeDeterminer returns the determiner of the place noun at token k ("a
// city", "the town", "this city"), or with one lower-case word between
// ("the southern city", "the border town"); -1 when there is none.
func placeDeterminer(d *figures.Document, k int) int {
	if k < 1 {
		return -1
	}
	if placeDeterminerWord(d.LowerTokenText(k - 1)) {
		return k - 1
	}
	if k >= 2 && isLowerWord(d.TokenText(k-1)) && !inFigure(d, k-1) && placeDeterminerWord(d.LowerTokenText(k-2)) {
		return k - 2
	}
	return -1
}

func placeDeterminerWord(w string) bool { return w == "a" || w == "the" || w == "this" }

// holdsAsSubject reports whether the place noun at token k, whose phrase
// opens sentence s (after a speaker's label), is the subject of a verb of
// holding, past an aside set off by commas.
func holdsAsSubject(d *figures.Document, s *figures.Sentence, k int) bool {
	return subjectHoldingVerb(d, s, k) >= 0
}

// subjectHoldingVerb returns the verb of holding (or "home") whose subject
// is the place noun at token k, as holdsAsSubject reads it, or -1.
func subjectHoldingVerb(d *figures.Document, s *figures.Sentence, k int) int {
	if det := placeDeterminer(d, k); det < 0 || det != afterSpeakerLabel(d, s) {
		return -1
	}
	t := k + 1
	if t < s.TokEnd && d.TokenText(t) == "," {
		end := -1
		for j := t + 1; j < s.TokEnd && j <= t+cityAsideWords; j++ {
			if w := d.TokenText(j); w == "," {
				end = j
				break
			} else if w == ";" || w == ":" {
				return -1
			}
		}
		if end < 0 {
			return -1
		}
		t = end + 1
	}
	for j, n := t, 0; j < s.TokEnd && n < holdingWords; j, n = j+1, n+1 {
		if fi := figureAt(d, j); fi >= 0 {
			// An amount counts as one word, as a window counts it: "A
			// city built for a quarter of a million now holds"
			// (article_city_people_before.yaml).
			_, j = d.FigureTokens(fi)
			j--
			continue
		}
		if !d.Tokens[j].IsWord() {
			return -1
		}
		w := d.LowerTokenText(j)
		if w == "was" || w == "were" {
			return -1 // what the place was: "The city was home to 275,000"
		}
		if peopleHoldingVerb(w) {
			return j
		}
		// The class of holding a named place's verb reads (holds.go,
		// keepverb.go) says it of the noun too: "The town has swelled
		// to 1.4 million", "The city has taken in".
		if h := holdWord(w); h != holdNone && h != holdForTo && (h == holdBare || holdCompletedAt(d, s, j, h)) {
			return j
		}
		if v, _ := keepVerbAt(d, s, j); v == j {
			return j
		}
		if w == "home" {
			for n := j + 1; n < s.TokEnd && n <= j+3; n++ {
				if d.LowerTokenText(n) == "to" {
					return j
				}
			}
			return -1
		}
	}
	return -1
}

// peopleHoldingVerb reports whether lower-cased w is a finite or plain form of a
// verb of holding people: "holds", "houses", "absorb".
func peopleHoldingVerb(w string) bool {
	switch strings.TrimSuffix(w, "s") {
	case "hold", "house", "host", "shelter", "absorb", "accommodate":
		return true
	}
	switch w {
	case "absorbed", "accommodated":
		return true
	}
	return false
}

// peopleInPlace reports whether the place noun at token k is where the
// sentence puts its people: "in" or "into" before its determiner, after a
// participle or a verb in -ing or -ed ("sheltering in the southern city",
// "crammed into the border town"), and no "of" and a name after it ("the
// southern city of Khan Younis" is another).
func peopleInPlace(d *figures.Document, s *figures.Sentence, k int) bool {
	det := placeDeterminer(d, k)
	if det < 2 {
		return false
	}
	if in := d.LowerTokenText(det - 1); in != "in" && in != "into" {
		return false
	}
	v := d.TokenText(det - 2)
	if !isLowerWord(v) || !strings.HasSuffix(v, "ing") && !strings.HasSuffix(v, "ed") && !presentBeing(v) {
		return false
	}
	return k+2 >= s.TokEnd || d.LowerTokenText(k+1) != "of" || !named(d, k+2)
}

// presentBeing reports whether lower-case w is a verb of being somewhere
// now, whose subject is in the place after it: "are thought to be in the
// city now", "remain in the town" (rafah_holding_idea.yaml). The past
// ("were in the city") tells where they were.
func presentBeing(w string) bool {
	switch w {
	case "be", "is", "are", "remain", "remains", "stay", "stays":
		return true
	}
	return false
}
