package figures

// An m in a list after a count of millions (listOfMillions).

import "strings"

// listOfMillions reports whether the number at token num follows a count of
// millions written with an m in the same list: "2m Sudanese in Chad and 1m
// in Egypt", "1.5m Lebanese, 2m in camps", "3.2m refugees, Lebanon 1.5m".
// The list goes on from a comma, semicolon, "and" or "or" straight before
// the number or before a name whose verb is left out; an aside opened by a
// dash or a bracket restates the count right before it ("2.3m people —
// perhaps 1.4m in all —"), which may be written out there ("2.3 million
// people — about 1.2m —"). A qualifier of the number stands between either and the
// number: "2m in Chad and about 1m in Egypt".
func (p *parser) listOfMillions(num int) bool {
	sep := num - 1
	for s := max(num-3, 0); s < num; s++ {
		if ph, end := p.matchPhrase(s, false); ph != nil && end == num {
			sep = s - 1
			break
		}
	}
	if p.isWord(sep) && p.capitalised(sep) && !p.has(sep, fAnd) {
		sep-- // a name whose verb is left out: "3.2m refugees, Lebanon 1.5m"
	}
	if !p.isSym(sep, ",;—–(") && !p.has(sep, fAnd) && !p.lowerIs(sep, "or") || len(p.out) == 0 || len(p.toks) == 0 {
		return false
	}
	prev := p.out[len(p.out)-1]
	if prev.Start < int(p.toks[0].Start) || prev.Kind != Count || prev.scale != 1e6 {
		return false
	}
	if p.isSym(sep, "—–(") && p.asideAfter(prev, sep) {
		// An aside restates the count however the count is written:
		// "Gaza's 2.3 million people — about 1.2m — are in Rafah".
		return true
	}
	return strings.HasSuffix(prev.Text, "m") || strings.HasSuffix(prev.Text, "M")
}

// maxTokensToAside is how many tokens may stand between a count and the
// dash or bracket that opens an aside on it: the count's noun ("2.3
// million displaced people —").
const maxTokensToAside = 4

// asideAfter reports whether the dash or bracket at token sep opens an
// aside on figure prev: it follows prev's end by at most maxTokensToAside
// tokens, all words, with no break between.
func (p *parser) asideAfter(prev Figure, sep int) bool {
	k := sep - 1
	for n := 0; k >= 0 && int(p.toks[k].End) > prev.End; k-- {
		if n++; n > maxTokensToAside || !p.isWord(k) || p.toks[k+1].Break {
			return false
		}
	}
	return k >= 0 && int(p.toks[k].End) == prev.End
}
