package claimant

// A headline's quote, a colon and its speaker, then "on" and what she
// speaks about closing the line, where the topic is capitalised: "“...”:
// Caritas on Lviv", "“...”: Red Cross on Bavarian floods". The noun
// phrase reader takes "on" and a capital as a link inside a long name
// ("Council on Foreign Relations"), so quoteColonSpeaker's own cut at "on"
// (claim114) never sees it. Only a place the rules know, or a people's
// adjective or a lower-case word among the words after "on", marks them as
// a topic; capitals that are neither stay the name's.

// speakerOnTopic returns where the speaker [a, b) ends before such an
// "on" and its topic, or b when there is none.
func (w *view) speakerOnTopic(a, b int) int {
	for m := a + 1; m+1 < b; m++ {
		if !w.isOne(m, wOn) || !w.speakerHead(a, m) {
			continue
		}
		t := m + 1
		if w.isOne(t, wThe) {
			t++
		}
		if t >= b {
			return b
		}
		if w.knownPlace(t, b) || w.placeName(t, b) || w.demonym(t) {
			return m
		}
		for k := t; k < b; k++ {
			if tk := &w.toks[k]; tk.word && !tk.capital && !tk.has(cLink) {
				return m
			}
		}
		return b
	}
	return b
}
