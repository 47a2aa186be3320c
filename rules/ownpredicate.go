package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A figure whose own clause says another thing of it than the metric's
// words: "Displacement is only the most visible measure of the collapse:
// 24.6 million people, about half the population, face acute food
// insecurity", "a sea where 25 million are hungry and where the displaced
// alone ... outnumber". The figure is the subject of a verb of its own, and
// no keyword stands in its clause: the keyword near it speaks in a clause
// of its own, before a colon that follows a whole clause or a semicolon
// that opens the figure's, or after "and where", "and which", "while"
// when "where" opens it, or after a subordinate clause's "as", "while" or
// "because" when a headline's place label opens the figure's ("Sudan: 25
// million face acute hunger as displacement crisis deepens"). The figure
// counts another measure (the hungry, the food-insecure).
//
// A figure with a keyword in its clause ("11.8 million people have fled",
// "About 12 million, the UN says, are displaced"), or with no verb after
// it (a label's "Displaced: 12 million"), stays.

// ownPredicate reports whether figure fi of sentence s is the subject of a
// clause that holds no keyword of hits, while a keyword stands outside it.
func ownPredicate(d *figures.Document, s *figures.Sentence, hits []hit, fi int) bool {
	word := sentenceWords(d, s)
	fs, fe := d.FigureTokens(fi)
	// The clause opens right before the figure: a colon after a whole
	// clause or a semicolon, the keyword's clause before it; or "where",
	// the keyword's clause coordinated after it ("and where the
	// displaced ..."). A dash opens an aside on what stands before it,
	// which its keyword names ("The tally of Palestinians killed — 47,035
	// when the ceasefire took effect").
	if fs-1 <= s.TokStart {
		return false
	}
	cs, before, listed := fs-1, false, false
	switch w := word(cs); w {
	case ";":
		before = true
	case ",":
		// An item of a headline's list after its place label ("Sudan:
		// one in five people uprooted, 18 million going hungry"): the
		// keyword's item stands before the comma.
		if !headlineListItem(d, s, cs) {
			return false
		}
		before, listed = true, true
	case ":":
		if placeLabelColon(d, s, cs) {
			// A headline's place label ("Sudan: 25 million face acute
			// hunger as ..."): a keyword must follow. A label that is
			// itself a keyword ("Rafah:" of a metric "in Rafah") names
			// the figure's place, and the figure stays.
			for _, h := range hits {
				if h.ref.role == roleKeyword && h.start < cs {
					return false
				}
			}
			break
		}
		if !clauseBeforeColon(d, s, cs) {
			return false // a label's colon names what the figure counts
		}
		before = true
	case "where":
	default:
		return false
	}
	// The figure's verb: past its noun and an apposition between commas.
	v := fe
	if v < s.TokEnd && isLowerWord(d.TokenText(v)) && (word(v) == "people" || pluralForm(word(v))) && !beForm(word(v)) {
		v++ // "24.6 million people"
	}
	if word(v) == "," {
		for v++; v < s.TokEnd && v < fe+12 && word(v) != ","; v++ {
		}
		if word(v) != "," {
			return false
		}
		v++
	}
	if v >= s.TokEnd || !predicateVerb(d, word, v) && !(listed && headlineParticiple(d, word, v)) {
		return false
	}
	// The clause's end: a break, or a clause coordinated after it.
	ce := s.TokEnd
	for k := v + 1; k < s.TokEnd; k++ {
		w := word(k)
		if w == ";" || w == ":" || w == "—" || w == "–" || w == "," || subordinatingWord(w) || w == "as" && v+1 < k {
			ce = k
			break
		}
		if w == "and" && (word(k+1) == "where" || word(k+1) == "which" || word(k+1) == "while") {
			ce = k
			break
		}
	}
	outside := false
	for _, h := range hits {
		if h.ref.role != roleKeyword {
			continue
		}
		if h.start >= cs && h.start < ce {
			return false
		}
		if before == (h.start < cs) {
			outside = true
		}
	}
	return outside
}

// headlineListItem reports whether the comma at token cs of sentence s
// closes an item of a list a headline's place label opens: a colon after
// the label ("Sudan:") before it, and no other mark between.
func headlineListItem(d *figures.Document, s *figures.Sentence, cs int) bool {
	// The label is short: its colon is looked for among the sentence's
	// first words, and only a sentence with one is read further.
	colon := -1
	for k := s.TokStart + 1; k < cs && k < s.TokStart+6; k++ {
		if d.TokenText(k) == ":" {
			colon = k
			break
		}
	}
	if colon < 0 || !placeLabelColon(d, s, colon) {
		return false
	}
	for k := colon + 1; k < cs; k++ {
		switch d.TokenText(k) {
		case ",", ";", ":", "—", "–", "(", ")":
			return false
		}
	}
	return true
}

// headlineParticiple reports whether token v is an "-ing" participle that a
// headline's list item takes as its predicate, its auxiliary dropped:
// "18 million going hungry", "25 million facing famine".
func headlineParticiple(d *figures.Document, word func(int) string, v int) bool {
	w := word(v)
	return d.Tokens[v].IsWord() && isLowerWord(d.TokenText(v)) && len(w) > 4 && strings.HasSuffix(w, "ing") && !prepositions[w]
}

// predicateVerb reports whether token v may be the finite verb of a
// figure's clause: a form of "be" or "have", a modal, or a lower-case word
// that is no preposition, conjunction or determiner ("face", "need").
func predicateVerb(d *figures.Document, word func(int) string, v int) bool {
	w := word(v)
	switch {
	case beForm(w), w == "have", w == "had", modalWord(w):
		return true
	case !d.Tokens[v].IsWord() || !isLowerWord(d.TokenText(v)) || prepositions[w] || determiner(w):
		return false
	}
	switch w {
	case "and", "or", "but", "of", "who", "which", "that", "more", "people", "in":
		return false
	case "so", "altogether", "overall", "already", "since", "yet":
		// An adverb of time or extent closes the figure's words and
		// makes no clause: "civilians have been killed across Ukraine:
		// more than 12,000 so far".
		return false
	}
	// Not an adverb or a participle ("now", "according"): a verb in the
	// present ("face", "need").
	return len(w) >= 2 && !strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ing") && w != "now"
}

// placeLabelColon reports whether the colon at token k closes a label of
// one to three capitalised words that opens sentence s: a headline's
// place or topic ("Sudan:", "South Sudan:"), which names no count.
func placeLabelColon(d *figures.Document, s *figures.Sentence, k int) bool {
	start := afterStamp(d, s)
	if k-start < 1 || k-start > 3 {
		return false
	}
	upper := true
	for t := start; t < k; t++ {
		if !named(d, t) {
			return false
		}
		upper = upper && upperWord(d.TokenText(t))
	}
	// A label all in capitals is a transcript's speaker ("HOST:",
	// "GUEST:"), unless it is a country's name ("SUDAN:").
	return !upper || longestCountryBefore(d, s, k) == start
}
