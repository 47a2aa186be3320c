package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A question puts its auxiliary and subject between the noun it asks
// about and its verb: "How many sales has the US approved?", "How many
// transfers did Washington sign off?", "How many people has the war
// displaced?". Said as a statement the noun and the verb stand together
// ("sales approved", "approved sales"), and a two-word keyword of the
// metric written so is the question's keyword. The hit covers the noun,
// the subject and the verb.

// invertedSubjectWords is how many words the subject between the
// auxiliary and the verb may have: "the US", "the Biden administration",
// "the RSF and the army".
const invertedSubjectWords = 5

// invertedQuestionHits appends a hit for each two-word keyword phrase of
// question q that its inversion parts: the noun after "how many" (or
// "how much") and the verb after the auxiliary and the subject, in either
// order of the phrase.
func (e *Engine) invertedQuestionHits(st *docState, q *figures.Sentence, hits []hit) []hit {
	d := st.d
	noun, verb := invertedQuestion(d, q)
	if noun < 0 {
		return hits
	}
	var nb, vb [64]byte
	nounStem := st.stems.of(lowerInto(&nb, d.TokenText(noun)))
	verbStem := st.stems.of(lowerInto(&vb, d.TokenText(verb)))
	n := len(hits)
	for _, pair := range [2][2]string{{nounStem, verbStem}, {verbStem, nounStem}} {
		for _, ref := range e.byStem[pair[0]] {
			ph := e.phraseOf(ref)
			if ref.role != roleKeyword || len(ph.keys) != 2 || ph.exact || ph.prefix || ph.keys[1] != pair[1] || metricHit(hits[n:], int(ref.metric)) {
				// "sales approved" and "approved sales": one keyword said twice
				continue
			}
			hits = append(hits, hit{ref: ref, start: noun, end: verb + 1})
		}
	}
	return hits
}

// invertedQuestion returns the noun and the verb of question q when it
// reads "How many NOUN AUX SUBJECT VERB": a lower-case noun right after
// "how many" or "how much", an auxiliary, up to invertedSubjectWords
// words of the subject, and a lower-case verb that ends the question or
// stands before a preposition, with "have" before it after a modal. It
// returns -1, -1 otherwise.
func invertedQuestion(d *figures.Document, q *figures.Sentence) (int, int) {
	word := sentenceWords(d, q)
	noun := -1
	for k := q.TokStart; k+1 < q.TokEnd; k++ {
		if word(k) == "how" && (word(k+1) == "many" || word(k+1) == "much") {
			noun = k + 2
			break
		}
	}
	if noun < 0 || noun+2 >= q.TokEnd || !isLowerWord(d.TokenText(noun)) || !invertingAuxiliary(word(noun+1)) {
		return -1, -1
	}
	for v := noun + 3; v < q.TokEnd && v <= noun+2+invertedSubjectWords; v++ {
		if !d.Tokens[v].IsWord() {
			return -1, -1
		}
		if next := word(v + 1); v > noun+2 && isLowerWord(d.TokenText(v)) && (next == "?" || prepositions[next]) {
			if modalWord(word(noun+1)) && word(v-1) != "have" {
				return -1, -1 // "How many people could the offensive displace?" asks what may come
			}
			return noun, v
		}
	}
	return -1, -1
}

// invertingAuxiliary reports whether w is an auxiliary a question puts
// before its subject: a finite form of "have" or "be", of "do", or a
// modal. A modal asks about a count only with "have" before the verb, a
// guess at what is done ("How many people must this war have displaced?");
// "How many people could the offensive displace?" asks what may come, and
// its answer is a projection (invertedQuestion).
func invertingAuxiliary(w string) bool {
	switch w {
	case "do", "does", "did":
		return true
	case "be", "been":
		return false
	}
	return auxiliary(w) || modalWord(w)
}
