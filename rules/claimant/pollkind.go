package claimant

// A poll named by its kind: "Exit poll: Social Democrats 29%", "Exit polls
// gave the alliance 350 seats", "Opinion poll: support for the bill at
// 57%". The word before the findings noun says which kind of poll or count
// it is, not who made it; it is capitalised only because it opens the
// line, as "Ipsos" before "poll" is because it is a name. With no maker
// named, the poll itself is written (as dev14 and dev121 write "Exit
// poll"), never its kind word alone. A maker's name before the kind
// ("Ipsos exit poll", "a Kapa Research phone survey") is read as before.

// pollKinds are words that say which kind of poll, survey or count a
// findings noun is: how it is taken ("exit", "phone", "online", "door",
// "street"), when ("snap", "tracking", "rolling") or what it asks
// ("opinion", "straw", "quick").
var pollKinds = set("exit entry opinion straw snap tracking rolling phone telephone online quick street doorstep")

// unownedPoll returns where a poll nobody in its phrase made starts, when
// the findings noun at i is "poll" or "polls" after "a" or "an" and a
// poll kind ("An exit poll gave the party 41 per cent", "according to an
// exit poll"), or after a kind opening the line ("Exit polls gave"): such
// a poll is the source as written (dev14, dev22 and dev121 write "Exit
// poll" and "Exit polls"), not findings to be taken up from the sentence
// before (takeup.go anaphoric), which "the poll" still is. A bare "a
// poll" says no more than that someone polled, and stays no one's. -1
// when it is none.
func (v *view) unownedPoll(i, lo int) int {
	if i >= len(v.toks) || v.toks[i].low != "poll" && v.toks[i].low != "polls" || v.toks[i].capital && i > lo {
		return -1
	}
	if v.pollKindOpening(i-1, lo) {
		return i - 1
	}
	// ("A poll of 1,200 Berliners puts": a poll with no kind and no
	// maker is no one's, claim27b's samplesubject.go.)
	k := i - 1
	if k-1 >= lo && v.toks[k].word && !v.toks[k].capital && pollKinds[v.toks[k].low] && v.is(k-1, wA, wAn) {
		return k - 1
	}
	return -1
}

// pollKindOpening reports whether token k, just before the findings noun
// at k+1, is a poll's kind word capitalised only by opening the line (lo,
// or after a live blog's stamp or a kicker's colon): "Exit poll:".
func (v *view) pollKindOpening(k, lo int) bool {
	if k < lo || k+1 >= len(v.toks) || !v.toks[k+1].has(cFindingNoun) {
		return false
	}
	t := &v.toks[k]
	if !t.word || !t.capital || t.shouted || !pollKinds[t.low] {
		return false
	}
	return k == lo || !v.toks[k-1].word && !v.isOne(k-1, wApostrophe)
}

// pollMakerOwner reads, before a poll's kind word at k ("Ipsos exit poll",
// "Norstat Analytics exit poll for the three public channels", "a YouGov
// opinion poll"), the capitalised name of the pollster that ran it, one to
// four words. A place's, a region's or a people's name there says where
// the poll was taken ("a Kenya opinion poll"), and a word capitalised only
// by opening the sentence is none; a name of one word is otherwise read
// as a maker here, where modifiedNameOwner leaves it (one word before a
// plain modifier is as often a place): the kind word says a poll was
// taken, and pollsters are who take them.
func (v *view) pollMakerOwner(k, lo int) (int, int, bool) {
	if k-1 < lo || k+1 >= len(v.toks) || v.toks[k].capital || !pollKinds[v.toks[k].low] {
		return 0, 0, false
	}
	if w := v.toks[k+1].low; w != "poll" && w != "polls" {
		return 0, 0, false
	}
	x := v.capitalsBefore(k, lo)
	if x == k || k-x > 4 || v.toks[x].shouted && k-x > 1 {
		return 0, 0, false
	}
	if v.sentenceWord(x) || v.toks[x].has(cPronoun|cDay) || v.demonym(k-1) || v.peoplesOnly(x, k) || v.placeName(x, k) || v.knownPlace(x, k) || v.knownRegion(x, k) {
		return 0, 0, false
	}
	return x, k, true
}
