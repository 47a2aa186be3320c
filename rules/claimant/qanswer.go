package claimant

import "strings"

// A printed interview labels its lines "Q:" and "A:" ("Q: How many
// patients are you seeing? A: On a normal day around 400, but on Tuesday
// we saw more than 900."). The questions are the outlet's; the answers
// are the interviewee's, whom the text introduces before its first
// question ("Dr Nadia Haddad, director of the Kamal Adwan hospital, spoke
// to us by phone.") or names in the answer's bracket ("A (Yusuf Adan,
// Somali Red Crescent): ..."). One letter is no transcript label (it
// needs two capitals), so the answer was read as prose with no source.

// maxInterviewLines is how many question and answer sentences may stand
// between an answer and its interview's introduction.
const maxInterviewLines = 8

// interviewAnswer names the interviewee who answers in sentence si, when
// si opens on "A:" or "A (...):", or continues an answer that does, after a
// question; false when no one is introduced.
func (c *call) interviewAnswer(si int) (Claimant, bool) {
	ai := -1
	for k := si; k >= 0 && k >= si-2; k-- {
		if t := c.sentenceText(k); answerLine(t) {
			ai = k
			break
		} else if questionLine(t) {
			return Claimant{}, false
		}
	}
	if ai < 0 {
		return Claimant{}, false
	}
	// "A (Yusuf Adan, Somali Red Crescent):": the answer's own bracket.
	if cl, ok := c.answerBracket(ai); ok {
		return cl, true
	}
	asked, addressed := false, false
	for k := ai - 1; k >= 0 && k >= ai-maxInterviewLines; k-- {
		t := c.sentenceText(k)
		if questionLine(t) {
			asked = true
			addressed = addressed || addressesSomeone(t)
			continue
		}
		if answerLine(t) || !asked {
			continue
		}
		// The first sentence before the questions introduces the
		// interviewee; an answer after a question nobody was introduced
		// for is no one's. A news lead before an explainer's "Q&A"
		// ("Benjamin Netanyahu flew to Washington on Monday. Q: How
		// many people have died in Gaza so far?") introduces no one: the
		// questions must ask someone ("you", "your"), or the sentence
		// say she spoke to the outlet ("spoke to us", "answered our
		// questions"); else the answers are the outlet's own.
		cl, verb, ok := c.introducedSubject(k)
		if !ok || !addressed && !interviewVerbs[verb] {
			return Claimant{}, false
		}
		return cl, true
	}
	return Claimant{}, false
}

// interviewVerbs are the verbs of an interview's introduction: she spoke,
// talked, answered or took questions, sat down with the outlet, which
// must be their hearer ("us", "our", "this newspaper": introducedSubject).
var interviewVerbs = set("spoke speaks talked talks answered answers took takes sat sits told tells")

// addressesSomeone reports whether a question asks someone: "you" or
// "your" as a word.
func addressesSomeone(q string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(q), func(r rune) bool { return r < 'a' || r > 'z' }) {
		if w == "you" || w == "your" || w == "yours" {
			return true
		}
	}
	return false
}

// sentenceText is the text of sentence k.
func (c *call) sentenceText(k int) string {
	s := c.d.Sentences[k]
	return c.d.Text[s.Start:s.End]
}

// questionLine reports whether a sentence opens on an interview's "Q:".
func questionLine(t string) bool { return strings.HasPrefix(t, "Q:") }

// answerLine reports whether a sentence opens on an interview's "A:" or
// "A (" and a bracket closed by a colon.
func answerLine(t string) bool {
	if strings.HasPrefix(t, "A:") {
		return true
	}
	if !strings.HasPrefix(t, "A (") {
		return false
	}
	e := strings.IndexByte(t, ')')
	return e > 0 && e+1 < len(t) && t[e+1] == ':'
}

// answerBracket names the speaker an answer's bracket gives: "A (Yusuf
// Adan, Somali Red Crescent):" the body after the name's comma, read as
// an appositive beside the name; "A (Yusuf Adan):" the name.
func (c *call) answerBracket(ai int) (Claimant, bool) {
	v := c.view(ai)
	if len(v.toks) < 5 || !v.isOne(1, wOpenBracket) {
		return Claimant{}, false
	}
	end := 2
	for end < len(v.toks) && end < 16 && !v.isOne(end, wCloseBracket) {
		end++
	}
	if !v.isOne(end, wCloseBracket) || !v.isOne(end+1, wColon) || end == 2 {
		return Claimant{}, false
	}
	a := attr{src: 2, srcEnd: end, anchor: end}
	for k := 2; k < end; k++ {
		if v.isOne(k, wComma) {
			a.srcEnd, a.app, a.appEnd = k, k+1, end
			break
		}
	}
	// "(Yusuf Adan, Somali Red Crescent)": a proper name after the comma
	// is the body she speaks for, as in a transcript's "SARAH OKAFOR,
	// UNRWA:"; "(Yusuf Adan, farmer)" describes her, and she speaks as
	// herself.
	if a.app > 0 && v.properName(a.app, a.appEnd) {
		id, _ := c.lookup(v, a.app, a.appEnd)
		cl := c.claimant(v, a.app, a.appEnd, id)
		cl.How = InQuote
		return cl, true
	}
	cl, ok := c.name(v, a)
	cl.How = InQuote
	return cl, ok
}

// introducedSubject names the subject of sentence k, which introduces an
// interview: capitalised words opening it ("Dr Nadia Haddad"), with an
// appositive in commas after them ("..., director of the Kamal Adwan
// hospital,"), which names the body she speaks for; and the verb after it.
func (c *call) introducedSubject(k int) (Claimant, string, bool) {
	p := c.view(k)
	n := 0
	for n < len(p.toks) && n < 6 && (p.toks[n].word && p.toks[n].capital || n > 0 && p.isOne(n, wFullStop) && !p.toks[n].space) {
		n++
	}
	// A person's name, two words at least: "The interview was edited"
	// introduces no one.
	if n < 2 || n == len(p.toks) || p.toks[0].has(cDeterminer) {
		return Claimant{}, "", false
	}
	a := attr{src: 0, srcEnd: n, anchor: n}
	if p.isOne(n, wComma) {
		m := n + 1
		for m < len(p.toks) && m < n+14 && !p.isOne(m, wComma) {
			m++
		}
		if !p.isOne(m, wComma) {
			return Claimant{}, "", false
		}
		a.app, a.appEnd, a.anchor = n+1, m, m+1
	}
	// The introduction's verb follows its subject: "spoke to us",
	// "answered our questions", not a noun phrase going on.
	if a.anchor >= len(p.toks) || p.toks[a.anchor].capital || !p.toks[a.anchor].word {
		return Claimant{}, "", false
	}
	cl, ok := c.name(p, a)
	cl.How = InQuote
	verb := p.toks[a.anchor].low
	// "spoke to us", "answered our questions", "told this newspaper":
	// the outlet is the hearer; "told the Knesset", "sat down with US
	// envoys" are a speech and a meeting, no interview (review60 MUST 2).
	heard := false
	for m := a.anchor + 1; m < len(p.toks) && m <= a.anchor+3; m++ {
		if w := p.toks[m].low; !p.toks[m].capital && (w == "us" || w == "our" || w == "me" || w == "my" || w == "this") {
			heard = true
		}
	}
	if !heard {
		verb = ""
	}
	return cl, verb, ok
}

// properName reports whether tokens [a, b) are a proper name: capitalised
// words, with joining words between them ("Médecins Sans Frontières",
// "Society for the Blind").
func (v *view) properName(a, b int) bool {
	if a >= b || !v.toks[a].capital || !v.toks[b-1].capital {
		return false
	}
	for k := a; k < b; k++ {
		if t := &v.toks[k]; !t.word || !t.capital && !joiningWords[t.low] {
			return false
		}
	}
	return true
}
