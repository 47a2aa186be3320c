package figures

// "About" is a hedge before a figure ("killed about 300") and a
// preposition after a verb whose object is what is spoken or thought of:
// "we are talking about 1.4 million people", "she wrote about 2,000
// families", "doctors are worried about 300 patients". There the figure is
// as said.

// topicVerbs take "about" as the preposition of their topic and never a
// count as their object, so "about" after them does not hedge. Verbs that
// also count ("told about 300 residents to leave", "asked about 2,000
// voters", "reported about 300 deaths") are not among them; "write" is,
// as a report's writer writes about people.
var topicVerbs = newLemmaSet([]lemma{
	{"talk", nil}, {"speak", []string{"spoke", "spoken"}}, {"write", []string{"wrote", "written"}},
	{"think", []string{"thought"}}, {"worry", nil}, {"care", nil}, {"complain", nil}, {"argue", nil},
	{"testify", nil}, {"joke", nil}, {"wonder", nil}, {"chat", nil}, {"fret", nil}, {"boast", nil},
	{"speculate", nil}, {"comment", nil}, {"agonise", nil}, {"agonize", nil},
})

// clauseSubjectEndsAt reports whether the figure ending at token end,
// with up to two words of what it counts, is the subject of a finite
// verb: "she wrote about 300 people were killed" reports a clause whose
// figure "about" hedges; "she wrote about 300 families sleeping in tents"
// names her topic.
//
// A relative pronoun before the verb makes the verb its clause's: "talking
// about 1.4 million people who have sought refuge" names the topic.
func (p *parser) clauseSubjectEndsAt(end int) bool {
	for k := end; k <= end+2 && p.isWord(k); k++ {
		if p.lowerIsAny(k, relativePronouns) {
			return false
		}
		if p.lowerIsAny(k, finiteVerbs) {
			return true
		}
	}
	return false
}

// relativePronouns open a relative clause after a noun.
var relativePronouns = []string{"who", "whom", "whose", "which", "that"}

// finiteVerbs are the auxiliaries and modals that open a finite verb: a
// closed class of English.
var finiteVerbs = []string{"are", "were", "have", "had", "is", "was", "has", "will", "would", "could", "can",
	"may", "might", "must", "should", "did"}

// topicAbout reports whether the "about" at token i follows a verb of
// speaking or thinking, with an adverb in -ly between if any: "talked
// openly about".
func (p *parser) topicAbout(i int) bool {
	if !p.lowerIs(i, "about") {
		return false
	}
	if p.proposalAbout(i) {
		return true
	}
	k := p.topicAdverbsBefore(i - 1)
	if w := p.str(k); len(w) > 4 && w[len(w)-2:] == "ly" {
		k--
	}
	return topicVerbStarts.mayBe(p.str(k)) && p.formOf(k, topicVerbs)
}

// topicAdverbsBefore returns the token before the adverbs of place and
// time that end at token k: a speaker may put where or when he speaks
// between the verb and its "about" ("we are talking here in Rafah about",
// "talking now about", "speaking tonight from Kyiv about"). Each is
// "here", "there", "now", "today" or "tonight", or a preposition of place
// with one or two capitalised words, its place; at most two of them.
func (p *parser) topicAdverbsBefore(k int) int {
	for n := 0; n < 2 && k > 0 && !p.toks[k+1].Break; n++ {
		switch {
		case p.lowerIsAny(k, topicAdverbs):
			k--
		case p.capitalisedWord(k) && p.lowerIsAny(k-1, topicPlacePreps):
			k -= 2
		case p.capitalisedWord(k) && p.capitalisedWord(k-1) && p.lowerIsAny(k-2, topicPlacePreps):
			k -= 3
		default:
			return k
		}
	}
	return k
}

// capitalisedWord reports whether token k is a word with a capital.
func (p *parser) capitalisedWord(k int) bool {
	return p.isWord(k) && p.capitalised(k)
}

// topicAdverbs and topicPlacePreps say where or when a speaker speaks.
var (
	topicAdverbs    = []string{"here", "there", "now", "today", "tonight"}
	topicPlacePreps = []string{"in", "from", "at"}
)

// pauseFillerAt reports whether the tokens at k are a speaker's pause for
// the number and nothing more before the figure, after a topic's "about":
// the corpus reads the figure after it as said, as it reads one after a
// bare "talking about" ("talking about, what, ten million", "talking
// about, um, forty-six thousand", "worried about, uh, 1.4 million",
// "talking about, you know, 11,700"; README, Qualifiers). A pause is a
// run of units (fillers.go) each of which says nothing of the amount: a
// sound of hesitation, a discourse word alone between commas, or a
// comment clause turned to the listener (pauseClauses). A hedge of manner
// ("sort of", "let's say", a lone "say") or a clause of the speaker's
// judgement ("I think", "I'd say", "we're told") is no pause: it hedges
// the figure, as "about" does.
func (p *parser) pauseFillerAt(k int) bool {
	end := p.skipFiller(k)
	if end == k {
		return false
	}
	for j := k; j < end; {
		if p.isSym(j, ",") {
			j++
			continue
		}
		n := fillerUnit(p.str, j)
		if n == 0 || !p.pauseUnit(j, n) {
			return false
		}
		j += n
	}
	return true
}

// pauseUnit reports whether the filler unit of n tokens at token j is a
// pause: see pauseFillerAt.
func (p *parser) pauseUnit(j, n int) bool {
	w := p.str(j)
	switch {
	case FillerSound(w):
		return true
	case n == 1:
		return !p.lowerIs(j, "say")
	case n == 2:
		return p.lowerIsAny(j, []string{"you", "i"}) && (p.lowerIs(j+1, "know") || p.lowerIs(j+1, "see") || p.lowerIs(j+1, "mean"))
	}
	return false
}

// topicVerbStarts screens the word before "about" by its first three
// letters, which every form of a verb of topicVerbs shares with its stem
// or with an irregular form, so that the stemmer (which allocates) runs
// only on words that may be one.
var topicVerbStarts = newWordStarts(topicVerbs)

// wordStarts holds the first three letters, lower-case, of words.
type wordStarts map[[3]byte]bool

func newWordStarts(set lemmaSet) wordStarts {
	starts := wordStarts{}
	for w := range set {
		if len(w) >= 3 {
			starts[[3]byte{w[0], w[1], w[2]}] = true
		}
	}
	return starts
}

// mayBe reports whether w starts as one of the words does.
func (s wordStarts) mayBe(w string) bool {
	return len(w) >= 3 && s[[3]byte{w[0] | 0x20, w[1] | 0x20, w[2] | 0x20}]
}

// topicYear reports whether figure f, read at tokens j to end as the topic
// of a verb of speaking or thinking, is a year: four plain digits from
// 1900 to 2100 that end their phrase ("My father still talks about 1982,
// when ...", "she wrote about 2014."). The hedge "about" would have made
// it a count; as a topic it is what is spoken of, a time. A noun after
// it ("talking about 2000 people") keeps it a count.
func (p *parser) topicYear(f *Figure, j, end int) bool {
	if f.Kind != Count || end != j+1 || f.Value < 1900 || f.Value > 2100 {
		return false
	}
	w := p.str(j)
	if len(w) != 4 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return !p.isWord(end)
}

// proposalAbout reports whether the "about" at token i asks "how about"
// or "what about" at the head of its clause, as a speaker proposes a
// figure or turns to one: "How about 300 people, is that the number?",
// "And what about the 40 still missing?". The figure is as said. Inside a
// clause "how" and "what" open a question of their own, whose "about"
// may hedge: "it is unclear how about 300 people escaped".
func (p *parser) proposalAbout(i int) bool {
	q := i - 1
	if !p.lowerIs(q, "how") && !p.lowerIs(q, "what") {
		return false
	}
	return p.opensSentence(q) || p.isSym(q-1, ",—–") || p.isWord(q-1) && p.lowerIsAny(q-1, proposalOpeners) && p.opensSentence(q-1)
}

// proposalOpeners open a spoken clause before "how about": "And how
// about", "So what about".
var proposalOpeners = []string{"and", "but", "so", "well", "then", "or", "ok", "okay"}
