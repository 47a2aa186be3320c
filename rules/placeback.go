package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A sentence may leave the place it counts in to the sentence before it:
// an opening "It" whose antecedent is the place that sentence opens on
// ("Rafah is the last refuge in the enclave. It is home, for now, to about
// 1.2 million displaced Gazans."), or a "there" that points back to the
// last place that sentence names ("Israeli officials keep pointing to
// Rafah. They say Hamas still has four intact battalions there."). The
// place is the sentence's scope, as a question's words are its answer's
// (match.go inScope). A place owned ("Rafah's crossing. It ...") is no
// antecedent, and neither is one named before another ("out of Rafah and
// into Khan Younis. ... there"); an existential "there" ("there are",
// "are there") points back to nothing.

// antecedentPlace returns the byte span of the place's name in the
// sentence before sentence si, in the same paragraph, that an opening "It"
// or a "there" of si points back to; ok is false when there is none.
func antecedentPlace(d *figures.Document, si int) (from, to int, ok bool) {
	if si <= 0 || d.Sentences[si].ParagraphStart {
		return 0, 0, false
	}
	s, prev := &d.Sentences[si], placeSentenceBefore(d, si)
	var a, b int // the name's first token and the token after it
	switch {
	case openingIt(d, s):
		a = afterSpeakerLabel(d, prev)
		for b = a; b < prev.TokEnd && b < a+placeNameWords && named(d, b); b++ {
		}
	case existentialAlso(d, s):
		// "... there are four battalions in Rafah. There are also 1.4
		// million civilians." (existentialalso.go)
		if a, b = existentialPlace(d, prev); a == b {
			return 0, 0, false
		}
	case placeThere(d, s):
		last := lastName(d, prev.TokStart, prev.TokEnd)
		if last < 0 {
			return 0, 0, false
		}
		b = last + 1
		for a = last; a > prev.TokStart && a > b-placeNameWords && named(d, a-1); a-- {
		}
	default:
		return 0, 0, false
	}
	if b == a || b >= prev.TokEnd || ownerApostrophe(d, b) {
		return 0, 0, false // no name, or a name owning the noun after it: "Rafah's crossing"
	}
	return int(d.Tokens[a].Start), int(d.Tokens[b-1].End), true
}

// placeSentenceBefore returns the sentence before sentence si in its
// paragraph whose place an "It" or a "there" of si may point back to, or
// nil: the one right before, or the one before a short remark ("Israel
// says four battalions are left in Rafah. Maybe so. But about 1.2
// million ... shelter there too": the remark leaves the place to the
// sentence before it).
func placeSentenceBefore(d *figures.Document, si int) *figures.Sentence {
	if si <= 0 || si >= len(d.Sentences) || d.Sentences[si].ParagraphStart {
		return nil
	}
	prev := &d.Sentences[si-1]
	if si >= 2 && !prev.ParagraphStart && shortRemark(d, prev) {
		prev = &d.Sentences[si-2]
	}
	return prev
}

// openingIt reports whether sentence s opens (after a speaker's label) on
// "It" as the subject of a verb: "It is home to", "It now shelters".
func openingIt(d *figures.Document, s *figures.Sentence) bool {
	k := afterSpeakerLabel(d, s)
	return k+1 < s.TokEnd && d.TokenText(k) == "It" && (d.Tokens[k+1].IsWord() || isApostrophe(d.TokenText(k+1)))
}

// placeThere reports whether sentence s holds a "there" of place, one that
// neither opens an existential clause ("there are", "there have been",
// "there may be") nor follows its inverted "be" ("are there"); "remain
// there" is a place.
func placeThere(d *figures.Document, s *figures.Sentence) bool {
	for k := s.TokStart + 1; k < s.TokEnd; k++ {
		if len(d.TokenText(k)) != len("there") || !strings.EqualFold(d.TokenText(k), "there") {
			continue
		}
		if k+1 < s.TokEnd && (existentialAfter(d.LowerTokenText(k+1)) && !auxiliaryWithoutBe(d, s, k+1) || isApostrophe(d.TokenText(k+1))) {
			continue
		}
		if beForm(d.LowerTokenText(k-1)) && invertedBe(d, s, k-1) {
			continue // "Are there ...?"
		}
		return true
	}
	return false
}

// invertedBe reports whether the form of "be" at token b, right before a
// "there", is inverted, making the "there" existential: in a question
// ("Are there ...?", "how many are there?"), opening its sentence or
// clause, or after a word that inverts ("Nor are there", "Only then are
// there"). In a statement a "be" after its subject says where the subject
// is: "some 1.4 million displaced people are there now".
func invertedBe(d *figures.Document, s *figures.Sentence, b int) bool {
	if b <= afterSpeakerLabel(d, s) || !d.Tokens[b-1].IsWord() || endsInQuestion(d, s) {
		return true
	}
	switch d.LowerTokenText(b - 1) {
	case "nor", "neither", "so", "only", "then", "nowhere", "never", "rarely", "seldom", "hardly", "and", "but", "or",
		"how", "what", "where", "why", "when", "which", "who", "whether", "if":
		return true
	}
	return false
}

// existentialAfter reports whether lower-cased w, right after "there",
// makes it existential: a form of "be" or an auxiliary ("there is",
// "there have been"), a modal ("there may be"), or a verb of being
// ("there remain", "there seem to be").
func existentialAfter(w string) bool {
	if beForm(w) || auxiliary(w) || modalWord(w) {
		return true
	}
	switch w {
	case "remain", "remains", "remained", "seem", "seems", "appear", "appears":
		return true
	}
	return false
}

// scopeIsName reports whether every scope word of metric m is written as a
// name (a capital first: "Rafah", "Khan Younis"), which an "It" or a
// "there" may point back to; a kind ("civilian") is no place.
func (m *metric) scopeIsName() bool {
	for _, w := range m.spec.Scope {
		if w == "" || w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	return len(m.spec.Scope) > 0
}

// shortRemark reports whether sentence s is a short remark of assent,
// doubt or concession and nothing else ("Perhaps so.", "Maybe.", "True
// enough.", "Maybe not."): it names no place and no figure, and a
// "there" or an "It" after it points past it.
func shortRemark(d *figures.Document, s *figures.Sentence) bool {
	n := 0
	for k := s.TokStart; k < s.TokEnd; k++ {
		if !d.Tokens[k].IsWord() {
			continue
		}
		if n++; n > 3 || !remarkWord(d.LowerTokenText(k)) {
			return false
		}
	}
	return n > 0
}

// remarkWord reports whether lower-cased w may make up a short remark of
// assent, doubt or concession.
func remarkWord(w string) bool {
	switch w {
	case "perhaps", "maybe", "possibly", "probably", "so", "not", "true", "enough", "fair", "granted", "fine",
		"indeed", "sure", "yes", "no", "quite", "right", "agreed", "very", "well", "all", "good":
		return true
	}
	return false
}
