package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A body that says "it alone" (or "they alone") counts its own share of
// the whole, as "Hatay province alone" counts the province's: "Bruvik
// General Hospital said it alone had received 187 bodies" is one
// hospital's part of the quake's toll (walk56: kept as the toll, it posted
// "claimants disagree" against the ministry's). The whole's own words ("The
// quake alone killed ...") are no pronoun, and an "it alone" in another
// clause than the figure's ("said it alone would publish the toll, which
// stood at 1,650") leaves the figure alone.

// speakerAlone reports whether the "alone" at token k, before figure
// token fs in sentence s, follows "it" or "they" right after a verb of
// saying (perhaps then "that"), with no clause mark between it and the
// figure: the speaker's own part.
func speakerAlone(d *figures.Document, s *figures.Sentence, k, fs int) bool {
	word := sentenceWords(d, s)
	if k >= fs || k-2 <= s.TokStart {
		return false
	}
	if p := word(k - 1); p != "it" && p != "they" {
		return false
	}
	v := k - 2
	if word(v) == "that" {
		v--
	}
	if !speakingVerb(word(v)) {
		return false
	}
	for t := k + 1; t < fs; t++ {
		switch word(t) {
		case ",", ";", ":", "—", "–", "(", "which", "who", "that":
			return false
		}
	}
	return true
}
