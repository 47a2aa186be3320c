package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A figure before "strong" ("-strong", or open: "a 2,000 strong crowd")
// gives the size of the body of people the words after it name: "the
// city's 2,000-strong Palestinian community", "a 15,000-strong crowd",
// "Bristol's 4,200-strong Turkish community". It counts the group as it
// stands, not what befell it: a keyword of the metric only in the
// predicate the group is the subject of ("had lost at least 34
// relatives", "mourned relatives killed in Hatay") counts another thing,
// and the size is no figure of the metric. Whatever describes the group
// before that predicate names what the figure sizes, and a keyword there
// keeps it: its modifiers ("a 10-million-strong displaced population"),
// an "of" phrase ("army of displaced people", "list of the dead"), a
// relative clause ("crowd of people who fled the north is ...") and an
// aside between commas ("population, uprooted since April, is ...";
// review59 MUST 1). A group named before the size ("a displaced population
// 9m-strong") is left to the words before it. (strong_group_size.yaml;
// fa59.)

// strongGroupWords is how many words the group's own words after
// "strong" may hold ("Palestinian diaspora community").
const strongGroupWords = 3

// strongGroupReach is how many tokens what describes the group (its "of"
// phrase, relative clause and asides) may run past its own words.
const strongGroupReach = 14

// strongGroupSize reports whether figure fi of sentence s sizes a group
// by "strong" whose description holds no keyword of the metric among
// hits.
func strongGroupSize(d *figures.Document, s *figures.Sentence, hits []hit, fi int) bool {
	fs, fe := d.FigureTokens(fi)
	k := fe
	if k+1 >= s.TokEnd {
		return false
	}
	if w := d.TokenText(k); (w == "-" || w == "‐") && !d.Tokens[k].Space && k+1 < s.TokEnd && !d.Tokens[k+1].Space {
		k++
	}
	if k+1 >= s.TokEnd || d.LowerTokenText(k) != "strong" {
		return false
	}
	end := strongGroupEnd(d, s, k+1)
	if end == k+1 {
		return false // "a displaced population 9m-strong", "remain 2,000 strong": the group stands before
	}
	// "a 10-million-strong displaced population", "army of displaced people"
	described := strongGroupDescribed(d, s, end)
	for _, h := range hits {
		if h.ref.role == roleKeyword && h.start >= fs && h.start < described && !namesOthers(d, s, end, h) {
			return false
		}
	}
	return true
}

// namesOthers reports whether keyword hit h, in what describes a group
// whose own words end at token end, has an object or a possessor of its
// own and so tells what befell others, not what the group is: a count of
// its own after it ("which has lost dozens of relatives", "lost 34"), a
// determiner before it that a verb, not an "of", opens ("mourning the
// dead", "remembering their dead"), or a "whose" before it ("whose
// relatives were killed"). An "of" phrase's keyword ("roll of the dead")
// and a relative clause's own ("who fled the north") describe the group.
func namesOthers(d *figures.Document, s *figures.Sentence, end int, h hit) bool {
	for k := end; k < h.start; k++ {
		if d.LowerTokenText(k) == "whose" {
			return true
		}
	}
	if k := h.end; k < s.TokEnd && (figureAt(d, k) >= 0 || quantityWord(d.LowerTokenText(k))) {
		return true // "lost dozens of relatives"
	}
	if p := h.start - 1; p > end && (article(d.LowerTokenText(p)) || possessiveDeterminer(d.LowerTokenText(p))) {
		w := d.LowerTokenText(p - 1)
		return w != "of" && w != "in" && w != "from" && !prepositions[w]
	}
	return false
}

// quantityWord reports whether lower-cased w gives an indefinite count
// before its noun: "dozens of relatives", "scores of cousins".
func quantityWord(w string) bool {
	switch w {
	case "dozens", "scores", "hundreds", "thousands", "several", "many", "some", "dozen", "score":
		return true
	}
	return false
}

// strongGroupEnd returns the token after the group's own words that open
// at token k, after "strong": names and lower-case words up to a mark, a
// preposition, an auxiliary, a word that ends a clause or a figure; after
// the first word, a verb's past ("community mourned") ends them too.
func strongGroupEnd(d *figures.Document, s *figures.Sentence, k int) int {
	start := k
	for ; k < s.TokEnd && k < start+strongGroupWords; k++ {
		if !d.Tokens[k].IsWord() || figureAt(d, k) >= 0 {
			break
		}
		w := d.LowerTokenText(k)
		if prepositions[w] || auxiliary(w) || clauseStop(w) || subjectPronoun(w) {
			break
		}
		if k > start && !named(d, k) && len(w) > 4 && w[len(w)-2:] == "ed" {
			break
		}
	}
	return k
}

// strongGroupDescribed returns the token where the group's predicate may
// start, past what describes the group after its own words end at token
// k: an "of" phrase, a relative clause up to its first auxiliary past the
// relative word's own next word ("who fled the north is"), and an aside
// closed by a second comma.
func strongGroupDescribed(d *figures.Document, s *figures.Sentence, k int) int {
	limit := min(s.TokEnd, k+strongGroupReach)
	for k < limit {
		switch w := d.LowerTokenText(k); {
		case w == "of" || w == "in" || w == "from":
			// "of displaced people", "of the dead", "in Leeds": the
			// phrase holds at least its first word ("dead" ends a
			// clause elsewhere).
			j := skipDeterminer(d, s, k+1)
			k = strongGroupEnd(d, s, j)
			if k == j && j < limit && d.Tokens[j].IsWord() {
				k = j + 1
			}
			continue
		case w == "who" || w == "that" || w == "which":
			j := k + 2
			for j < limit && !auxiliary(d.LowerTokenText(j)) && d.TokenText(j) != "," {
				j++
			}
			return j // "who fled the north is now packed"
		case w == ",":
			j := k + 1
			for j < limit && d.TokenText(j) != "," {
				j++
			}
			if j >= limit {
				return k
			}
			k = j + 1 // ", uprooted since April,"
			continue
		}
		break
	}
	return min(k, limit)
}

// skipDeterminer returns the token after an article at token k, or k.
func skipDeterminer(d *figures.Document, s *figures.Sentence, k int) int {
	if k < s.TokEnd && article(d.LowerTokenText(k)) {
		return k + 1
	}
	return k
}
