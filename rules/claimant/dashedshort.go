package claimant

import "strings"

// A body's initials may be set off by dashes rather than brackets after
// its full name: "The Famine Early Warning Systems Network — FEWS NET —
// expects", "the Integrated Food Security Phase Classification – IPC –
// said". They are the name outlets use, as in brackets (shortname.go);
// capitals made of the starts of the full name's words say so, where a
// dashed aside ("— the UN's famine monitor —") is no name.

// dashedShortName reads initials between the dash at j, closing them
// right before a verb, and the dash before them: the initials' tokens [x,
// y) and the token opening the full name.
func (v *view) dashedShortName(j, lo int) (int, int, int, bool) {
	if j < lo+3 || !v.isOne(j, wDash) || !v.toks[j].space {
		return 0, 0, 0, false
	}
	k := j - 1
	for k > lo && j-k <= maxShortName && v.toks[k].word && v.toks[k].shouted {
		k--
	}
	if k == j-1 || k <= lo || !v.isOne(k, wDash) || !v.toks[k].space || !v.toks[k-1].word || !v.toks[k-1].capital {
		return 0, 0, 0, false
	}
	n := v.nameBeforeInitials(k, lo)
	if n >= k {
		return 0, 0, 0, false
	}
	var words []string
	for m := n; m < k; m++ {
		if t := &v.toks[m]; t.word && !t.num {
			words = append(words, t.low)
		}
	}
	var short []byte
	for m := k + 1; m < j; m++ {
		short = append(short, v.toks[m].low...)
	}
	if !abbreviates(string(short), words) {
		return 0, 0, 0, false
	}
	return k + 1, j, n, true
}

// knownByInBrackets reads, in the brackets opening at k and closing at c
// after a body's full name starting at n, the name the body is known by:
// "Syria Civil Defence (the White Helmets)", "(White Helmets)". It is a
// name of capitalised words closed by a plural, as a group of people
// names itself, or by a kind of body, after "the" or of two words or
// more; a place ("(the Netherlands)", "(Golan Heights)") or one word
// ("(Kassala)", shortname.go) is no such name. The full name must hold a
// kind of body. It returns the name's tokens.
func (v *view) knownByInBrackets(n, k, c int) (int, int, bool) {
	x := k + 1
	the := v.isOne(x, wThe)
	if the {
		x++
	}
	if c-x < 1 || c-x > maxShortName || !the && c-x < 2 {
		return 0, 0, false
	}
	for m := x; m < c; m++ {
		if t := &v.toks[m]; !t.word || !t.capital || t.shouted || t.num {
			return 0, 0, false
		}
	}
	last := &v.toks[c-1]
	if !(len(last.low) > 3 && strings.HasSuffix(last.low, "s") || last.nameKind()) || v.knownPlace(x, c) || v.knownRegion(x, c) || v.demonym(x) {
		return 0, 0, false
	}
	for m := n; m < k; m++ {
		if t := &v.toks[m]; t.word && t.capital && (t.nameKind() || serviceKindIDs.has(&t.spelling) || t.has(cBody)) {
			return k + 1, c, true
		}
	}
	return 0, 0, false
}
