package claimant

// A headline's quote, a colon and its speaker, then "on" and what she
// speaks about closing the line, where the topic is capitalised: "“...”:
// Caritas on Lviv", "“...”: Red Cross on Bavarian floods". The noun
// phrase reader takes "on" and a capital as a link inside a long name
// ("Council on Foreign Relations"), so quoteColonSpeaker's own cut at "on"
// (claim114) never sees it. Only a place the rules know, or a people's
// adjective or a lower-case word among the words after "on", marks them as
// a topic; capitals that are neither stay the name's. When the words
// before "on" are only a body's kind ("Council on American-Islamic
// Relations", "Committee on Turkish Press Freedom"), a kind alone speaks
// for no one: "on" and what follows are the remit inside its name, place
// or people's word or not.

// speakerOnTopic returns where the speaker [a, b) ends before such an
// "on" and its topic, or b when there is none.
func (w *view) speakerOnTopic(a, b int) int {
	for m := a + 1; m+1 < b; m++ {
		if !w.isOne(m, wOn) || !w.speakerHead(a, m) {
			continue
		}
		if w.onlyKinds(a, m) {
			return b
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

// onlyKinds reports whether the capitalised words [a, m), after an
// optional "the", are all kinds of body (the lexicon's name kinds):
// "Council", "Research Institute", the name's head before its remit.
func (w *view) onlyKinds(a, m int) bool {
	if w.isOne(a, wThe) {
		a++
	}
	if a >= m {
		return false
	}
	for k := a; k < m; k++ {
		if t := &w.toks[k]; !t.word || !t.capital || !t.nameKind() {
			return false
		}
	}
	return true
}
