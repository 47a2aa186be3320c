package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A place's people before the event may be told with the figure as the
// subject of a verb of living in the past: "Roughly 250,000 people lived
// in Rafah before the war", "Some 280,000 residents lived there until
// October", "About 275,000 people had lived in the town prior to the
// fighting". The clause dates it before the event as residentsBefore's
// "was home to" does; without the date ("1.4 million people lived in
// tents in Rafah last winter") the figure stays.

// livedBefore reports whether figure fi of sentence s is the subject of a
// past verb of living (after its people's noun, "had" allowed) and its
// clause dates it before the event.
func livedBefore(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	k := fe
	if residentsNoun(word(k)) {
		k++
	}
	if word(k) == "had" {
		k++
	}
	switch word(k) {
	case "lived", "resided", "dwelt":
	default:
		return false
	}
	return datedBefore(d, s, word, fs, fe)
}
