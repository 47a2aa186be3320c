package claimant

import "strings"

// This file finds the configured claimants a phrase names: the longest
// alias, its context in the story, and whether another body's name
// qualifies a generic alias.

// lookupLast finds the configured claimant named last in tokens [s, e):
// the longest alias starting at the last token any alias starts at.
func (c *call) lookupLast(v *view, s, e int) (string, bool) {
	for k := e - 1; k >= s; k-- {
		if v.toks[k].aliases == 0 {
			continue // no alias starts with the word: a call saved
		}
		if id, n := c.aliasStarting(v, k, k, e, 0); n > 0 {
			return id, true
		}
	}
	return "", false
}

// lookup finds the longest configured alias in tokens [s, e), reading
// words and numbers and skipping the symbols between them; of two as long,
// the first.
func (c *call) lookup(v *view, s, e int) (string, bool) {
	best, bestLen := "", 0
	for i := s; i < e; i++ {
		if v.toks[i].aliases == 0 {
			continue // no alias starts with the word: a call saved
		}
		if id, n := c.aliasStarting(v, i, s, e, bestLen); n > 0 {
			best, bestLen = id, n
		}
	}
	return best, bestLen > 0
}

// qualifiedOther reports whether generic alias a, matched at token i in
// [s, e), is qualified by someone else's name: a possessive before it
// ("Sudan's health ministry"), a capitalised word before it ("the Sudanese
// army"), "in"/"of" and a capitalised word after it ("the health ministry
// in Damascus") or a name after it ("the militant group Islamic Jihad"),
// none of them among the claimant's own words.
func (c *call) qualifiedOther(v *view, i int, a *alias, s, e int) bool {
	own := a.own
	other := func(k int) bool {
		t := &v.toks[k]
		return t.word && t.capital && !t.has(cDeterminer) && !t.has(cPreposition) && !t.has(cClause) && !own[t.low] && !t.has(cRank)
	}
	// before: "Sudan's", "Sudanese"; past the claimant's own lower-case
	// words ("Sudan's health ministry" for the alias "ministry").
	k := i - 1
	for k > s && v.toks[k].word && !v.toks[k].capital && !v.toks[k].has(cDeterminer) && own[v.toks[k].low] {
		k--
	}
	// "Qatar's foreign ministry", "the rebel army": a lower-case word of
	// another kind before the claimant's own words makes the alias the
	// head of another body's name.
	if k >= s && k < i && v.otherKind(k, a) {
		return true
	}
	// "the federal health ministry", "the state health ministry": a level
	// of government the claimant's words do not hold says another
	// country's body, or another level's (claim49).
	if k >= s && k < i && c.otherLevel(v, k, a, s) {
		return true
	}
	// "the Houthi-run health ministry", "the Taliban-controlled interior
	// ministry": another name joined to a participle says whose it is.
	// ("the Hamas-run ministry" with the shipped claimants: a party of
	// the claimant's own story, Finder.named, is its backer.)
	if v.joinedBacker(k, s, func(b int) bool { return other(b) && !c.f.named[a.id][v.toks[b].low] }) {
		return true
	}
	poss := false
	if k >= s && v.isOne(k, wS) && v.isOne(k-1, wApostrophe) {
		k, poss = k-2, true
	} else if k >= s && v.isOne(k, wApostrophe) {
		k, poss = k-1, true
	}
	// ("the Sudan Liberation Movement/Army": a name's slash joins the
	// alias to another name.)
	if k >= s && (other(k) || v.nameSlash(k)) {
		return true
	}
	// "the eastern government's health ministry": another body's.
	if poss && k >= s && !v.toks[k].capital && (v.toks[k].has(cBody) || v.toks[k].has(cGovernment)) && !own[v.toks[k].low] {
		return true
	}
	// after: "in Damascus", "of Sudan"
	end := i
	for n := 0; n < len(a.words) && end < e; end++ {
		if v.toks[end].word || v.toks[end].num {
			n++
		}
	}
	// ("the health ministry of the Taliban government": past "the".)
	// ("the Foreign Minister's Office, Jerusalem": a place of the
	// claimant's own story, Finder.named, is its own, claim117.)
	away := func(k int) bool { return other(k) && !c.f.named[a.id][v.toks[k].low] }
	if end+1 < e && v.is(end, wIn, wOf) && (away(end+1) || end+2 < e && v.isOne(end, wOf) && v.isOne(end+1, wThe) && away(end+2)) || v.governedBy(end, e, a) {
		return true
	}
	// "the militant group Islamic Jihad": a name in apposition.
	if end < e && other(end) && !v.toks[end].has(cDay) {
		return true
	}
	// "the military police": another force (forcehead.go).
	if v.forceHead(end, e, a) {
		return true
	}
	// "the Kharkiv regional military administration": the alias modifies
	// another head noun, and the whole phrase is qualified by a name
	// before its lower-case modifiers.
	if v.modifiesHead(end, e) {
		// "the regional military administration": a kind of body as the
		// head is another body, whoever qualifies it.
		if v.toks[end].has(cBody) && (end+1 >= len(v.toks) || !v.toks[end+1].word || v.toks[end+1].report || v.isVerbLike(end+1)) {
			return true
		}
		k := i - 1
		for k > s && v.toks[k].word && !v.toks[k].capital && !v.toks[k].inLexicon() && !v.isOne(k, wS) {
			k--
		}
		// "the city's military administration": a possessive, whoever's.
		if v.isOne(k, wS) && v.isOne(k-1, wApostrophe) && k-2 >= s && !own[v.toks[k-2].low] {
			return true
		}
		return k >= s && k < i-1 && other(k)
	}
	return false
}

// otherKind reports whether the lower-case word at token k, right before
// generic alias a (or before the alias's own words), says which body of
// the alias's kind it is and is none of the claimant's own words:
// "foreign" in "Qatar's foreign ministry", "rebel" in "the rebel army". A
// rank ("senior"), a function word, a verb or a participle does not.
func (v *view) otherKind(k int, a *alias) bool {
	t := &v.toks[k]
	if !t.word || t.capital || a.own[t.low] || t.has(cRank) || t.report || t.finding || v.isOne(k-1, wApostrophe) {
		return false
	}
	if t.has(cDeterminer|cPreposition|cClause|cPronoun|cBetween|cIrregularPast) || t.inLexicon() || v.isVerbLike(k) {
		return false
	}
	if strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ing") || strings.HasSuffix(t.low, "ly") {
		return false
	}
	return v.isOne(k-1, wS) && v.isOne(k-2, wApostrophe) || v.punct(k-1) || k == 0 || v.toks[k-1].has(cDeterminer) || v.toks[k-1].capital
}

// modifiesHead reports whether the word at token end, right after a
// generic alias, is the head noun the alias only modifies: "the Kharkiv
// regional military administration" is an administration, not the
// military. The people who speak for a body ("army spokesman", "military
// officials"), its findings ("army figures") and its teams are still the
// body's; a verb or a function word ends the phrase.
func (v *view) modifiesHead(end, e int) bool {
	if end >= e {
		return false
	}
	t := &v.toks[end]
	if !t.word || t.capital || t.inLexicon() || t.report || t.finding || t.has(cIrregularPast) || t.space && v.isOne(end-1, wDash) {
		return false
	}
	// "the health ministry there": an adverb of place or manner.
	if v.is(end, wHere, wThere) || strings.HasSuffix(t.low, "ly") {
		return false
	}
	return !agentNoun(t.low) && !t.has(cFieldPeople) && !t.has(cTimeWord) && !v.isVerbLike(end)
}

// governments are bodies that have ministries of their own.
var governments = set("government administration authorities regime junta cabinet")

// rankWords qualify a body without naming whose it is ("Senior health
// officials", "Top military officials" at the start of a sentence), and
// her time in a post ("outgoing", "interim": mend44c).
var rankWords = set("senior top chief deputy acting former outgoing interim local regional federal national state military health some several many two three four")

// aliasStarting returns the longest configured alias, of more than
// shorter words, that starts at token i and ends before e, and its length
// in words (0 for none). s is where the phrase starts: a generic alias
// qualified by another body's name from there (see qualifiedOther) is none.
func (c *call) aliasStarting(v *view, i, s, e, shorter int) (string, int) {
	t := &v.toks[i]
	if !t.word && !t.num {
		return "", 0
	}
	best, bestLen := "", shorter
	as := c.f.groups[t.aliases]
	for k := range as {
		a := &as[k]
		if len(a.words) <= bestLen || !v.aliasAt(i, e, a) {
			continue
		}
		if a.bare && !c.inContext(a.id) {
			continue
		}
		if (a.generic || v.writtenLower(i, e, a)) && !a.bare && c.elsewhere(a.id) {
			continue
		}
		if (a.generic || a.bare) && v.postForOther(i, e, a) || a.generic && c.qualifiedOther(v, i, a, s, e) {
			continue
		}
		// "Hamas-run Gaza's government media office", "UN-backed": the
		// alias joined to a participle modifies another body.
		if v.joinedModifier(i, e, a) {
			continue
		}
		// "Israel's Central Bureau of Statistics": a place's possessive
		// before a body's proper name says where the body is, and the
		// name, not the place, is who speaks (proper.go).
		// ("the IOM's Missing Migrants Project" is the IOM's: a body's
		// possessive says whose the project is.)
		// "the Bank of Israel", "the Israel Prison Service": the place
		// inside another body's proper name (placeinname.go).
		if len(a.words) == 1 && (v.placeInName(i, s, e) || v.aliasOpensName(i, s, e)) {
			continue
		}
		if len(a.words) == 1 && t.poss && v.placeName(i, i+1) {
			if n, ok := v.properAfterOne(i, e); ok && n > i {
				continue
			}
		}
		best, bestLen = a.id, len(a.words)
	}
	if best == "" {
		return "", 0
	}
	return best, bestLen
}

// aliasAt reports whether alias a's words start at token i, before e. A
// word the alias writes in capitals ("WHO") must not be all lower case.
// Token i is a word of a's group (see aliasStarting): its first word.
func (v *view) aliasAt(i, e int, a *alias) bool {
	k := i
	for wi, w := range a.words {
		for k < e && !v.toks[k].word && !v.toks[k].num {
			k++
		}
		if k >= e {
			return false
		}
		t := &v.toks[k]
		if wi > 0 && t.low != w || a.caps[wi] && t.writtenLow() {
			return false
		}
		k++
	}
	return true
}

// inContext reports whether the text names claimant id by an alias or
// mentions one of its context words: "the ministry" is Gaza's health
// ministry only in a story about Gaza. Context words and aliases are
// looked for as written and in capitals; each claimant's answer is kept.
func (c *call) inContext(id string) bool {
	if v, ok := c.context[id]; ok {
		return v
	}
	found := false
	for _, p := range c.f.ctx[id] {
		if containsWord(c.d.Text, p) || containsWord(c.d.Text, strings.ToUpper(p)) {
			found = true
			break
		}
	}
	c.context[id] = found
	return found
}

// containsWord reports whether text holds w not inside a longer word.
func containsWord(text, w string) bool {
	for off := 0; off <= len(text)-len(w); {
		i := strings.Index(text[off:], w)
		if i < 0 {
			return false
		}
		i += off
		e := i + len(w)
		if (i == 0 || !wordByte(text[i-1])) && (e == len(text) || !wordByte(text[e])) {
			return true
		}
		off = i + 1
	}
	return false
}

func wordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// elsewhere reports whether the text places its story away from claimant
// id while naming none of id's own words: a place after "in", "near",
// "around", "across" or "on" that id's words (see Finder.named) do not name
// ("near Omdurman", "across Hatay"), with no capitalised word of id's own
// ("Israeli", "Gaza") in the text. A generic alias ("the army") then names
// that place's body, not id. Id's own words are those of its story too
// (Finder.named: the shipped claimant's places and parties with its id), so
// "12 Hamas gunmen near Kissufim, the army said" is the Israeli army's story
// where a list naming only "the army" would not say so.
func (c *call) elsewhere(id string) bool {
	if v, ok := c.away[id]; ok {
		return v
	}
	// Read from the document's tokens, not the finder's views: the whole
	// text is read once per claimant, and views of every sentence would
	// cost more than the answer.
	own, named := c.f.own[id], c.f.named[id]
	text, toks := c.d.Text, c.d.Tokens
	away := false
	var prev, prev2 string // the two words before, in lower case
	prevCap := false       // the word before opens with a capital
	// byCity: only a city of another country placed the story
	// (storyplace.go); firstOwn: the text opens on one of id's words
	// ("Israeli jets struck Beirut's suburbs"), which outranks it.
	byCity, firstOwn := false, false
	for ti, t := range toks {
		if !t.IsWord() {
			continue
		}
		raw := text[t.Start:t.End]
		low := c.scratch.spelling(raw).low
		capital := raw[0] >= 'A' && raw[0] <= 'Z'
		// "On Evia, ..." opens with its place; "a post on X" does not.
		on := prev == "on" && prevCap
		if r := raw[0]; r >= 'A' && r <= 'Z' && !determiners[low] {
			if prev == "" && (own[low] || named[low]) && !rankWords[low] && !kindWords[low] {
				firstOwn = true
			}
			// ("West Kordofan" is no "West Bank": a word of the claimant's
			// only inside a longer name counts beside that name's words,
			// claim49.)
			if (own[low] || named[low]) && !rankWords[low] && !kindWords[low] && prev != "" && c.besideOwn(id, low, prev, ti) {
				// ("Lebanon: Israeli strikes kill 12, health ministry
				// says": a headline's place label outranks a word only
				// of id's story, not of its own names, placelabel.go.)
				if !own[low] && c.placeLabel(id) {
					c.away[id] = true
					return true
				}
				c.away[id] = false
				return false
			}
			// "said in Geneva", "told reporters in Cairo": where someone
			// spoke, not where the story is.
			// "KYIV —", "GAZA CITY (Reuters) -": a dateline places the
			// story as "in" does.
			if atDateline(text, int(t.Start), int(t.End)) && !c.f.named[id][low] {
				away = true
			}
			if (prev == "in" || prev == "near" || prev == "around" || prev == "across" || on) && !days[low] && !(c.f.named[id][low] && c.besideOwn(id, low, prev, ti)) &&
				!reportStems[prev2] && prev2 != "reporters" && prev2 != "journalists" && !isReportForm(prev2) {
				away = true
			}
			// "north of Omdurman", "Pokrovsk's": a city of another
			// country wherever it stands (storyplace.go).
			pair := ""
			if prevCap {
				pair = prev + " " + low
			}
			if !away && c.cityAway(id, low, pair, prev, prev2) {
				away, byCity = true, true
			}
		}
		prev2, prev, prevCap = prev, low, capital
	}
	if byCity && firstOwn {
		away = false
	}
	// "Nepal floods: toll rises to 84, health ministry says": a headline's
	// place label places the story as "in" does (claim49).
	if !away && c.placeLabel(id) {
		away = true
	}
	c.away[id] = away
	return away
}

// kindWords are words of a claimant's name that any country's bodies
// share: "the Rapid Support Forces" in a story from Khartoum is no word of
// the Israel Defense Forces.
var kindWords = set("forces force army military defense defence ministry health air office department police")

// atDateline reports whether the word at text[s:e] opens a line in
// capitals and, with the words in capitals after it, is followed by a
// dash, a comma or a bracket: a wire dateline ("KYIV —", "MOSCOW, Aug 8
// (Xinhua) --"), not a speaker label ("HOST:").
func atDateline(text string, s, e int) bool {
	if s > 0 && text[s-1] != '\n' || !isShouted(text[s:e]) || opensLabel(text[s:]) {
		return false
	}
	rest := text[e:]
	for {
		rest = strings.TrimLeft(rest, " ")
		n := strings.IndexAny(rest, " ,(-—–:")
		if n <= 0 || !isShouted(rest[:n]) {
			break
		}
		rest = rest[n:]
	}
	for _, p := range [...]string{"—", "–", "-", ",", "("} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// isReportForm reports whether a lower-case word is a form of a reporting
// verb ("said", "told", "speaking").
func isReportForm(w string) bool {
	return w == "said" || w == "told" || w == "speaking" || w == "says" || w == "spoke"
}
