package claimant

import "strings"

// A person the writer turned to in the sentence before a figure's: "AFP
// spoke to Mohammed Ali, who runs a shelter in Rafah. “...,” he said.",
// "We put the question to Dr Lena Berg, an epidemiologist. She said ...".
// "He" and "she" never stand for the writer, an outlet or a body: they take
// up the person met, named after a verb of meeting.

// meetVerbs meet someone, with "to" or "with" after "spoke" and "talked".
var meetVerbs = set("spoke speaks talked talks met meets reached interviewed found visited joined")

// personMet reads sentence si as the writer (I, we, "our correspondent",
// an outlet or a body: any subject that is no person's name) turning to a
// person named by a verb of meeting ("spoke to", "met", "reached", "put
// the question to"), and names the person, or the body a post beside the
// name gives. False when the subject is a person's name, or no name
// follows the verb.
func (c *call) personMet(si int) (Claimant, bool) {
	v := c.view(si)
	lo := v.pastWhenOpening(v.skipDateline(v.roleLabelEnd()))
	for k := lo + 1; k < len(v.toks) && k <= lo+5; k++ {
		if v.boundary(k) || v.toks[k].fig {
			return Claimant{}, false
		}
		w := v.toks[k].low
		n := -1
		switch {
		case meetVerbs[w] && !v.toks[k].capital || w == "heard" && v.isOne(k+1, wFrom) || w == "heard" && v.isOne(k+2, wFrom):
			// "spoke earlier to", "spoke this morning with": a time
			// between the verb and whom it turned to.
			n = k + 1
			// "spoke a short while ago with", "talked an hour ago to": a
			// time ago between the verb and whom it turned to.
			n = v.pastAgo(n)
			for n < len(v.toks) && n <= k+3 && v.toks[n].word && !v.toks[n].capital && (v.toks[n].has(cTimeNoun|cTimeWord|cDay) || v.is(n, wThis, wEarlier) || v.toks[n].low == "just") {
				n++
			}
			if v.is(n, wTo, wWith) || w == "heard" && v.isOne(n, wFrom) {
				n++
			}
		case w == "put":
			// "put the discrepancy to", "put the question to".
			for m := k + 1; m < len(v.toks) && m <= k+4 && !v.boundary(m); m++ {
				if v.isOne(m, wTo) {
					n = m + 1
					break
				}
			}
		}
		if n < 0 {
			continue
		}
		// The subject: the writer, an outlet or a body, never a person
		// whom "he" or "she" may stand for.
		if x, y := v.npAfter(lo, k); y <= x || !c.notPerson(v, x, y) {
			return Claimant{}, false
		}
		// "the head of the camp committee, Abdelrahman Musa": a post in
		// lower case, then its holder's name in commas.
		if v.toks[n].has(cDeterminer) && !v.toks[n].capital {
			if cl, ok := c.postThenName(v, n, k); ok {
				return cl, true
			}
			return Claimant{}, false
		}
		// "Dr Lena Berg": a title before the name.
		x := n
		for x < len(v.toks) && x <= n+1 && v.toks[x].word && v.toks[x].capital && titleWords[v.toks[x].low] {
			x++
		}
		_, y := v.npAfter(x, len(v.toks))
		if y-x < 2 || !v.personName(x, y) {
			return Claimant{}, false
		}
		at := attr{src: n, srcEnd: y, anchor: k}
		if v.isOne(y, wComma) {
			v.appositiveAfter(&at, len(v.toks))
		}
		cl, ok := c.name(v, at)
		cl.How = Previous
		return cl, ok
	}
	return Claimant{}, false
}

// notPerson reports whether the subject [x, y) is plainly no person: "I",
// "we", "our correspondent", a phrase opening on a determiner ("The
// Courier", "A WHO team"), a name in capitals ("AFP") or a configured
// claimant's alias. A bare name ("Khalil spoke to Osman") may be a person.
func (c *call) notPerson(v *view, x, y int) bool {
	t := &v.toks[x]
	if t.has(cFirstPerson) || t.has(cDeterminer) && y-x > 1 || y-x == 1 && t.word && t.end-t.start > 1 && strings.ToUpper(c.d.Text[t.start:t.end]) == c.d.Text[t.start:t.end] {
		return true
	}
	_, named := c.lookup(v, x, y)
	return named
}

// postThenName names the holder of a post phrase opening at n, when her
// name follows it in commas ("the regional governor of Zaporizhzhia,
// Ivan Stepaniuk"), as naming reads a post beside a name in the figure's
// own sentence.
func (c *call) postThenName(v *view, n, anchor int) (Claimant, bool) {
	post := false
	for e := n + 1; e < len(v.toks) && e <= n+10; e++ {
		if v.toks[e].fig || v.boundary(e) && !v.isOne(e, wComma) {
			return Claimant{}, false
		}
		if !v.isOne(e, wComma) {
			t := &v.toks[e]
			post = post || !t.capital && t.post()
			continue
		}
		if !post {
			return Claimant{}, false
		}
		_, y := v.npAfter(e+1, len(v.toks))
		if y-(e+1) < 2 || !v.personName(e+1, y) {
			return Claimant{}, false
		}
		cl, ok := c.name(v, attr{src: n, srcEnd: e, app: e + 1, appEnd: y, anchor: anchor})
		cl.How = Previous
		return cl, ok
	}
	return Claimant{}, false
}

// titleWords stand before a person's name.
var titleWords = set("dr mr mrs ms prof professor sister father")

// introducedSpeaker names the person sentence si introduces, for a quote
// standing as its whole sentence with no speaker beside it: "A WHO
// spokesman, Tarik Jasarevic, spoke from Geneva. “Our teams have
// delivered 40 tonnes.”", "The mayor of Derna put it simply. “...”". The
// sentence gives no figure and no quote of its own, and its subject is a
// person: a name of two words or more, or a phrase holding a post or
// people ("spokesman", "surgeon", "commander", "fisherman"). "The storm
// hit Sittwe. “We lost 30 boats.”" introduces no one.
func (c *call) introducedSpeaker(si int) (Claimant, bool) {
	if c.ownFigure(si) {
		return Claimant{}, false
	}
	s := c.d.Sentences[si]
	if len(c.quoteMarks(s.Start, s.End)) > 0 {
		return Claimant{}, false
	}
	v := c.view(si)
	lo := v.skipKicker(v.skipDateline(v.roleLabelEnd()))
	x, y := v.npAfter(lo, len(v.toks))
	if y <= x || y >= len(v.toks) || v.toks[x].has(cFirstPerson) || v.toks[x].has(cPronoun) {
		return Claimant{}, false
	}
	person := y-x >= 2 && !v.toks[x].has(cDeterminer) && v.personName(x, y)
	for k := x; k < y && !person; k++ {
		t := &v.toks[k]
		person = t.word && !t.capital && (t.post() || personNoun(t.low) || personWords[t.low])
	}
	if !person {
		return Claimant{}, false
	}
	cl, ok := c.subject(si)
	if !ok || cl.Start < v.toks[x].start {
		return Claimant{}, false
	}
	cl.How = InQuote
	return cl, true
}

// personWords name a person by what she does, beyond posts and people
// who count: "a surgeon", "a commander", "a fisherman".
var personWords = set("surgeon commander fisherman farmer teacher mother father mayor governor minister captain pilot driver")

// pastAgo returns the token after a time ago opening at n, a few lower-case
// words closed by "ago" ("a short while ago", "a few minutes ago", "an hour
// ago"), else n.
func (v *view) pastAgo(n int) int {
	for m := n; m < len(v.toks) && m <= n+4; m++ {
		t := &v.toks[m]
		if !t.word || t.capital {
			return n
		}
		if t.low == "ago" {
			if m == n {
				return n
			}
			return m + 1
		}
	}
	return n
}
