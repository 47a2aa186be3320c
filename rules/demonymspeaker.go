package rules

import (
	"slices"
	"strings"
	"sync"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// demonymSpeakerWords is how many lower-case words may name the body a
// demonym owns before its verb of saying: "caretaker government", "health
// ministry", "civil defence".
const demonymSpeakerWords = 3

// frontedPhraseWords is how many words a short phrase fronted before the
// speaker may hold: "Across the border,", "Meanwhile,", "In the north,".
const frontedPhraseWords = 5

// demonymSpeakerOwnCount reports whether figure fi opens what another
// country's body, named by its demonym, says as the sentence's opening
// speaker, with none of the metric's places named in the sentence: "the
// Lebanese health ministry says more than three thousand people have
// been killed there", "Lebanese health officials say 3,000 people have
// been killed". A country's name does the same ("Lebanon says 3,000
// killed": speakers.go ownTollSpeaker); cable and wire copy often name the
// body by the demonym instead. The speaker may follow a stamp, a speaker's
// label ("CORRESPONDENT:") and a short fronted
// phrase with no figure ("Across the border,"). A demonym of the metric's
// own places or people ("the Palestinian health ministry", for Gaza's
// dead), a figure that is not the first thing said ("says the war in Gaza
// has killed ...") and a sentence that names the metric's place stay.
func (m *metric) demonymSpeakerOwnCount(st *docState, s *figures.Sentence, fi int) bool {
	if len(m.places) == 0 {
		return false
	}
	d := st.d
	word := sentenceWords(d, s)
	k := pastFrontedPhrase(d, s, sentenceOpening(d, s))
	if word(k) == "the" {
		k++
	}
	if k >= s.TokEnd {
		return false
	}
	w := d.TokenText(k)
	if !countryDemonym(w) || slices.ContainsFunc(m.places, func(p string) bool { return sameStem(p, w) }) {
		return false
	}
	v := k + 1
	for n := 0; n < demonymSpeakerWords && v < s.TokEnd && isLowerWord(d.TokenText(v)) && !speakingVerb(word(v)); n++ {
		v++
	}
	if v == k+1 || !speakingVerb(word(v)) {
		return false // a demonym alone is a people, not a body that speaks: "Lebanese say"
	}
	open := v + 1
	// A day the speaker said it on: "said on Sunday that".
	if word(open) == "on" && named(d, open+1) && word(open+2) == "that" {
		open += 2
	}
	if word(open) == "that" {
		open++
	}
	if fs, _ := d.FigureTokens(fi); fs != open {
		return false
	}
	return !m.scopeNamedIn(st, s)
}

// pastFrontedPhrase returns the token after the comma that closes a short
// phrase opening at token k ("Across the border,", "Meanwhile,"), or k when
// none does: at most frontedPhraseWords words, none a figure nor shaped
// like a demonym (the speaker itself: "The Lebanese ministry, which ...").
func pastFrontedPhrase(d *figures.Document, s *figures.Sentence, k int) int {
	for t := k; t < s.TokEnd && t <= k+frontedPhraseWords; t++ {
		if d.TokenText(t) == "," {
			if t == k {
				return k
			}
			return t + 1
		}
		if !d.Tokens[t].IsWord() || figureAt(d, t) >= 0 || demonymShape(d.TokenText(t)) {
			return k
		}
	}
	return k
}

// countryStems are the first stemLetters letters, in lower case, of every
// listed country's name of one word, read once: "leba" of Lebanon.
var countryStems = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, names := range listedCountries() {
		for _, ws := range names {
			if len(ws) == 1 && len(ws[0]) >= stemLetters {
				out[strings.ToLower(ws[0][:stemLetters])] = true
			}
		}
	}
	return out
})

// countryDemonym reports whether w is shaped like a demonym and shares its
// first letters with a listed country's name: "Lebanese" (Lebanon),
// "Syrian", "Egyptian"; not "Humanitarian", "Republican".
func countryDemonym(w string) bool {
	return demonymShape(w) && countryStems()[strings.ToLower(w[:stemLetters])]
}
