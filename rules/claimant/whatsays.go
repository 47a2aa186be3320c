package claimant

import "strings"

// A question or a heading may ask what a source says, and the next line
// answer with the source's words: "Q: What does the World Food Programme
// say about El Fasher? A: That some 320,000 people ... face famine", "HOST:
// And what does the WHO say about Gaza's hospitals? GUEST: That only 16 of
// 36 are functioning", "What Unicef says. An estimated 17,000 children
// ...". The figure answering is the source's, as after a sentence
// announcing its findings (announcesfigures.go announces). "What does the UN
// figure mean?" asks no one's words, "What does the deal say?" what a
// text holds, and a question going on past the verb ("What did the army
// say it would do?") asks something else.

// whatSays reports whether view v, a line's sentence, asks or heads what
// its subject says: "what", perhaps "do", "does" or "did", a subject, a
// verb of claim (its base form after the auxiliary, else an -s or past
// form) and at most a phrase of what about ("about El Fasher", "on
// Rafah") before the closing "?" (or the heading's full stop).
func (v *view) whatSays() bool {
	n := len(v.toks)
	w := -1
	for k := 0; k < n && k <= 4; k++ {
		if v.toks[k].low == "what" && (k == 0 || v.is(k-1, wColon, wAnd, wSo) || v.toks[k-1].low == "but") {
			w = k
			break
		}
	}
	if w < 0 || n < w+4 {
		return false
	}
	k := w + 1
	aux := false
	switch v.toks[k].low {
	case "do", "does", "did":
		aux = true
		k++
	}
	closer := v.toks[n-1].low
	if aux && closer != "?" || !aux && closer != "." && closer != ":" {
		return false
	}
	for m := k + 1; m < n-1 && m <= k+8; m++ {
		t := &v.toks[m]
		if !t.word {
			continue
		}
		if !t.report && !t.finding || t.capital {
			continue
		}
		// The subject names who speaks: a name, a body, people or a
		// post; "What does the deal say?" asks what a text holds.
		if h := &v.toks[m-1]; !h.capital && !h.has(cBody) && !personNoun(h.low) && !h.agent() && !h.post() {
			return false
		}
		// "say" after "does", "says" with none.
		if base := !strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ed") && !t.has(cIrregularPast); base != aux {
			return false
		}
		return v.topicPhraseOnly(m+1, n-1)
	}
	return false
}

// topicPhraseOnly reports whether tokens [a, b) are nothing, or a phrase of what
// is spoken about: "about", "on", "of" or "for" and words with no verb of
// claim and no clause mark.
func (v *view) topicPhraseOnly(a, b int) bool {
	if a >= b {
		return true
	}
	if !v.is(a, wOn, wOf, wFor) && v.toks[a].low != "about" {
		return false
	}
	for k := a + 1; k < b; k++ {
		if t := &v.toks[k]; t.report || t.finding || v.is(k, wComma, wSemicolon, wThat) {
			return false
		}
	}
	return true
}

// answersWhatSays reads a speaker's line, its words from lo, that opens
// on "That" and a clause answering the line before's question of what a
// source says: the source's, as the line before's subject.
func (c *call) answersWhatSays(si int, v *view, lo int) (Claimant, bool) {
	if si == 0 || lo+1 >= len(v.toks) || v.toks[lo].low != "that" {
		return Claimant{}, false
	}
	// ("That's the UN.", "That number ...": a pointer, answerline.go.)
	if nx := &v.toks[lo+1]; !nx.word && !nx.fig && !nx.num || copulaIDs.has(&nx.spelling) || nx.backNoun() || nx.has(cFindingNoun) {
		return Claimant{}, false
	}
	if !c.view(si - 1).whatSays() {
		return Claimant{}, false
	}
	cl, ok := c.subject(si - 1)
	cl.How = Previous
	return cl, ok
}
